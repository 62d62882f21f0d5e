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
///
/// When every phrase is two scalars or longer, the pass moves a window as long as the shortest
/// phrase and reads only its last scalar (Horspool's rule, for a set of phrases): a scalar that
/// no phrase holds in its first `window` places lets the window jump its whole length, and most
/// syllables of a line are such scalars.
struct ScalarPhraseList: Sendable {
    let phrases: [[Unicode.Scalar]]
    /// First scalars of the phrases; `groups[k]` holds, in order, the phrases that start with
    /// the `k`th of them.
    private let firsts: ScalarSet
    private let groups: [[[Unicode.Scalar]]]
    /// An empty phrase occurs in every text.
    private let hasEmpty: Bool
    /// The shortest phrase's length (at most 255): every phrase covers that many scalars from
    /// where it starts.
    private let window: Int
    /// Scalars some phrase holds among its first `window`; `shifts[k]` is how far the window may
    /// move when the `k`th of them ends it (never past a place where a phrase could start).
    private let windowScalars: ScalarSet
    private let shifts: [UInt8]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.unicodeScalars) }
        let nonEmpty = self.phrases.filter { !$0.isEmpty }
        hasEmpty = nonEmpty.count < self.phrases.count
        firsts = ScalarSet(nonEmpty.map { $0[0] })
        groups = firsts.scalars.map { first in nonEmpty.filter { $0[0] == first } }
        let window = min(nonEmpty.map(\.count).min() ?? 1, Int(UInt8.max))
        let windowScalars = ScalarSet(nonEmpty.flatMap { $0.prefix(window) })
        // A scalar at place k < window - 1 of a phrase: moving the window by window - 1 - k puts
        // that phrase's start at the window's start. A scalar found only at the last place
        // gives the whole window.
        var shifts = [UInt8](repeating: UInt8(window), count: windowScalars.count)
        for phrase in nonEmpty {
            for (k, scalar) in phrase.prefix(window - 1).enumerated() {
                let rank = windowScalars.index(of: scalar)!
                shifts[rank] = min(shifts[rank], UInt8(window - 1 - k))
            }
        }
        self.window = window
        self.windowScalars = windowScalars
        self.shifts = shifts
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        if hasEmpty { return true }
        return text.withUnsafeBufferPointer { line in
            window > 1 ? occursSkipping(in: line) : occursAtEveryScalar(in: line)
        }
    }

    private func occursAtEveryScalar(in line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        for i in line.indices where startsPhrase(in: line, at: i) { return true }
        return false
    }

    private func occursSkipping(in line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var i = 0
        while i + window <= line.count {
            // No phrase holds the window's last scalar among its first `window`: none starts
            // anywhere in the window.
            guard let rank = windowScalars.index(of: line[i + window - 1]) else {
                i += window
                continue
            }
            if startsPhrase(in: line, at: i) { return true }
            i += Int(shifts[rank])
        }
        return false
    }

    @inline(__always)
    private func startsPhrase(in line: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        guard let group = firsts.index(of: line[i]) else { return false }
        for phrase in groups[group] where phrase.count <= line.count - i {
            var k = 1
            while k < phrase.count, line[i + k] == phrase[k] { k += 1 }
            if k == phrase.count { return true }
        }
        return false
    }
}
