/// Evens out how scraped text writes the same thing, one scalar at a time, keeping the source map.
///
/// - line ends: CRLF and CR become LF;
/// - spaces: tab, no-break space, ideographic and other Unicode spaces become a plain space;
/// - invisible marks (zero-width spaces and joiners, soft hyphens, BOMs) are dropped;
/// - full-width ASCII (１２３, （, ～, ％) becomes ASCII, so "１.５억" reads as "1.5억".
public enum TextNormalizer {
    public static func normalize(_ text: MappedText) -> MappedText {
        var out = MappedText()
        out.reserveCapacity(text.count)
        let s = text.scalars
        var i = 0
        while i < s.count {
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
}
