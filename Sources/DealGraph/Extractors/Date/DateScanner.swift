/// A date phrase found in one sentence: its local scalar range and what it says.
struct DateMatch: Equatable, Sendable {
    /// Scalars of the sentence the phrase covers, suffixes such as "(현지시간)" and "(화)" included.
    var range: Range<Int>
    var expression: DateExpression
    /// "(현지시간)", "현지 시각 7일": the day is the local one abroad.
    var localTime = false
    /// "(이하 현지 시각)": the later dates of the text are local too.
    var localHereafter = false
    /// The day dates a report ("…했다고 12일 밝혔다") rather than the event itself.
    var isAnnouncement = false
    /// The clause after the phrase is in the past tense.
    var pastTense = false
    /// The clause after the phrase speaks of a plan (예정, 계획, -ㄹ 것).
    var futureCue = false
}

/// Finds the date phrases of one sentence in a single left-to-right pass over its scalars.
///
/// At each position the scanner tries the rules that can start there (a digit, or a Hangul word
/// start), each with a bounded look-ahead, and jumps past what it matched: the scan is linear in
/// the sentence length. It resolves nothing; `DateResolver` does, with the publication day.
///
/// Rules, in the order they are tried at a position:
/// - numeric dates: `2024.3.5`, `2024. 03. 05.`, `2024-03-05`, `2024/03/05` (stamps with a clock
///   time, "2024-03-05 10:15", are skipped);
/// - discourse and relative day words: 이날, 같은 날, 당일, 전날, 오늘, 어제, 그제, 내일, 모레;
/// - offsets: `N일 전/후`, `N주 뒤`, `N개월 뒤`, `N년 전` ("250여 년 전" is skipped as approximate);
/// - the chain `[지난|오는] [year] [month [day] | quarter | half | day]`, with year words (올해,
///   지난해, 내년), month words (지난달, 이달, 다음 달), week words with a weekday (지난주 금요일),
///   ranges ("4월 24~29일", "24일부터 29일까지", "2024~2026년");
/// - then suffixes: "(현지시간)", "(이하 현지 시각)", "(화)", "화요일".
struct DateScanner {
    let text: DateScalarReader
    /// `DatePatterns.hangulDateStartPairs`, read once per sentence rather than at every scalar.
    private let hangulDateStartPairs = DatePatterns.hangulDateStartPairs

    init(_ scalars: [Unicode.Scalar]) {
        text = DateScalarReader(scalars)
    }

    init(_ string: String) {
        text = DateScalarReader(string)
    }

    /// What a rule read at a position: a date, or a stretch to skip (a stamp, an approximate span).
    enum Step {
        case mention(DateMatch)
        case skip(to: Int)
    }

    /// Every date phrase of the sentence, in text order, without overlaps.
    func scan() -> [DateMatch] {
        // Built at the first date only: most sentences have none.
        var cues: DateTenseCues? = nil
        var found: [DateMatch] = []
        var i = 0
        while i < text.count {
            guard mayStart(at: i), let step = parse(at: i) else {
                i += 1
                continue
            }
            switch step {
            case .skip(let end):
                i = max(end, i + 1)
            case .mention(var match):
                if cues == nil { cues = DateTenseCues(text) }
                let tense = cues!.cues(after: match.range.upperBound)
                match.pastTense = tense.past
                match.futureCue = tense.future
                found.append(match)
                i = max(match.range.upperBound, i + 1)
            }
        }
        return found
    }

    /// A cheap test: can any rule start at `i`? Asked at every scalar, so inlined.
    @inline(__always)
    private func mayStart(at i: Int) -> Bool {
        let c = text[i]
        if DateScalarReader.isDigit(c) { return text.numberMayStart(at: i) }
        if c == "'" || c == "’" { return DateScalarReader.isDigit(text[i + 1]) }
        guard let c, DateScalarReader.isHangul(c) else { return false }
        return text.wordMayStart(at: i) && hangulDateStartPairs.contains(c, followedBy: text[i + 1])
    }

    /// The date phrase starting at `i`, with a leading "현지시간(으로)" when there is one.
    func parse(at i: Int) -> Step? {
        if let (_, markerEnd) = DatePatterns.localTime.match(in: text, at: i) {
            var j = text.skipSpaces(from: markerEnd)
            if let (_, linkEnd) = DatePatterns.localTimeLinks.match(in: text, at: j) {
                j = text.skipSpaces(from: linkEnd)
            }
            guard j > i, case .mention(var match)? = parseDate(at: j) else { return nil }
            match.range = i..<match.range.upperBound
            match.localTime = true
            return .mention(match)
        }
        return parseDate(at: i)
    }

