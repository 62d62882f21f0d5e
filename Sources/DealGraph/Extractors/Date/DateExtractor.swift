/// Extracts the dates of an article: absolute, partial, relative to the publication day, ranges,
/// and discourse days ("이날"), each resolved against the publication day.
public enum DateExtractor {
    /// Dates of every sentence that is not a repeat (sentence.repeats == nil), in text order, ids "t1", "t2", …,
    /// resolved against `reference` (the publication day); without it, partial dates keep value nil and their known fields.
    /// "이날/같은 날/당일" resolve to the last explicit day before them in the text, or to the publication
    /// day when the text has named none before them. When that day dates a
    /// report ("…체결됐다고 17일 밝혔다") and the same sentence named the event's own day before it
    /// ("16일(현지시간) …"), they resolve to the event's day.
    public static func extract(from sentences: [Sentence], source: SourceText, reference: CalendarDay?) -> [DateMention] {
        var mentions: [DateMention] = []
        var antecedentDay: CalendarDay?
        var antecedentYear: Int?
        var localHereafter = false
        for sentence in sentences where sentence.repeats == nil {
            var sentenceDay: CalendarDay?
            var sentenceEventDay: CalendarDay?
            let matches = DateScanner(sentence.scalars).scan()
            for (n, match) in matches.enumerated() {
                let context = DateResolver.Context(
                    reference: reference,
                    // Before any day is named, "이날" is the day of the report.
                    antecedentDay: sentenceEventDay ?? sentenceDay ?? antecedentDay ?? reference,
                    antecedentYear: antecedentYear,
                    pastTense: match.pastTense,
                    futureCue: match.futureCue)
                // "전날인 25일", "이튿날인 6일": a discourse day the text then names is that day.
                let named = n + 1 < matches.count && Self.namesDayAfter(match, matches[n + 1], in: sentence.scalars)
                    ? DateResolver.resolve(matches[n + 1].expression, in: DateResolver.Context(
                        reference: reference, antecedentDay: context.antecedentDay, antecedentYear: antecedentYear,
                        pastTense: matches[n + 1].pastTense, futureCue: matches[n + 1].futureCue))
                    : nil
                guard let resolution = named ?? DateResolver.resolve(match.expression, in: context) else { continue }
                localHereafter = localHereafter || match.localHereafter
                mentions.append(DateMention(
                    id: "t\(mentions.count + 1)",
                    value: resolution.value,
                    grain: resolution.grain,
                    end: resolution.end,
                    year: resolution.year,
                    month: resolution.month,
                    day: resolution.day,
                    relative: match.expression.relative,
                    localTime: match.localTime || (localHereafter && resolution.grain == .day),
                    span: sentence.span(of: match.range, in: source)))
                // "2025년 4월 1일부터 2026년 9월 30일까지": the last day is a date the text names too,
                // listed after the range with the words that name it.
                if resolution.grain == .day, let end = resolution.end, end.count == 10,
                   let endStart = Self.rangeEndStart(sentence.scalars, match.range) {
                    mentions.append(DateMention(
                        id: "t\(mentions.count + 1)", value: end, grain: .day, relative: match.expression.relative,
                        localTime: mentions[mentions.count - 1].localTime,
                        span: sentence.span(of: endStart..<match.range.upperBound, in: source)))
                }
                if match.expression.year != nil, let year = resolution.resolvedYear { antecedentYear = year }
                // ("…운항을 오는 9월 1일부터 늘린다. 같은 날 …": a day a period starts from is no day
                // of an event for "같은 날" to refer to)
                if match.expression.isExplicitDay, let day = resolution.calendarDay,
                   !Self.startsPeriod(sentence.scalars, after: match.range) {
                    sentenceDay = day
                    if !match.isAnnouncement { sentenceEventDay = day }
                    antecedentYear = antecedentYear ?? day.year
                }
            }
            if let day = sentenceEventDay ?? sentenceDay { antecedentDay = day }
        }
        return mentions
    }

    /// Whether `next` names the discourse day `match` ("전날인 25일"): 인 and a space between them,
    /// and a day named outright after.
    private static func namesDayAfter(_ match: DateMatch, _ next: DateMatch, in s: [Unicode.Scalar]) -> Bool {
        guard case .discourse? = match.expression.day, next.expression.isExplicitDay,
              next.range.lowerBound >= match.range.upperBound else { return false }
        let gap = match.range.upperBound..<next.range.lowerBound
        return gap.count == 2 && s[gap.lowerBound] == "인" && ScalarKind.isSpace(s[gap.lowerBound + 1])
    }

    /// Whether "부터" follows the date at `range` (glued or read with it): "오는 9월 1일부터".
    static func startsPeriod(_ scalars: [Unicode.Scalar], after range: Range<Int>) -> Bool {
        let end = range.upperBound
        if end >= 2, end <= scalars.count, scalars[end - 2] == "부", scalars[end - 1] == "터" { return true }
        return end + 1 < scalars.count && scalars[end] == "부" && scalars[end + 1] == "터"
    }

    /// Where the last day of a range starts: after the last "부터", "~" or dash inside it, spaces
    /// skipped ("24~29일" → 29일).
    static func rangeEndStart(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var i = range.upperBound - 1
        while i > range.lowerBound {
            let c = scalars[i]
            var after: Int?
            if c == "~" || c == "∼" || c == "～" || c == "–" || c == "-" { after = i + 1 }
            if c == "터", scalars[i - 1] == "부" { after = i + 1 }
            if var start = after {
                while start < range.upperBound, ScalarKind.isSpace(scalars[start]) { start += 1 }
                return start < range.upperBound ? start : nil
            }
            i -= 1
        }
        return nil
    }

    /// The dates of one plain string, as if it were a whole article (for tests and tools).
    static func extract(from text: String, reference: CalendarDay?) -> [DateMention] {
        let sentence = Sentence(text)
        return extract(from: [sentence], source: SourceText(text), reference: reference)
    }
}
