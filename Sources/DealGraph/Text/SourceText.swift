/// The original input as Unicode scalars, so spans can be cut from it by scalar offset.
public struct SourceText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The verbatim text of `start..<end`, clamped to the input.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    /// A `Span` over `start..<end` with its verbatim text.
    public func span(_ start: Int, _ end: Int) -> Span {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return Span(start: lower, end: upper, text: slice(lower, upper))
    }
}
