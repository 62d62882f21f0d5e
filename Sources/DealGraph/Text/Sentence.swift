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
    public let scalars: [Unicode.Scalar]
    /// For a sentence in a paragraph that repeats an earlier one, the index of the sentence it repeats.
    /// Extractors read a repeated sentence once; its span still counts as evidence.
    public let repeats: Int?
    /// The whole sentence's offsets in the source.
    public let sourceRange: Range<Int>
    /// The whole sentence in the source, its text cut when asked (evidence asks for few).
    public var span: Span { source.span(sourceRange.lowerBound, sourceRange.upperBound) }
    let sourceStarts: [Int]
    let sourceEnds: [Int]
    private let source: SourceText

    public init(index: Int, paragraph: Int, scalars: [Unicode.Scalar], sourceStarts: [Int], sourceEnds: [Int],
                repeats: Int?, source: SourceText) {
        precondition(scalars.count == sourceStarts.count && scalars.count == sourceEnds.count)
        self.index = index
        self.paragraph = paragraph
        self.scalars = scalars
        self.sourceStarts = sourceStarts
        self.sourceEnds = sourceEnds
        self.repeats = repeats
        self.source = source
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
            let at = range.lowerBound < sourceStarts.count && range.lowerBound >= 0 ? sourceStarts[range.lowerBound] : sourceRange.upperBound
            return source.bounds(at, at)
        }
        return source.bounds(sourceStarts[range.lowerBound], sourceEnds[range.upperBound - 1])
    }

    /// The source offset where local scalar `position` starts (or the sentence end).
    public func sourceOffset(of position: Int) -> Int {
        position >= 0 && position < sourceStarts.count ? sourceStarts[position] : sourceRange.upperBound
    }
}
