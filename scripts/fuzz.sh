#!/usr/bin/env bash
# Fuzzes the whole extract path with libFuzzer + AddressSanitizer for DURATION seconds.
#
#   scripts/fuzz.sh SECONDS [extra libFuzzer flags...]
#
# Builds Sources/DealGraphFuzz with --sanitize=fuzzer,address into .build-fuzz (or $FUZZ_SCRATCH),
# seeds a corpus from Fixtures/ (and ../shared/seed if present), and runs one fuzzing process
# (one core). The corpus grows in $SCRATCH/corpus and is kept between runs; crashes, timeouts
# and leaks are written to $SCRATCH/artifacts/. See docs/fuzzing.md.
set -euo pipefail

usage() { echo "usage: scripts/fuzz.sh SECONDS [libFuzzer flags...]" >&2; exit 64; }
[[ $# -ge 1 && $1 =~ ^[0-9]+$ ]] || usage
duration=$1
shift

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
max_len=${FUZZ_MAX_LEN:-65536}
rss_limit=${FUZZ_RSS_LIMIT_MB:-2048}
corpus=$scratch/corpus
seeds=$scratch/seeds
artifacts=$scratch/artifacts
logs=$scratch/logs

echo "fuzz.sh: building the fuzzer in $scratch" >&2
# SwiftPM's --sanitize=fuzzer instruments only the executable's own module, so
# -Xswiftc -sanitize=fuzzer puts the coverage counters into the DealGraph library too;
# --disable-dead-strip keeps the linker's --gc-sections from dropping them.
(cd "$root" && swift build -c release --product DealGraphFuzz --scratch-path "$scratch" \
    --sanitize=fuzzer --sanitize=address --disable-dead-strip \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DDEALGRAPH_LIBFUZZER)
fuzzer=$scratch/release/DealGraphFuzz

# Seeds are rebuilt every run from the fixtures; the corpus libFuzzer grows is kept.
rm -rf "$seeds"
mkdir -p "$corpus" "$seeds" "$artifacts" "$logs"
seed_from() {
    local dir=$1 prefix=$2
    [[ -d $dir ]] || return 0
    while IFS= read -r -d '' file; do
        local name=${file#"$dir"/}
        cp "$file" "$seeds/$prefix-${name//\//_}"
    done < <(find "$dir" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.json' \
                 -o -name '*.jsonl' -o -path '*/fuzz/*' \) -size -"$max_len"c -print0)
}
seed_from "$root/Fixtures" fixtures
seed_from "$root/../shared/seed" shared
# A JSON Lines corpus line of each kind, so the corpus reader is reached from the start.
printf '%s\n' '{"id":"a","published":"2024-03-05","text":"한빛전자는 카이스트와 반도체 공동연구 업무협약을 체결했다."}' \
    '{"id":"b","html":"<p>셀트리온은 바이넥스와 1000억원 규모의 공급계약을 맺었다.</p>"}' > "$seeds/corpus.jsonl"

# Recording a stack for every allocation is most of ASan's cost on this allocation-heavy code;
# crashes still get their stacks. Set ASAN_OPTIONS to override.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
# Swift's own crash backtracer reads memory ASan guards and crashes in turn; libFuzzer and ASan
# print the stack instead (the Swift failure message is still printed).
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

log=$logs/fuzz-$(date +%Y%m%d-%H%M%S).log
echo "fuzz.sh: fuzzing for $duration s; log $log" >&2
started=$SECONDS
set +e
"$fuzzer" "$corpus" "$seeds" \
    -dict="$root/scripts/fuzz.dict" \
    -max_total_time="$duration" -max_len="$max_len" -rss_limit_mb="$rss_limit" -timeout=10 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
echo "fuzz.sh: fuzzed for $((SECONDS - started)) s (libFuzzer exit status $status)" | tee -a "$log" >&2

found=$(find "$artifacts" -type f | sort)
if [[ -n $found ]]; then
    echo >&2
    echo "fuzz.sh: artifacts in $artifacts:" >&2
    echo "$found" | sed 's/^/  /' >&2
    echo "replay one with the sanitized fuzzer:  $fuzzer ARTIFACT" >&2
    echo "or in a plain build (debuggable):      swift run DealGraphFuzz ARTIFACT" >&2
    echo "shrink it:                             $fuzzer -minimize_crash=1 -runs=10000 ARTIFACT" >&2
fi
exit "$status"
