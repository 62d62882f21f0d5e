import Foundation
import Testing
@testable import DealGraph

@Suite("Money qualifiers and ranges")
struct MoneyQualifierTests {
    @Test("qualifiers in running text", arguments: [
        ("투자 규모는 약 300억원이다.", AmountBound.exact, true),
        ("투자 규모는 300억원 가량이다.", .exact, true),
        ("직원 1인당 300만원 정도를 지급한다.", .exact, true),
        ("매출은 1000억원대에 머물렀다.", .exact, true),
        ("주가는 16만원 선에서 거래되고 있다.", .exact, true),
        ("계약금만 1000억원이 넘는다.", .atLeast, false),
        ("계약금만 1000억원을 넘어섰다.", .atLeast, false),
        ("최소 50억 달러를 투자한다.", .atLeast, false),
        ("손실은 최대 2000억원으로 추산된다.", .atMost, false),
        ("지원금은 1인당 500만원 이하로 제한된다.", .atMost, false),
        ("지원 한도는 최대 1억원까지다.", .atMost, false),
        ("주가는 장중 13만5000원까지 치솟았다.", .exact, false),
        ("주가는 한때 9만원까지 떨어졌다.", .exact, false),
    ])
    func qualifier(_ sentence: String, _ bound: AmountBound, _ approximate: Bool) {
        let found = moneyAmounts(sentence)
        #expect(found.count == 1)
        #expect(found.first?.bound == bound)
        #expect(found.first?.approximate == approximate)
    }

    @Test("까지 that adds up is not an upper bound")
    func adding() {
        let found = moneyAmounts("마일스톤 4500만 달러까지 더하면 초기 수령액은 1억 달러를 넘는다.")
        #expect(found.map(\.bound) == [.exact, .atLeast])
    }

    @Test("약 is a qualifier only as a word of its own")
    func yak() {
        let found = moneyAmounts("바이오제약 300억원 투자")
        #expect(found.first?.approximate == false)
        #expect(found.first?.span.text == "300억원")
    }

    @Test("ranges are one amount with both ends")
    func ranges() throws {
        let found = moneyAmounts("시장 규모는 100억원에서 200억원 사이로 추정되며, 투자액은 3~5억 달러다.")
        try #require(found.count == 2)
        #expect(found[0].bound == .range)
        #expect(found[0].value == dec("10000000000"))
        #expect(found[0].upper == dec("20000000000"))
        #expect(found[1].currency == "USD")
        #expect(found[1].value == dec("300000000"))
        #expect(found[1].upper == dec("500000000"))
    }

    @Test("a change from one amount to another is two amounts, not a range")
    func change() {
        let found = moneyAmounts("매출은 100억원에서 200억원으로 늘었다.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.bound == .exact })
    }

    @Test("a range needs its ends in order and in one currency")
    func badRanges() throws {
        let reversed = moneyAmounts("200억~100억원")
        #expect(reversed.count == 1)
        #expect(reversed.first?.bound == .exact)
        #expect(reversed.first?.value == dec("10000000000"))
        let mixed = moneyAmounts("100억원~2억 달러")
        try #require(mixed.count == 2)
        #expect(mixed.allSatisfy { $0.bound == .exact })
    }

    @Test("a particle after a unit is not a digit", arguments: [
        ("US$1억이 투입됐다.", "USD", "100000000"),
        ("총 3억이 넘는 100억원을 모았다.", "KRW", "10000000000"),
    ])
    func particle(_ sentence: String, _ currency: String, _ value: String) {
        let found = moneyAmounts(sentence)
        #expect(found.map(\.currency) == [currency])
        #expect(found.map(\.value) == [dec(value)])
    }

    @Test("a unit word without a currency is no amount unless a range gives one")
    func bareUnits() {
        #expect(moneyAmounts("시가총액이 1000억을 넘었다.").isEmpty)
        #expect(moneyAmounts("100억~200억원").count == 1)
    }
}
