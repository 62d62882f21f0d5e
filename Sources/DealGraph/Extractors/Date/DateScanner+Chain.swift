/// The chain rule: `[지난|오는] [year] [month [day] | quarter | half | day]`, with its ranges.
extension DateScanner {
    /// A year, month or quarter as read: its field, a range end, and where it stops.
    struct Part {
        var field: DateExpression.Field
        var endValue: Int?
        var end: Int
        /// True for words (올해, 지난달), false for numbers.
        var isWord = false
    }

    /// The chain at `start`. With `absoluteOnly`, only numbers are read (the end of a range).
    func chain(at start: Int, absoluteOnly: Bool) -> (DateExpression, Int)? {
        var e = DateExpression()
        var at = start
        var end = start
        var needsFollower = false
        let wordsAllowed = !absoluteOnly && DateScalarReader.isHangul(text[start]) && text.wordMayStart(at: start)

        if wordsAllowed {
            if let (week, weekEnd) = DatePatterns.weekWords.match(in: text, at: start),
               let (weekday, dayEnd) = weekday(at: text.skipSpaces(from: weekEnd)) {
                e.day = .weekday(week: week, weekday: weekday)
                e.relative = true
                return (e, dayEnd)
            }
            if !startsNamedPeriod(at: start), let (direction, directionEnd) = DatePatterns.directions.match(in: text, at: start) {
                let k = text.skipSpaces(from: directionEnd)
                if let (weekday, dayEnd) = weekday(at: k) {
                    e.day = .weekday(week: direction == 0 ? 0 : nil, weekday: weekday)
                    e.direction = direction < 0 ? .past : direction > 0 ? .future : .unmarked
                    e.relative = true
                    return (e, dayEnd)
                }
                guard direction != 0 else { return nil }
                e.direction = direction < 0 ? .past : .future
                e.relative = true
                at = k
                needsFollower = true
            }
        }
        let unmarked = e.direction == .unmarked
        if let y = year(at: at, wordsAllowed: wordsAllowed && unmarked) {
            // "올" alone needs a month, quarter or half after it; after 지난/오는 a year is enough.
            needsFollower = y.isWord && y.end - at == 1
            e.year = y.field
            e.endYear = y.endValue
            end = y.end
            at = text.skipSpaces(from: end)
            e.relative = e.relative || y.isWord
        }
        let periodWords = wordsAllowed && unmarked && e.year == nil
        if let q = quarter(at: at, wordsAllowed: periodWords) {
            e.quarter = q.field
            e.endQuarter = q.endValue
            e.relative = e.relative || q.isWord
            end = q.end
            needsFollower = false
        } else if e.endYear == nil, let (half, halfEnd) = half(at: at) {
            e.half = half
            end = halfEnd
            needsFollower = false
        } else if e.endYear == nil, let m = month(at: at, wordsAllowed: periodWords) {
            e.month = m.field
            e.endMonth = m.endValue
            e.relative = e.relative || m.isWord
            end = m.end
            needsFollower = false
            if m.endValue == nil, let d = day(at: text.skipSpaces(from: end), bare: false, afterMonth: true) {
                e.day = .absolute(d.day)
                e.endDay = d.endDay
                end = d.end
            }
        } else if e.year == nil, let d = day(at: at, bare: unmarked) {
            e.day = .absolute(d.day)
            e.endDay = d.endDay
            end = d.end
            needsFollower = false
        }
        guard end > start, !needsFollower else { return nil }
        if case .shortYear? = e.year, e.month == nil, e.quarter == nil, e.half == nil { return nil }
        if !absoluteOnly, !e.hasEnd, let (withEnd, rangeEnd) = range(after: end, from: e) {
            return (withEnd, rangeEnd)
        }
        return (e, end)
    }

    /// True when a year, month or quarter word starts at `i` (지난해, 지난달, 지난 분기), which
    /// the direction words (지난, 다음) must not split.
    private func startsNamedPeriod(at i: Int) -> Bool {
        DatePatterns.yearWords.match(in: text, at: i) != nil
            || DatePatterns.monthWords.match(in: text, at: i) != nil
            || DatePatterns.quarterWords.match(in: text, at: i) != nil
            || DatePatterns.discourseYears.match(in: text, at: i) != nil
    }

