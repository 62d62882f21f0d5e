/// Ranges: one amount with both ends ("100억~200억원", "100억원에서 200억원 사이", "3~5억 달러").
extension MoneyScanner {
    /// Separators of a written range: 100억~200억원, 25000 - 30000원.
    static let rangeSeparators = ScalarLexicon<Bool>([
        ("~", true), ("∼", true), ("〜", true), ("～", true), ("-", true), ("–", true), ("—", true), ("－", true),
    ])

    /// Range words with the word that must close them: 100억원에서 200억원 사이, 1억부터 2억원까지.
    static let rangeConnectors = ScalarLexicon<[Unicode.Scalar]>([
        ("에서", Array("사이".unicodeScalars)), ("부터", Array("까지".unicodeScalars)),
    ])
}

extension MoneyScanner.Pass {
    struct RangeEnd {
        var low: ExactNumber
        var high: NumberReading
        var currency: String
        var end: Int
    }

    /// The upper end of a range whose lower end ends at `lowEnd`.
    func range(after lowEnd: Int, low: NumberReading, lowCurrency: String?) -> RangeEnd? {
        var p = s.skippingSpaces(from: lowEnd)
        var closing: [Unicode.Scalar]?
        if let sep = MoneyScanner.rangeSeparators.match(in: s, at: p) {
            p = sep.end
        } else if let connector = MoneyScanner.rangeConnectors.match(in: s, at: lowEnd) {
            p = connector.end
            closing = connector.value
        } else {
            return nil
        }
        p = s.skippingSpaces(from: p)
        guard p < s.count, ScalarClass.isDigit(s[p]) || NumberScanner.isHangulNumeral(s[p]),
              let token = NumberScanner.scan(s, at: p) else { return nil }
        for high in token.readings {
            let at = s.skippingSpaces(from: high.end)
            guard let currency = CurrencyLexicon.after(in: s, at: at) else { continue }
            if let lowCurrency, lowCurrency != currency.code { return nil }
            guard MoneyScanner.plausible(high, currency: currency.code, bounded: true),
                  MoneyScanner.plausible(low, currency: currency.code, bounded: true) else { return nil }
            if let closing, !s.hasWord(closing, at: s.skippingSpaces(from: currency.end, limit: 1)) { return nil }
            guard let lowValue = Self.lowEnd(low, high: high) else { return nil }
            return RangeEnd(low: lowValue, high: high, currency: currency.code, end: currency.end)
        }
        return nil
    }

    /// The lower end's value: 3~5억원 is 3억 to 5억; an end not below the other is no range.
    static func lowEnd(_ low: NumberReading, high: NumberReading) -> ExactNumber? {
        if low.scale == nil, let scale = high.scale {
            let scaled = low.value.shifted(by: scale)
            if scaled < high.value { return scaled }
        }
        return low.value < high.value ? low.value : nil
    }
}
