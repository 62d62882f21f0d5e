import Foundation

/// An amount of money found in one sentence, with local scalar offsets.
public struct MoneyMatch: Sendable, Equatable {
    /// From a leading qualifier (약, 최대) or currency sign through the currency.
    public var range: Range<Int>
    /// ISO 4217 code.
    public var currency: String
    /// Exact value in the currency's unit; the lower end of a range.
    public var value: Decimal
    /// The upper end of a range.
    public var upper: Decimal?
    public var approximate: Bool
    public var bound: AmountBound
    /// Index, in the same list, of the amount this one restates ("(한화 약 200억원)").
    public var equivalentOf: Int?
    public var role: AmountRole?
    /// Where the words that qualify the amount end (이상, 가량): later passes look on from here.
    public var tail: Int
}

/// A number that could not be an amount, reported rather than read (a 400-digit number, 억억원).
public struct MoneyWarning: Sendable, Equatable {
    public var range: Range<Int>
    public var message: String
}

/// The amounts of one sentence and the problems met reading them.
public struct MoneyScan: Sendable {
    public var matches: [MoneyMatch]
    public var warnings: [MoneyWarning]
}

/// Finds amounts of money in one sentence's scalars, in one left-to-right pass.
///
/// At each scalar the scanner tries, in order: a currency sign or code followed by a number
/// (`$15 million`), a number followed by a currency (`1조 2,720억 원`), or a number that opens a
/// range closed by a currency (`100억~200억원`). After a match or a failed number it resumes past
/// what it read, so each scalar is looked at a bounded number of times. A bare number with units
/// but no currency ("1000억", "2025년") is no money, unless it is 억 or 조 in digits before a deal
/// word, as headlines write won ("1.1조 수주").
public enum MoneyScanner {
    public static func scan(_ scalars: [Unicode.Scalar]) -> MoneyScan {
        var pass = Pass(s: scalars)
        pass.run()
        return MoneyScan(matches: pass.matches, warnings: pass.warnings)
    }

    /// Hangul-only numbers are common words too (조사원, 만원 버스, 일원): they need more evidence.
    /// A single unit (만, 천, 백, 십) is money only with a foreign currency or a bound (만원 이하);
    /// a single digit syllable never is; a short one ending in a digit (조사) never is.
    static func plausible(_ r: NumberReading, currency: String, bounded: Bool) -> Bool {
        guard r.hangulOnly else { return true }
        if r.syllables <= 1 {
            guard r.endsWithUnit else { return false }
            return currency == "KRW" || currency == "JPY" ? bounded : true
        }
        return r.endsWithUnit || r.syllables >= 3
    }

    struct Pass {
        let s: [Unicode.Scalar]
        var matches: [MoneyMatch] = []
        var warnings: [MoneyWarning] = []

        init(s: [Unicode.Scalar]) { self.s = s }

        mutating func run() {
            let currencyBefore = CurrencyLexicon.before
            var i = 0
            while i < s.count {
                if let sign = CurrencyLexicon.before(in: s, at: i, using: currencyBefore) {
                    i = signedAmount(signStart: i, sign: sign) ?? sign.end
                    continue
                }
                if NumberScanner.canStart(s, at: i), let token = NumberScanner.scan(s, at: i) {
                    if let resume = amount(from: token) {
                        i = resume
                    } else {
                        report(token)
                        i = token.consumedEnd
                    }
                    continue
                }
                i += 1
            }
        }

        // MARK: Number then currency

        /// The amount the token starts, added to `matches`; returns where scanning resumes.
        mutating func amount(from token: NumberToken) -> Int? {
            for reading in token.readings {
                let at = s.skippingSpaces(from: reading.end)
                if let currency = CurrencyLexicon.after(in: s, at: at) {
                    let bounded = AmountQualifiers.suffix(in: s, at: currency.end)?.qualifier.isBound ?? false
                    guard MoneyScanner.plausible(reading, currency: currency.code, bounded: bounded) else { continue }
                    if let range = range(after: currency.end, low: reading, lowCurrency: currency.code) {
                        emit(start: token.start, end: range.end, currency: currency.code, low: range.low,
                             high: range.high.value, approximate: reading.approximate || range.high.approximate)
                        return range.end
                    }
                    emit(start: token.start, end: currency.end, currency: currency.code, low: reading.value,
                         high: nil, approximate: reading.approximate)
                    return currency.end
                }
                if let range = range(after: reading.end, low: reading, lowCurrency: nil) {
                    emit(start: token.start, end: range.end, currency: range.currency, low: range.low,
                         high: range.high.value, approximate: reading.approximate || range.high.approximate)
                    return range.end
                }
            }
            if let reading = token.readings.first, reading.scale != nil,
               impliesWon(token.start, reading.end) || namesWonBeforeDealWord(reading) {
                emit(start: token.start, end: reading.end, currency: "KRW", low: reading.value, high: nil,
                     approximate: reading.approximate)
                return reading.end
            }
            return nil
        }

