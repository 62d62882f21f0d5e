import Foundation
import Testing
import TestSupport
@testable import DealGraph

/// Inputs built to break a reader: each finishes, with bounded output, whatever its size.
/// Sizes, not clocks: a regression to quadratic work shows up as a hung test run.
@Suite struct HostileInputTests {
    private func extract(_ text: String, format: Document.Format = .text) -> Extraction {
        Pipeline.extract(Document(id: "h", source: "h", published: CalendarDay(iso: "2024-01-01"), text: text, format: format))
    }

    @Test func aMillionScalarsOfUnitsGiveNoAmountAndAWarning() {
        let extraction = extract(String(repeating: "억", count: 1_000_000) + "원")
        #expect(extraction.amounts.isEmpty)
        #expect(!extraction.warnings.isEmpty)
    }

    @Test func tenThousandDigitsBeforeWon() {
        let extraction = extract("매출은 " + String(repeating: "9", count: 10_000) + "원이다.")
        #expect(extraction.amounts.isEmpty)
        #expect(!extraction.warnings.isEmpty)
    }

    @Test func htmlNestedTenThousandDeep() {
        let html = String(repeating: "<div>", count: 10_000) + "<p>셀트리온은 바이넥스와 업무협약을 맺었다.</p>"
            + String(repeating: "</div>", count: 10_000)
        let extraction = extract(html, format: .html)
        #expect(extraction.deals.count == 1)
    }

    @Test func unterminatedTagsCommentsAndEntities() {
        for html in ["<p>삼성전자 &#99999999; &#x110000; &amp", "<p>한빛전자<!-- 끝나지 않는 주석", "<p>한빛전자 <script>var a = 1;",
                     "<p title=\"끝나지 않는 속성>한빛전자", "<", "&", "<!", "</"] {
            let extraction = extract(html, format: .html)
            #expect(extraction.deals.isEmpty, "\(html)")
        }
    }

    @Test func aHalfMegabyteLineWithoutEndings() {
        let line = String(repeating: "한빛전자는 카이스트와 협력 방안을 논의하고 ", count: 20_000)
        let cleaned = ArticleCleaner.clean(Document(id: "h", source: "h", text: line))
        #expect(cleaned.sentences.allSatisfy { $0.scalars.count <= SentenceSplitter.maxLength })
        #expect(extract(line).deals.isEmpty)
    }

    @Test func manyDealsInOneArticleEachOnce() {
        let sentence = "한빛전자는 카이스트와 반도체 공동연구 업무협약을 체결했다. "
        let extraction = extract(String(repeating: sentence, count: 5_000))
        #expect(extraction.deals.count == 1)
        #expect(extraction.deals[0].evidence.count == 5_000)
    }

    @Test func controlCharactersAndNULsInsideText() {
        let extraction = extract("한빛전자는\u{0}카이스트와\u{1B}[31m 업무협약을\u{7F} 체결했다.")
        #expect(extraction.document.text.unicodeScalars.count > 0)
    }
}

/// The larger hostile inputs: full size in release test runs (`.ci/run` runs this suite so),
/// a fiftieth in debug runs, where Swift is many times slower. Sizes, never clocks.
@Suite struct LargeHostileInputTests {
    #if DEBUG
    static let scale = 50
    #else
    static let scale = 1
    #endif

    /// A 50 MB article on one line: filler prose with a deal sentence every few kilobytes, no
    /// line break anywhere. Read, cleaned into bounded sentences, and the deal found once.
    @Test func fiftyMegabytesOnOneLine() throws {
        let filler = String(repeating: "시장 관계자들은 올해 업황이 점차 나아질 것으로 내다봤다 ", count: 60)
        let block = filler + "한빛전자는 카이스트와 반도체 공동연구 업무협약을 체결했다 "
        let target = 50_000_000 / Self.scale
        let line = String(repeating: block, count: target / block.utf8.count + 1)
        #expect(line.utf8.count >= target)
        let (document, warnings) = try DocumentReader.article(bytes: Array(line.utf8), path: "line.txt", published: CalendarDay(iso: "2024-03-05"))
        #expect(warnings.isEmpty)
        let cleaned = ArticleCleaner.clean(document)
        #expect(cleaned.sentences.allSatisfy { $0.scalars.count <= SentenceSplitter.maxLength })
        let extraction = Pipeline.extract(document, cleaned: cleaned)
        #expect(extraction.deals.count == 1)
        #expect(extraction.deals.first?.parties == ["company:한빛전자", "institution:카이스트"])
    }

