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

    /// Every entry's scalars.
    var words: [[Unicode.Scalar]] { groups.flatMap { $0.map(\.scalars) } }

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

/// The first two scalars of date words, asked at a word start before any table is read.
///
/// A space as a word's second scalar matches any run of white space or none (as in
/// `DateWordTable`), so "그 해" starts as 그 followed by white space, or as 그해.
struct DateStartPairs: Sendable {
    /// First scalars; `seconds[k]` holds what may follow the `k`th of them.
    private let firsts: ScalarSet
    private let seconds: [ScalarSet]
    /// Per first scalar: whether white space may follow it.
    private let spaceFollows: [Bool]

    /// Pairs of `words` (each of two scalars or more), and of each of `spaced` followed by white space.
    init(_ words: some Sequence<[Unicode.Scalar]>, spaced: [Unicode.Scalar]) {
        var next: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        var space: Set<Unicode.Scalar> = Set(spaced)
        // Each of `spaced` is a first scalar even when no word's second scalar follows it.
        for first in spaced where next[first] == nil { next[first] = [] }
        for word in words {
            precondition(word.count >= 2 && word[0] != " ", "a date word has fewer than two scalars or starts with a space")
            if word[1] == " " {
                space.insert(word[0])
                if word.count > 2 { next[word[0], default: []].append(word[2]) }
            } else {
                next[word[0], default: []].append(word[1])
            }
        }
        firsts = ScalarSet(next.keys)
        seconds = firsts.scalars.map { ScalarSet(next[$0]!) }
        spaceFollows = firsts.scalars.map { space.contains($0) }
    }

    /// Whether a date word may start with `first` followed by `second` (nil at the end of the text).
    @inline(__always)
    func contains(_ first: Unicode.Scalar, followedBy second: Unicode.Scalar?) -> Bool {
        guard let k = firsts.index(of: first), let second else { return false }
        return DateScalarReader.isSpace(second) ? spaceFollows[k] : seconds[k].contains(second)
    }
}
