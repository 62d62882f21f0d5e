/// A small word list matched at a scalar position, forwards or backwards.
///
/// Entries are indexed by their first and last scalar, so a lookup costs only the entries that
/// share that scalar. A space inside an entry matches zero or one space scalar in the text
/// ("미국 달러" matches "미국달러" and "미국 달러"). Longest match wins. ASCII letters can be
/// compared without case (`foldsCase`), for codes and English scale words.
struct ScalarLexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let value: Value
    }

    /// Entries sorted by key scalar, then longest first; the `k`th key scalar (by code point)
    /// owns `entries[ranges[k]]`. A `ScalarSet`'s rank finds a scalar's entries with one load
    /// and a bit count: no hashing on the scanner's hot path, which asks at every scalar.
    private struct Index: Sendable {
        var keys: ScalarSet = []
        var ranges: [Range<Int>] = []
        var entries: [Entry] = []

        init(_ grouped: [Unicode.Scalar: [Entry]]) {
            for key in grouped.keys.sorted(by: { $0.value < $1.value }) {
                let group = grouped[key]!.sorted { $0.word.count > $1.word.count }
                ranges.append(entries.count..<(entries.count + group.count))
                entries.append(contentsOf: group)
            }
            keys = ScalarSet(grouped.keys)
        }

        func candidates(_ scalar: Unicode.Scalar) -> Range<Int>? {
            keys.index(of: scalar).map { ranges[$0] }
        }
    }

    private let byFirst: Index
    private let byLast: Index
    private let foldsCase: Bool

    init(_ entries: [(String, Value)], foldsCase: Bool = false) {
        var first: [Unicode.Scalar: [Entry]] = [:]
        var last: [Unicode.Scalar: [Entry]] = [:]
        for (text, value) in entries {
            let word = Array(text.unicodeScalars)
            guard let head = word.first, let tail = word.last else { continue }
            let entry = Entry(word: word, value: value)
            for key in ScalarLexicon.keys(head, foldsCase) { first[key, default: []].append(entry) }
            for key in ScalarLexicon.keys(tail, foldsCase) { last[key, default: []].append(entry) }
        }
        byFirst = Index(first)
        byLast = Index(last)
        self.foldsCase = foldsCase
    }

    private static func keys(_ scalar: Unicode.Scalar, _ folds: Bool) -> [Unicode.Scalar] {
        guard folds, ScalarClass.isASCIILetter(scalar) else { return [scalar] }
        return [Unicode.Scalar(scalar.value | 0x20)!, Unicode.Scalar(scalar.value & ~0x20)!]
    }

    private func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        foldsCase ? ScalarClass.foldedEqual(a, b) : a == b
    }

    /// The longest entry that starts at `position`, and the position after it.
    func match(in text: [Unicode.Scalar], at position: Int) -> (value: Value, end: Int)? {
        guard position >= 0, position < text.count, let range = byFirst.candidates(text[position]) else { return nil }
        for k in range {
            let entry = byFirst.entries[k]
            if let end = forward(entry.word, in: text, at: position) { return (entry.value, end) }
        }
        return nil
    }

    /// The longest entry that ends right before `end`, and the position where it starts.
    func match(in text: [Unicode.Scalar], endingAt end: Int) -> (value: Value, start: Int)? {
        guard end > 0, end <= text.count, let range = byLast.candidates(text[end - 1]) else { return nil }
        for k in range {
            let entry = byLast.entries[k]
            if let start = backward(entry.word, in: text, endingAt: end) { return (entry.value, start) }
        }
        return nil
    }

    private func forward(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at position: Int) -> Int? {
        var p = position
        for w in word {
            if w == " " {
                if p < text.count, ScalarClass.isSpace(text[p]) { p += 1 }
                continue
            }
            guard p < text.count, same(text[p], w) else { return nil }
            p += 1
        }
        return p
    }

    private func backward(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], endingAt end: Int) -> Int? {
        var p = end
        for w in word.reversed() {
            if w == " " {
                if p > 0, ScalarClass.isSpace(text[p - 1]) { p -= 1 }
                continue
            }
            guard p > 0, same(text[p - 1], w) else { return nil }
            p -= 1
        }
        return p
    }
}
