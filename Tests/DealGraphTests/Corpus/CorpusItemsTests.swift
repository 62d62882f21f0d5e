import Foundation
import Testing
import TestSupport
@testable import DealGraph

@Suite struct CorpusItemsTests {
    private let scratch = ScratchFolder("corpusitems")

    private func folder(_ files: [String: String]) throws -> String {
        let url = try scratch.subfolder()
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    private static let mou = "한빛전자는 카이스트와 반도체 공동연구 업무협약을 체결했다."

    @Test func filesWholeAndCorpusLinesInPathOrderWithABadLineInTheMiddle() throws {
        let root = try folder([
            "a.txt": Self.mou,
            "b.jsonl": """
            {"id":"r1","published":"2024-03-05","text":"셀트리온은 바이넥스와 MOU를 맺었다."}

            {"id":"r2","text": 42
            {"id":"r3","html":"<p>\(Self.mou)</p>"}
            """,
        ])
        let items = Array(IteratorSequence(CorpusItems(paths: [root])))
        #expect(items.count == 4)
        guard case .file(let path, _) = items[0] else { Issue.record("a.txt is one item"); return }
        #expect(path.hasSuffix("a.txt"))
        let lineNumbers = items.dropFirst().compactMap { item -> Int? in
            if case .line(_, let line, _, false) = item { return line } else { return nil }
        }
        #expect(lineNumbers == [1, 3, 4])   // the blank line 2 is skipped, numbering kept

        let outcomes = items.map { $0.extractions(published: nil, lexicon: .builtIn) }
        #expect(outcomes.map(\.failed) == [false, false, true, false])
        #expect(outcomes[2].messages.first?.contains("b.jsonl:3") == true)
        #expect(outcomes[1].extractions.first?.deals.count == 1)
        #expect(outcomes[3].extractions.first?.deals.count == 1)
        #expect(outcomes[3].extractions.first?.document.format == .html)
    }

    @Test func extractionLinesAreReadBackNotExtractedAgain() throws {
        let document = Document(id: "x", source: "x", published: CalendarDay(iso: "2024-03-05"), text: Self.mou)
        let line = try ExtractionJSON.line(Pipeline.extract(document))
        let root = try folder(["done.jsonl": line + "\n" + line + "\n"])
        let items = Array(IteratorSequence(CorpusItems(paths: [root])))
        #expect(items.count == 2)
        for item in items {
            guard case .line(_, _, _, true) = item else { Issue.record("an extraction line"); continue }
            let outcome = item.extractions(published: nil, lexicon: .builtIn)
            #expect(outcome.extractions.first?.deals.first?.parties == ["company:한빛전자", "institution:카이스트"])
            #expect(item.document(published: nil).isFailure)
        }
    }

    @Test func missingPathsAndOversizedFilesAreFailuresAndTheRestIsRead() throws {
        let root = try folder(["ok.txt": Self.mou])
        let items = Array(IteratorSequence(CorpusItems(paths: ["/nonexistent/x.txt", root])))
        #expect(items.count == 2)
        guard case .failure(let error) = items[0] else { Issue.record("missing file is a failure"); return }
        #expect(error.source == "/nonexistent/x.txt")
        guard case .file = items[1] else { Issue.record("the other file is still read"); return }
    }

    @Test func peekDoesNotConsume() throws {
        let root = try folder(["a.txt": Self.mou, "b.txt": Self.mou])
        var items = CorpusItems(paths: [root])
        #expect(items.peek(5).count == 2)
        #expect(Array(IteratorSequence(items)).count == 2)
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
