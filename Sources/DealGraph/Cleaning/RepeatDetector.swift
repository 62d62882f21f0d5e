/// Finds paragraphs and sentences an article repeats (scraped pages often print the lead twice)
/// so extractors read each once, while every copy stays available as evidence.
///
/// Two texts are the same when their letters and digits are, ignoring spaces, punctuation and
/// quote styles; a paragraph is a near-repeat when its character bigrams overlap an earlier
/// paragraph's by 90% or more (a word changed, a clause added).
enum RepeatDetector {
    static let nearRepeatSimilarity = 0.9
    /// Sentences shorter than this (in letters) are not worth matching: "네." repeats honestly.
    static let minimumKeyLength = 12
    /// How many earlier paragraphs a paragraph is compared with for near-repeats.
    static let comparisonWindow = 64

    static func sentences(of paragraphs: [MappedText], source: SourceText, removed: inout [RemovedBlock]) -> [Sentence] {
        var sentences: [Sentence] = []
        // Keys are hashed once: looked up, then added under the same hash when new.
        var firstSentenceByKey = WordMap<Int>(capacity: 4 * paragraphs.count)
        // Bigram sets are made only for paragraphs of comparable length, when first compared.
        var earlier: [(key: [Unicode.Scalar], bigrams: BigramSet?, sentences: Range<Int>)] = []

        for (p, paragraph) in paragraphs.enumerated() {
            var dropped: [Range<Int>] = []
            let ranges = SentenceSplitter.split(paragraph.scalars, droppedFragments: &dropped)
            // One pass gives the paragraph's identity and, as parts of it, its sentences'.
            let (key, sentenceKeys) = identity(of: paragraph.scalars, parts: ranges)
            var bigrams: BigramSet? = nil
            var nearRepeatOf: Range<Int>? = nil
            if key.count >= minimumKeyLength {
                for k in earlier.indices.suffix(comparisonWindow).reversed()
                where comparableLengths(key.count, earlier[k].key.count) {
                    if bigrams == nil { bigrams = BigramSet(key) }
                    if earlier[k].bigrams == nil { earlier[k].bigrams = BigramSet(earlier[k].key) }
                    if bigrams!.similarity(to: earlier[k].bigrams!, reaches: nearRepeatSimilarity) {
                        nearRepeatOf = earlier[k].sentences
                        break
                    }
                }
            }
            for range in dropped where !range.isEmpty {
                removed.append(RemovedBlock(span: source.span(paragraph.starts[range.lowerBound], paragraph.ends[range.upperBound - 1]),
                                            reason: SentenceSplitter.droppedReason))
            }
            let firstIndex = sentences.count
            for (k, range) in ranges.enumerated() {
                let sentenceKey = sentenceKeys[k]
                let keyHash = sentenceKey.count >= minimumKeyLength ? WordMap<Int>.hash(of: sentenceKey) : 0
                var repeats: Int? = nil
                if sentenceKey.count >= minimumKeyLength, let seen = firstSentenceByKey.value(for: sentenceKey, hash: keyHash) {
                    repeats = seen
                } else if let original = nearRepeatOf {
                    // A near-repeated paragraph: pair sentences by position when the counts agree.
                    if original.count == ranges.count { repeats = original.lowerBound + k }
                }
                let index = sentences.count
                sentences.append(Sentence(
                    index: index, paragraph: p, scalars: Array(paragraph.scalars[range]),
                    sourceStarts: paragraph.starts[range], sourceEnds: paragraph.ends[range],
                    repeats: repeats, source: source))
                if repeats == nil, sentenceKey.count >= minimumKeyLength {
                    // Not found above (a found key makes a repeat): new.
                    firstSentenceByKey.insertNew(Array(sentenceKey), index, hash: keyHash)
                }
            }
            if nearRepeatOf == nil {
                earlier.append((key, bigrams, firstIndex..<sentences.count))
            }
        }
        return sentences
    }

    /// The letters and digits of a text, Latin lower-cased: what stays when only quoting,
    /// spacing and punctuation differ.
    static func identity(_ text: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        text.withUnsafeBufferPointer { text in
            [Unicode.Scalar](unsafeUninitializedCapacity: text.count) { out, count in
                count = appendIdentity(of: text, from: 0, to: text.count, to: out, at: 0)
            }
        }
    }

