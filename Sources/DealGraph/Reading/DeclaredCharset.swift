/// The character encoding an HTML page names for itself in a `<meta>` tag, sorted into what
/// DealGraph can do with it.
enum DeclaredCharset: Equatable {
    /// UTF-8 under any of its labels.
    case utf8
    /// EUC-KR or CP949 under any of their labels: decoded as CP949, which contains EUC-KR and
    /// is what pages labelled `euc-kr` are in practice written in.
    case korean
    /// Any other charset, by its (lowercased) label: DealGraph has no decoder for it.
    case other(String)

    /// How far into the bytes to look: pages declare their charset early in `<head>`, and a
    /// bounded look keeps the prescan cheap on any input.
    static let prescanLimit = 8192

    /// Labels read as EUC-KR/CP949: the WHATWG Encoding Standard's EUC-KR labels plus the
    /// Microsoft names for code page 949.
    static let koreanLabels: Set<String> = [
        "euc-kr", "euckr", "cseuckr", "x-euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
        "ksc_5601", "csksc56011987", "iso-ir-149", "korean", "cp949", "ms949", "windows-949",
        "x-windows-949", "uhc",
    ]

    static let utf8Labels: Set<String> = [
        "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
    ]

    init(label: String) {
        if Self.koreanLabels.contains(label) {
            self = .korean
        } else if Self.utf8Labels.contains(label) {
            self = .utf8
        } else {
            self = .other(label)
        }
    }

    /// The charset named by the first `<meta>` tag with a `charset=` in the first
    /// `prescanLimit` bytes — `<meta charset="euc-kr">` or `<meta http-equiv="Content-Type"
    /// content="text/html; charset=euc-kr">`, any case, quotes optional — or nil if none does.
    static func sniff(_ bytes: ArraySlice<UInt8>) -> DeclaredCharset? {
        // A lowercased copy of the head makes every comparison below a plain byte compare.
        let head = bytes.prefix(prescanLimit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }[...]
        var from = 0
        while let tag = firstIndex(of: Array("<meta".utf8), in: head, from: from) {
            // Each tag is scanned once, then the search resumes after it: linear in the head.
            let end = head[tag...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            if let label = charsetLabel(in: head[tag..<end]) { return DeclaredCharset(label: label) }
            from = end
        }
        return nil
    }

    /// The value after `charset` `=` in a tag's bytes, without quotes.
    private static func charsetLabel(in tag: ArraySlice<UInt8>) -> String? {
        var from = tag.startIndex
        while let found = firstIndex(of: Array("charset".utf8), in: tag, from: from) {
            var i = found + 7
            from = i
            while i < tag.endIndex, isSpace(tag[i]) { i += 1 }
            guard i < tag.endIndex, tag[i] == UInt8(ascii: "=") else { continue }
            i += 1
            while i < tag.endIndex, isSpace(tag[i]) || tag[i] == UInt8(ascii: "\"") || tag[i] == UInt8(ascii: "'") { i += 1 }
            // A label is letters, digits and `-_.:`; anything else (a quote, `;`, `/`, a space)
            // ends it, and the cap keeps a hostile value out of error messages.
            let label = tag[i...].prefix { isLabelByte($0) }.prefix(40)
            if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = max(from, haystack.startIndex)
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
