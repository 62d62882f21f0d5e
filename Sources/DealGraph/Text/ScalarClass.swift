/// Character classes the money scanner asks about one Unicode scalar at a time.
///
/// Everything here is O(1) and allocation-free: the scanner calls these for every scalar of a
/// sentence, so they stay plain switches over code points.
enum ScalarClass {
    /// A precomposed Hangul syllable (U+AC00–U+D7A3).
    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// Spaces the cleaner may leave between parts of one amount, including a joined line break.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002...0x200A, 0x202F: return true
        default: return false
        }
    }

    /// The value of an ASCII or full-width decimal digit.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { digit(scalar) != nil }

    /// A thousands separator: ASCII or full-width comma.
    static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }

    /// A decimal point: ASCII or full-width full stop.
    static func isDecimalPoint(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// ASCII capital letters lower-cased; every other scalar as it is.
    @inline(__always)
    static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
    }

    /// ASCII letters compared without case; every other scalar compared as is.
    static func foldedEqual(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a == b { return true }
        guard isASCIILetter(a), isASCIILetter(b) else { return false }
        return a.value | 0x20 == b.value | 0x20
    }
}

extension Array where Element == Unicode.Scalar {
    /// The position after at most `limit` space scalars starting at `position`.
    func skippingSpaces(from position: Int, limit: Int = 2) -> Int {
        var p = position
        while p < count, p - position < limit, ScalarClass.isSpace(self[p]) { p += 1 }
        return p
    }

    /// The position of the first non-space scalar before `position` (exclusive end), at most `limit` back.
    func skippingSpacesBackward(from position: Int, limit: Int = 2) -> Int {
        var p = position
        while p > 0, position - p < limit, ScalarClass.isSpace(self[p - 1]) { p -= 1 }
        return p
    }

    /// True when the scalars at `position` spell `word` exactly.
    func hasWord(_ word: [Unicode.Scalar], at position: Int) -> Bool {
        guard position >= 0, position + word.count <= count else { return false }
        for k in 0..<word.count where self[position + k] != word[k] { return false }
        return true
    }

    /// A short verbatim excerpt for warnings, cut at `limit` scalars.
    func warningExcerpt(_ range: Range<Int>, limit: Int = 24) -> String {
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        return String(scalars: self[lower..<Swift.min(upper, lower + limit)]) + (upper - lower > limit ? "…(\(upper - lower) scalars)" : "")
    }
}
