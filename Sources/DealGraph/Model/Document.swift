/// One article as it was read: where it came from, when it was published, and its original text.
public struct Document: Codable, Sendable, Equatable {
    /// How the original text is written.
    public enum Format: String, Codable, Sendable {
        case text
        case html
    }

    /// Stable identifier: the corpus id, or the file name without its folder.
    public var id: String
    /// A path, `-` for stdin, or `path#line` for a JSON Lines record.
    public var source: String
    /// The publication day, given by the caller or detected from the page.
    public var published: CalendarDay?
    /// The input exactly as decoded (BOM removed); every `Span` indexes into it.
    public var text: String
    public var format: Format

    public init(id: String, source: String, published: CalendarDay? = nil, text: String, format: Format = .text) {
        self.id = id
        self.source = source
        self.published = published
        self.text = text
        self.format = format
    }
}
