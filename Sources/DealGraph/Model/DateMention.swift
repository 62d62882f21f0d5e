/// How fine a date is.
public enum DateGrain: String, Codable, Sendable {
    case day
    case month
    case quarter
    case half
    case year
}

/// A date named in the text, resolved against the publication day where it can be.
public struct DateMention: Codable, Sendable, Equatable {
    public var id: String
    /// ISO text for the grain: `2024-03-05`, `2024-03`, `2024-Q1`, `2024-H2`, `2024`;
    /// nil when a partial date cannot be resolved (no reference date).
    public var value: String?
    public var grain: DateGrain
    /// The end of a range ("4월 24~29일", "2024~2026년"), in the same form as `value`.
    public var end: String?
    /// The known fields of a date that could not be fully resolved.
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// True when the text gives the date relative to another day (지난 19일, 지난달, 이날).
    public var relative: Bool
    /// True when the text says the day is the local one abroad ("(현지시간)").
    public var localTime: Bool
    public var span: Span

    public init(id: String, value: String?, grain: DateGrain, end: String? = nil,
                year: Int? = nil, month: Int? = nil, day: Int? = nil,
                relative: Bool = false, localTime: Bool = false, span: Span) {
        self.id = id
        self.value = value
        self.grain = grain
        self.end = end
        self.year = year
        self.month = month
        self.day = day
        self.relative = relative
        self.localTime = localTime
        self.span = span
    }
}
