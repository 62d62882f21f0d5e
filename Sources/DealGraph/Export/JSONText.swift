/// A JSON value written by hand: keys sorted by UTF-8 bytes and two-space indentation, so the
/// graph writers give the same bytes on every platform and Foundation version.
indirect enum JSONText {
    case null
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONText])
    case object([String: JSONText])

    init(_ value: GraphValue) {
        switch value {
        case .string(let s): self = .string(s)
        case .int(let n): self = .int(n)
        case .bool(let b): self = .bool(b)
        case .strings(let list): self = .array(list.map { .string($0) })
        }
    }

    /// Pretty-printed, ending without a newline. Arrays of scalars stay on one line.
    func render(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .string(let s): out += JSONText.quote(s)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "[" + items.map { $0.render() }.joined(separator: ", ") + "]"
                return
            }
            let pad = String(repeating: "  ", count: indent + 1)
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            let pad = String(repeating: "  ", count: indent + 1)
            out += "{\n"
            let keys = members.keys.sorted { $0.utf8Precedes($1) }
            for (i, key) in keys.enumerated() {
                out += pad + JSONText.quote(key) + ": "
                members[key]!.write(to: &out, indent: indent + 1)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .null, .string, .int, .bool: return true
        case .array, .object: return false
        }
    }

    /// A JSON string literal (RFC 8259): `"` `\` and control characters escaped, and U+2028/2029
    /// too, so the text is also valid JavaScript; everything else as UTF-8.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}", "\u{2029}": out += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