    /// "~29일", "부터 5월 2일까지", "~2026년" after a date of the same grain: the expression with its end.
    private func range(after end: Int, from start: DateExpression) -> (DateExpression, Int)? {
        var k = text.skipSpaces(from: end)
        if DateScalarReader.isRangeSeparator(text[k]) {
            k = text.skipSpaces(from: k + 1)
        } else if text[k] == "부", text[k + 1] == "터" {
            k = text.skipSpaces(from: k + 2)
        } else {
            return nil
        }
        guard let (tail, tailEnd) = chain(at: k, absoluteOnly: true), tail.grain == start.grain else { return nil }
        var e = start
        func absolute(_ field: DateExpression.Field?) -> Int? {
            if case .absolute(let v)? = field { return v }
            return nil
        }
        switch start.grain {
        case .day:
            guard case .absolute(let day)? = tail.day else { return nil }
            e.endDay = day
            e.endMonth = absolute(tail.month)
            e.endYear = absolute(tail.year)
        case .month:
            e.endMonth = absolute(tail.month)
            e.endYear = absolute(tail.year)
        case .quarter:
            e.endQuarter = absolute(tail.quarter)
            e.endYear = absolute(tail.year)
        case .year:
            e.endYear = absolute(tail.year)
        case .half:
            return nil
        }
        guard e.hasEnd else { return nil }
        return (e, tailEnd)
    }

    // MARK: Components

    /// "N unit" or "N~M unit" at `i`: the numbers, the first one's digit count, and the index after the unit.
    private func numbered(at i: Int, maxDigits: Int, unit: [Unicode.Scalar], allowRange: Bool)
        -> (first: Int, digits: Int, second: Int?, end: Int, spaced: Bool)? {
        guard text.numberMayStart(at: i), let (first, digits, numberEnd) = text.number(at: i, maxDigits: maxDigits) else { return nil }
        var k = text.skipSpaces(from: numberEnd)
        var spaced = k > numberEnd
        var second: Int?
        if allowRange, DateScalarReader.isRangeSeparator(text[k]) {
            let k2 = text.skipSpaces(from: k + 1)
            guard let (value, secondDigits, secondEnd) = text.number(at: k2, maxDigits: maxDigits),
                  digits < 4 || secondDigits == 4 else { return nil }
            second = value
            k = text.skipSpaces(from: secondEnd)
            spaced = k > secondEnd
        }
        guard text.matches(unit, at: k) else { return nil }
        return (first, digits, second, k + unit.count, spaced)
    }

    /// The units `numbered` reads, as scalars once rather than converted at every call.
    private enum Unit {
        static let year = Array("년".unicodeScalars)
        static let month = Array("월".unicodeScalars)
        static let quarter = Array("분기".unicodeScalars)
        static let day = Array("일".unicodeScalars)
    }

    /// A year: 2024년, 2024년도, '24년, 2024~2026년, or a word (올해, 지난해, 내년, 같은 해, "올 ").
    func year(at i: Int, wordsAllowed: Bool) -> Part? {
        if wordsAllowed {
            if let (v, e) = DatePatterns.yearWords.match(in: text, at: i), text.wordMayEnd(at: e, extra: DatePatterns.yearTail) {
                return Part(field: .relative(v), end: e, isWord: true)
            }
            if let (v, e) = DatePatterns.discourseYears.match(in: text, at: i), text.wordMayEnd(at: e, extra: DatePatterns.yearTail) {
                return Part(field: .discourse(v), end: e, isWord: true)
            }
            if text[i] == "올", DateScalarReader.isSpace(text[i + 1]) {
                return Part(field: .relative(0), end: i + 1, isWord: true)
            }
        }
        var j = i
        if text[j] == "'" || text[j] == "’" { j += 1 }
        guard let n = numbered(at: j, maxDigits: 4, unit: Unit.year, allowRange: true),
              text.wordMayEnd(at: n.end, extra: DatePatterns.yearTail) else { return nil }
        let end = text[n.end] == "도" ? n.end + 1 : n.end
        switch n.digits {
        case 4:
            guard (1000...2999).contains(n.first) else { return nil }
            if let second = n.second, !(second > n.first && second <= 2999) { return nil }
            return Part(field: .absolute(n.first), endValue: n.second, end: end)
        case 2 where n.second == nil:
            return Part(field: .shortYear(n.first), end: end)
        default:
            return nil
        }
    }

