/// Evens out how scraped text writes the same thing, one scalar at a time, keeping the source map.
///
/// - line ends: CRLF and CR become LF;
/// - spaces: tab, no-break space, ideographic and other Unicode spaces become a plain space;
/// - invisible marks (zero-width spaces and joiners, soft hyphens, BOMs) are dropped;
/// - full-width ASCII (１２３, （, ～, ％) becomes ASCII, so "１.５억" reads as "1.5억".
public enum TextNormalizer {
    public static func normalize(_ text: MappedText) -> MappedText {
        let s = text.scalars
        // Most text needs no change at all: it is handed back as it is (no copy), and otherwise
        // unchanged stretches are copied whole rather than scalar by scalar.
        guard let firstChange = s.firstIndex(where: { !keeps($0) }) else { return text }
        var out = MappedText()
        out.reserveCapacity(text.count)
        out.append(contentsOf: text, range: 0..<firstChange)
        var i = firstChange
        while i < s.count {
            if keeps(s[i]) {
                var j = i + 1
                while j < s.count, keeps(s[j]) { j += 1 }
                out.append(contentsOf: text, range: i..<j)
                i = j
                continue
            }
            let c = s[i]
            let start = text.starts[i]
            let end = text.ends[i]
            switch c.value {
            case 0x0D:
                if i + 1 < s.count, s[i + 1] == "\n" {
                    out.append("\n", from: start, to: text.ends[i + 1])
                    i += 2
                    continue
                }
                out.append("\n", from: start, to: end)
            case 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" ", from: start, to: end)
            case 0x2028, 0x2029, 0x85:
                out.append("\n", from: start, to: end)
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
                break
            case 0xFF01...0xFF5E:
                out.append(Unicode.Scalar(c.value - 0xFEE0)!, from: start, to: end)
            case 0x00...0x08, 0x0E...0x1F, 0x7F:
                out.append(" ", from: start, to: end)
            default:
                out.append(c, from: start, to: end)
            }
            i += 1
        }
        return out
    }

    /// Whether `normalize` leaves the scalar as it is: the `default` case of its switch.
    @inline(__always)
    static func keeps(_ c: Unicode.Scalar) -> Bool {
        // Printable ASCII, LF and the Hangul syllables, most of any Korean text, first: the
        // switch below compares a syllable with a dozen ranges.
        let v = c.value
        if v &- 0x20 < 0x5F || v == 0x0A || v &- 0xAC00 < 11_172 { return true }
        switch v {
        case 0x0A, 0x20..<0x7F: return true
        case 0x00...0x1F, 0x7F, 0x85, 0xA0, 0xAD, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F,
             0x205F, 0x2060, 0x3000, 0xFEFF, 0xFF01...0xFF5E:
            return false
        default: return true
        }
    }
}
