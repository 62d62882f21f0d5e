/// Bytes a JSON string cannot hold as they are: control characters (below 0x20), `"` and `\`.
/// The reader and the writer of JSON Lines both look for them, eight bytes at a time, since most
/// text holds none.
enum JSONStringBytes {
    /// Whether any of the eight bytes of `word` is below 0x20, `"` or `\`, by the bit tricks of
    /// "Bit Twiddling Hacks" (a byte below n: `(x - n) & ~x & 0x80`, no borrow crossing into
    /// the answer for "any").
    @inline(__always)
    static func anyNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote & highs
        let zeroBackslash = (backslash &- ones) & ~backslash & highs
        return (control | zeroQuote | zeroBackslash) != 0
    }

    /// Whether one byte is below 0x20, `"` or `\`.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The index of the first byte at or after `from` that needs escaping, or `bytes.count`.
    @inline(__always)
    static func firstNeedingEscape(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let start = bytes.baseAddress else { return bytes.count }
        var i = from
        while i + 8 <= bytes.count, !anyNeedsEscape(UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)) { i += 8 }
        while i < bytes.count, !needsEscape(bytes[i]) { i += 1 }
        return i
    }
}
