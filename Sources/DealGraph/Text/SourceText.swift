/// The original input as Unicode scalars, so spans can be cut from it by scalar offset.
public struct SourceText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// The input itself, and where each scalar starts in its UTF-8 (one entry more for the end):
    /// a span's text is then copied from the input's bytes, valid already, rather than encoded
    /// again and validated. Nil for an input past 4 GB, whose spans are encoded.
    private let text: String
    private let utf8Starts: [UInt32]?

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        (scalars, utf8Starts) = Self.decode(text, recordingStarts: true)
        self.text = text
    }

    /// `Array(text.unicodeScalars)`, decoded straight from the string's UTF-8: the scalar view
    /// is counted and copied one scalar at a time, several times slower on Korean text.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        decode(text, recordingStarts: false).scalars
    }

    /// The scalars of `text` and, when asked (and the text is under 4 GB), the UTF-8 offset of
    /// each, with the text's length after them.
    private static func decode(_ text: String, recordingStarts: Bool) -> (scalars: [Unicode.Scalar], utf8Starts: [UInt32]?) {
        var text = text
        return text.withUTF8 { utf8 in
            // A String's UTF-8 is valid: every byte that is not a continuation byte (10xxxxxx)
            // starts a scalar. Continuation bytes are counted eight at a time: bit 7 set where
            // bit 6 (shifted up into bit 7's place) is clear.
            // Offsets and counts stay below the buffer's length, so the arithmetic below wraps
            // (`&+`) rather than checking for overflow at every byte.
            var continuations = 0
            var i = 0
            if let base = utf8.baseAddress {
                while i &+ 8 <= utf8.count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    continuations &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    i &+= 8
                }
            }
            while i < utf8.count {
                if utf8[i] & 0xC0 == 0x80 { continuations &+= 1 }
                i &+= 1
            }
            let count = utf8.count - continuations
            let recordsStarts = recordingStarts && utf8.count <= Int(UInt32.max)
            var starts = [UInt32](repeating: 0, count: recordsStarts ? count + 1 : 0)
            let scalars = starts.withUnsafeMutableBufferPointer { starts in
                [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                    var i = 0, k = 0
                    let n = utf8.count
                    while i < n {
                        if recordsStarts { starts[k] = UInt32(truncatingIfNeeded: i) }
                        let b0 = UInt32(utf8[i])
                        let value: UInt32
                        if b0 < 0x80 {
                            value = b0
                            i &+= 1
                        } else if b0 < 0xE0 {
                            value = (b0 & 0x1F) << 6 | UInt32(utf8[i &+ 1] & 0x3F)
                            i &+= 2
                        } else if b0 < 0xF0 {
                            value = (b0 & 0x0F) << 12 | UInt32(utf8[i &+ 1] & 0x3F) << 6 | UInt32(utf8[i &+ 2] & 0x3F)
                            i &+= 3
                        } else {
                            value = (b0 & 0x07) << 18 | UInt32(utf8[i &+ 1] & 0x3F) << 12
                                | UInt32(utf8[i &+ 2] & 0x3F) << 6 | UInt32(utf8[i &+ 3] & 0x3F)
                            i &+= 4
                        }
                        // A String's UTF-8 is valid, so `value` is a scalar (no surrogate, at most
                        // U+10FFFF): `Unicode.Scalar(_:)` would check both at every scalar.
                        out[k] = unsafeBitCast(value, to: Unicode.Scalar.self)
                        k &+= 1
                    }
                    if recordsStarts { starts[k] = UInt32(truncatingIfNeeded: n) }
                    initialized = k
                }
            }
            return (scalars, recordsStarts ? starts : nil)
        }
    }

    public var count: Int { scalars.count }

    /// The verbatim text of `start..<end`, clamped to the input.
    public func slice(_ start: Int, _ end: Int) -> String {
        let range = bounds(start, end)
        guard let utf8Starts else { return String(scalars: scalars[range]) }
        // Scalar boundaries of the input: the bytes between them are copied as they are.
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(utf8Starts[range.lowerBound]))
        let to = utf8.index(utf8.startIndex, offsetBy: Int(utf8Starts[range.upperBound]))
        return String(text.unicodeScalars[from..<to])
    }

    /// A `Span` over `start..<end` with its verbatim text.
    public func span(_ start: Int, _ end: Int) -> Span {
        let bounds = self.bounds(start, end)
        return Span(start: bounds.lowerBound, end: bounds.upperBound, text: slice(bounds.lowerBound, bounds.upperBound))
    }

    /// `start..<end` clamped to the text: the offsets `span(start, end)` covers.
    func bounds(_ start: Int, _ end: Int) -> Range<Int> {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return lower..<upper
    }
}
