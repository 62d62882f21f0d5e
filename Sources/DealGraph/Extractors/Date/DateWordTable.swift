/// A short word list matched at scalar positions, longest entry first.
///
/// A space inside an entry matches any run of whitespace or none, so "다음 달" also
/// matches "다음달" and "다음\n달".
///
/// The scanner asks several tables at every word start, so a lookup hashes nothing: entries are
/// grouped by first scalar (a `ScalarSet`), and only the group of the scalar at hand is tried.
struct DateWordTable<Value: Sendable>: Sendable {
    private typealias Entry = (scalars: [Unicode.Scalar], value: Value)
    /// First scalars of the entries; `groups[k]` holds the entries that start with the `k`th
    /// of them, longest first.
    private let firstScalars: ScalarSet
    private let groups: [[Entry]]

    init(_ words: [(String, Value)]) {
        let compiled = words.map { (scalars: Array($0.0.unicodeScalars), value: $0.1) }
        let entries = compiled.sorted { $0.scalars.count > $1.scalars.count }
        // An empty entry, or one with a leading space, could match at a scalar outside its group.
        precondition(entries.allSatisfy { $0.scalars.first.map { $0 != " " } ?? false }, "a date word is empty or starts with a space")
        firstScalars = ScalarSet(entries.compactMap { $0.scalars.first })
        groups = firstScalars.scalars.map { first in entries.filter { $0.scalars.first == first } }
    }

    /// The scalars entries start with.
    var starts: [Unicode.Scalar] { firstScalars.scalars }

    /// True when some entry starts with `c` (a cheap test before `match`).
    func mayStart(with c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return firstScalars.contains(c)
    }

    /// The longest entry found at `i`: its value and the index after it.
    func match(in text: DateScalarReader, at i: Int) -> (value: Value, end: Int)? {
        guard let c = text[i], let group = firstScalars.index(of: c) else { return nil }
        var best: (value: Value, end: Int)?
        for entry in groups[group] {
            if let end = Self.end(of: entry.scalars, in: text, at: i), end > (best?.end ?? -1) {
                best = (entry.value, end)
            }
        }
        return best
    }

    /// The index after `word` matched at `i`, or nil.
    private static func end(of word: [Unicode.Scalar], in text: DateScalarReader, at i: Int) -> Int? {
        var j = i
        for c in word {
            if c == " " {
                j = text.skipSpaces(from: j)
                continue
            }
            guard text[j] == c else { return nil }
            j += 1
        }
        return j
    }
}
