/// The word tables of the date rules: data only, read by `DateScanner`.
///
/// A space in a word matches any whitespace or none ("다음 달" = "다음달"). Offsets count from the
/// publication day (days, weeks, months, years) or, for discourse words, from the day the text
/// last named.
enum DatePatterns {
    // MARK: Relative to the publication day

    /// Days named relative to the publication day: offset in days.
    static let dayWords = DateWordTable<Int>([
        ("오늘", 0), ("금일", 0),
        ("어제", -1), ("그제", -2), ("그저께", -2), ("엊그제", -2), ("엊그저께", -2),
        ("내일", 1), ("모레", 2), ("내일모레", 2), ("글피", 3),
    ])

    /// Months named relative to the publication month: offset in months.
    static let monthWords = DateWordTable<Int>([
        ("지난 달", -1), ("저번 달", -1), ("지지난 달", -2),
        ("이달", 0), ("이번 달", 0), ("금월", 0),
        ("다음 달", 1), ("내달", 1), ("오는 달", 1),
    ])

    /// Years named relative to the publication year: offset in years.
    static let yearWords = DateWordTable<Int>([
        ("올해", 0), ("금년", 0), ("올 해", 0),
        ("지난 해", -1), ("작년", -1), ("재작년", -2), ("지지난해", -2),
        ("내년", 1), ("내후년", 2),
    ])

    /// Weeks named relative to the publication week (ISO weeks, Monday first): offset in weeks.
    static let weekWords = DateWordTable<Int>([
        ("지난 주", -1), ("저번 주", -1), ("지지난 주", -2),
        ("이번 주", 0), ("금주", 0),
        ("다음 주", 1), ("오는 주", 1), ("다다음 주", 2),
    ])

    /// Quarters named relative to the publication quarter: offset in quarters.
    static let quarterWords = DateWordTable<Int>([
        ("지난 분기", -1), ("직전 분기", -1), ("전 분기", -1),
        ("이번 분기", 0),
        ("다음 분기", 1),
    ])

    /// Words that point a day, month or weekday into the past (-1), the future (+1), or this week (0).
    static let directions = DateWordTable<Int>([
        ("지난", -1), ("저번", -1), ("지지난", -1),
        ("오는", 1), ("다가오는", 1), ("다음", 1), ("돌아오는", 1),
        ("이번", 0),
    ])

    // MARK: Relative to the day already named

    /// Discourse days: offset in days from the last explicit day of the text.
    static let discourseDays = DateWordTable<Int>([
        ("이날", 0), ("같은 날", 0), ("당일", 0), ("그날", 0),
        ("전날", -1), ("하루 전날", -1),
        ("다음 날", 1), ("이튿날", 1), ("익일", 1), ("이튿 날", 1),
    ])

    /// Discourse years: offset in years from the last year the text named.
    static let discourseYears = DateWordTable<Int>([
        ("같은 해", 0), ("그해", 0), ("그 해", 0), ("이듬해", 1), ("그 이듬해", 1), ("그다음 해", 1), ("다음 해", 1),
    ])

    // MARK: Units and names

    /// Quarters written with Sino-Korean numerals ("삼분기").
    static let quarterNames = DateWordTable<Int>([
        ("일분기", 1), ("이분기", 2), ("삼분기", 3), ("사분기", 4),
    ])

    /// Halves of a year.
    static let halves = DateWordTable<Int>([
        ("상반기", 1), ("하반기", 2), ("전반기", 1), ("후반기", 2),
    ])

    /// Weekdays, 0 = Monday … 6 = Sunday (as `CalendarDay.weekday`).
    static let weekdays = DateWordTable<Int>([
        ("월요일", 0), ("화요일", 1), ("수요일", 2), ("목요일", 3), ("금요일", 4), ("토요일", 5), ("일요일", 6),
    ])

    /// One-syllable weekdays as written in parentheses after a day ("5일(화)").
    static let weekdayAbbreviations: [Unicode.Scalar: Int] = [
        "월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6,
    ]

    /// "현지시간", "현지 시각": the day is the local one abroad.
    static let localTime = DateWordTable<Bool>([
        ("현지 시간", true), ("현지 시각", true), ("현지 기준", true),
    ])

    /// Words allowed between a leading local-time marker and its date ("현지시간으로 7일").
    static let localTimeLinks = DateWordTable<Bool>([
        ("으로", true), ("기준", true), ("기준으로", true),
    ])

    /// The first two scalars a date can start with at a Hangul word: those of the tables the
    /// rules read first (`DateScanner.parse`), and 올 and a space ("올 3월"). The scanner passes
    /// other words by without asking each table: most words that start like a date ("이어" like
    /// "이번", "지원" like "지난") differ in their second scalar.
    static let hangulDateStartPairs = DateStartPairs(
        [localTime.words, discourseDays.words, dayWords.words, weekWords.words, yearWords.words,
         monthWords.words, quarterWords.words, discourseYears.words, directions.words,
         quarterNames.words, halves.words].joined(),
        // "올 3월": 올 then a space.
        spaced: ["올"])

