#!/usr/bin/env bash
# The DealGraph benchmark (release build): per-stage and end-to-end throughput on generated
# corpora of 25, 50 and 100 MB, and peak memory while `dealgraph extract` streams a large JSON
# Lines corpus. Figures go to stdout; docs/performance.md records them.
#
#   scripts/bench.sh                 # 25, 50 and 100 MB, then the 1000 MB streaming run
#   SIZES="5 10" STREAM_MB=100 scripts/bench.sh   # a quicker look
#
# Corpora are generated into .build-bench/ (not in git) from Fixtures/articles and, when it is
# beside the project, ../shared/seed: names, amounts, dates and sector words vary per copy.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"25 50 100"}
STREAM_MB=${STREAM_MB:-1000}
JOBS=${JOBS:-$(nproc)}
OUT=.build-bench
mkdir -p "$OUT"

swift build -c release --product dealgraph >/dev/null
swift build -c release --product dealgraph-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)

TEMPLATES=(Fixtures/articles)
[ -d ../shared/seed ] && TEMPLATES+=(../shared/seed)

echo "machine: $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
for mb in $SIZES; do
  corpus="$OUT/corpus-${mb}mb.jsonl"
  [ -f "$corpus" ] || "$BIN/dealgraph-bench" generate --megabytes "$mb" --out "$corpus" "${TEMPLATES[@]}"
  echo
  echo "== ${mb} MB =="
  "$BIN/dealgraph-bench" stages "$corpus" --jobs "$JOBS"
done

if [ "$STREAM_MB" -gt 0 ]; then
  corpus="$OUT/corpus-${STREAM_MB}mb.jsonl"
  [ -f "$corpus" ] || "$BIN/dealgraph-bench" generate --megabytes "$STREAM_MB" --out "$corpus" "${TEMPLATES[@]}"
  echo
  echo "== streaming ${STREAM_MB} MB through dealgraph extract --format jsonl --jobs $JOBS =="
  /usr/bin/time -f "%e s elapsed, peak resident memory %M KB" \
    "$BIN/dealgraph" extract "$corpus" --format jsonl --jobs "$JOBS" >/dev/null
fi
