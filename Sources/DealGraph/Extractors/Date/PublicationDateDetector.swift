/// Finds the publication day a page states about itself: HTML meta and `<time>` tags, JSON-LD,
/// and byline stamps ("입력 2024.03.05 10:15").
public enum PublicationDateDetector {
    /// How much a stamp is trusted: lower wins; within a rank the first in the text wins.
    enum Rank: Int, Comparable {
        /// article:published_time, datePublished, 입력, 기사입력, 등록, 발행.
        case published = 0
        /// `<time datetime>`, or an unlabelled "2024.03.05 10:15".
        case stamp = 1
        /// 승인 (approval, sometimes a later day).
        case approved = 2
        /// 수정, 최종수정, article:modified_time.
        case modified = 3

        static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The publication day stated by the page: HTML <meta property="article:published_time" content="2024-03-05T10:15:00+09:00">,
    /// <time datetime="…">, or text lines such as "입력 2024.03.05 10:15", "기사입력 2018-11-05 11:20", "승인 2023.11.07 09:30",
    /// "등록", "발행일", "입력 : 2024-03-05". Scans the whole ORIGINAL document text (including bylines the cleaner removes).
    /// Prefer 입력/기사입력/등록/발행/published_time over 수정/최종수정/승인 when several are present (승인/수정 may be a later day).
    public static func detect(in originalText: String) -> CalendarDay? {
        let text = DateScalarReader(originalText)
        var best: (rank: Rank, day: CalendarDay)?
        var i = 0
        while i < text.count {
            guard let (rank, day, end) = stamp(in: text, at: i) else {
                i += 1
                continue
            }
            if let day, best.map({ rank < $0.rank }) ?? true { best = (rank, day) }
            i = max(end, i + 1)
        }
        return best?.day
    }

    /// A stamp at `i`: its rank, its day (nil when the tag or label holds none), and where it ends.
    private static func stamp(in text: DateScalarReader, at i: Int) -> (Rank, CalendarDay?, Int)? {
        let c = text[i]!
        if c == "<" { return tag(in: text, at: i) }
        if c == "\"" {
            for (key, rank) in jsonKeys where text.matches(key, at: i) {
                var k = text.skipSpaces(from: i + key.count)
                guard text[k] == ":" else { return nil }
                k = text.skipSpaces(from: k + 1)
                guard text[k] == "\"", let (day, end) = calendarDay(in: text, at: k + 1) else { return nil }
                return (rank, day, end)
            }
            return nil
        }
        if DateScalarReader.isDigit(c) {
            // An unlabelled "2020.10.14 09:52" in a byline, or a portal's "2024.02.20. 오전 10:31".
            guard text.numberMayStart(at: i), let (day, end) = calendarDay(in: text, at: i) else { return nil }
            var t = text.skipSpaces(from: end)
            if text[t] == ".", t == end { t = text.skipSpaces(from: t + 1) }
            if let meridiem = NoiseRules.timeOfDayWords.first(where: { text.matches($0, at: t) }) {
                t = text.skipSpaces(from: t + meridiem.count)
            }
            guard t > end, let (_, _, hourEnd) = text.number(at: t, maxDigits: 2), text[hourEnd] == ":",
                  DateScalarReader.isDigit(text[hourEnd + 1]) else { return (.stamp, nil, end) }
            return (.stamp, day, hourEnd)
        }
        guard !DateScalarReader.isHangul(text[i - 1]), !DateScalarReader.isLatin(text[i - 1]),
              let (rank, labelEnd) = labels.match(in: text, at: i) else { return nil }
        var k = labelEnd
        while let s = text[k], k - labelEnd < 4, DateScalarReader.isSpace(s) || s == ":" || s == "：" || s == "|" { k += 1 }
        guard let (day, end) = calendarDay(in: text, at: k) else { return nil }
        return (rank, day, end)
    }

    // MARK: HTML

    /// `<meta … content>` and `<time datetime>`; other tags are passed over.
    private static func tag(in text: DateScalarReader, at i: Int) -> (Rank, CalendarDay?, Int)? {
        let name = lowercasedWord(in: text, at: i + 1)
        guard name == "meta" || name == "time" else { return nil }
        var close = i + 1
        while close < text.count, close - i < 2000, text[close] != ">" { close += 1 }
        guard text[close] == ">" else { return nil }
        let attributes = self.attributes(in: text, from: i + 1 + name.unicodeScalars.count, to: close)
        let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
        let rank: Rank
        let value: String?
        if name == "meta" {
            if publishedMeta.contains(key) { rank = .published } else if modifiedMeta.contains(key) { rank = .modified } else {
                return (.stamp, nil, close + 1)
            }
            value = attributes["content"]
        } else {
            rank = key == "datepublished" ? .published : key == "datemodified" ? .modified : .stamp
            value = attributes["datetime"]
        }
        guard let value else { return (rank, nil, close + 1) }
        return (rank, calendarDay(in: DateScalarReader(value), at: 0)?.day, close + 1)
    }

