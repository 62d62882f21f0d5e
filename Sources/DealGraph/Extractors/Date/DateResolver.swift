/// Resolves a `DateExpression` against the publication day and the day the text last named.
///
/// Partial dates follow news usage: a bare "N일" is the most recent such day on or before the
/// publication day, and a month-day or a month the most recent in the year, unless 오는/다음 point
/// to the future, or the clause speaks of a plan, or it is not in the past tense and the coming
/// date is near (`DatePatterns.futureWindowDays`, `futureWindowMonths`): "18일 … 논의한다" written
/// on the 17th is the next day. Without a reference, partial dates keep a nil value and their
/// known fields. Impossible dates (2월 30일) give nil: no mention.
enum DateResolver {
    struct Context {
        var reference: CalendarDay?
        /// The day "이날" refers to.
        var antecedentDay: CalendarDay?
        /// The year "같은 해" refers to.
        var antecedentYear: Int?
        var pastTense = false
        var futureCue = false
    }

    struct Resolution: Equatable {
        var value: String?
        var grain: DateGrain
        var end: String?
        /// Known fields of a date left unresolved.
        var year: Int?
        var month: Int?
        var day: Int?
        /// The day, for resolved day-grain values.
        var calendarDay: CalendarDay?
        /// The year of the resolved value.
        var resolvedYear: Int?
    }

    static func resolve(_ e: DateExpression, in c: Context) -> Resolution? {
        switch e.grain {
        case .day: return resolveDay(e, c)
        case .month: return resolveMonth(e, c)
        case .quarter: return resolvePeriod(e, c, grain: .quarter)
        case .half: return resolvePeriod(e, c, grain: .half)
        case .year: return resolveYear(e, c)
        }
    }

    // MARK: Grains

    private static func resolveDay(_ e: DateExpression, _ c: Context) -> Resolution? {
        guard let dayField = e.day else { return nil }
        let unresolved = Resolution(value: nil, grain: .day)
        switch dayField {
        case .offset(let n):
            guard let day = c.reference?.adding(days: n) else { return unresolved }
            return resolved(day)
        case .discourse(let n):
            guard let day = c.antecedentDay?.adding(days: n) else { return unresolved }
            return resolved(day)
        case .weekday(let week, let weekday):
            guard let ref = c.reference else { return unresolved }
            let shift: Int
            if let week {
                shift = 7 * week + weekday - ref.weekday
            } else if e.direction == .past {
                let back = (ref.weekday - weekday + 7) % 7
                shift = -(back == 0 ? 7 : back)
            } else {
                let ahead = (weekday - ref.weekday + 7) % 7
                shift = ahead == 0 ? 7 : ahead
            }
            return ref.adding(days: shift).map { resolved($0) }
        case .absolute(let d):
            return resolveDayOfMonth(d, e, c)
        }
    }

    private static func resolveDayOfMonth(_ d: Int, _ e: DateExpression, _ c: Context) -> Resolution? {
        var partial = Resolution(value: nil, grain: .day, day: d)
        let start: CalendarDay
        switch e.month {
        case .absolute(let m)?:
            // 2월 30일 and 4월 31일 are impossible in any year.
            guard d <= CalendarDay.daysIn(year: 2000, month: m) else { return nil }
            partial.month = m
            if let yearField = e.year {
                guard let y = year(yearField, c) else { return partial }
                guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
                start = day
            } else {
                guard let ref = c.reference else { return partial }
                let y = pickYear(month: m, day: d, ref: ref, e.direction, c)
                guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
                start = day
            }
        case .relative(let k)?:
            guard let ref = c.reference else { return partial }
            let (y, m) = shift(ref.year, ref.month, by: k)
            guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
            start = day
        case nil:
            guard let ref = c.reference else { return partial }
            guard let day = pickDay(d, ref: ref, e.direction, c) else { return nil }
            start = day
        default:
            return nil
        }
        var result = resolved(start)
        if let endDay = e.endDay {
            var y = e.endYear ?? start.year
            var m = e.endMonth ?? start.month
            if var end = CalendarDay(year: y, month: m, day: endDay) {
                if end < start, e.endYear == nil {
                    if e.endMonth == nil { (y, m) = shift(y, m, by: 1) } else { y += 1 }
                    end = CalendarDay(year: y, month: m, day: endDay) ?? end
                }
                if end > start { result.end = end.iso }
            }
        }
        return result
    }

    private static func resolveMonth(_ e: DateExpression, _ c: Context) -> Resolution? {
        let y: Int
        let m: Int
        switch e.month {
        case .absolute(let month)?:
            m = month
            if let yearField = e.year {
                guard let known = year(yearField, c) else { return Resolution(value: nil, grain: .month, month: m) }
                y = known
            } else {
                guard let ref = c.reference else { return Resolution(value: nil, grain: .month, month: m) }
                y = pick(m, current: ref.month, year: ref.year, window: DatePatterns.futureWindowMonths, e.direction, c)
            }
        case .relative(let k)?:
            guard let ref = c.reference else { return Resolution(value: nil, grain: .month) }
            (y, m) = shift(ref.year, ref.month, by: k)
        default:
            return nil
        }
        guard (1...9999).contains(y) else { return nil }
        var result = Resolution(value: isoMonth(y, m), grain: .month, resolvedYear: y)
        if let endMonth = e.endMonth {
            var endYear = e.endYear ?? y
            if e.endYear == nil, endMonth < m { endYear += 1 }
            if (endYear, endMonth) > (y, m) { result.end = isoMonth(endYear, endMonth) }
        }
        return result
    }

