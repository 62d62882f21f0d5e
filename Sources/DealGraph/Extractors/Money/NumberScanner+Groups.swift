import Foundation

/// The pieces a number token is built from: four-digit groups, digit runs and English scales.
extension NumberScanner {
    struct Group {
        var value: ExactNumber
        var end: Int
        var hasASCII: Bool
        var syllables: Int
        var endsWithUnit: Bool
        /// One run of digits, nothing else (1,500 · 0.35).
        var isPlain: Bool
        var problem: NumberProblem?
    }

    /// A value below 10⁴ (or a plain digit run of any size) at `start`.
    static func group(_ s: [Unicode.Scalar], at start: Int) -> Group? {
        let n = s.count
        var p = start
        var value = ExactNumber.zero
        var lastSmall = 4
        var result = Group(value: .zero, end: start, hasASCII: false, syllables: 0, endsWithUnit: false, isPlain: false, problem: nil)
        var pieces = 0
        var units = 0
        while p < n {
            var piece: ExactNumber?
            var q = p
            var pieceIsASCII = false
            if let run = digitRun(s, at: q) {
                if let problem = run.problem { result.problem = problem; result.end = run.end; return result }
                piece = run.value
                q = run.end
                pieceIsASCII = true
            } else if let d = KoreanNumerals.digit(s[q]) {
                piece = ExactNumber(d)
                q += 1
            }
            if q < n, let e = KoreanNumerals.smallUnit(s[q]), e < lastSmall {
                guard let sum = value.adding((piece ?? ExactNumber(1)).shifted(by: e)) else { break }
                value = sum
                lastSmall = e
                result.hasASCII = result.hasASCII || pieceIsASCII
                result.syllables += (piece != nil && !pieceIsASCII ? 1 : 0) + 1
                result.endsWithUnit = true
                units += 1
                pieces += 1
                p = q + 1
                continue
            }
            if let piece {
                if units > 0, !(piece < ExactNumber.power(lastSmall)) { break }
                guard let sum = value.adding(piece) else { break }
                value = sum
                result.hasASCII = result.hasASCII || pieceIsASCII
                result.syllables += pieceIsASCII ? 0 : 1
                result.endsWithUnit = false
                result.isPlain = units == 0 && pieceIsASCII
                pieces += 1
                p = q
            }
            break
        }
        guard pieces > 0 else { return nil }
        // A Hangul decimal fraction: 일점이삼, 사천백이십삼점삼.
        if !result.hasASCII, p + 1 < n, KoreanNumerals.decimalPoints.contains(s[p]), KoreanNumerals.digit(s[p + 1]) != nil {
            var q = p + 1
            var fraction = ExactNumber.zero
            var places = 0
            while q < n, let d = KoreanNumerals.digit(s[q]), places < KoreanNumerals.maxFractionDigits {
                places += 1
                fraction = fraction.adding(ExactNumber(mantissa: UInt64(d), exponent: -places)) ?? fraction
                q += 1
            }
            if let sum = value.adding(fraction) {
                value = sum
                result.syllables += 1 + places
                result.endsWithUnit = false
                p = q
            }
        }
        result.value = value
        result.end = p
        return result
    }

    struct DigitRun {
        var value: ExactNumber
        var end: Int
        var problem: NumberProblem?
    }

    /// Digits with thousands separators (1,500,000) and a decimal part (1.5), ASCII or full-width.
    /// A run of any length is consumed; a run that does not fit (more than 19 significant digits,
    /// more than 12 after the point) is a problem, never a rounded number.
    static func digitRun(_ s: [Unicode.Scalar], at start: Int) -> DigitRun? {
        let n = s.count
        guard start < n, ScalarClass.isDigit(s[start]) else { return nil }
        var number = DigitAccumulator()
        var fraction = 0
        var p = start
        while p < n {
            if let d = ScalarClass.digit(s[p]) {
                number.append(d)
                p += 1
            } else if ScalarClass.isComma(s[p]), p + 3 < n,
                      ScalarClass.isDigit(s[p + 1]), ScalarClass.isDigit(s[p + 2]), ScalarClass.isDigit(s[p + 3]),
                      p + 4 >= n || !ScalarClass.isDigit(s[p + 4]) {
                p += 1
            } else {
                break
            }
        }
        if p + 1 < n, ScalarClass.isDecimalPoint(s[p]), ScalarClass.isDigit(s[p + 1]) {
            p += 1
            while p < n, let d = ScalarClass.digit(s[p]) {
                fraction += 1
                number.append(d)
                p += 1
            }
        }
        guard fraction <= KoreanNumerals.maxFractionDigits, let value = number.value(fractionDigits: fraction) else {
            return DigitRun(value: .zero, end: p, problem: .tooManyDigits)
        }
        return DigitRun(value: value, end: p, problem: nil)
    }

    /// Digits gathered into a `UInt64`; zeros wait until a later digit needs them, so
    /// 1 followed by thirty zeros is 10³⁰ (too large) rather than an overflow.
    struct DigitAccumulator {
        private var mantissa: UInt64 = 0
        private var pendingZeros = 0
        private var overflow = false

        mutating func append(_ digit: Int) {
            guard !overflow else { return }
            if digit == 0 {
                pendingZeros += 1
                return
            }
            guard let shifted = ExactNumber.scale(mantissa, by: pendingZeros + 1) else { overflow = true; return }
            let (sum, o) = shifted.addingReportingOverflow(UInt64(digit))
            if o { overflow = true; return }
            mantissa = sum
            pendingZeros = 0
        }

        /// The value with the last `fractionDigits` digits after the point; nil on overflow.
        func value(fractionDigits: Int) -> ExactNumber? {
            overflow ? nil : ExactNumber(mantissa: mantissa, exponent: pendingZeros - fractionDigits)
        }
    }

    /// An English scale after a plain number: attached K/M/B, or a word (million, bn) after at most one space.
    static func scale(_ s: [Unicode.Scalar], after position: Int) -> (exponent: Int, end: Int)? {
        let n = s.count
        func boundary(_ p: Int) -> Bool { p >= n || !ScalarClass.isASCIILetter(s[p]) }
        if position < n, let e = KoreanNumerals.scaleLetters[s[position]], boundary(position + 1) {
            return (e, position + 1)
        }
        let q = s.skippingSpaces(from: position, limit: 1)
        if let word = KoreanNumerals.scaleWords.match(in: s, at: q), boundary(word.end) {
            return (word.value, word.end)
        }
        return nil
    }
}
