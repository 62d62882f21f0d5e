/// A half-open range of Unicode scalars in the original input, with the text it covers.
///
/// Offsets count Unicode scalars (what Python's `str` indexes), into the input exactly as it
/// was read: for HTML pages, into the HTML source. `text` is the verbatim slice
/// `original[start..<end]`, so anyone can check a span against the source.
public struct Span: Codable, Sendable, Equatable, Hashable, Comparable {
    /// First scalar covered.
    public var start: Int
    /// One past the last scalar covered.
    public var end: Int
    /// The covered source text, verbatim.
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension Array where Element == Span {
    /// The spans in order, each once: what `Array(Set(self)).sorted()` gives, without hashing
    /// every span's text.
    func sortedUnique() -> [Span] {
        var result: [Span] = []
        for span in sorted() where result.last != span { result.append(span) }
        return result
    }
}
