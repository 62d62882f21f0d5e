/// Currency words, signs and codes, each with the ISO 4217 code it stands for.
///
/// Korean copy writes the currency after the number (100억 원, 1,500만달러, 50억엔, 1000만
/// 캐나다 달러, 100 USD) and signs and codes before it ($15 million, USD 1.2 billion, €20,
/// ₩10,000). A currency word only counts at the end of a word: "3엔진", "2유로존" and
/// "1파운드리" are not money.
enum CurrencyLexicon {
    /// Currencies written after the number. A space in an entry matches zero or one space.
    static let after = ScalarLexicon<String>([
        ("원", "KRW"), ("원화", "KRW"), ("₩", "KRW"), ("￦", "KRW"), ("KRW", "KRW"),
        ("달러", "USD"), ("달러화", "USD"), ("불", "USD"), ("미국 달러", "USD"), ("미 달러", "USD"),
        ("US 달러", "USD"), ("$", "USD"), ("＄", "USD"), ("USD", "USD"),
        ("유로", "EUR"), ("유로화", "EUR"), ("€", "EUR"), ("EUR", "EUR"),
        ("엔", "JPY"), ("엔화", "JPY"), ("일본 엔", "JPY"), ("円", "JPY"), ("¥", "JPY"), ("￥", "JPY"), ("JPY", "JPY"),
        ("위안", "CNY"), ("위안화", "CNY"), ("중국 위안", "CNY"), ("元", "CNY"), ("CNY", "CNY"), ("RMB", "CNY"),
        ("파운드", "GBP"), ("파운드화", "GBP"), ("영국 파운드", "GBP"), ("£", "GBP"), ("￡", "GBP"), ("GBP", "GBP"),
        ("스위스 프랑", "CHF"), ("스위스 프랑화", "CHF"), ("CHF", "CHF"),
        ("캐나다 달러", "CAD"), ("CAD", "CAD"),
        ("호주 달러", "AUD"), ("AUD", "AUD"),
        ("싱가포르 달러", "SGD"), ("싱가폴 달러", "SGD"), ("SGD", "SGD"),
        ("홍콩 달러", "HKD"), ("HKD", "HKD"),
        ("대만 달러", "TWD"), ("뉴질랜드 달러", "NZD"),
        ("루블", "RUB"), ("루피", "INR"), ("디르함", "AED"), ("리얄", "SAR"), ("링깃", "MYR"),
        ("크로나", "SEK"), ("스웨덴 크로나", "SEK"), ("노르웨이 크로네", "NOK"), ("덴마크 크로네", "DKK"),
        ("즈워티", "PLN"), ("즐로티", "PLN"), ("코루나", "CZK"), ("체코 코루나", "CZK"), ("포린트", "HUF"),
        ("리라", "TRY"), ("헤알", "BRL"), ("바트", "THB"), ("루피아", "IDR"), ("멕시코 페소", "MXN"),
        ("필리핀 페소", "PHP"), ("베트남 동", "VND"), ("남아공 랜드", "ZAR"),
        ("dollars", "USD"), ("dollar", "USD"), ("won", "KRW"), ("euros", "EUR"), ("yen", "JPY"),
    ])

    /// Currencies written before the number.
    static let before = ScalarLexicon<String>([
        ("$", "USD"), ("＄", "USD"), ("US$", "USD"), ("USD", "USD"), ("미화", "USD"),
        ("₩", "KRW"), ("￦", "KRW"), ("KRW", "KRW"),
        ("€", "EUR"), ("EUR", "EUR"),
        ("¥", "JPY"), ("￥", "JPY"), ("JPY", "JPY"),
        ("CNY", "CNY"), ("RMB", "CNY"),
        ("£", "GBP"), ("￡", "GBP"), ("GBP", "GBP"),
        ("CHF", "CHF"), ("C$", "CAD"), ("CAD", "CAD"), ("A$", "AUD"), ("AUD", "AUD"),
        ("S$", "SGD"), ("SGD", "SGD"), ("HK$", "HKD"), ("HKD", "HKD"),
    ])

