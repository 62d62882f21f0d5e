/// A small fixed set of scalars — bullets, closing quotes, particles, first syllables of
/// words, the last syllables of titles — asked about once per scalar on hot paths.
///
/// `Set<Unicode.Scalar>` runs SipHash for every question. Here the set is a bitmap up to its
/// largest member (8 KB for a set of Hangul syllables): one load and a mask per question, no
/// hashing, no allocation. Counts of members before each 64-bit word give a member's rank, so
/// a table can keep one entry per member in a plain array. Written as an array literal, like a
/// `Set`, or as the scalars of a string: `ScalarSet("시도군구")`.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let bits: [UInt64]
    /// Members below each word of `bits`.
    private let ranks: [Int32]
    let count: Int

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        let values = scalars.map { Int($0.value) }
        var bits = [UInt64](repeating: 0, count: (values.max() ?? 0) / 64 + 1)
        for value in values { bits[value >> 6] |= 1 << UInt64(value & 63) }
        var ranks: [Int32] = []
        ranks.reserveCapacity(bits.count)
        var members = 0
        for word in bits {
            ranks.append(Int32(members))
            members += word.nonzeroBitCount
        }
        self.bits = bits
        self.ranks = ranks
        count = members
    }

    init(_ text: String) { self.init(text.unicodeScalars) }

    init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    /// The empty set, made once: a default argument written `[]` builds a new set at every call.
    static let empty = ScalarSet([Unicode.Scalar]())

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        let word = value >> 6
        return word < bits.count && bits[word] & (1 << UInt64(value & 63)) != 0
    }

    /// The scalar's rank among the members (0 for the smallest code point), or nil for a
    /// non-member.
    @inline(__always)
    func index(of scalar: Unicode.Scalar) -> Int? {
        let value = Int(scalar.value)
        let word = value >> 6
        guard word < bits.count else { return nil }
        let bit = UInt64(value & 63)
        guard bits[word] & (1 << bit) != 0 else { return nil }
        return Int(ranks[word]) + (bits[word] & ((1 << bit) - 1)).nonzeroBitCount
    }

    /// The members in code point order.
    var scalars: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for (word, chunk) in bits.enumerated() where chunk != 0 {
            for bit in 0..<64 where chunk & (1 << UInt64(bit)) != 0 {
                if let scalar = Unicode.Scalar(UInt32(word * 64 + bit)) { result.append(scalar) }
            }
        }
        return result
    }

    func union(_ other: ScalarSet) -> ScalarSet { ScalarSet(scalars + other.scalars) }
}

/// The low bytes (`value % 256`) of a set of scalars: a 256-bit test that turns most scalars
/// away before a costlier lookup, with no table to allocate. A scalar that passes may still be
/// no member (another scalar can share its low byte); one that fails is certainly none.
struct LowByteFilter: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    init(_ values: some Sequence<UInt32>) {
        for value in values { insert(value) }
    }

    mutating func insert(_ value: UInt32) {
        let bit: UInt64 = 1 << UInt64(value & 63)
        switch (value >> 6) & 3 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    @inline(__always)
    func mayContain(_ value: UInt32) -> Bool {
        let bit: UInt64 = 1 << UInt64(value & 63)
        switch (value >> 6) & 3 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }
}

/// A list of phrases looked for anywhere in a line ("무단전재", "구독하기", "관련기사").
///
/// Testing the phrases one by one reads the line once per phrase; here one pass over the line
/// answers for the whole list: only where a scalar starts some phrase are the phrases that
/// start with it compared. The phrases stay readable, in their order, in `phrases`.
struct ScalarPhraseList: Sendable {
    let phrases: [[Unicode.Scalar]]
    /// First scalars of the phrases; `groups[k]` holds, in order, the phrases that start with
    /// the `k`th of them.
    private let firsts: ScalarSet
    private let groups: [[[Unicode.Scalar]]]
    /// An empty phrase occurs in every text.
    private let hasEmpty: Bool

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.unicodeScalars) }
        let nonEmpty = self.phrases.filter { !$0.isEmpty }
        hasEmpty = nonEmpty.count < self.phrases.count
        firsts = ScalarSet(nonEmpty.map { $0[0] })
        groups = firsts.scalars.map { first in nonEmpty.filter { $0[0] == first } }
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        if hasEmpty { return true }
        return text.withUnsafeBufferPointer { line in
            for i in line.indices {
                guard let group = firsts.index(of: line[i]) else { continue }
                for phrase in groups[group] where phrase.count <= line.count - i {
                    var k = 1
                    while k < phrase.count, line[i + k] == phrase[k] { k += 1 }
                    if k == phrase.count { return true }
                }
            }
            return false
        }
    }
}
