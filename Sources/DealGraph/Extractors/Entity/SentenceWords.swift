/// A sentence cut into words (어절 pieces) and parenthesised groups, for the entity rules.
///
/// A word is a run of letters, digits, Hangul or Han, with `&` kept inside ("J&J"). Everything
/// else (spaces, punctuation, brackets, quotes) separates words.
final class SentenceWords {
    struct Word {
        let range: Range<Int>
        /// Only a space (or nothing) between the previous word and this one.
        let spacedFromPrevious: Bool
    }

    /// A `(…)` group: `outer` covers the brackets, `inner` their content.
    struct Group {
        let outer: Range<Int>
        let inner: Range<Int>
    }

    let scalars: [Unicode.Scalar]
    let words: [Word]
    let groups: [Group]
    /// For each scalar, the index of the word holding it, or -1.
    let wordAt: [Int]
    /// The positions where a name may start: the first scalar, and every scalar after one that
    /// is not a letter, digit or syllable (a name never starts inside a word). The name tries
    /// are walked from these only.
    let nameStarts: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let count = scalars.count
        var words: [Word] = []
        words.reserveCapacity(count / 4 + 1)
        var wordAt = [Int](count: count, copiedFrom: FilledBlocks.minusOneInts)
        var groups: [Group] = []
        // Every scalar of every sentence passes here once: read and written through buffers.
        scalars.withUnsafeBufferPointer { s in
            wordAt.withUnsafeMutableBufferPointer { wordAt in
                var i = 0
                var lastEnd = -1
                var hasBrackets = false
                while i < count {
                    let c = s[i]
                    if c == "(" || c == "[" { hasBrackets = true }
                    guard SentenceWords.isWordScalar(s, i) else { i += 1; continue }
                    let start = i
                    while i < count, SentenceWords.isWordScalar(s, i) { i += 1 }
                    var spaced = true
                    if lastEnd >= 0 {
                        for k in lastEnd..<start where !(ScalarKind.isSpace(s[k]) || s[k] == "\n") {
                            spaced = false
                            break
                        }
                    }
                    // The word's number from a local: `words.count` is read again at every
                    // scalar through the closure's capture.
                    let number = words.count
                    for k in start..<i { wordAt[k] = number }
                    words.append(Word(range: start..<i, spacedFromPrevious: spaced))
                    lastEnd = i
                }
                guard hasBrackets else { return }
                var stack: [Int] = []
                for k in 0..<count {
                    let c = s[k]
                    if c == "(" || c == "[" {
                        stack.append(k)
                    } else if c == ")" || c == "]", let open = stack.popLast() {
                        groups.append(Group(outer: open..<(k + 1), inner: (open + 1)..<k))
                    }
                }
            }
        }
        self.words = words
        self.wordAt = wordAt
        var nameStarts: [Int] = []
        nameStarts.reserveCapacity(count / 2 + 1)
        for i in 0..<count where i == 0 || wordAt[i - 1] < 0 { nameStarts.append(i) }
        self.nameStarts = nameStarts
        self.groups = groups.sorted { $0.outer.lowerBound < $1.outer.lowerBound }
    }

    static func isWordScalar(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s.withUnsafeBufferPointer { isWordScalar($0, i) }
    }

    @inline(__always)
    static func isWordScalar(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        let c = s[i]
        if ScalarKind.isWord(c) { return true }
        if c == "&", i > 0, i + 1 < s.count, ScalarKind.isWord(s[i - 1]), ScalarKind.isWord(s[i + 1]) { return true }
        return false
    }

    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    func slice(_ index: Int) -> ArraySlice<Unicode.Scalar> { scalars[words[index].range] }

    /// Whether `test` holds for the scalars of word `index`, read on the sentence's buffer. A rule
    /// that turns most words away asks this first, and slices only the words that pass: a slice
    /// retains the sentence's buffer, and releases it.
    func word(_ index: Int, satisfies test: (Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool) -> Bool {
        scalars.withUnsafeBufferPointer { test($0[words[index].range]) }
    }

    /// The text of word `index`, built when a rule asks (most words are never asked).
    func wordText(_ index: Int) -> String { text(words[index].range) }

    /// The word starting exactly at `offset`, if any.
    func word(startingAt offset: Int) -> Int? {
        guard offset >= 0, offset < wordAt.count, wordAt[offset] >= 0 else { return nil }
        let w = wordAt[offset]
        return words[w].range.lowerBound == offset ? w : nil
    }

    /// The word ending exactly at `offset` (exclusive end), if any.
    func word(endingAt offset: Int) -> Int? {
        guard offset > 0, offset <= wordAt.count, wordAt[offset - 1] >= 0 else { return nil }
        let w = wordAt[offset - 1]
        return words[w].range.upperBound == offset ? w : nil
    }

    /// Whether only spaces lie in `range`.
    func isBlank(_ range: Range<Int>) -> Bool {
        range.allSatisfy { ScalarKind.isSpace(scalars[$0]) || scalars[$0] == "\n" }
    }

    /// Whether the text of `range` is all Hangul.
    func isHangul(_ range: Range<Int>) -> Bool {
        !range.isEmpty && range.allSatisfy { ScalarKind.isHangul(scalars[$0]) }
    }
}

extension ScalarKind {
    /// Whether a name may end before this scalar (it is not a letter, digit or syllable).
    static func endsName(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i >= s.count || !SentenceWords.isWordScalar(s, i)
    }
}
