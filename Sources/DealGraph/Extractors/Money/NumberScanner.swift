import Foundation

/// One way to read a number token, from the token's start to `end`.
///
/// A token has several readings when its tail may belong to the next word: "3억이" reads as
/// 300000002 or as 300000000 followed by the particle 이. The money scanner takes the longest
/// reading that a currency follows.
struct NumberReading: Sendable, Equatable {
    var value: ExactNumber
    var end: Int
    /// Exponent of the last myriad unit or English scale (억 → 8, million → 6); nil when none.
    var scale: Int?
    /// 여 inside the number (30여억).
    var approximate: Bool
    /// No ASCII or full-width digit: 삼십만, 천오백만, 만.
    var hangulOnly: Bool
    /// Numeral syllables read (십, 백, 천, 만 … and 일 … 구), for Hangul-only plausibility.
    var syllables: Int
    /// The last numeral scalar is a unit or a scale (삼십만), not a digit (조사).
    var endsWithUnit: Bool
}

/// Why a token was not read as a number.
enum NumberProblem: Sendable, Equatable {
    /// More than 19 significant digits (what `ExactNumber` holds) or `KoreanNumerals.maxFractionDigits`.
    case tooManyDigits
    /// A myriad unit not smaller than the one before it (억억, 1만억).
    case unitOutOfOrder
    /// A value at or beyond `KoreanNumerals.maxValue`.
    case tooLarge

    var reason: String {
        switch self {
        case .tooManyDigits: return "number with too many digits"
        case .unitOutOfOrder: return "number with units out of order"
        case .tooLarge: return "number too large"
        }
    }
}

/// A number starting at `start`: its readings (longest first) and how far scanning went.
struct NumberToken: Sendable {
    let start: Int
    var readings: [NumberReading]
    /// Where the caller resumes when no reading makes an amount: past the whole numeral run,
    /// so no scalar of a long run is scanned twice.
    var consumedEnd: Int
    var problem: NumberProblem?
}

/// Reads Korean and Arabic numbers at a scalar position, exactly and in linear time.
///
/// The grammar (Duckling's KO numeral rules, restated for a single pass):
/// - number  = group? 여? myriad 여? (space? group 여? myriad 여?)* trailing?   larger myriads first
///           | group 여? scale?                                               no myriad
/// - group   = (piece? small)* piece?       small units strictly decreasing: 천오백, 5천2백, 1천200
/// - piece   = digits (1,500 · 0.35 · full-width) | one Hangul digit (일 … 구)
/// - trailing = a group attached to the last myriad and below it (23만1000, 이만칠천)
/// - scale   = K M B attached, or million/billion/… (1.5B, 15 million)
/// Each scalar is looked at a bounded number of times; digit runs are capped in what they store.
enum NumberScanner {
    /// True when a number may start at `position`: a digit not inside a longer run of digits or
    /// letters, or a Hangul numeral syllable at the start of a word.
    static func canStart(_ s: [Unicode.Scalar], at position: Int) -> Bool {
        guard position < s.count else { return false }
        let c = s[position]
        let prev: Unicode.Scalar? = position > 0 ? s[position - 1] : nil
        if ScalarClass.isDigit(c) {
            guard let prev else { return true }
            if ScalarClass.isDigit(prev) || ScalarClass.isASCIILetter(prev) { return false }
            if ScalarClass.isComma(prev) || ScalarClass.isDecimalPoint(prev),
               position >= 2, ScalarClass.isDigit(s[position - 2]) { return false }
            return true
        }
        // Inside a word no numeral starts; asked first, as most scalars are inside Hangul words.
        if let prev, ScalarClass.isHangulSyllable(prev) || ScalarClass.isDigit(prev) || ScalarClass.isASCIILetter(prev) {
            return false
        }
        return isHangulNumeral(c)
    }

    static func isHangulNumeral(_ c: Unicode.Scalar) -> Bool {
        KoreanNumerals.digit(c) != nil || KoreanNumerals.smallUnit(c) != nil || KoreanNumerals.myriadUnit(c) != nil
    }

