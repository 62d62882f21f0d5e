/// One sentence of cleaned article text, with a map from each of its scalars back to the source.
///
/// The cleaned text differs from the source where cleaning changed it: HTML entities decoded,
/// hard line breaks inside the sentence joined, full-width digits made ASCII, runs of spaces
/// made one. Extractors scan `scalars` and turn local ranges into source spans with `span(of:)`.
public struct Sentence: Sendable {
    /// Position in the document's list of sentences.
    public let index: Int
    /// The paragraph (block of text) the sentence belongs to.
    public let paragraph: Int
    /// The cleaned sentence text, built from `scalars` when asked: extractors read `scalars`,
    /// and a string made for every sentence up front cost a few per cent of extraction time.
    public var text: String { String(scalars: scalars) }
    /// The sentence's scalars, for scanners.
    public var scalars: [Unicode.Scalar] { storage.scalars }
    /// For a sentence in a paragraph that repeats an earlier one, the index of the sentence it repeats.
    /// Extractors read a repeated sentence once; its span still counts as evidence.
    public let repeats: Int?
    /// The whole sentence's offsets in the source.
    public let sourceRange: Range<Int>
    /// The whole sentence in the source, its text cut when asked (evidence asks for few).
    public var span: Span { source.span(sourceRange.lowerBound, sourceRange.upperBound) }
    private var source: SourceText { storage.source }

    /// The arrays, behind one reference: sentences are copied constantly (into views, lists,
    /// closures), and a copy then retains one object rather than four arrays.
    private final class Storage: Sendable {
        let scalars: [Unicode.Scalar]
        /// Source offsets of each scalar: slices of the paragraph's maps, not copies.
        let sourceStarts: ArraySlice<Int>
        let sourceEnds: ArraySlice<Int>
        let source: SourceText

        init(scalars: [Unicode.Scalar], sourceStarts: ArraySlice<Int>, sourceEnds: ArraySlice<Int>, source: SourceText) {
            self.scalars = scalars
            self.sourceStarts = sourceStarts
            self.sourceEnds = sourceEnds
            self.source = source
        }
    }

    private let storage: Storage

    /// Where scalar `i` of the sentence starts and ends in the source (`i` in `0..<scalars.count`).
    private func sourceStart(_ i: Int) -> Int { storage.sourceStarts[storage.sourceStarts.startIndex + i] }
    private func sourceEnd(_ i: Int) -> Int { storage.sourceEnds[storage.sourceEnds.startIndex + i] }

    public init(index: Int, paragraph: Int, scalars: [Unicode.Scalar], sourceStarts: [Int], sourceEnds: [Int],
                repeats: Int?, source: SourceText) {
        self.init(index: index, paragraph: paragraph, scalars: scalars, sourceStarts: sourceStarts[...],
                  sourceEnds: sourceEnds[...], repeats: repeats, source: source)
    }

    /// As the public initialiser, with the offsets given as slices of a paragraph's maps.
    init(index: Int, paragraph: Int, scalars: [Unicode.Scalar], sourceStarts: ArraySlice<Int>, sourceEnds: ArraySlice<Int>,
         repeats: Int?, source: SourceText) {
        precondition(scalars.count == sourceStarts.count && scalars.count == sourceEnds.count)
        self.index = index
        self.paragraph = paragraph
        self.storage = Storage(scalars: scalars, sourceStarts: sourceStarts, sourceEnds: sourceEnds, source: source)
        self.repeats = repeats
        if let first = sourceStarts.first, let last = sourceEnds.last {
            self.sourceRange = source.bounds(first, last)
        } else {
            self.sourceRange = source.bounds(0, 0)
        }
    }

    /// Convenience for tests and plain strings: a sentence whose source is its own text.
    public init(_ text: String) {
        let source = SourceText(text)
        self.init(index: 0, paragraph: 0, scalars: source.scalars,
                  sourceStarts: Array(0..<source.count), sourceEnds: (0..<source.count).map { $0 + 1 },
                  repeats: nil, source: source)
    }

    /// The source span of the local scalar range `range` of this sentence.
    public func span(of range: Range<Int>, in source: SourceText) -> Span {
        let bounds = sourceBounds(of: range, in: source)
        return source.span(bounds.lowerBound, bounds.upperBound)
    }

    /// The source offsets `span(of:in:)` covers, without making its text.
    func sourceBounds(of range: Range<Int>, in source: SourceText) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= scalars.count else {
            let at = range.lowerBound < scalars.count && range.lowerBound >= 0 ? sourceStart(range.lowerBound) : sourceRange.upperBound
            return source.bounds(at, at)
        }
        return source.bounds(sourceStart(range.lowerBound), sourceEnd(range.upperBound - 1))
    }

    /// The source offset where local scalar `position` starts (or the sentence end).
    public func sourceOffset(of position: Int) -> Int {
        position >= 0 && position < scalars.count ? sourceStart(position) : sourceRange.upperBound
    }
}
