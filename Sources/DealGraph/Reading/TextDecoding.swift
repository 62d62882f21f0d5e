/// Turns raw bytes into text the way DealGraph reads every input: UTF-8, BOM removed,
/// invalid sequences replaced (with a warning), binary data refused.
public enum TextDecoding {
    /// Why bytes could not be read as text.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The data holds NUL bytes: an image, an archive, a compiled file.
        case binary

        public var description: String {
            switch self {
            case .binary: return "binary data (NUL bytes), not text"
            }
        }
    }

    /// The decoded text and what was wrong with it.
    public struct Result: Sendable, Equatable {
        public let text: String
        public let warnings: [String]
    }

    /// Decodes `bytes` as UTF-8 (a leading BOM is dropped); invalid sequences become U+FFFD.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Result {
        if bytes.contains(0) { throw .binary }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var warnings: [String] = []
        let text: String
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: body, as: UTF8.self)
            let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
            warnings.append("invalid UTF-8: \(replaced) sequence(s) replaced with U+FFFD")
        }
        return Result(text: text, warnings: warnings)
    }
}