    /// The number token at `start`, or nil when no number starts there.
    static func scan(_ s: [Unicode.Scalar], at start: Int) -> NumberToken? {
        let n = s.count
        let first = group(s, at: start)
        if let first, let problem = first.problem {
            return NumberToken(start: start, readings: [], consumedEnd: max(start + 1, runEnd(s, from: first.end)), problem: problem)
        }
        var p = first?.end ?? start
        var approximate = false
        if first != nil, p < n, s[p] == KoreanNumerals.approximateMarker { approximate = true; p += 1 }

        guard p < n, let unit = KoreanNumerals.myriadUnit(s[p]) else {
            // No myriad unit: a plain number, a small-unit number (5천), maybe an English scale.
            guard let first else { return nil }
            var readings = [NumberReading(value: first.value, end: p, scale: nil, approximate: approximate,
                                          hangulOnly: !first.hasASCII, syllables: first.syllables,
                                          endsWithUnit: first.endsWithUnit)]
            if first.isPlain, !approximate, let scaled = scale(s, after: p) {
                let value = first.value.shifted(by: scaled.exponent)
                if value < KoreanNumerals.maxValue {
                    readings.insert(NumberReading(value: value, end: scaled.end, scale: scaled.exponent, approximate: false,
                                                  hangulOnly: false, syllables: 0, endsWithUnit: true), at: 0)
                }
            }
            return NumberToken(start: start, readings: readings, consumedEnd: readings[0].end, problem: nil)
        }

        var readings: [NumberReading] = []
        var problem: NumberProblem?
        var hasASCII = first?.hasASCII ?? false
        var syllables = first?.syllables ?? 0
        var total = ExactNumber.zero
        var multiplier = first?.value
        var exponent = unit
        var lastExponent = Int.max
        while true {
            // p is at a myriad unit `exponent`; `multiplier` is the group before it (nil for a bare 만).
            if exponent >= lastExponent { problem = .unitOutOfOrder; break }
            guard let sum = total.adding((multiplier ?? ExactNumber(1)).shifted(by: exponent)),
                  sum < KoreanNumerals.maxValue else { problem = .tooLarge; break }
            total = sum
            lastExponent = exponent
            syllables += 1
            p += 1
            if p < n, s[p] == KoreanNumerals.approximateMarker { approximate = true; p += 1 }
            readings.insert(NumberReading(value: total, end: p, scale: exponent, approximate: approximate,
                                          hangulOnly: !hasASCII, syllables: syllables, endsWithUnit: true), at: 0)

            // The next group: attached (3억5천만, 23만1000, 억만) or, after a space, one that ends
            // in a smaller myriad unit (3억 5,000만, 일억 오천만).
            var q = p
            var next = group(s, at: q)
            var spacedTrailing: Group?
            if next == nil, q < n, ScalarClass.isSpace(s[q]) {
                let spaced = s.skippingSpaces(from: q)
                if let g = group(s, at: spaced), g.problem == nil {
                    if myriad(s, at: g.end, below: lastExponent) {
                        q = spaced
                        next = g
                    } else if g.hasASCII || g.endsWithUnit {
                        spacedTrailing = g   // 2만 7천 원, 23만 1000원
                    }
                }
            }
            if let next, let groupProblem = next.problem { problem = groupProblem; break }
            var after = next?.end ?? q
            var groupApproximate = false
            if next != nil, after < n, s[after] == KoreanNumerals.approximateMarker { groupApproximate = true; after += 1 }
            if after < n, let e = KoreanNumerals.myriadUnit(s[after]) {
                if e >= lastExponent { problem = .unitOutOfOrder; break }
                hasASCII = hasASCII || (next?.hasASCII ?? false)
                syllables += next?.syllables ?? 0
                approximate = approximate || groupApproximate
                multiplier = next?.value
                exponent = e
                p = after
                continue
            }
            // A trailing group without a unit, attached and below the last unit: 23만1000원, 이만칠천원.
            if let next = next ?? spacedTrailing, !groupApproximate, next.value < ExactNumber.power(lastExponent),
               let value = total.adding(next.value) {
                readings.insert(NumberReading(value: value, end: next.end, scale: nil, approximate: approximate,
                                              hangulOnly: !(hasASCII || next.hasASCII), syllables: syllables + next.syllables,
                                              endsWithUnit: next.endsWithUnit), at: 0)
            }
            break
        }
        var consumed = readings.first?.end ?? p
        if problem != nil { consumed = max(consumed, runEnd(s, from: p)) }
        return NumberToken(start: start, readings: readings, consumedEnd: max(consumed, start + 1), problem: problem)
    }

    /// True when a myriad unit below `limit` is at `position`, maybe after 여.
    private static func myriad(_ s: [Unicode.Scalar], at position: Int, below limit: Int) -> Bool {
        var p = position
        if p < s.count, s[p] == KoreanNumerals.approximateMarker { p += 1 }
        guard p < s.count, let e = KoreanNumerals.myriadUnit(s[p]) else { return false }
        return e < limit
    }

    /// The end of the run of numeral scalars from `position` (digits, separators, units, 여).
    static func runEnd(_ s: [Unicode.Scalar], from position: Int) -> Int {
        var p = position
        while p < s.count {
            let c = s[p]
            if ScalarClass.isDigit(c) || isHangulNumeral(c) || c == KoreanNumerals.approximateMarker {
                p += 1
            } else if (ScalarClass.isComma(c) || ScalarClass.isDecimalPoint(c)), p + 1 < s.count, ScalarClass.isDigit(s[p + 1]) {
                p += 1
            } else {
                break
            }
        }
        return p
    }
}
