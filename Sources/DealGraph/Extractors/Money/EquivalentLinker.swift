/// Links an amount to the one it restates in another currency.
///
/// "1500만달러(한화 약 200억원)", "4억4000만달러(약 5800억원)", "50억엔은 원화로 환산하면 약
/// 545억원": the second amount gets `equivalentOf` = the first. The link needs a different
/// currency and, between the two, either an opening parenthesis and a few words, or a
/// conversion word (환산, 한화, 원화, 우리 돈), or both listed alone in one pair of
/// parentheses ("(약 8500억원, 7억3000만 달러)"). A bound written after the parenthesis belongs to
/// both ("1500만달러(한화 약 200억원) 이상"), and so does a bound of the first ("최대 …(약 …)").
enum EquivalentLinker {
    /// Words that announce a conversion.
    static let conversionWords = ScalarLexicon<Bool>([
        ("환산", true), ("한화", true), ("원화", true), ("우리 돈", true), ("달러화로", true), ("엔화로", true),
    ])

    /// "(약 8500억원, 7억3000만 달러)": two currencies listed inside one pair of parentheses.
    static func listedTogether(_ a: MoneyMatch, _ b: MoneyMatch, in s: [Unicode.Scalar]) -> Bool {
        let mark = s.skippingSpaces(from: a.range.upperBound, limit: 1)
        guard mark < s.count, [",", "/", "，", "·"].contains(s[mark]),
              s.skippingSpaces(from: mark + 1, limit: 1) == b.range.lowerBound else { return false }
        let open = s.skippingSpacesBackward(from: a.range.lowerBound, limit: 1)
        let close = s.skippingSpaces(from: b.range.upperBound, limit: 1)
        return open > 0 && (s[open - 1] == "(" || s[open - 1] == "（")
            && close < s.count && (s[close] == ")" || s[close] == "）")
    }

    /// Longest gap between two amounts that can still be a restatement.
    static let maxParenthesisGap = 12
    static let maxConversionGap = 20

    static func link(_ matches: inout [MoneyMatch], in s: [Unicode.Scalar]) {
        guard matches.count > 1 else { return }
        for k in 1..<matches.count {
            let a = matches[k - 1], b = matches[k]
            guard a.equivalentOf == nil, a.currency != b.currency, a.range.upperBound <= b.range.lowerBound else { continue }
            let gap = a.range.upperBound..<b.range.lowerBound
            guard gap.count <= maxConversionGap, !s[gap].contains(where: ScalarClass.isDigit) else { continue }
            let open = s.skippingSpaces(from: gap.lowerBound, limit: 1)
            let parenthesised = open < gap.upperBound && (s[open] == "(" || s[open] == "（")
                && !s[gap].contains(where: { $0 == ")" || $0 == "）" }) && gap.count <= maxParenthesisGap
            let converted = gap.contains { conversionWords.match(in: s, at: $0) != nil }
            guard parenthesised || converted || listedTogether(a, b, in: s) else { continue }
            matches[k].equivalentOf = k - 1
            if b.bound == .exact, a.bound == .atLeast || a.bound == .atMost { matches[k].bound = a.bound }
            guard parenthesised else { continue }
            let close = s.skippingSpaces(from: b.range.upperBound, limit: 1)
            guard close < s.count, s[close] == ")" || s[close] == "）",
                  let after = AmountQualifiers.suffix(in: s, at: close + 1) else { continue }
            matches[k - 1].apply(after.qualifier)
            matches[k - 1].tail = max(matches[k - 1].tail, after.end)
            matches[k].apply(after.qualifier)
        }
    }
}
