/// Turns raw bytes into text the way DealGraph reads every input: UTF-8 (BOM removed, invalid
/// sequences replaced with a warning), legacy Korean pages in EUC-KR/CP949 decoded, pages in any
/// other charset and binary data refused — never read as mojibake.
public enum TextDecoding {
    /// Why bytes could not be read as text.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The data holds NUL bytes: an image, an archive, a compiled file.
        case binary
        /// The page declares a charset DealGraph has no decoder for (its label, lowercased),
        /// and its bytes are not UTF-8.
        case unsupportedCharset(String)
        /// The page is EUC-KR/CP949 but the C library's iconv cannot convert CP949.
        case converterUnavailable

        public var description: String {
            switch self {
            case .binary:
                return "binary data (NUL bytes), not text"
            case .unsupportedCharset(let label):
                return "declares charset \"\(label)\", which DealGraph cannot decode (it reads UTF-8 and EUC-KR/CP949), and is not valid UTF-8"
            case .converterUnavailable:
                return "EUC-KR/CP949 text, but this system's iconv has no CP949 converter (are glibc's gconv modules installed?)"
            }
        }
    }

    /// The encoding the bytes were read in.
    public enum Encoding: String, Sendable, Equatable {
        case utf8 = "UTF-8"
        /// CP949, the superset of EUC-KR.
        case cp949 = "CP949"
    }

    /// The decoded text, the encoding it was read in, and what was wrong with it.
    public struct Result: Sendable, Equatable {
        public let text: String
        public let encoding: Encoding
        public let warnings: [String]
    }

    /// Decodes `bytes`:
    /// - valid UTF-8 is read as UTF-8 (a leading BOM dropped), whatever a page declares — pages
    ///   labelled `euc-kr` are often UTF-8;
    /// - otherwise a `<meta>` charset in the first bytes decides: EUC-KR and its aliases or CP949
    ///   are decoded as CP949, UTF-8 gets U+FFFD for each invalid sequence, anything else throws;
    /// - with no declaration, bytes that decode cleanly as CP949 and are mostly Hangul are read
    ///   as CP949 with a warning; the rest as UTF-8 with U+FFFD and a warning.
    ///
    /// Either way the result is the document text that span offsets count Unicode scalars in.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Result {
        if bytes.contains(0) { throw .binary }
        var body = bytes[...]
        let hasBOM = body.starts(with: [0xEF, 0xBB, 0xBF])
        if hasBOM { body = body.dropFirst(3) }
        // The common case costs one validation pass and nothing more.
        if let valid = String(validating: body, as: UTF8.self) {
            return Result(text: valid, encoding: .utf8, warnings: [])
        }
        // A byte-order mark outranks a <meta> declaration, as it does in browsers.
        switch hasBOM ? .utf8 : DeclaredCharset.sniff(body) {
        case .korean?:
            return try declaredKorean(body)
        case .other(let label)?:
            throw .unsupportedCharset(label)
        case .utf8?:
            return replacingInvalidUTF8(body)
        case nil:
            if CP949.looksLikeKorean(body), let decoded = CP949.decode(body), decoded.replaced == 0 {
                return Result(text: decoded.text, encoding: .cp949,
                              warnings: ["not UTF-8 and no charset declared: read as CP949 (EUC-KR), in which it is valid Korean text"])
            }
            return replacingInvalidUTF8(body)
        }
    }

    /// A page labelled EUC-KR/CP949 whose bytes are not valid UTF-8. It is decoded as CP949
    /// unless it is UTF-8 with a few bad bytes — a mislabelled UTF-8 page read as CP949 would
    /// be all mojibake — which shows as fewer replacements in UTF-8 than in CP949.
    private static func declaredKorean(_ body: ArraySlice<UInt8>) throws(Failure) -> Result {
        guard let decoded = CP949.decode(body) else { throw .converterUnavailable }
        if decoded.replaced > 0 {
            let asUTF8 = replacingInvalidUTF8(body)
            if replacementCount(asUTF8.text) < decoded.replaced { return asUTF8 }
            return Result(text: decoded.text, encoding: .cp949,
                          warnings: ["invalid CP949 (EUC-KR): \(decoded.replaced) sequence(s) replaced with U+FFFD"])
        }
        return Result(text: decoded.text, encoding: .cp949, warnings: [])
    }

    private static func replacingInvalidUTF8(_ body: ArraySlice<UInt8>) -> Result {
        let text = String(decoding: body, as: UTF8.self)
        return Result(text: text, encoding: .utf8,
                      warnings: ["invalid UTF-8: \(replacementCount(text)) sequence(s) replaced with U+FFFD"])
    }

    private static func replacementCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    }
}
