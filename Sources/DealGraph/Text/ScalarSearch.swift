/// Substring tests on scalar slices, for rule tables that scan short lines without building Strings.
extension Collection where Element == Unicode.Scalar, Index == Int {
    /// Whether `needle` occurs in the collection.
    func containsScalars(_ needle: [Unicode.Scalar]) -> Bool {
        firstOffset(of: needle) != nil
    }

    /// Index of the first occurrence of `needle`.
    func firstOffset(of needle: [Unicode.Scalar]) -> Int? {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty ? startIndex : nil }
        var i = startIndex
        let last = endIndex - needle.count
        while i <= last {
            if self[i] == first {
                var k = 1
                while k < needle.count, self[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    func hasScalarPrefix(_ prefix: [Unicode.Scalar]) -> Bool {
        guard prefix.count <= count else { return false }
        for (k, p) in prefix.enumerated() where self[startIndex + k] != p { return false }
        return true
    }

    func hasScalarSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard suffix.count <= count else { return false }
        let base = endIndex - suffix.count
        for (k, p) in suffix.enumerated() where self[base + k] != p { return false }
        return true
    }

    /// Whether the scalars of `short` all occur here, in order, gaps allowed: how a short form is
    /// written with syllables of a name ("생명연" of 생명공학연구원, "수과원" of 수산과학원).
    func holdsInOrder(_ short: some Collection<Unicode.Scalar>) -> Bool {
        var k = short.startIndex
        for c in self where k < short.endIndex && c == short[k] { k = short.index(after: k) }
        return k == short.endIndex
    }
}

/// Character classes the text rules need, on scalars.
enum ScalarKind {
    /// The mark that closes a quotation `c` opens, if `c` opens one ("'", "‘", "\"", "“", "「",
    /// "『"). Compared, not hashed: rules ask it of every scalar of a sentence.
    @inline(__always)
    static func closingQuote(of c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "'": return "'"
        case "\"": return "\""
        case "‘": return "’"
        case "“": return "”"
        case "「": return "」"
        case "『": return "』"
        default: return nil
        }
    }

    /// A precomposed Hangul syllable (가–힣).
    static func isHangul(_ c: Unicode.Scalar) -> Bool { c.value >= 0xAC00 && c.value <= 0xD7A3 }
    /// Whether a Hangul syllable has a final consonant (공단, 청; not 회사), which picks 은/이/과
    /// and tells the copula 이다 from 다.
    static func hasFinalConsonant(_ c: Unicode.Scalar) -> Bool { isHangul(c) && (c.value - 0xAC00) % 28 != 0 }
    /// A syllable's initial consonant, 0 (ㄱ) to 18 (ㅎ) in Unicode's order; nil for anything else.
    static func initialConsonant(_ c: Unicode.Scalar) -> Int? { isHangul(c) ? Int((c.value - 0xAC00) / 588) : nil }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    /// A capital Latin letter (A–Z).
    static func isCapitalLatin(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }
    static func isLatin(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }
    /// A Latin letter with an accent or of a language's own (é, ã, ø, ł, ß; Latin-1 to Latin
    /// Extended-B, × and ÷ left out): foreign names are glossed with them ("João Pereira").
    static func isAccentedLatin(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0xC0 && c.value <= 0x24F && c != "×" && c != "÷"
    }
    /// Letters, digits, Hangul and Han: what identifies text once punctuation and spacing are ignored.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        isHangul(c) || isDigit(c) || isLatin(c) || (c.value > 0x7F && isOtherLetter(c))
    }

    /// A letter beyond ASCII and the Hangul syllables (Unicode's Alphabetic property). The
    /// property lookup costs a few hundred instructions, and every pass over a sentence asks:
    /// the blocks Korean news uses most are answered without it.
    static func isOtherLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        // CJK Unified Ideographs (美, 韓, 中): letters all.
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        // General Punctuation (U+2000–U+206F: quotes, dashes, "…"): no letters.
        if v >= 0x2000 && v <= 0x206F { return false }
        // Latin-1 (·, ©, ª, é): read once from the property.
        if v < 0x100 { return latin1Letters.contains(c) }
        return c.properties.isAlphabetic
    }

    private static let latin1Letters = ScalarSet((0x80..<0x100).compactMap(Unicode.Scalar.init).filter(\.properties.isAlphabetic))
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
}

/// Scalar arrays of a list of phrases, for rule tables written as Strings.
func scalarPhrases(_ phrases: [String]) -> [[Unicode.Scalar]] {
    phrases.map { Array($0.unicodeScalars) }
}
