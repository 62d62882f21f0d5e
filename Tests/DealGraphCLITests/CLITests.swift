import Foundation
import Testing
import TestSupport

/// Runs the built `dealgraph` binary the way a user does and checks exit codes and streams.
@Suite struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable sits beside the test bundle in the build products folder.
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("dealgraph").path),
              folder.pathComponents.count > 1 {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("dealgraph")
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLITests.packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Removed after the test, with every file `temporaryFile` wrote.
    let scratch = ScratchFolder("dealgraph-cli")

    /// `bytes` in a file called `name`, alone in its folder.
    func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
        try scratch.file(name, bytes)
    }

    let seed = "Fixtures/articles/boston-cluster-roundtable.txt"

    @Test func extractsTheSeedAsPrettyJSON() throws {
        let result = try run(["extract", seed, "--published", "2023-04-29"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        for key in ["document", "entities", "deals", "aggregates", "amounts", "dates"] {
            #expect(json?[key] != nil, "missing \(key)")
        }
        let document = json?["document"] as? [String: Any]
        #expect(document?["published"] as? String == "2023-04-29")
        #expect(document?["id"] as? String == "boston-cluster-roundtable")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let a = try run(["extract", seed, "--published", "2023-04-29"])
        let b = try run(["extract", seed, "--published", "2023-04-29"])
        #expect(a.stdout == b.stdout)
    }

    @Test func explainShowsBodyOnceAndRemovedBlocksWithReasons() throws {
        let result = try run(["extract", "--explain", seed])
        #expect(result.status == 0)
        let kept = result.stdout.components(separatedBy: "\nremoved")[0]
        #expect(kept.components(separatedBy: "미국을 국빈 방문 중인 윤석열 대통령은").count == 2)
        #expect(!kept.contains("백종원"))
        #expect(result.stdout.contains("related headline"))
    }

    @Test func missingFileIsAnInputError() throws {
        let result = try run(["extract", "no/such/article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("dealgraph: no/such/article.txt: no such file or directory"))
        #expect(result.stdout.isEmpty)
    }

    @Test func oneBadFileDoesNotLoseTheOthers() throws {
        let result = try run(["extract", "missing.txt", seed, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("missing.txt"))
    }

    @Test func directoryIsReadRecursively() throws {
        let result = try run(["extract", "Fixtures/articles"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)  // two articles, JSON Lines
    }

    @Test func directoryWithoutArticlesIsAnInputError() throws {
        let empty = try temporaryFile("notes.md", Array("메모".utf8)).deletingLastPathComponent()
        let result = try run(["extract", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no *.txt"))
    }

    @Test func badFlagsAreUsageErrors() throws {
        for arguments in [["extract", "--bogus", seed], ["extract"], ["frobnicate"], [],
                          ["extract", seed, "--published", "2023-02-30"], ["extract", seed, "--format", "xml"],
                          ["extract", seed, "--published"]] {
            let result = try run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("dealgraph: "), "\(arguments)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func invalidUTF8IsReadWithAWarning() throws {
        let file = try temporaryFile("broken.txt", Array("대웅제약은 ".utf8) + [0xC3, 0x28] + Array(" 계약을 체결했다.".utf8))
        let result = try run(["extract", file.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("invalid UTF-8"))
        #expect(result.stdout.contains("\"warnings\""))
    }

    @Test func binaryFileIsSkippedWithAnError() throws {
        let file = try temporaryFile("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF])
        let result = try run(["extract", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("binary"))
    }

    @Test func emptyFileGivesAnEmptyExtraction() throws {
        let file = try temporaryFile("empty.txt", [])
        let result = try run(["extract", file.path])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["deals"] as? [Any])?.isEmpty == true)
        #expect((json?["entities"] as? [Any])?.isEmpty == true)
    }

    @Test func stdinIsReadOnlyForADash() throws {
        let text = "셀트리온은 바이넥스와 업무협약을 맺었다."
        let result = try run(["extract", "-", "--explain"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains(text))
    }

    @Test func jsonLinesCorpusGivesOneLinePerRecordAndReportsBadLines() throws {
        let corpus = """
        {"id": "a1", "published": "2024-03-05", "text": "한빛전자는 카이스트와 업무협약을 체결했다."}
        this is not json
        {"id": "a2", "html": "<p>종근당은 노바티스와 기술수출 계약을 체결했다.</p>"}
        """
        let file = try temporaryFile("corpus.jsonl", Array(corpus.utf8))
        let result = try run(["extract", file.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"id\":\"a1\""))
        #expect(lines[0].contains("\"published\":\"2024-03-05\""))
        #expect(result.stderr.contains("corpus.jsonl:2"))
    }

    @Test func helpAndVersionGoToStdout() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: dealgraph extract"))
        #expect(help.stdout.contains("EXAMPLES"))
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("dealgraph "))
    }
}

/// `--lexicon FILE` adds a user's names to the built-in lexicons.
@Suite struct LexiconOptionTests {
    let cli = CLITests()

    @Test func userEntriesBecomeEntitiesAndParties() throws {
        let article = try cli.temporaryFile("a.txt", Array("누리솔은 한별과 스마트팜 공동 개발을 위한 업무협약을 맺었다.".utf8))
        let lexicon = try cli.temporaryFile("mine.tsv", Array("# 우리 회사들\ncompany\t누리솔\tNurisol\tagriculture\ncompany\t한별\t\t\n".utf8))
        let result = try cli.run(["extract", article.path, "--lexicon", lexicon.path])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let names = ((json?["entities"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("누리솔"))
        #expect(names.contains("한별"))
        let deals = (json?["deals"] as? [[String: Any]]) ?? []
        #expect(deals.count == 1)
        #expect((deals.first?["parties"] as? [String])?.count == 2)
    }

    @Test func aBadLexiconIsAnInputErrorWithItsLine() throws {
        let lexicon = try cli.temporaryFile("bad.tsv", Array("company\t누리솔\nplanet\t화성\n".utf8))
        let result = try cli.run(["extract", "Fixtures/articles/boston-cluster-roundtable.txt", "--lexicon", lexicon.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("dealgraph: --lexicon"))
        #expect(result.stderr.contains("2"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingLexiconIsAnInputError() throws {
        let result = try cli.run(["extract", "Fixtures/articles/boston-cluster-roundtable.txt", "--lexicon", "no/such.tsv"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no/such.tsv"))
    }
}
