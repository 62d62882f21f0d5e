import Foundation
import Testing
@testable import DealGraph

@Suite("Money extractor")
struct MoneyExtractorTests {
    /// Sentences cut from `text` at the given scalar ranges, mapped one to one.
    func sentences(_ text: String, _ ranges: [Range<Int>], repeats: [Int?]) -> (SourceText, [Sentence]) {
        let source = SourceText(text)
        let list = ranges.enumerated().map { index, range in
            Sentence(index: index, paragraph: index, scalars: Array(source.scalars[range]),
                     sourceStarts: Array(range), sourceEnds: range.map { $0 + 1 },
                     repeats: repeats[index], source: source)
        }
        return (source, list)
    }

    @Test("ids run over the document in text order; repeated sentences are read once")
    func idsAndRepeats() throws {
        let text = "계약금은 100억원이다. 총액은 1억 달러(약 1300억원)다. 계약금은 100억원이다."
        let (source, list) = sentences(text, [0..<13, 14..<35, 36..<49], repeats: [nil, nil, 0])
        let result = MoneyExtractor.extract(from: list, source: source)
        try #require(result.amounts.count == 3)
        #expect(result.amounts.map(\.id) == ["m1", "m2", "m3"])
        #expect(result.amounts.map(\.currency) == ["KRW", "USD", "KRW"])
        #expect(result.amounts[2].equivalentOf == "m2")
        #expect(result.amounts[1].role == .total)
        for amount in result.amounts {
            #expect(source.slice(amount.span.start, amount.span.end) == amount.span.text)
        }
        #expect(result.amounts[0].span == Span(start: 5, end: 10, text: "100억원"))
        #expect(result.warnings.isEmpty)
    }

    @Test("spans are verbatim source, across a joined line break and full-width digits")
    func verbatimSpans() {
        // The cleaner joined "1조3500억\n원" and made "１５" ASCII; the map points back to the source.
        let text = "규모는 1조3500억\n원, 계약금 １５억원"
        let source = SourceText(text)
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        for (offset, scalar) in source.scalars.enumerated() where scalar != "\n" {
            if let d = ScalarClass.digit(scalar) { scalars.append(Unicode.Scalar(UInt8(48 + d))) } else { scalars.append(scalar) }
            starts.append(offset)
        }
        let sentence = Sentence(index: 0, paragraph: 0, scalars: scalars, sourceStarts: starts,
                                sourceEnds: starts.map { $0 + 1 }, repeats: nil, source: source)
        #expect(sentence.text == "규모는 1조3500억원, 계약금 15억원")
        let result = MoneyExtractor.extract(from: [sentence], source: source)
        #expect(result.amounts.map(\.span.text) == ["1조3500억\n원", "１５억원"])
        #expect(result.amounts.map(\.value) == [dec("1350000000000"), dec("1500000000")])
    }

    @Test("spans cover the number through the currency, with a leading qualifier or sign", arguments: [
        "총 계약 규모는 ⟦10억 6,000만 달러⟧(⟦약 1조 2,720억 원⟧)로 집계됐다.",
        "이번 라운드는 ⟦$15 million⟧ 규모였다.",
        "⟦USD 1.2 billion⟧ 규모의 채권을 발행했다.",
        "시장은 ⟦100억~200억원⟧ 수준이다.",
        "⟦최대 481억엔⟧의 단계별 기술료를 받는다.",
        "주가는 ⟦23만1000원⟧에 거래를 마쳤다.",
        "⟦30여억원⟧을 들여 공장을 세웠다.",
    ])
    func spans(_ markedText: String) {
        let (text, ranges) = marked(markedText)
        let found = moneyAmounts(text)
        #expect(found.map { $0.span.start..<$0.span.end } == ranges)
    }

    @Test("absurd numbers give a warning and no amount, never a trap")
    func warnings() {
        for text in [String(repeating: "7", count: 400) + "원", "억억억억원", "1억억원", "99999경 원",
                     "$" + String(repeating: "1", count: 400)] {
            let result = moneyExtraction(text)
            #expect(result.amounts.isEmpty, "\(text.prefix(12))")
            #expect(result.warnings.count == 1, "\(text.prefix(12))")
        }
        // Long digit runs that are not followed by a currency are not money and not worth a warning.
        #expect(moneyExtraction(String(repeating: "7", count: 400)).warnings.isEmpty)
    }

    @Test("text around an absurd number still reads")
    func afterAbsurd() {
        let result = moneyExtraction("오류 " + String(repeating: "9", count: 100) + "원, 실제 계약금은 50억원")
        #expect(result.amounts.map(\.value) == [dec("5000000000")])
        #expect(result.warnings.count == 1)
    }

    @Test("동 after a Korean unit is the Vietnamese dong; elsewhere a building or a word")
    func vietnameseDong() {
        let amounts = moneyAmounts("인수 금액은 5조4000억동(약 2900억원)이다.")
        #expect(amounts.map(\.currency) == ["VND", "KRW"])
        #expect(amounts.first?.value == dec("5400000000000"))
        #expect(moneyAmounts("아파트 101동 3층과 2동 주민이 참석했다.").isEmpty)
        // Spaced from its unit, 동 ends its word: "1,200억 동(약 66억 원)", not "300억 동원".
        let spaced = moneyAmounts("합작법인의 자본금은 1,200억 동(약 66억 원)이다.")
        #expect(spaced.map(\.currency) == ["VND", "KRW"], "\(spaced)")
        #expect(spaced.first?.value == dec("120000000000"))
        #expect(moneyAmounts("인력 300억 동원 계획도 있다.").allSatisfy { $0.currency != "VND" })
    }
}
