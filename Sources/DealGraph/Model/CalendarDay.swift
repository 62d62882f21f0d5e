/// A day of the proleptic Gregorian calendar, written `yyyy-mm-dd` in JSON.
///
/// Dates in DealGraph are calendar days with no time zone: news gives local days
/// ("28일(현지시간)"), and resolving them never needs the clock.
public struct CalendarDay: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or nil (30 February, month 13, year outside 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDay.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-mm-dd` (the ISO 8601 calendar date).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 0001-01-01 (day 0); lets callers add days and compare without Foundation.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += CalendarDay.daysIn(year: year, month: m) }
        return days + day - 1
    }

    /// The day `ordinal` days after 0001-01-01, if it lies in years 1–9999.
    public init?(ordinal: Int) {
        guard ordinal >= 0, ordinal < 3_652_059 else { return nil }
        var y = 1 + ordinal / 366
        while CalendarDay(year: y + 1, month: 1, day: 1).map({ $0.ordinal <= ordinal }) ?? false { y += 1 }
        var rest = ordinal - CalendarDay(year: y, month: 1, day: 1)!.ordinal
        var m = 1
        while rest >= CalendarDay.daysIn(year: y, month: m) {
            rest -= CalendarDay.daysIn(year: y, month: m)
            m += 1
        }
        self.init(year: y, month: m, day: rest + 1)
    }

    /// This day moved by `days` (negative goes back), or nil outside years 1–9999.
    public func adding(days: Int) -> CalendarDay? {
        CalendarDay(ordinal: ordinal + days)
    }

    /// 0 = Monday … 6 = Sunday (ISO 8601 order).
    public var weekday: Int { ordinal % 7 }

    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a yyyy-mm-dd date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
