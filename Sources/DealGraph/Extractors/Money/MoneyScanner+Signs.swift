/// Amounts written after a currency sign or code ("$15 million", "USD 1.2 billion", "€20").
extension MoneyScanner.Pass {
    /// An amount after a currency sign or code ($15 million, USD 1.2 billion, $10-20 million).
    mutating func signedAmount(signStart: Int, sign: (code: String, end: Int)) -> Int? {
        let p = s.skippingSpaces(from: sign.end, limit: 1)
        guard p < s.count, ScalarClass.isDigit(s[p]) || NumberScanner.isHangulNumeral(s[p]),
              let token = NumberScanner.scan(s, at: p) else { return nil }
        // The longest reading, unless its tail is a particle read as a digit ("US$1억이" is 1억).
        guard let reading = token.readings.first(where: { !endsInParticle($0, from: p) }) else {
            report(token, signed: true)
            return token.consumedEnd
        }
        var end = reading.end
        var high: NumberReading?
        var low = reading.value
        var q = s.skippingSpaces(from: end)
        if let sep = MoneyScanner.rangeSeparators.match(in: s, at: q) {
            q = s.skippingSpaces(from: sep.end)
            if let again = CurrencyLexicon.before(in: s, at: q), again.code == sign.code { q = s.skippingSpaces(from: again.end, limit: 1) }
            if q < s.count, ScalarClass.isDigit(s[q]), let upper = NumberScanner.scan(s, at: q)?.readings.first,
               let lowValue = Self.lowEnd(reading, high: upper) {
                high = upper
                low = lowValue
                end = upper.end
            }
        }
        // A currency word may repeat the sign: 미화 1500만 달러.
        let at = s.skippingSpaces(from: end)
        if let word = CurrencyLexicon.after(in: s, at: at), word.code == sign.code { end = word.end }
        emit(start: signStart, end: end, currency: sign.code, low: low, high: high?.value,
             approximate: reading.approximate || (high?.approximate ?? false))
        return end
    }

    /// True when a reading ends in one Hangul digit right after a myriad unit (1억이, 3만원이).
    func endsInParticle(_ reading: NumberReading, from start: Int) -> Bool {
        let last = reading.end - 1
        return last - 1 >= start && KoreanNumerals.digit(s[last]) != nil && KoreanNumerals.myriadUnit(s[last - 1]) != nil
    }
}
