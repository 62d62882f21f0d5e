import Foundation
import Testing
@testable import DealGraph

@Suite("Money equivalents")
struct MoneyEquivalentTests {
    @Test("a parenthesised restatement points to the amount it restates, and shares the bound after it")
    func parenthesisWithBound() throws {
        let found = moneyAmounts("벤처기업들은 1500만달러(한화 약 200억원) 이상의 투자 자금을 유치하는 성과를 거뒀다.")
        try #require(found.count == 2)
        #expect(found.map(\.id) == ["m1", "m2"])
        #expect(found[0].currency == "USD" && found[0].value == dec("15000000"))
        #expect(found[0].bound == .atLeast)
        #expect(found[0].approximate == false)
        #expect(found[1].currency == "KRW" && found[1].value == dec("20000000000"))
        #expect(found[1].approximate)
        #expect(found[1].equivalentOf == "m1")
        #expect(found[0].equivalentOf == nil)
    }

    @Test("several pairs in one sentence link pairwise")
    func pairs() throws {
        let found = moneyAmounts("선급금 3000만 달러(약 400억원)와 마일스톤 2억 유로(약 2900억원)를 받는다.")
        try #require(found.count == 4)
        #expect(found.map(\.equivalentOf) == [nil, "m1", nil, "m3"])
        #expect(found.map(\.currency) == ["USD", "KRW", "EUR", "KRW"])
    }

    @Test("forms of the restatement", arguments: [
        "총 2억2000만달러(약 2900억원) 규모다.",
        "총 2억2000만 달러(한화 약 2900억 원) 규모다.",
        "총 2억2000만 달러 (원화 기준 약 2900억원) 규모다.",
        "총 2억2000만 달러, 한화로 약 2900억원 규모다.",
        "총 2억2000만 달러를 원화로 환산하면 약 2900억원이다.",
        "총 2억2000만 달러(우리 돈 약 2900억원) 규모다.",
    ])
    func forms(_ sentence: String) {
        let found = moneyAmounts(sentence)
        #expect(found.count == 2)
        #expect(found.last?.equivalentOf == "m1")
        #expect(found.last?.value == dec("290000000000"))
    }

    @Test("yen with a won equivalent")
    func yen() throws {
        let found = moneyAmounts("계약금 40억엔(약 430억원)을 먼저 받는다.")
        try #require(found.count == 2)
        #expect(found.map(\.currency) == ["JPY", "KRW"])
        #expect(found[1].equivalentOf == "m1")
        #expect(found[1].role == .upfront)
    }

    @Test("a restatement in won may leave out 원", arguments: [
        "투자사들은 1500만달러(한화 약 200억) 이상을 투자했다.",
        "투자사들은 1500만달러(약 200억) 이상을 투자했다.",
    ])
    func impliedWon(_ sentence: String) throws {
        let found = moneyAmounts(sentence)
        try #require(found.count == 2)
        #expect(found[1].currency == "KRW")
        #expect(found[1].value == dec("20000000000"))
        #expect(found[1].equivalentOf == "m1")
        #expect(found[0].bound == .atLeast)
    }

    @Test("a bare number in parentheses is no amount without a foreign amount right before it", arguments: [
        ("국내 매출(약 200억)은 줄었다.", [String]()),
        ("매출 200억원(약 300억)", ["KRW"]),
        ("1500만달러 (200억 중 일부)", ["USD"]),
    ])
    func notImpliedWon(_ sentence: String, _ currencies: [String]) {
        #expect(moneyAmounts(sentence).map(\.currency) == currencies)
    }

    @Test("two currencies listed alone in one pair of parentheses")
    func listed() throws {
        let found = moneyAmounts("2015년에 세운 기록(약 4800억원, 4억 달러)을 넘어섰다.")
        try #require(found.count == 2)
        #expect(found[1].equivalentOf == "m1")
        #expect(found[1].currency == "USD")
    }

    @Test("not a restatement", arguments: [
        "회사 자본금(350억원)을 크게 웃돈다.",
        "매출 1200억원(전년 대비 20% 증가)을 기록했고 영업이익은 300억원이었다.",
        "본계약 1342억원(확정 공시액 1342억9000만원)을 체결했다.",
        "미국에서 5억 달러를 투자하고, 국내에는 추가로 3년간 4000억원을 더 투자한다.",
        "매출(1200억원, 전년 대비 20% 증가)과 수출(1억 달러)이 모두 늘었다.",
    ])
    func notEquivalent(_ sentence: String) {
        let found = moneyAmounts(sentence)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.equivalentOf == nil })
    }

    @Test("a bound of the restated amount carries over")
    func carriedBound() throws {
        let found = moneyAmounts("단계별 기술료는 최대 9억 달러(약 1조2000억원)에 이른다.")
        try #require(found.count == 2)
        #expect(found.map(\.bound) == [.atMost, .atMost])
        #expect(found[1].equivalentOf == "m1")
    }
}
