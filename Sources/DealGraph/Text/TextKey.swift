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
        // Lengths first (stored in the string): keys of other lengths differ without a byte read.
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        // Native strings lend their bytes without a copy (a copy to `var` retained both).
        return lhs.text.utf8.withContiguousStorageIfAvailable { x in
            rhs.text.utf8.withContiguousStorageIfAvailable { y in
                x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }.flatMap { $0 } ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            // A string without contiguous UTF-8 (bridged, not seen on Linux): the same bytes.
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