        /// Words that make a bare number of 억 or 조 an amount in won, as headlines write it:
        /// "1.1조 수주", "3000억 투자 유치", "2조 규모 펀드", "60억 추가 투자".
        static let dealWordsAfterBareWon = ScalarLexicon<Bool>([
            "수주", "투자", "추가 투자", "추가 베팅", "베팅", "계약", "규모", "매출", "유치", "투입", "조달", "펀드",
            "수출", "기술수출", "인수", "적자", "흑자", "손실", "잭팟", "어치", "상당",
        ].map { ($0, true) })

        /// Words of buying and selling after a price and 에: "데브클라우드 1062억에 인수", "1조에 매각".
        static let tradeWordsAfterPrice = ScalarLexicon<Bool>([
            "인수", "매각", "사들", "팔았", "팔기로", "낙찰", "수주", "계약",
        ].map { ($0, true) })

        /// "1.1조 수주", "1062억에 인수": written in digits with 억 or 조 last, and followed by a deal
        /// or money word (or 에 and a word of trade). Bare "1000억" stays no amount: "1억 명", "2억 주"
        /// and ranks are counted that way too.
        func namesWonBeforeDealWord(_ reading: NumberReading) -> Bool {
            guard !reading.hangulOnly, let scale = reading.scale, scale == 8 || scale == 12 else { return false }
            let at = s.skippingSpaces(from: reading.end, limit: 1)
            if Self.dealWordsAfterBareWon.match(in: s, at: at) != nil { return true }
            guard at == reading.end, at < s.count, s[at] == "에" else { return false }
            return Self.tradeWordsAfterPrice.match(in: s, at: s.skippingSpaces(from: at + 1, limit: 1)) != nil
        }

        /// Words that say a restatement is in won: "(한화 약 200억)".
        static let wonMarkers = ScalarLexicon<Bool>([("한화", true), ("원화", true), ("우리 돈", true), ("우리돈", true)])

        /// A restatement in parentheses right after a foreign amount may leave out 원:
        /// "1500만달러(한화 약 200억)", "4억 달러(약 5200억)". The number must fill the parentheses.
        func impliesWon(_ start: Int, _ end: Int) -> Bool {
            let close = s.skippingSpaces(from: end, limit: 1)
            guard close < s.count, s[close] == ")" || s[close] == "）", let previous = matches.last,
                  previous.currency != "KRW" else { return false }
            var p = s.skippingSpacesBackward(from: start, limit: 1)
            if let qualifier = AmountQualifiers.before.match(in: s, endingAt: p) {
                p = s.skippingSpacesBackward(from: qualifier.start, limit: 1)
            }
            if let marker = Self.wonMarkers.match(in: s, endingAt: p) {
                p = s.skippingSpacesBackward(from: marker.start, limit: 1)
            }
            guard p > 0, s[p - 1] == "(" || s[p - 1] == "（" else { return false }
            return s.skippingSpacesBackward(from: p - 1, limit: 1) == previous.range.upperBound
        }

        // MARK: Output

        mutating func emit(start: Int, end: Int, currency: String, low: ExactNumber, high: ExactNumber?, approximate: Bool) {
            var match = MoneyMatch(range: start..<end, currency: currency, value: low.decimal, upper: high?.decimal,
                                   approximate: approximate, bound: high == nil ? .exact : .range,
                                   equivalentOf: nil, role: nil, tail: end)
            if let before = AmountQualifiers.prefix(in: s, before: start),
               matches.last.map({ $0.tail <= before.start }) ?? true {
                match.range = before.start..<end
                match.apply(before.qualifier)
            }
            if let after = AmountQualifiers.suffix(in: s, at: end) {
                match.apply(after.qualifier)
                match.tail = after.end
            }
            matches.append(match)
        }

        mutating func report(_ token: NumberToken, signed: Bool = false) {
            guard let problem = token.problem else { return }
            let at = s.skippingSpaces(from: token.consumedEnd)
            guard signed || CurrencyLexicon.after(in: s, at: at) != nil else { return }
            let end = signed ? token.consumedEnd : (CurrencyLexicon.after(in: s, at: at)?.end ?? token.consumedEnd)
            warnings.append(MoneyWarning(range: token.start..<end,
                                         message: "rejected amount (\(problem.reason)): \(s.warningExcerpt(token.start..<end))"))
        }
    }
}

extension MoneyMatch {
    /// Folds a qualifier in: approximate words set `approximate`, bounds set `bound` unless a range.
    mutating func apply(_ qualifier: AmountQualifier) {
        switch qualifier {
        case .approximate: approximate = true
        case .atLeast: if bound != .range { bound = .atLeast }
        case .atMost: if bound != .range { bound = .atMost }
        }
    }
}