    /// Quarters (`yyyy-Qn`) and halves (`yyyy-Hn`).
    private static func resolvePeriod(_ e: DateExpression, _ c: Context, grain: DateGrain) -> Resolution? {
        let perYear = grain == .quarter ? 4 : 2
        let symbol = grain == .quarter ? "Q" : "H"
        func current(_ ref: CalendarDay) -> Int { (ref.month - 1) / (12 / perYear) + 1 }
        let y: Int
        let n: Int
        switch (e.quarter, e.half) {
        case (.relative(let k)?, _):
            guard let ref = c.reference else { return Resolution(value: nil, grain: grain) }
            let total = ref.year * perYear + current(ref) - 1 + k
            (y, n) = (total / perYear, total % perYear + 1)
        case (.absolute(let q)?, _), (nil, let q?):
            n = q
            if let yearField = e.year {
                guard let known = year(yearField, c) else { return Resolution(value: nil, grain: grain) }
                y = known
            } else {
                guard let ref = c.reference else { return Resolution(value: nil, grain: grain) }
                y = pick(n, current: current(ref), year: ref.year, window: perYear / 2, e.direction, c)
            }
        default:
            return nil
        }
        guard (1...9999).contains(y) else { return nil }
        var result = Resolution(value: "\(pad(y))-\(symbol)\(n)", grain: grain, resolvedYear: y)
        if let endQuarter = e.endQuarter, grain == .quarter {
            var endYear = e.endYear ?? y
            if e.endYear == nil, endQuarter < n { endYear += 1 }
            if (endYear, endQuarter) > (y, n) { result.end = "\(pad(endYear))-Q\(endQuarter)" }
        }
        return result
    }

    private static func resolveYear(_ e: DateExpression, _ c: Context) -> Resolution? {
        guard let field = e.year else { return nil }
        guard let y = year(field, c) else { return Resolution(value: nil, grain: .year) }
        guard (1...9999).contains(y) else { return nil }
        var result = Resolution(value: pad(y), grain: .year, resolvedYear: y)
        if let endYear = e.endYear, endYear > y { result.end = pad(endYear) }
        return result
    }

    // MARK: Choosing between a past and a coming date

    /// The year of month `m` day `d`: on or before the reference, unless future-marked.
    private static func pickYear(month m: Int, day d: Int, ref: CalendarDay, _ direction: DateExpression.Direction, _ c: Context) -> Int {
        let after = (m, d) > (ref.month, ref.day)
        let before = (m, d) < (ref.month, ref.day)
        switch direction {
        case .past: return after ? ref.year - 1 : ref.year
        case .future: return before ? ref.year + 1 : ref.year
        case .unmarked:
            guard after else { return ref.year }
            guard let coming = CalendarDay(year: ref.year, month: m, day: d) else { return ref.year - 1 }
            return comesLater(c, near: coming.ordinal - ref.ordinal <= 183) ? ref.year : ref.year - 1
        }
    }

    /// The year of period `n` (month, quarter or half) given the reference's `current` period.
    private static func pick(_ n: Int, current: Int, year: Int, window: Int,
                             _ direction: DateExpression.Direction, _ c: Context) -> Int {
        switch direction {
        case .past: return n > current ? year - 1 : year
        case .future: return n < current ? year + 1 : year
        case .unmarked:
            guard n > current else { return year }
            return comesLater(c, near: n - current <= window) ? year : year - 1
        }
    }

    /// Day `d` of the month: the most recent on or before the reference, the next on or after it
    /// when future-marked; months without that day are passed over.
    private static func pickDay(_ d: Int, ref: CalendarDay, _ direction: DateExpression.Direction, _ c: Context) -> CalendarDay? {
        func inMonth(_ k: Int) -> CalendarDay? {
            let (y, m) = shift(ref.year, ref.month, by: k)
            return CalendarDay(year: y, month: m, day: d)
        }
        func search(from first: Int, step: Int) -> CalendarDay? {
            for k in 0..<12 { if let day = inMonth(first + k * step) { return day } }
            return nil
        }
        switch direction {
        case .past: return search(from: d <= ref.day ? 0 : -1, step: -1)
        case .future: return search(from: d >= ref.day ? 0 : 1, step: 1)
        case .unmarked:
            if d <= ref.day { return inMonth(0) }
            if let coming = inMonth(0), comesLater(c, near: d - ref.day <= DatePatterns.futureWindowDays) { return coming }
            return search(from: -1, step: -1)
        }
    }

    /// An unmarked date after the reference is read as coming when its clause speaks of a plan,
    /// or is not in the past tense and the date is near.
    private static func comesLater(_ c: Context, near: Bool) -> Bool {
        c.futureCue || (!c.pastTense && near)
    }

    // MARK: Helpers

    private static func year(_ field: DateExpression.Field, _ c: Context) -> Int? {
        switch field {
        case .absolute(let y): return y
        case .relative(let k): return c.reference.map { $0.year + k }
        case .discourse(let k): return c.antecedentYear.map { $0 + k }
        case .shortYear(let yy):
            let pivot = (c.reference?.year ?? 2040) + 10
            return 2000 + yy <= pivot ? 2000 + yy : 1900 + yy
        }
    }

    private static func shift(_ year: Int, _ month: Int, by k: Int) -> (Int, Int) {
        let total = year * 12 + (month - 1) + k
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        return (y, total - y * 12 + 1)
    }

    private static func resolved(_ day: CalendarDay) -> Resolution {
        Resolution(value: day.iso, grain: .day, calendarDay: day, resolvedYear: day.year)
    }

    private static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    private static func isoMonth(_ y: Int, _ m: Int) -> String {
        pad(y) + (m < 10 ? "-0" : "-") + String(m)
    }
}
