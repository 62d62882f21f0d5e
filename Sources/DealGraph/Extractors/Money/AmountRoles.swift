/// What an amount is for, read from the words around it.
///
/// A keyword right before the amount wins ("계약금 7,500만 달러", "매출은 1조원"), then one right
/// after it ("800억원 규모의", "100억원을 투자"), then one further back in the same clause.
/// An equivalent takes the role of the amount it restates. No keyword: nil.
enum AmountRoles {
    struct Keyword: Sendable {
        let role: AmountRole
        /// Counts only right before the amount, with nothing but spaces between ("총 4억 달러").
        let adjacentOnly: Bool
    }

    /// Keywords and the role they give, as data.
    static let table: [(String, AmountRole)] = [
        ("계약금", .upfront), ("선급금", .upfront), ("선계약금", .upfront), ("업프론트", .upfront),
        ("선급 기술료", .upfront), ("반환 의무가 없는 계약금", .upfront),
        ("마일스톤", .milestone), ("단계별 기술료", .milestone), ("기술료", .milestone), ("단계별 마일스톤", .milestone),
        ("로열티", .royalty), ("경상기술료", .royalty), ("경상 기술료", .royalty), ("러닝 로열티", .royalty),
        ("총 계약 규모", .total), ("계약 규모", .total), ("총 계약금액", .total), ("계약금액", .total),
        ("총 계약금", .total), ("총액", .total), ("총 규모", .total), ("규모", .total), ("총 거래 규모", .total),
        ("투자금", .investment), ("투자 유치", .investment), ("투자를 유치", .investment), ("투자액", .investment),
        ("투자 규모", .investment), ("투자", .investment), ("투자 자금", .investment), ("유치", .investment),
        ("출자", .investment),
        ("매출", .revenue), ("매출액", .revenue),
        ("수주액", .order), ("수주 금액", .order), ("수주", .order), ("수주 규모", .order),
    ]

    static let keywords = ScalarLexicon<Keyword>(table.map { ($0.0, Keyword(role: $0.1, adjacentOnly: false)) } + [
        ("총", Keyword(role: .total, adjacentOnly: true)),
    ])

    /// Words between a keyword and the amount (particles, 약, 최대) fit in this many scalars.
    static let nearGap = 6
    static let farGap = 24
    static let afterGap = 8

    /// Scalars a backward look does not cross: the clause ends there.
    static let clauseMarks: ScalarSet = [",", ".", ";", "·", "…", "，"]

    static func assign(_ matches: inout [MoneyMatch], in s: [Unicode.Scalar]) {
        for k in matches.indices {
            if let original = matches[k].equivalentOf {
                matches[k].role = matches[original].role
                continue
            }
            let floor = k > 0 ? matches[k - 1].tail : 0
            // The next amount that is not inside this one's tail (an equivalent in parentheses is).
            let tail = matches[k].tail
            let ceiling = matches[(k + 1)...].first { $0.range.lowerBound >= tail }?.range.lowerBound ?? s.count
            matches[k].role = role(in: s, amount: matches[k], floor: floor, ceiling: ceiling)
        }
    }

    static func role(in s: [Unicode.Scalar], amount: MoneyMatch, floor: Int, ceiling: Int) -> AmountRole? {
        let start = amount.range.lowerBound
        var before: (role: AmountRole, gap: Int)?
        var e = start
        while e > floor, start - e <= farGap {
            if let m = keywords.match(in: s, endingAt: e), m.start >= floor {
                let between = s[e..<start]
                if !m.value.adjacentOnly || between.allSatisfy(ScalarClass.isSpace) {
                    before = (m.value.role, start - e)
                    break
                }
            }
            if clauseMarks.contains(s[e - 1]) { break }
            e -= 1
        }
        if let before, before.gap <= nearGap { return before.role }
        var p = amount.tail
        while p < ceiling, p - amount.tail <= afterGap {
            if clauseMarks.contains(s[p]) { break }
            if let m = keywords.match(in: s, at: p), !m.value.adjacentOnly, m.end <= ceiling { return m.value.role }
            p += 1
        }
        return before?.role
    }
}
