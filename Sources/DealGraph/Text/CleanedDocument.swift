/// A block of the input that cleaning removed, and why.
public struct RemovedBlock: Sendable, Equatable {
    public let span: Span
    /// Short reason for whoever tunes the rules ("copyright line", "related headlines").
    public let reason: String

    public init(span: Span, reason: String) {
        self.span = span
        self.reason = reason
    }
}

/// An article after reading and cleaning: the sentences extractors read, and what was dropped.
public struct CleanedDocument: Sendable {
    public let source: SourceText
    /// Kept sentences in text order, repeated ones included (marked by `Sentence.repeats`).
    public let sentences: [Sentence]
    /// Removed blocks in text order.
    public let removed: [RemovedBlock]

    public init(source: SourceText, sentences: [Sentence], removed: [RemovedBlock]) {
        self.source = source
        self.sentences = sentences
        self.removed = removed
    }

    /// The sentences each extractor should read once: repeats left out.
    public var distinctSentences: [Sentence] { sentences.filter { $0.repeats == nil } }
}
