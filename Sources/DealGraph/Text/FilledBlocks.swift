/// Arrays already filled with one value, copied from to start the tables every sentence makes
/// (which word holds each scalar, which scalars lie in a name, tense counts, bigram slots).
///
/// `Array(repeating:count:)` allocates through a standard-library function the compiler cannot
/// specialise: it looks up the storage class's type metadata at run time, some 400 instructions,
/// thousands of times a megabyte. Reserving capacity in an empty array takes the specialised
/// path, and copying a prefix of a filled block is a `memcpy`: about 40 % cheaper in all.
enum FilledBlocks {
    /// Longer tables are rare (a sentence of over 4,096 scalars) and made the usual way.
    static let count = 4096
    static let zeroInts = [Int](repeating: 0, count: count)
    static let minusOneInts = [Int](repeating: -1, count: count)
    static let falses = [Bool](repeating: false, count: count)
    static let zeroWords = [UInt64](repeating: 0, count: count)
}

extension Array {
    /// `count` copies of the value that fills `block`: `Array(repeating: block[0], count: count)`,
    /// copied from the block when it is long enough (see `FilledBlocks`).
    @inline(__always)
    init(count: Int, copiedFrom block: [Element]) {
        guard count <= block.count else {
            self.init(repeating: block[0], count: count)
            return
        }
        self.init()
        reserveCapacity(count)
        append(contentsOf: block[..<count])
    }
}
