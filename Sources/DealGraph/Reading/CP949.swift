import Glibc

/// CP949 (Microsoft's Unified Hangul Code), the superset of EUC-KR that legacy Korean pages are
/// written in. Foundation on Linux has no decoder for it, so the C library's iconv converts it;
/// an 8,822-syllable table of our own would only duplicate glibc's.
enum CP949 {
    /// Text decoded from CP949 and how many invalid or truncated sequences became U+FFFD.
    struct Decoded: Equatable {
        let text: String
        let replaced: Int
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes `bytes` from `charset` (CP949 unless a test asks otherwise). Each byte iconv
    /// rejects becomes U+FFFD and decoding goes on after it, as the WHATWG decoder does; an
    /// incomplete sequence at the end becomes one U+FFFD. Nil when the C library has no
    /// converter for `charset` (glibc without its gconv modules).
    static func decode(_ bytes: ArraySlice<UInt8>, charset: String = "CP949") -> Decoded? {
        guard let converter = iconv_open("UTF-8", charset), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 2)  // a 2-byte syllable is 3 in UTF-8
        var replaced = 0
        var chunk = [CChar](repeating: 0, count: 1 << 16)
        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            var next: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: CChar.self)
            var left = input.count
            chunk.withUnsafeMutableBufferPointer { output in
                while left > 0 {
                    var out = output.baseAddress
                    var room = output.count
                    let status = iconv(converter, &next, &left, &out, &room)
                    let failure = status == -1 ? errno : 0
                    utf8.append(contentsOf: UnsafeRawBufferPointer(start: output.baseAddress, count: output.count - room))
                    switch failure {
                    case 0, E2BIG:
                        continue  // done, or the chunk is full and has been emptied
                    case EILSEQ:
                        utf8 += replacement
                        replaced += 1
                        next = next.map { $0 + 1 }
                        left -= 1
                    default:  // EINVAL: the input ends inside a multibyte sequence
                        utf8 += replacement
                        replaced += 1
                        left = 0
                    }
                }
            }
        }
        return Decoded(text: String(decoding: utf8, as: UTF8.self), replaced: replaced)
    }

    /// Whether bytes that are not UTF-8 and declare no charset read as Korean text in CP949.
    /// Conservative on purpose, so that other legacy encodings are not turned into Hangul
    /// mojibake: at least `minimumSyllables` of the double-byte characters, and 80% of them,
    /// must be Hangul syllables of KS X 1001 (lead B0–C8, trail A1–FE) — the 2,350 syllables
    /// that nearly all Korean text uses. Shift_JIS kana and Big5 hanzi mostly fall outside that
    /// block. Whether every pair is valid CP949 is left to the decoder.
    static func looksLikeKorean(_ bytes: ArraySlice<UInt8>) -> Bool {
        var pairs = 0
        var syllables = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard i + 1 < bytes.endIndex else { return false }
            let trail = bytes[i + 1]
            pairs += 1
            if (0xB0...0xC8).contains(lead), (0xA1...0xFE).contains(trail) { syllables += 1 }
            i += 2
        }
        return syllables >= minimumSyllables && syllables * 5 >= pairs * 4
    }

    /// Below this many syllables there is too little evidence to guess an encoding.
    static let minimumSyllables = 8
}
