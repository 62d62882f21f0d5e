/// Graphviz DOT quoting: every id and every value is written as a quoted string.
///
/// Always quoting is what graphviz's own Python bindings, pydot and networkx converge on: ids like
/// `company:대웅제약` hold Hangul and a colon, and names may hold anything. Inside the quotes the
/// escapes are, in this order: `\` → `\\` (so no escString code like `\N` or `\l` is ever formed
/// by accident, and a name ending in `\` cannot swallow the closing quote), `"` → `\"`, and a
/// line break (LF, CR or CRLF) → `\n`, which graphviz renders as a centred line break. Other
/// control characters become spaces (graphviz would pass them through to SVG, where they are not
/// allowed). `->`, `--`, `{`, `;`, `<` and `>` need nothing inside quotes: a quoted string is never
/// an HTML-like label (those are written `<…>` without quotes) and never an operator.
public enum DOTQuoting {
    /// `text` as a DOT quoted string, quotes included.
    public static func quote(_ text: String) -> String {
        "\"" + escape(text) + "\""
    }

    /// The inside of a DOT quoted string.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousWasCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": out.append(" ")
            default:
                if scalar.properties.generalCategory == .control { out.append(" ") } else { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// `name="value"` pairs in the order given, for an attribute list.
    static func attributes(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { "\($0.0)=\(quote($0.1))" }.joined(separator: ", ") + "]"
    }
}
