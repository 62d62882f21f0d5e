import Foundation
import Testing

/// `--jobs`, `--progress` and streaming corpora, through the built binary.
extension CLITests {
    private var corpusLines: String {
        (1...40).map { k in
            let text = k % 2 == 0 ? "한빛전자는 카이스트와 반도체 공동연구 업무협약을 \(k)일 체결했다."
                                  : "셀트리온은 바이넥스와 바이오의약품 생산 MOU를 맺었다고 밝혔다."
            return "{\"id\":\"n\(k)\",\"published\":\"2024-03-28\",\"text\":\"\(text)\"}"
        }.joined(separator: "\n")
    }

    @Test func oneThreadAndManyThreadsWriteTheSameBytes() throws {
        let corpus = try temporaryFile("news.jsonl", Array(corpusLines.utf8))
        let one = try run(["extract", corpus.path, "--jobs", "1"])
        let four = try run(["extract", corpus.path, "--jobs", "4"])
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        let ids = one.stdout.split(separator: "\n").compactMap {
            ((try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]).flatMap { ($0["document"] as? [String: Any])?["id"] as? String }
        }
        #expect(ids == (1...40).map { "n\($0)" })
    }

    @Test func progressGoesToStderrOnlyAndDataStaysClean() throws {
        let corpus = try temporaryFile("news.jsonl", Array(corpusLines.utf8))
        let result = try run(["extract", corpus.path, "--progress"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("40 documents"))
        #expect(result.stderr.contains("MB/s"))
        #expect(result.stdout.split(separator: "\n").count == 40)
        #expect(!result.stdout.contains("MB/s"))
    }

    @Test func badJobsIsAUsageError() throws {
        for value in ["0", "-2", "many", "100000"] {
            let result = try run(["extract", seed, "--jobs", value])
            #expect(result.status == 64, "--jobs \(value)")
            #expect(result.stderr.contains("--jobs"))
        }
    }

    @Test func stdinCorpusAfterBlankLinesAndStdinArticleOffsets() throws {
        let corpus = try run(["extract", "-"], stdin: Data(("\n\n" + corpusLines).utf8))
        #expect(corpus.status == 0)
        #expect(corpus.stdout.split(separator: "\n").count == 40)
        // An article on stdin keeps its leading blank lines, so spans still point into the input.
        let article = try run(["extract", "-"], stdin: Data("\n\n셀트리온은 바이넥스와 MOU를 맺었다.".utf8))
        #expect(article.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(article.stdout.utf8)) as? [String: Any]
        let first = (json?["entities"] as? [[String: Any]])?.first?["mentions"] as? [[String: Any]]
        #expect(first?.first?["start"] as? Int == 2)
    }

    @Test func graphAndCountReadWhatExtractWrote() throws {
        let corpus = try temporaryFile("news.jsonl", Array(corpusLines.utf8))
        let extracted = try run(["extract", corpus.path])
        let saved = try temporaryFile("extractions.jsonl", Array(extracted.stdout.utf8))
        let fromArticles = try run(["count", corpus.path, "--format", "json"])
        let fromExtractions = try run(["count", saved.path, "--format", "json"])
        #expect(fromArticles.status == 0 && fromExtractions.status == 0)
        #expect(fromArticles.stdout == fromExtractions.stdout)
        let graph = try run(["graph", saved.path, "--jobs", "2"])
        #expect(graph.status == 0)
        #expect(graph.stdout.contains("한빛전자"))
    }
}
