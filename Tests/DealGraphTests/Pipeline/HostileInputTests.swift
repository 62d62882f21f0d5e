import Testing
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
