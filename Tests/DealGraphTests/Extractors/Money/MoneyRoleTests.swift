import Foundation
import Testing
@testable import DealGraph

@Suite("Money roles")
struct MoneyRoleTests {
    static let cases: [(String, AmountRole?)] = [
        ("반환 의무가 없는 계약금 2000만 달러를 받는다.", .upfront),
        ("선급금으로 500억원을 수령했다.", .upfront),
        ("선급금은 약 300억원이다.", .upfront),
        ("개발 마일스톤 1억5000만 달러가 추가된다.", .milestone),
        ("단계별 기술료로 최대 3억 달러를 받는다.", .milestone),
        ("상업화 이후 로열티 200억원을 별도로 받는다.", .royalty),
        ("총 계약 규모는 12억 달러에 이른다.", .total),
        ("계약 총액은 9000억원이다.", .total),
        ("이번 계약은 1조원 규모다.", .total),
        ("총 4억 달러를 받는다.", .total),
        ("이번 투자 유치 금액은 300억원이다.", .investment),
        ("벤처캐피털 3곳이 150억원을 투자했다.", .investment),
        ("지난해 매출은 1조2000억원을 기록했다.", .revenue),
        ("올해 수주액은 8조원에 달했다.", .order),
        ("회사는 시리즈C에서 1,200억 원을 유치했다.", .investment),
        ("두 회사는 각각 500억원을 출자한다.", .investment),
        ("회사 주가는 5만3000원에 마감했다.", nil),
        ("현금 100억원을 보유하고 있다.", nil),
    ]

    @Test(arguments: cases)
    func role(_ sentence: String, _ role: AmountRole?) {
        let found = moneyAmounts(sentence)
        #expect(found.count == 1)
        #expect(found.first?.role == role)
    }

    @Test("each amount reads its own keyword")
    func severalRoles() {
        let found = moneyAmounts("계약금 1000만 달러, 마일스톤 2억 달러, 로열티는 별도이며 총액은 2억1000만 달러다.")
        #expect(found.map(\.role) == [.upfront, .milestone, .total])
    }

    @Test("an equivalent takes the role of the amount it restates")
    func equivalentRole() {
        let found = moneyAmounts("마일스톤 4500만 달러(약 540억원)는 올해 안에 들어온다.")
        #expect(found.map(\.role) == [.milestone, .milestone])
    }
}