    /// The same line as one record of a JSON Lines corpus: read as one line, whole.
    @Test func aHugeRecordIsOneLine() throws {
        let text = String(repeating: "한빛전자는 카이스트와 협력 방안을 논의했다. ", count: 50_000_000 / Self.scale / 60)
        let record = try JSONSerialization.data(withJSONObject: ["id": "huge", "text": text])
        let scratch = ScratchFolder("huge")
        let url = try scratch.file("huge.jsonl", Data("{\"id\":\"small\",\"text\":\"셀트리온은 바이넥스와 MOU를 맺었다.\"}\n".utf8) + record + Data("\n".utf8))
        let items = Array(IteratorSequence(CorpusItems(paths: [url.path])))
        #expect(items.count == 2)
        guard case .line(_, 2, let bytes, false) = items[1] else { Issue.record("the huge record is line 2"); return }
        #expect(bytes.count == record.count)
        guard case .success(let (document, _)) = items[1].document(published: nil) else { Issue.record("decodes"); return }
        #expect(document.text == text)
    }
}

/// Every kind of broken UTF-8, alone and inside Korean text: replaced, warned about, extracted around.
@Suite struct InvalidUTF8Tests {
    static let patterns: [(String, [UInt8])] = [
        ("lone continuation byte", [0x80]), ("last continuation byte", [0xBF]),
        ("overlong NUL", [0xC0, 0x80]), ("overlong slash", [0xC1, 0xAF]), ("overlong 3-byte", [0xE0, 0x80, 0x80]),
        ("overlong 4-byte", [0xF0, 0x80, 0x80, 0x80]), ("UTF-16 surrogate", [0xED, 0xA0, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("byte F5", [0xF5]), ("byte FE", [0xFE]), ("byte FF", [0xFF]),
        ("truncated 2-byte", [0xC3]), ("truncated 3-byte", [0xED, 0x95]), ("truncated 4-byte", [0xF0, 0x9F, 0x98]),
        ("5-byte form", [0xF8, 0x88, 0x80, 0x80, 0x80]), ("6-byte form", [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80]),
    ]

    @Test(arguments: patterns)
    func brokenBytesInsideAnArticle(name: String, bytes: [UInt8]) throws {
        let before = Array("한빛전자는 카이스트와 ".utf8), after = Array(" 반도체 업무협약을 체결했다.".utf8)
        for input in [bytes, before + bytes + after, before + bytes, bytes + after] {
            let (document, warnings) = try DocumentReader.article(bytes: input, path: "broken.txt", published: CalendarDay(iso: "2024-03-05"))
            #expect(warnings.contains { $0.contains("U+FFFD") }, "\(name)")
            #expect(document.text.unicodeScalars.contains("\u{FFFD}"), "\(name)")
            let extraction = Pipeline.extract(document)
            for span in extraction.entities.flatMap(\.mentions) {
                let scalars = Array(document.text.unicodeScalars)
                #expect(span.end <= scalars.count && String(scalars: scalars[span.start..<span.end]) == span.text, "\(name)")
            }
        }
    }

    @Test func nulBytesMakeAFileBinaryAndAreRefused() {
        #expect(throws: InputError.self) {
            _ = try DocumentReader.article(bytes: Array("한빛전자".utf8) + [0, 0] + Array("카이스트".utf8), path: "nul.txt", published: nil)
        }
    }
}