    /// Single syllables that may stick to a currency word: particles, amount suffixes and the
    /// copula (원을, 달러의, 원대, 엔화, 원씩, 원인 것으로, 척당 1930억원꼴, 410만달러였다, 15억
    /// 원입니다).
    static let attachedSyllables: ScalarSet = [
        "을", "를", "이", "가", "은", "는", "에", "의", "로", "으", "과", "와", "도", "씩", "만", "꼴",
        "대", "선", "쯤", "께", "인", "여", "화", "며", "라", "나", "야", "뿐", "다", "였", "입",
    ]

    /// Longer suffixes that may stick to a currency word (원가량, 달러어치, 원짜리).
    /// One-syllable currencies that also start names and words ("엔씨소프트", "엔에스웨이브", "불확실").
    static let wordStartingCurrencies: ScalarSet = ["엔", "불"]

    static let attachedWords = ScalarLexicon<Bool>([
        ("가량", true), ("정도", true), ("수준", true), ("안팎", true), ("남짓", true), ("내외", true),
        ("규모", true), ("상당", true), ("어치", true), ("짜리", true), ("미만", true), ("초과", true),
        ("까지", true), ("부터", true), ("보다", true), ("만큼", true), ("하고", true), ("밖에", true),
    ])

    /// The currency after an amount at `position`, when it ends a word there.
    static func after(in s: [Unicode.Scalar], at position: Int) -> (code: String, end: Int)? {
        guard let m = after.match(in: s, at: position) ?? vietnameseDong(in: s, at: position) else { return nil }
        guard m.end < s.count else { return (m.value, m.end) }
        let last = s[m.end - 1], next = s[m.end]
        if ScalarClass.isASCIILetter(last), ScalarClass.isASCIILetter(next) { return nil }
        if ScalarClass.isHangulSyllable(next), !attachedSyllables.contains(next),
           attachedWords.match(in: s, at: m.end) == nil { return nil }
        // "MWC 2024 엔에스웨이브": 엔 and 불 also start names and words; after them, only a
        // particle or 화 (two syllables at most: "엔화로", "엔으로").
        if m.end - position == 1, wordStartingCurrencies.contains(s[position]) {
            var run = m.end
            while run < s.count, ScalarClass.isHangulSyllable(s[run]) { run += 1 }
            if run - m.end > 2 { return nil }
        }
        return (m.value, m.end)
    }

    /// "5조4000억동": 동 alone is the Vietnamese currency only right after a Korean unit (억, 조,
    /// 만); elsewhere it is a building, a district or a word ("101동", "3동", "동남아"). Spaced
    /// from the unit ("1,200억 동(약 66억 원)"), it must end its word: "300억 동원" mobilises.
    private static let dongUnits = ScalarSet("억조만")

    private static func vietnameseDong(in s: [Unicode.Scalar], at position: Int) -> (value: String, end: Int)? {
        guard position > 0, position < s.count, s[position] == "동" else { return nil }
        if dongUnits.contains(s[position - 1]) { return ("VND", position + 1) }
        guard position > 1, s[position - 1] == " ", dongUnits.contains(s[position - 2]),
              position + 1 == s.count || !ScalarClass.isHangulSyllable(s[position + 1]) else { return nil }
        return ("VND", position + 1)
    }

    /// The currency sign or code before an amount starting at `position`.
    static func before(in s: [Unicode.Scalar], at position: Int) -> (code: String, end: Int)? {
        before(in: s, at: position, using: before)
    }

    /// The same, with `before` read once by a scan that asks at every scalar: each read of a
    /// `static let` goes through its one-time initialisation check and may copy the table.
    static func before(in s: [Unicode.Scalar], at position: Int, using table: ScalarLexicon<String>) -> (code: String, end: Int)? {
        guard position < s.count else { return nil }
        let c = s[position]
        if position > 0 {
            let prev = s[position - 1]
            if ScalarClass.isASCIILetter(c), ScalarClass.isASCIILetter(prev) || ScalarClass.isDigit(prev) { return nil }
            if ScalarClass.isHangulSyllable(c), ScalarClass.isHangulSyllable(prev) { return nil }
        }
        guard let m = table.match(in: s, at: position) else { return nil }
        if m.end < s.count, ScalarClass.isASCIILetter(s[m.end - 1]), ScalarClass.isASCIILetter(s[m.end]) { return nil }
        return (m.value, m.end)
    }
}
