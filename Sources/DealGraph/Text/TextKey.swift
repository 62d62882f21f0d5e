import Foundation

/// A string as a dictionary or set key, hashed and compared by its UTF-8 bytes.
///
/// `String` hashes the NFC form of its text, and checks Hangul scalar by scalar to find it: on
/// the entity keys and surfaces the extractors build ("company:대웅제약"), that was a thousand
/// instructions a lookup. Those strings all come from the same input, so equal names are
/// equal bytes and the normalisation buys nothing.
struct TextKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        var a = lhs.text, b = rhs.text
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