    /// A month: 3월, 3~4월, or a word (지난달, 이달, 다음 달).
    func month(at i: Int, wordsAllowed: Bool) -> Part? {
        if wordsAllowed, let (v, e) = DatePatterns.monthWords.match(in: text, at: i),
           text.wordMayEnd(at: e, extra: DatePatterns.monthTail) {
            return Part(field: .relative(v), end: e, isWord: true)
        }
        guard let n = numbered(at: i, maxDigits: 2, unit: Unit.month, allowRange: true),
              (1...12).contains(n.first), n.second.map({ (1...12).contains($0) }) ?? true,
              text.wordMayEnd(at: n.end, extra: DatePatterns.monthTail) else { return nil }
        return Part(field: .absolute(n.first), endValue: n.second, end: n.end)
    }

    /// A quarter: 1분기, 1~3분기, 삼분기, or a word (지난 분기, 이번 분기).
    func quarter(at i: Int, wordsAllowed: Bool) -> Part? {
        let tail = DatePatterns.periodTail
        if wordsAllowed, let (v, e) = DatePatterns.quarterWords.match(in: text, at: i), text.wordMayEnd(at: e, extra: tail) {
            return Part(field: .relative(v), end: e, isWord: true)
        }
        if text.wordMayStart(at: i), let (v, e) = DatePatterns.quarterNames.match(in: text, at: i), text.wordMayEnd(at: e, extra: tail) {
            return Part(field: .absolute(v), end: e)
        }
        guard let n = numbered(at: i, maxDigits: 1, unit: Unit.quarter, allowRange: true),
              (1...4).contains(n.first), n.second.map({ (1...4).contains($0) }) ?? true,
              text.wordMayEnd(at: n.end, extra: tail), !durationFollows(n.end) else { return nil }
        return Part(field: .absolute(n.first), endValue: n.second, end: n.end)
    }

    /// 상반기 (1) or 하반기 (2).
    func half(at i: Int) -> (Int, Int)? {
        guard let (v, e) = DatePatterns.halves.match(in: text, at: i),
              text.wordMayEnd(at: e, extra: DatePatterns.periodTail) else { return nil }
        return (v, e)
    }

    /// A day: 19일, 24~29일, "5 일" (a line break joined). `bare` is true when no month or
    /// direction stands before it, so that "주 5일" and "약 3일" are counts. After a month the day
    /// is a day whatever follows ("3월 1일 새 학기": 새 is no "3일 새", within three days).
    func day(at i: Int, bare: Bool, afterMonth: Bool = false) -> (day: Int, endDay: Int?, end: Int)? {
        guard let n = numbered(at: i, maxDigits: 2, unit: Unit.day, allowRange: true),
              (1...31).contains(n.first), n.second.map({ (1...31).contains($0) }) ?? true,
              text.wordMayEnd(at: n.end, extra: n.spaced ? [] : DatePatterns.dayTail),
              afterMonth || !durationFollows(n.end) else { return nil }
        if bare, DatePatterns.countLeads.contains(text.hangulWord(before: i)) {
            return nil
        }
        return (n.first, n.second, n.end)
    }

    /// 월요일 … 일요일 at `i`.
    func weekday(at i: Int) -> (Int, Int)? {
        guard let (v, e) = DatePatterns.weekdays.match(in: text, at: i), text.wordMayEnd(at: e) else { return nil }
        return (v, e)
    }

    /// True when the word after "N일 " or "N분기 " makes it a length of time or a count: 동안,
    /// 만에, 연속, 이상 ….
    private func durationFollows(_ end: Int) -> Bool {
        let k = text.skipSpaces(from: end)
        guard k > end else { return false }
        // "1일 2회": a dose or frequency.
        if let (_, _, countEnd) = text.number(at: k, maxDigits: 3),
           text[countEnd] == "회" || text[countEnd] == "번" || text[countEnd] == "알" || text[countEnd] == "정" {
            return true
        }
        let word = text.hangulWord(at: k)
        if DatePatterns.durationWords.contains(word) { return true }
        return DatePatterns.durationPrefixes.contains { word.starts(with: $0) }
    }
}
