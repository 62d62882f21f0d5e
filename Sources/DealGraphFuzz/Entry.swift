import DealGraph
import Foundation

#if DEALGRAPH_LIBFUZZER
/// libFuzzer's entry point: built by `scripts/fuzz.sh` with `--sanitize=fuzzer` and
/// `-Xswiftc -DDEALGRAPH_LIBFUZZER`; libFuzzer supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    FuzzTarget.run(bytes)
    return 0
}
#else
/// Without libFuzzer: replays files (crash artifacts, corpus entries) through the same path,
/// so a crash can be reproduced and debugged in a plain build.
///
///     swift run DealGraphFuzz .build-fuzz/artifacts/crash-…  [more files or directories]
@main
struct Replay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard !arguments.isEmpty, !arguments.contains("-h"), !arguments.contains("--help") else {
            FileHandle.standardError.write(Data("usage: DealGraphFuzz FILE|DIRECTORY...\n  runs each input through the fuzzed extract path\n".utf8))
            exit(arguments.isEmpty ? 64 : 0)
        }
        var files: [String] = []
        for path in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("DealGraphFuzz: \(path): no such file or directory\n".utf8))
                exit(1)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("DealGraphFuzz: \(file): cannot read\n".utf8))
                exit(1)
            }
            let start = Date()
            FuzzTarget.run([UInt8](data))
            print("\(file): ok, \(data.count) bytes, \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
        }
    }
}
#endif