    private static func lowercasedWord(in text: DateScalarReader, at i: Int) -> String {
        var j = i
        var view = String.UnicodeScalarView()
        while let c = text[j], DateScalarReader.isLatin(c), j - i < 10 {
            view.append(c)
            j += 1
        }
        return String(view).lowercased()
    }

    /// `name="value"`, `name='value'` and `name=value` pairs of a tag; names lowercased.
    private static func attributes(in text: DateScalarReader, from start: Int, to end: Int) -> [String: String] {
        var result: [String: String] = [:]
        var i = start
        while i < end {
            while i < end, let c = text[i], DateScalarReader.isSpace(c) || c == "/" { i += 1 }
            let nameStart = i
            while i < end, let c = text[i], !DateScalarReader.isSpace(c), c != "=", c != "/" { i += 1 }
            let name = text.text(nameStart..<i).lowercased()
            guard i > nameStart else { i += 1; continue }
            i = text.skipSpaces(from: i)
            guard i < end, text[i] == "=" else { continue }
            i = text.skipSpaces(from: i + 1)
            var valueStart = i
            var valueEnd: Int
            if let quote = text[i], quote == "\"" || quote == "'" {
                valueStart = i + 1
                valueEnd = valueStart
                while valueEnd < end, text[valueEnd] != quote { valueEnd += 1 }
                i = valueEnd + 1
            } else {
                valueEnd = i
                while valueEnd < end, let c = text[valueEnd], !DateScalarReader.isSpace(c) { valueEnd += 1 }
                i = valueEnd
            }
            result[name] = text.text(valueStart..<valueEnd)
        }
        return result
    }

    // MARK: Dates in stamps

    /// `2024-03-05`, `2024.03.05`, `2024. 3. 5.`, `2024/03/05`, `2024년 3월 5일`, `24.03.05`, `20240305`.
    static func calendarDay(in text: DateScalarReader, at i: Int) -> (day: CalendarDay, end: Int)? {
        guard let (first, digits, firstEnd) = text.number(at: i, maxDigits: 8) else { return nil }
        if digits == 8 {
            guard let day = CalendarDay(year: first / 10000, month: first / 100 % 100, day: first % 100) else { return nil }
            return (day, firstEnd)
        }
        guard digits == 4 || digits == 2 else { return nil }
        let year = digits == 4 ? first : 2000 + first
        guard (1900...2199).contains(year) else { return nil }
        if text[firstEnd] == "년" || text[text.skipSpaces(from: firstEnd)] == "년" {
            var k = text.skipSpaces(from: text.skipSpaces(from: firstEnd) + 1)
            guard let (month, _, monthEnd) = text.number(at: k, maxDigits: 2) else { return nil }
            k = text.skipSpaces(from: monthEnd)
            guard text[k] == "월" else { return nil }
            k = text.skipSpaces(from: k + 1)
            guard let (day, _, dayEnd) = text.number(at: k, maxDigits: 2) else { return nil }
            k = text.skipSpaces(from: dayEnd)
            guard text[k] == "일", let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return (date, k + 1)
        }
        guard let separator = text[firstEnd], separator == "." || separator == "-" || separator == "/" else { return nil }
        var k = text.skipSpaces(from: firstEnd + 1)
        guard let (month, _, monthEnd) = text.number(at: k, maxDigits: 2), text[monthEnd] == separator else { return nil }
        k = text.skipSpaces(from: monthEnd + 1)
        guard let (day, _, dayEnd) = text.number(at: k, maxDigits: 2),
              let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        return (date, dayEnd)
    }

    // MARK: Tables

    /// Byline labels and their rank.
    private static let labels = DateWordTable<Rank>([
        ("입력", .published), ("기사입력", .published), ("최초입력", .published), ("최초 입력", .published),
        ("입력일", .published), ("입력일시", .published), ("등록", .published), ("등록일", .published),
        ("등록일시", .published), ("발행", .published), ("발행일", .published), ("게재", .published),
        ("게재일", .published), ("송고", .published), ("작성", .published), ("작성일", .published),
        ("Published", .published), ("published", .published), ("Posted", .published), ("posted", .published),
        ("승인", .approved), ("기사승인", .approved),
        ("수정", .modified), ("최종수정", .modified), ("최종 수정", .modified), ("수정일", .modified),
        ("업데이트", .modified), ("Updated", .modified), ("updated", .modified), ("Modified", .modified),
    ])

    private static let jsonKeys: [([Unicode.Scalar], Rank)] = [
        (Array("\"datePublished\"".unicodeScalars), .published),
        (Array("\"dateCreated\"".unicodeScalars), .published),
        (Array("\"dateModified\"".unicodeScalars), .modified),
    ]

    private static let publishedMeta: Set<String> = [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "article.published",
        "dc.date.issued", "dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
    ]

    private static let modifiedMeta: Set<String> = [
        "article:modified_time", "og:updated_time", "article:updated_time", "datemodified", "lastmod",
        "dc.date.modified", "dcterms.modified",
    ]
}
