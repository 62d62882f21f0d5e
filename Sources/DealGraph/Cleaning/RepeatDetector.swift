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
        var firstSentenceByKey: [[Unicode.Scalar]: Int] = [:]
        var earlier: [(bigrams: Set<UInt64>, sentences: Range<Int>, length: Int)] = []

        for (p, paragraph) in paragraphs.enumerated() {
            let key = identity(paragraph.scalars[...])
            let bigrams = bigramSet(key)
            var nearRepeatOf: Range<Int>? = nil
            if key.count >= minimumKeyLength {
                for candidate in earlier.suffix(comparisonWindow).reversed()
                where similarity(bigrams, candidate.bigrams, key.count, candidate.length) >= nearRepeatSimilarity {
                    nearRepeatOf = candidate.sentences
                    break
                }
            }
            var dropped: [Range<Int>] = []
            let ranges = SentenceSplitter.split(paragraph.scalars, droppedFragments: &dropped)
            for range in dropped where !range.isEmpty {
                removed.append(RemovedBlock(span: source.span(paragraph.starts[range.lowerBound], paragraph.ends[range.upperBound - 1]),
                                            reason: SentenceSplitter.droppedReason))
            }
            let firstIndex = sentences.count
            for (k, range) in ranges.enumerated() {
                let sentenceKey = identity(paragraph.scalars[range])
                var repeats: Int? = nil
                if sentenceKey.count >= minimumKeyLength, let seen = firstSentenceByKey[sentenceKey] {
                    repeats = seen
                } else if let original = nearRepeatOf {
                    // A near-repeated paragraph: pair sentences by position when the counts agree.
                    if original.count == ranges.count { repeats = original.lowerBound + k }
                }
                let index = sentences.count
                sentences.append(Sentence(
                    index: index, paragraph: p, scalars: Array(paragraph.scalars[range]),
                    sourceStarts: Array(paragraph.starts[range]), sourceEnds: Array(paragraph.ends[range]),
                    repeats: repeats, source: source))
                if repeats == nil, sentenceKey.count >= minimumKeyLength, firstSentenceByKey[sentenceKey] == nil {
                    firstSentenceByKey[sentenceKey] = index
                }
            }
            if nearRepeatOf == nil {
                earlier.append((bigrams, firstIndex..<sentences.count, key.count))
            }
        }
        return sentences
    }

    /// The letters and digits of a text, Latin lower-cased: what stays when only quoting,
    /// spacing and punctuation differ.
    static func identity(_ text: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        for c in text where ScalarKind.isWord(c) {
            if c.value >= 0x41 && c.value <= 0x5A { out.append(Unicode.Scalar(c.value + 32)!) } else { out.append(c) }
        }
        return out
    }

    private static func bigramSet(_ key: [Unicode.Scalar]) -> Set<UInt64> {
        var set = Set<UInt64>()
        guard key.count >= 2 else { return set }
        set.reserveCapacity(key.count)
        for i in 1..<key.count { set.insert(UInt64(key[i - 1].value) << 32 | UInt64(key[i].value)) }
        return set
    }

    private static func similarity(_ a: Set<UInt64>, _ b: Set<UInt64>, _ lengthA: Int, _ lengthB: Int) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shorter = Double(min(lengthA, lengthB)), longer = Double(max(lengthA, lengthB))
        guard shorter / longer >= nearRepeatSimilarity else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
