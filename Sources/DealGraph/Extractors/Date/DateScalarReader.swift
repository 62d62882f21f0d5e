/// Read-only access to one sentence's scalars, with the small lexical tests the date rules need.
///
/// Every test is O(1) or bounded by a short look-ahead, so a scan that calls them at each
/// position stays linear in the sentence length.
struct DateScalarReader: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    init(_ text: String) {
        self.scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The scalar at `i`, or nil outside the text.
    subscript(_ i: Int) -> Unicode.Scalar? {
        i >= 0 && i < scalars.count ? scalars[i] : nil
    }

    /// The scalars of `range`, clamped, as a string (for tests and diagnostics).
    func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        return String(scalars: scalars[lower..<upper])
    }

    // MARK: Classes of scalars

    static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.value >= 0x30 && c.value <= 0x39
    }

    /// A precomposed Hangul syllable (U+AC00–U+D7A3).
    static func isHangul(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.value >= 0xAC00 && c.value <= 0xD7A3
    }

    /// Unicode's White_Space property (`properties.isWhitespace`), as a switch: the property
    /// lookup was a measurable part of the scan.
    static func isSpace(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func isLatin(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// The final consonant of a Hangul syllable as its index in the syllable block (0 for none,
    /// `finalSsangSiot` for ㅆ, `finalRieul` for ㄹ); nil for any other scalar. One division
    /// answers both tense tests.
    @inline(__always)
    static func finalConsonant(_ c: Unicode.Scalar) -> UInt32? {
        let syllable = c.value &- 0xAC00
        return syllable < 11_172 ? syllable % 28 : nil
    }

    /// ㅆ: the past-tense marker (했, 었, 였, 됐, 혔 …), except in 있 (to be) and 겠 (will).
    static let finalSsangSiot: UInt32 = 20
    /// ㄹ (할, 될, 열릴 …): with a following 것, the future.
    static let finalRieul: UInt32 = 8

    // MARK: Reading

    /// The index after the run of whitespace that starts at `i` (`i` itself when there is none).
    func skipSpaces(from i: Int) -> Int {
        var j = i
        while j < count, Self.isSpace(scalars[j]) { j += 1 }
        return j
    }

    /// The index of the last non-space scalar before `i`, or -1.
    func skipSpacesBackward(from i: Int) -> Int {
        var j = i - 1
        while j >= 0, Self.isSpace(scalars[j]) { j -= 1 }
        return j
    }

    /// The ASCII number at `i`: its value, digit count and end; nil when `i` holds no digit
    /// or the run of digits is longer than `maxDigits`.
    func number(at i: Int, maxDigits: Int) -> (value: Int, digits: Int, end: Int)? {
        var j = i
        var value = 0
        while j < count, Self.isDigit(scalars[j]) {
            if j - i >= maxDigits { return nil }
            value = value * 10 + Int(scalars[j].value - 0x30)
            j += 1
        }
        return j > i ? (value, j - i, j) : nil
    }

    /// True when `word` occurs exactly at `i`.
    func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    /// True when `word` ends exactly at `end` (exclusive).
    func matches(_ word: [Unicode.Scalar], endingAt end: Int) -> Bool {
        matches(word, at: end - word.count)
    }

    /// True when a number may start at `i`: the previous scalar does not continue a number,
    /// a code or a decimal ("1.5", "1,000", "A320", "D-5", "10:30").
    func numberMayStart(at i: Int) -> Bool {
        guard let p = self[i - 1] else { return true }
        if Self.isDigit(p) || Self.isLatin(p) { return false }
        switch p {
        case ".", ",", ":", "/", "_", "+", "#", "%":
            return false
        case "-", "–":
            let q = self[i - 2]
            return !(Self.isDigit(q) || Self.isLatin(q))
        default:
            return true
        }
    }

    /// True when a Hangul word may start at `i` (the previous scalar is not a syllable).
    func wordMayStart(at i: Int) -> Bool {
        !Self.isHangul(self[i - 1])
    }

    /// True when a date word or unit may end at `end`: what follows is not a syllable, or is a
    /// particle that attaches to the date (은/는/에/부터/까지 …) or one of `extra`. 부, 까, 보, 처 and 으
    /// count only as 부터/부로, 까지, 보다, 처럼 and 으로 ("5일 후보" is no "5일 후"; "2021년으로
    /// 거슬러 올라간다").
    func wordMayEnd(at end: Int, extra: ScalarSet = .empty) -> Bool {
        guard let c = self[end], Self.isHangul(c) else { return true }
        if extra.contains(c) { return true }
        switch c {
        case "부": return self[end + 1] == "터" || self[end + 1] == "로"
        case "까": return self[end + 1] == "지"
        case "보": return self[end + 1] == "다"
        case "처": return self[end + 1] == "럼"
        case "으": return self[end + 1] == "로"
        default: return DatePatterns.particles.contains(c)
        }
    }

    /// The Hangul word that starts at `i` (up to `limit` syllables).
    func hangulWord(at i: Int, limit: Int = 8) -> [Unicode.Scalar] {
        var j = i
        while j < count, j - i < limit, Self.isHangul(scalars[j]) { j += 1 }
        return Array(scalars[min(i, count)..<j])
    }

    /// The Hangul word that ends just before `i`, skipping whitespace (up to `limit` syllables).
    func hangulWord(before i: Int, limit: Int = 8) -> [Unicode.Scalar] {
        let last = skipSpacesBackward(from: i)
        var j = last
        while j >= 0, last - j < limit, Self.isHangul(scalars[j]) { j -= 1 }
        return j < last ? Array(scalars[(j + 1)...last]) : []
    }

    /// A range separator of dates: ~, ∼, 〜, -, – or —.
    static func isRangeSeparator(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        switch c {
        case "~", "∼", "〜", "～", "-", "–", "—": return true
        default: return false
        }
    }
}
