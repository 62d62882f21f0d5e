extension String {
    /// A string of `scalars`, encoded straight to UTF-8. Building strings through
    /// `String.UnicodeScalarView` appends scalar by scalar and was a tenth of extraction time;
    /// this is an order of magnitude faster, and extractors make many short strings.
    public init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        // The exact length first: a string of up to 15 bytes (five syllables) is then built in
        // place, where a larger capacity would allocate a buffer for it.
        var length = 0
        for c in scalars {
            let v = c.value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard length > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }
}

extension String {
    /// `prefix` and `separator`, then the bytes of `text` with the ASCII bytes `transform` maps
    /// to nil left out and the others replaced: for keys and comparable forms that drop spaces
    /// and fold case. Only ASCII bytes are offered to `transform`, so the result is valid UTF-8.
    /// Read through UTF-8 buffers: a key built by iterating `utf8` views cost about 1,000
    /// instructions, this way about 330.
    init(_ prefix: String = "", separator: UInt8? = nil, mappingASCIIOf text: String, _ transform: (UInt8) -> UInt8?) {
        var prefix = prefix, text = text
        self = prefix.withUTF8 { prefix in
            text.withUTF8 { text in
                var length = prefix.count + (separator == nil ? 0 : 1)
                for byte in text where byte >= 0x80 || transform(byte) != nil { length += 1 }
                guard length > 0 else { return "" }
                return String(unsafeUninitializedCapacity: length) { buffer in
                    var i = 0
                    for byte in prefix {
                        buffer[i] = byte
                        i += 1
                    }
                    if let separator {
                        buffer[i] = separator
                        i += 1
                    }
                    for byte in text {
                        if byte >= 0x80 {
                            buffer[i] = byte
                            i += 1
                        } else if let mapped = transform(byte) {
                            buffer[i] = mapped
                            i += 1
                        }
                    }
                    return i
                }
            }
        }
    }
}