    /// The identity of `text`, and the identity of each of `parts` (ranges of `text`). Parts in
    /// order and apart (a paragraph's sentences) are read in the same pass as the text, and their
    /// identities are slices of its; others are read each on their own.
    static func identity(of text: [Unicode.Scalar], parts: [Range<Int>]) -> (key: [Unicode.Scalar], parts: [ArraySlice<Unicode.Scalar>]) {
        let inOrder = zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }
            && parts.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= text.count }
        var keyParts: [Range<Int>] = []
        keyParts.reserveCapacity(parts.count)
        let key = text.withUnsafeBufferPointer { text in
            [Unicode.Scalar](unsafeUninitializedCapacity: text.count) { out, count in
                var done = 0
                count = 0
                for part in parts where inOrder {
                    count = appendIdentity(of: text, from: done, to: part.lowerBound, to: out, at: count)
                    let start = count
                    count = appendIdentity(of: text, from: part.lowerBound, to: part.upperBound, to: out, at: count)
                    keyParts.append(start..<count)
                    done = part.upperBound
                }
                count = appendIdentity(of: text, from: done, to: text.count, to: out, at: count)
            }
        }
        guard inOrder else { return (key, parts.map { identity(text[$0.clamped(to: 0..<text.count)])[...] }) }
        return (key, keyParts.map { key[$0] })
    }

    /// Writes the identity of `text[from..<to]` at `out[at...]`; returns where it ends.
    @inline(__always)
    private static func appendIdentity(of text: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int,
                                       to out: UnsafeMutableBufferPointer<Unicode.Scalar>, at start: Int) -> Int {
        var count = start
        for i in from..<to where ScalarKind.isWord(text[i]) {
            out[count] = ScalarClass.lowercasedASCII(text[i])
            count += 1
        }
        return count
    }

    /// Texts whose lengths differ by more than a tenth are no near-repeats, whatever their bigrams.
    private static func comparableLengths(_ lengthA: Int, _ lengthB: Int) -> Bool {
        let shorter = Double(min(lengthA, lengthB)), longer = Double(max(lengthA, lengthB))
        return shorter / longer >= nearRepeatSimilarity
    }

}

/// The distinct character bigrams of a text (adjacent scalar pairs), in an open-addressing
/// table: built and probed with one multiply per bigram, where `Set<UInt64>` runs SipHash.
struct BigramSet {
    /// Bigrams packed as `first << 32 | second`; 0 marks an empty slot (a bigram of two NULs
    /// is kept aside in `hasZero`).
    private let slots: [UInt64]
    private let hasZero: Bool
    private let shift: UInt64
    /// Distinct bigrams.
    let count: Int

    init(_ text: [Unicode.Scalar]) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * text.count { bits += 1 }
        let shift = 64 - bits
        var slots = [UInt64](count: 1 << bits, copiedFrom: FilledBlocks.zeroWords)
        var hasZero = false, count = 0
        if text.count >= 2 {
            // Filled through buffers: a mutating insert per bigram checked the array's
            // uniqueness and bounds at every write.
            text.withUnsafeBufferPointer { text in
                slots.withUnsafeMutableBufferPointer { slots in
                    let mask = slots.count - 1
                    for i in 1..<text.count {
                        let bigram = UInt64(text[i - 1].value) << 32 | UInt64(text[i].value)
                        if bigram == 0 {
                            if !hasZero { hasZero = true; count += 1 }
                            continue
                        }
                        var k = Int((bigram &* BigramSet.multiplier) >> shift)
                        while slots[k] != 0 && slots[k] != bigram { k = (k + 1) & mask }
                        if slots[k] == 0 {
                            slots[k] = bigram
                            count += 1
                        }
                    }
                }
            }
        }
        self.slots = slots
        self.shift = shift
        self.hasZero = hasZero
        self.count = count
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    private func slot(_ bigram: UInt64) -> Int {
        Int((bigram &* BigramSet.multiplier) >> shift)
    }

    func contains(_ bigram: UInt64) -> Bool {
        if bigram == 0 { return hasZero }
        let mask = slots.count - 1
        var k = slot(bigram)
        while slots[k] != 0 {
            if slots[k] == bigram { return true }
            k = (k + 1) & mask
        }
        return false
    }

    /// How many bigrams the two sets share.
    func sharedCount(with other: BigramSet) -> Int {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var shared = small.hasZero && large.hasZero ? 1 : 0
        for bigram in small.slots where bigram != 0 && large.contains(bigram) { shared += 1 }
        return shared
    }

    /// Whether the Jaccard similarity of the two sets, shared / (self + other − shared), is at
    /// least `threshold` (never for an empty set). Gives up as soon as the bigrams missed so far
    /// leave too few to share: most paragraphs compared are not repeats, and show it early.
    func similarity(to other: BigramSet, reaches threshold: Double) -> Bool {
        guard count > 0, other.count > 0 else { return 0 >= threshold }
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        let union = count + other.count
        func reaches(_ shared: Int) -> Bool { Double(shared) / Double(union - shared) >= threshold }
        var shared = small.hasZero && large.hasZero ? 1 : 0
        var missed = 0
        for bigram in small.slots where bigram != 0 {
            if large.contains(bigram) {
                shared += 1
            } else {
                missed += 1
                // The similarity grows with the count shared: if sharing all the rest falls
                // short, so does the true count.
                if !reaches(small.count - missed) { return false }
            }
        }
        return reaches(shared)
    }
}
