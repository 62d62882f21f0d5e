/// Reads the common shape of a JSON Lines record — one object whose members are all strings,
/// `{"id": "…", "published": "…", "text": "…"}` — without Foundation's `JSONDecoder`, which
/// was a quarter of the time spent reading and cleaning a corpus.
///
/// Anything else gives nil and is left to `JSONDecoder`: values that are not strings, keys that
/// are escaped, not ASCII or repeated, `\u` escapes of surrogates or NUL, control characters,
/// invalid UTF-8, an empty object, trailing text. So whatever this reads, it reads exactly as
/// `JSONDecoder` would.
enum FlatJSONObject {
    /// The members of the object on `line`, or nil when it is not a simple object of strings.
    static func stringMembers(_ line: ArraySlice<UInt8>) -> [String: String]? {
        line.withContiguousStorageIfAvailable { bytes -> [String: String]? in
            var reader = Reader(bytes: bytes)
            return reader.object()
        } ?? nil
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func object() -> [String: String]? {
            skipSpace()
            guard next(is: UInt8(ascii: "{")) else { return nil }
            var members: [String: String] = [:]
            repeat {
                skipSpace()
                guard let key = key() else { return nil }
                skipSpace()
                guard next(is: UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard next(is: UInt8(ascii: "\"")), let value = string(), members[key] == nil else { return nil }
                members[key] = value
                skipSpace()
            } while next(is: UInt8(ascii: ","))
            guard next(is: UInt8(ascii: "}")) else { return nil }
            skipSpace()
            return i == bytes.count ? members : nil
        }

        mutating func next(is byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        /// A quoted key of printable ASCII without escapes.
        mutating func key() -> String? {
            guard next(is: UInt8(ascii: "\"")) else { return nil }
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                guard bytes[i] >= 0x20, bytes[i] < 0x7F, bytes[i] != UInt8(ascii: "\\") else { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }

        /// The rest of a string value after its opening quote, unescaped. Runs without escapes
        /// are found eight bytes at a time; a string with none (most) is made from the line's
        /// bytes directly.
        mutating func string() -> String? {
            var utf8: [UInt8] = []
            var escaped = false
            var runStart = i
            while true {
                i = JSONStringBytes.firstNeedingEscape(in: bytes, from: i)
                guard i < bytes.count else { return nil }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<i])
                    i += 1
                    guard escaped else { return String(validating: run, as: UTF8.self) }
                    utf8.append(contentsOf: run)
                    return String(validating: utf8, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                // A backslash: the run so far, then what it stands for.
                if !escaped {
                    escaped = true
                    utf8.reserveCapacity(bytes.count - runStart)
                }
                utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                guard i + 1 < bytes.count else { return nil }
                switch bytes[i + 1] {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = hexScalar(at: i + 2) else { return nil }
                    utf8.append(contentsOf: String(scalar).utf8)
                    i += 4
                default:
                    return nil
                }
                i += 2
                runStart = i
            }
        }

        /// The scalar of four hex digits at `at`; nil for NUL and surrogates, which are left to
        /// `JSONDecoder`'s own rules.
        func hexScalar(at start: Int) -> Unicode.Scalar? {
            guard start + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for k in start..<(start + 4) {
                let b = bytes[k]
                let digit: UInt8
                switch b {
                case 0x30...0x39: digit = b - 0x30
                case 0x41...0x46: digit = b - 0x41 + 10
                case 0x61...0x66: digit = b - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            guard value != 0, !(0xD800...0xDFFF).contains(value) else { return nil }
            return Unicode.Scalar(value)
        }
    }
}
