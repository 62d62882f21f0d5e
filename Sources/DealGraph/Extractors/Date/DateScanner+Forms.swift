/// The rules that stand alone: numeric dates, named days (이날, 어제) and offsets (3일 전).
extension DateScanner {
    /// `2024.3.5`, `2024. 03. 05.`, `2024-03-05`, `2024/03/05`. A date followed by a clock time
    /// ("2024.03.05 10:15", "2024-03-05T10:15") is a stamp of the page and is skipped.
    func numericDate(at i: Int) -> Step? {
        guard text.numberMayStart(at: i),
              let (year, digits, yearEnd) = text.number(at: i, maxDigits: 4), digits == 4,
              (1000...2999).contains(year), let separator = text[yearEnd],
              separator == "." || separator == "-" || separator == "/" else { return nil }
        let dotted = separator == "."
        var k = dotted ? text.skipSpaces(from: yearEnd + 1) : yearEnd + 1
        guard let (month, _, monthEnd) = text.number(at: k, maxDigits: 2), text[monthEnd] == separator else { return nil }
        k = dotted ? text.skipSpaces(from: monthEnd + 1) : monthEnd + 1
        guard let (day, _, dayEnd) = text.number(at: k, maxDigits: 2),
              CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        var end = dayEnd
        if dotted, text[end] == "." {
            // "2024.3.5.1" is a version number, not a date.
            if DateScalarReader.isDigit(text[end + 1]) { return nil }
            end += 1
        }
        if DateScalarReader.isDigit(text[end]) { return nil }
        if text[dayEnd] == "T", DateScalarReader.isDigit(text[dayEnd + 1]) { return .skip(to: dayEnd + 1) }
        let t = text.skipSpaces(from: end)
        if let (_, _, hourEnd) = text.number(at: t, maxDigits: 2), text[hourEnd] == ":",
           DateScalarReader.isDigit(text[hourEnd + 1]) {
            return .skip(to: hourEnd + 1)
        }
        var e = DateExpression()
        e.year = .absolute(year)
        e.month = .absolute(month)
        e.day = .absolute(day)
        return finish(e, from: i, to: end)
    }

    /// 이날, 같은 날, 당일, 전날, 다음 날 (days from the day already named); 오늘, 어제, 그제,
    /// 내일, 모레 (days from the publication day).
    func namedDay(at i: Int) -> Step? {
        guard text.wordMayStart(at: i) else { return nil }
        if let (offset, end) = DatePatterns.discourseDays.match(in: text, at: i), text.wordMayEnd(at: end) {
            // "선거 전날" counts from the election: a shifted day needs a clause start before it.
            if offset != 0, !clauseStarts(before: i) { return nil }
            var e = DateExpression()
            e.day = .discourse(offset)
            e.relative = true
            return finish(e, from: i, to: end)
        }
        if let (offset, end) = DatePatterns.dayWords.match(in: text, at: i), text.wordMayEnd(at: end) {
            var e = DateExpression()
            e.day = .offset(offset)
            e.relative = true
            return finish(e, from: i, to: end)
        }
        return nil
    }

    /// `N일 전/후/뒤`, `N주(일) 전/후`, `N개월 뒤`, `N달 후`, `N년 전`. Approximate figures
    /// ("250여 년 전", "약 3년 전") are skipped: they name no date honestly. "12일 전 세계" is the 12th,
    /// so "N일 전" with N ≤ 31 needs a particle or punctuation right after 전.
    func offset(at i: Int) -> Step? {
        guard text.numberMayStart(at: i), let (n, _, numberEnd) = text.number(at: i, maxDigits: 3), n > 0 else { return nil }
        var k = numberEnd
        var approximate = false
        if text[k] == "여" {
            approximate = true
            k += 1
        }
        k = text.skipSpaces(from: k)
        enum Unit { case day, week, month, year }
        let unit: Unit
        var unitEnd = k + 1
        switch text[k] {
        case "일": unit = .day
        case "주":
            unit = .week
            if text[unitEnd] == "일" { unitEnd += 1 }
        case "개" where text[k + 1] == "월":
            unit = .month
            unitEnd += 1
        case "달": unit = .month
        case "년": unit = .year
        default: return nil
        }
        let d = text.skipSpaces(from: unitEnd)
        let sign: Int
        switch text[d] {
        case "전": sign = -1
        case "후", "뒤": sign = 1
        default: return nil
        }
        let end = d + 1
        guard text.wordMayEnd(at: end) else { return nil }
        if unit == .day, sign < 0, n <= 31, !approximate, DateScalarReader.isSpace(text[end]) {
            return nil
        }
        if approximate || DatePatterns.approximateLeads.contains(text.hangulWord(before: i)) { return .skip(to: end) }
        var e = DateExpression()
        e.relative = true
        switch unit {
        case .day: e.day = .offset(sign * n)
        case .week: e.day = .offset(sign * 7 * n)
        case .month: e.month = .relative(sign * n)
        case .year: e.year = .relative(sign * n)
        }
        return finish(e, from: i, to: end)
    }

    /// True when a clause starts right before `i`: the text start, punctuation, or a particle or
    /// ending (은/는/이/가/도/서/고/며/면/에).
    private func clauseStarts(before i: Int) -> Bool {
        let j = text.skipSpacesBackward(from: i)
        guard j >= 0, let c = text[j] else { return true }
        guard DateScalarReader.isHangul(c) else { return !DateScalarReader.isDigit(c) }
        return Self.clauseEndings.contains(c)
    }

    private static let clauseEndings: ScalarSet = ["은", "는", "이", "가", "도", "서", "고", "며", "면", "에", "엔", "다"]
}
