/// A short word list matched at scalar positions, longest entry first.
///
/// A space inside an entry matches any run of whitespace or none, so "다음 달" also
/// matches "다음달" and "다음\n달".
struct DateWordTable<Value: Sendable>: Sendable {
    private let entries: [(scalars: [Unicode.Scalar], value: Value)]
    private let firstScalars: Set<Unicode.Scalar>

    init(_ words: [(String, Value)]) {
        let compiled = words.map { (scalars: Array($0.0.unicodeScalars), value: $0.1) }
        entries = compiled.sorted { $0.scalars.count > $1.scalars.count }
        firstScalars = Set(compiled.compactMap { $0.scalars.first })
    }

    /// True when some entry starts with `c` (a cheap test before `match`).
    func mayStart(with c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return firstScalars.contains(c)
    }

    /// The longest entry found at `i`: its value and the index after it.
    func match(in text: DateScalarReader, at i: Int) -> (value: Value, end: Int)? {
        guard mayStart(with: text[i]) else { return nil }
        var best: (value: Value, end: Int)?
        for entry in entries {
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
