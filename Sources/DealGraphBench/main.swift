import DealGraph
import Foundation

/// `dealgraph-bench`: builds benchmark corpora and times DealGraph on them (release builds only
/// give meaningful figures). `scripts/bench.sh` drives it; docs/performance.md has the results.
let usage = """
USAGE: dealgraph-bench generate --megabytes N --out FILE [--seed N] TEMPLATE...
       dealgraph-bench stages CORPUS.jsonl [--jobs N]
       dealgraph-bench end-to-end CORPUS.jsonl [--jobs N]
"""

func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

func run() -> Int32 {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let command = arguments.first else {
        print(usage)
        return 64
    }
    arguments.removeFirst()
    let jobs = option("--jobs", in: &arguments).flatMap(Int.init) ?? OrderedParallelMap.availableCores
    do {
        switch command {
        case "generate":
            guard let megabytes = option("--megabytes", in: &arguments).flatMap(Int.init), megabytes > 0,
                  let out = option("--out", in: &arguments) else { print(usage); return 64 }
            let seed = option("--seed", in: &arguments).flatMap(UInt64.init) ?? 2026
            let templates = arguments.flatMap { path -> [String] in
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted().map { path + "/" + $0 }
            }
            guard !templates.isEmpty else { throw BenchError("no template articles given") }
            try CorpusGenerator(templateFiles: templates).write(megabytes: megabytes, to: out, seed: seed)
            let size = (try FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            print(String(format: "wrote %@: %.1f MB from %d templates", out, Double(size) / 1e6, templates.count))
        case "stages":
            guard let path = arguments.first else { print(usage); return 64 }
            let bench = StageBenchmark(path: path, jobs: jobs)
            for row in try bench.stages() { print(row.line) }
            let one = bench.endToEnd(jobs: 1)
            print(one.line)
            if jobs > 1 {
                let all = bench.endToEnd(jobs: jobs)
                print(all.line + String(format: "   %.2f× one thread", one.seconds / max(all.seconds, 1e-9)))
            }
            if let peak = peakResidentMegabytes() {
                print(String(format: "peak resident memory %.0f MB (stages timed %d documents at a time)", peak, StageBenchmark.batchSize))
            }
        case "end-to-end":
            guard let path = arguments.first else { print(usage); return 64 }
            print(StageBenchmark(path: path, jobs: jobs).endToEnd(jobs: jobs).line)
            if let peak = peakResidentMegabytes() { print(String(format: "peak resident memory %.0f MB", peak)) }
        default:
            print(usage)
            return 64
        }
    } catch {
        FileHandle.standardError.write(Data("dealgraph-bench: \(error)\n".utf8))
        return 1
    }
    return 0
}

exit(run())