    // MARK: What may follow a date

    /// Particles and endings that may be glued to a date word or unit ("5일부터", "올해는");
    /// see `DateScalarReader.wordMayEnd` for 부, 까, 보 and 처.
    static let particles: ScalarSet = [
        "은", "는", "이", "가", "을", "를", "의", "에", "엔", "도", "로", "과", "와",
        "께", "쯤", "경", "중", "인", "보", "처", "뿐",
    ]

    /// Extra syllables that may follow "N일": 5일자, 5일날, 5일밤, 5일오전, 5일새벽 ….
    static let dayTail: ScalarSet = ["자", "날", "밤", "낮", "오", "새", "저", "아"]

    /// Extra syllables that may follow "N월" or a month word: 3월말, 3월초, 3월하순, 3월상순.
    static let monthTail: ScalarSet = ["말", "초", "하", "상"]

    /// Extra syllables that may follow a quarter or a half: 1분기말, 상반기초.
    static let periodTail: ScalarSet = ["말", "초"]

    /// Extra syllables that may follow "N년": 2024년도, 2024년말, 2024년상반기.
    static let yearTail: ScalarSet = ["도", "말", "초", "상", "하", "들"]

    /// Words after "N일 " that make it a length of time or a count, not a day:
    /// 3일 동안, 3일 만에, 3일 연속, 5일 이상 ….
    static let durationWords = scalarPhrases(["간", "만", "째", "내", "안", "치", "여", "차", "새"])

    /// Word starts after "N일 " with the same effect ("동안에", "만에야", "이상의").
    static let durationPrefixes: [[Unicode.Scalar]] = [
        "동안", "만에", "만이", "연속", "이상", "이내", "내에", "내로", "안에", "안으로", "가량", "정도", "남짓",
        "넘게", "넘어", "넘는", "소요", "평균", "일정", "이하", "미만", "걸려", "걸쳐", "걸리", "걸린", "밖에",
        "뿐", "씩", "기간", "안팎", "내외", "남아", "남았", "남은",
    ].map { Array($0.unicodeScalars) }

    /// Words just before a bare "N일" that make it a count ("주 5일", "약 3일", "총 5일").
    static let countLeads = scalarPhrases(["주", "약", "총", "매월", "매달", "매주", "최대", "최소", "최장", "무려", "단", "불과"])

    /// Words just before "N년/N일 전" that make the figure approximate: nothing is resolved.
    static let approximateLeads = scalarPhrases(["약", "대략", "거의", "얼추", "근", "무려", "한"])

    /// Verbs that, right after a day, make it the day of the report rather than of the event
    /// ("…했다고 12일 밝혔다").
    static let announcementVerbs: [[Unicode.Scalar]] = [
        "밝혔", "밝히", "공시", "발표했", "발표하", "전했", "알렸", "말했", "설명했", "공개했", "보도했",
        "덧붙였", "강조했", "언급했", "공고했", "보고했", "전망했", "내다봤",
    ].map { Array($0.unicodeScalars) }

    /// Labels of publication stamps; a date right after one is a byline stamp, not a date of the body.
    static let stampLabels: [[Unicode.Scalar]] = [
        "입력", "기사입력", "최초입력", "수정", "최종수정", "승인", "기사승인", "등록", "발행", "발행일", "송고",
        "게재", "작성", "업데이트", "입력일", "수정일", "등록일", "게재일", "작성일", "최종 수정", "최초 입력",
    ].map { Array($0.unicodeScalars) }

    /// Words that speak of a plan wherever they stand ("출시 예정", "개막을 앞두고"); with them a
    /// partial date after the publication day is a coming one.
    static let planWords: [[Unicode.Scalar]] = [
        "예정", "앞두", "앞둔",
    ].map { Array($0.unicodeScalars) }

    /// Nouns that speak of a plan only after a future adnominal ("체결할 계획", "나설 방침",
    /// "늘어날 전망", "보고할 것"); "계획을 공개했다" is no plan for the date.
    static let planNouns: [[Unicode.Scalar]] = [
        "계획", "방침", "전망", "것", "목표", "예정",
    ].map { Array($0.unicodeScalars) }

    /// Times of day that may stand between a day and its "(현지시간)" ("7일 오후 3시(현지시간)").
    static let timeOfDayScalars: ScalarSet = [
        "오", "전", "후", "새", "벽", "아", "침", "저", "녁", "밤", "낮", "정", "시", "분", "반", "경", "께", "쯤", ":",
    ]

    /// How far ahead of the publication day an unmarked partial date may be read as coming
    /// when the sentence is not in the past tense.
    static let futureWindowDays = 14
    static let futureWindowMonths = 6
}
