/// Date mentions as spans of days, to tell whether two mentions of a deal can be the same event.
enum DateSpans {
    /// The days a mention covers: one for a day, a month's for "2021-09", a year's for "2020".
    static func days(of mention: DateMention) -> ClosedRange<CalendarDay>? {
        guard let value = mention.value else { return nil }
        let parts = value.split(separator: "-").map(String.init)
        guard let year = Int(parts[0]) else { return nil }
        func range(_ m1: Int, _ m2: Int) -> ClosedRange<CalendarDay>? {
            guard let lo = CalendarDay(year: year, month: m1, day: 1),
                  let hi = CalendarDay(year: year, month: m2, day: CalendarDay.daysIn(year: year, month: m2)) else { return nil }
            return lo...hi
        }
        switch mention.grain {
        case .day:
            return CalendarDay(iso: value).map { $0...$0 }
        case .month:
            guard parts.count == 2, let m = Int(parts[1]) else { return nil }
            return range(m, m)
        case .quarter:
            guard parts.count == 2, let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { return nil }
            return range(q * 3 - 2, q * 3)
        case .half:
            guard parts.count == 2 else { return nil }
            return parts[1] == "H1" ? range(1, 6) : range(7, 12)
        case .year:
            return range(1, 12)
        }
    }

    /// Whether two deal mentions can be one event. An unknown time meets any day, and any coarser
    /// span that holds the publication day; known spans must come within a week of each other.
    static func compatible(_ a: ClosedRange<CalendarDay>?, _ b: ClosedRange<CalendarDay>?, reference: CalendarDay?) -> Bool {
        switch (a, b) {
        case (nil, nil):
            return true
        case let (known?, nil), let (nil, known?):
            guard known.lowerBound != known.upperBound, let reference else { return true }
            return known.contains(reference)
        case let (x?, y?):
            let slack = 7
            return x.lowerBound.ordinal <= y.upperBound.ordinal + slack && y.lowerBound.ordinal <= x.upperBound.ordinal + slack
        }
    }
}
