import Foundation
import Testing
@testable import DealGraph

/// A legacy Korean page read end to end: CP949 bytes labelled `euc-kr`, through the reader
/// and the pipeline, to a deal whose spans point into the decoded text.
@Suite struct LegacyKoreanPageTests {
    let path = "Fixtures/legacy/euc-kr-mou.html"

    func read() throws -> (Document, [String]) {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.root.appendingPathComponent("legacy/euc-kr-mou.html")))
        return try DocumentReader.article(bytes: bytes, path: path, published: CalendarDay(iso: "2024-03-05"))
    }

    @Test func theFixtureIsCP949AndNotUTF8() throws {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.root.appendingPathComponent("legacy/euc-kr-mou.html")))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        #expect(bytes.contains(0x8C))  // the lead byte of "똠", outside EUC-KR
    }

    @Test func thePageDecodesToKoreanHTML() throws {
        let (document, warnings) = try read()
        #expect(warnings.isEmpty)
        #expect(document.format == .html)
        #expect(document.text.contains("<title>삼성전자, 카이스트와 차세대 반도체 공동연구 MOU</title>"))
        #expect(document.text.contains("만찬에는 똠얌꿍이 나왔다."))
        #expect(!document.text.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func theDealIsFoundWithSpansIntoTheDecodedText() throws {
        let (document, warnings) = try read()
        let extraction = Pipeline.extract(document, warnings: warnings)
        let names = Dictionary(uniqueKeysWithValues: extraction.entities.map { ($0.id, $0.name) })
        let deal = try #require(extraction.deals.first)
        #expect(extraction.deals.count == 1)
        #expect(deal.kind == .mou)
        #expect(Set(deal.parties.compactMap { names[$0] }) == ["삼성전자", "카이스트"])
        for span in deal.evidence {
            #expect(slice(document.text, span) == span.text)
        }
        #expect(deal.evidence.contains { $0.text.contains("업무협약을 체결했다") })
    }
}
