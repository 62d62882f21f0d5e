/// A date phrase as the text gives it, before it is resolved against a reference day.
///
/// Each field says how the text names that part: outright ("3월"), counted from the publication
/// day ("지난달" is a month −1), or from the day or year the text already named ("이날", "같은 해").
struct DateExpression: Equatable, Sendable {
    /// A year, month or quarter.
    enum Field: Equatable, Sendable {
        /// Given outright: 2024, 3 (March), 2 (Q2).
        case absolute(Int)
        /// Counted from the publication day's year, month or quarter.
        case relative(Int)
        /// Counted from the last one the text named ("같은 해", "이듬해").
        case discourse(Int)
        /// A two-digit year ("24년 3월"), expanded when resolved.
        case shortYear(Int)
    }

    /// A day.
    enum DayField: Equatable, Sendable {
        /// The day of the month ("19일").
        case absolute(Int)
        /// Days from the publication day ("어제", "3일 후").
        case offset(Int)
        /// A weekday (0 = Monday) of the week `week` weeks from the publication week,
        /// or, when `week` is nil, the nearest one in the expression's direction ("지난 금요일").
        case weekday(week: Int?, weekday: Int)
        /// Days from the last explicit day of the text ("이날", "전날").
        case discourse(Int)
    }

    /// Where 지난/오는 point the date.
    enum Direction: Equatable, Sendable {
        case unmarked
        case past
        case future
    }

    var year: Field?
    var month: Field?
    var day: DayField?
    var quarter: Field?
    var half: Int?
    var direction: Direction = .unmarked
    /// True when the text names the date relative to another day.
    var relative = false
    /// The end of a range, as far as the text gives it ("4월 24~29일" has `endDay` 29).
    var endYear: Int?
    var endMonth: Int?
    var endDay: Int?
    var endQuarter: Int?

    var grain: DateGrain {
        if day != nil { return .day }
        if month != nil { return .month }
        if quarter != nil { return .quarter }
        if half != nil { return .half }
        return .year
    }

    var hasEnd: Bool { endYear != nil || endMonth != nil || endDay != nil || endQuarter != nil }

    /// True for a day named outright or relative to the publication day, the days a later
    /// "이날" may refer to; false for discourse days themselves.
    var isExplicitDay: Bool {
        guard let day else { return false }
        if case .discourse = day { return false }
        return true
    }
}