    private func parseDate(at i: Int) -> Step? {
        if DateScalarReader.isDigit(text[i]) {
            if let step = numericDate(at: i) { return step }
            if let step = offset(at: i) { return step }
        } else if DateScalarReader.isHangul(text[i]) {
            if let step = namedDay(at: i) { return step }
        }
        guard let (expression, end) = chain(at: i, absoluteOnly: false) else { return nil }
        return finish(expression, from: i, to: end)
    }

    /// Wraps a parsed expression: skips byline stamps, reads suffixes, marks announcement days.
    func finish(_ expression: DateExpression, from start: Int, to end: Int) -> Step {
        if isStamped(before: start) { return .skip(to: end) }
        var match = DateMatch(range: start..<end, expression: expression)
        readSuffixes(&match)
        if expression.grain == .day {
            let k = text.skipSpaces(from: match.range.upperBound)
            match.isAnnouncement = DatePatterns.announcementVerbs.contains { text.matches($0, at: k) }
        }
        return .mention(match)
    }

    /// True when a stamp label ("입력", "수정 :") stands right before `start`.
    private func isStamped(before start: Int) -> Bool {
        var j = start - 1
        while let c = text[j], DateScalarReader.isSpace(c) || c == ":" || c == "：" { j -= 1 }
        let end = j + 1
        return DatePatterns.stampLabels.contains { label in
            text.matches(label, endingAt: end) && text.wordMayStart(at: end - label.count)
        }
    }

    /// Reads "(현지시간)", "(이하 현지 시각)", "(화)", " 화요일" and ", 현지시간" after a date.
    private func readSuffixes(_ match: inout DateMatch) {
        var end = match.range.upperBound
        let hasDay = match.expression.day != nil
        for _ in 0..<3 {
            let k = text.skipSpaces(from: end)
            if k - end > 1 { break }
            if text[k] == "(" || text[k] == "（" {
                guard let close = closingParenthesis(after: k) else { break }
                let inside = (k + 1)..<close
                if hasDay, isWeekdayNote(inside) {
                    end = close + 1
                    continue
                }
                if contains(Self.local, in: inside) {
                    match.localTime = true
                    if contains(Self.hereafter, in: inside) { match.localHereafter = true }
                    end = close + 1
                    continue
                }
                break
            }
            if text[k] == ",", let (_, e) = DatePatterns.localTime.match(in: text, at: text.skipSpaces(from: k + 1)) {
                match.localTime = true
                end = e
                continue
            }
            if hasDay, let (_, e) = DatePatterns.weekdays.match(in: text, at: k), text.wordMayEnd(at: e) {
                end = e
                continue
            }
            if hasDay, localAfterTimeOfDay(from: k) { match.localTime = true }
            break
        }
        match.range = match.range.lowerBound..<end
    }

    /// True for "오후 3시(현지시간)" at `k`: a time of day, then a note that says the time is local.
    private func localAfterTimeOfDay(from k: Int) -> Bool {
        var j = k
        while j < text.count, j - k < 16, let c = text[j],
              DateScalarReader.isDigit(c) || DateScalarReader.isSpace(c) || DatePatterns.timeOfDayScalars.contains(c) {
            j += 1
        }
        guard j > k, text[j] == "(" || text[j] == "（", let close = closingParenthesis(after: j) else { return false }
        return contains(Self.local, in: (j + 1)..<close)
    }

    /// The index of the ")" that closes the "(" at `open`, within a short note without digits.
    private func closingParenthesis(after open: Int) -> Int? {
        var j = open + 1
        while j < text.count, j - open <= 20 {
            let c = text[j]!
            if c == ")" || c == "）" { return j }
            if c == "(" || DateScalarReader.isDigit(c) { return nil }
            j += 1
        }
        return nil
    }

    /// "화", "화요일" (spaces allowed around).
    private func isWeekdayNote(_ range: Range<Int>) -> Bool {
        let start = text.skipSpaces(from: range.lowerBound)
        var end = range.upperBound
        while end > start, DateScalarReader.isSpace(text[end - 1]) { end -= 1 }
        if end - start == 1, let c = text[start] { return DatePatterns.weekdayAbbreviations[c] != nil }
        if let (_, e) = DatePatterns.weekdays.match(in: text, at: start) { return e == end }
        return false
    }

    private static let local = Array("현지".unicodeScalars)
    private static let hereafter = Array("이하".unicodeScalars)

    private func contains(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard range.count >= scalars.count else { return false }
        for i in range.lowerBound...(range.upperBound - scalars.count) where text.matches(scalars, at: i) {
            return true
        }
        return false
    }
}
