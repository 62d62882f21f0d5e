/// A small fixed set of scalars — bullets, closing quotes, particles, first syllables of
/// words — asked about once per scalar on hot paths.
///
/// `Set<Unicode.Scalar>` runs SipHash for every question. Here a 1,024-bit filter (bit
/// `value % 1024` set for each member) turns most non-members away with one load, and the
/// rest are looked up by halves in the sorted code points: no hashing, no allocation.
/// Written as an array literal, like a `Set`.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// Code points, sorted, without duplicates.
    private let values: [UInt32]
    private let filter: [UInt64]

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        var sorted = scalars.map(\.value)
        sorted.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(sorted.count)
        var filter = [UInt64](repeating: 0, count: 16)
        for v in sorted where unique.last != v {
            unique.append(v)
            filter[Int(v >> 6 & 15)] |= 1 << (v & 63)
        }
        values = unique
        self.filter = filter
    }

    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }

    var isEmpty: Bool { values.isEmpty }
    var count: Int { values.count }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        index(of: scalar) != nil
    }

    /// False for most non-members, true for every member: the filter alone, for loops that
    /// look up only the scalars it lets through.
    func mayContain(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return filter[Int(v >> 6 & 15)] & (1 << (v & 63)) != 0
    }

    /// The scalar's rank among the members (0 for the smallest code point), or nil for a
    /// non-member: lets a table keep one entry per member in a plain array.
    func index(of scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        guard filter[Int(v >> 6 & 15)] & (1 << (v & 63)) != 0 else { return nil }
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) >> 1
            if values[mid] < v { low = mid + 1 } else { high = mid }
        }
        return low < values.count && values[low] == v ? low : nil
    }

    /// The members in code point order.
    var scalars: [Unicode.Scalar] { values.map { Unicode.Scalar($0)! } }
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
            for i in line.indices where firsts.mayContain(line[i]) {
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
