import Foundation
@testable import DealGraph

/// What one surface form must read as.
struct ExpectedMoney: Sendable, CustomStringConvertible {
    var currency: String
    var value: String
    var bound: AmountBound = .exact
    var upper: String?
    var approximate = false

    var description: String {
        "\(currency) \(value)\(upper.map { "…\($0)" } ?? "") \(bound.rawValue)\(approximate ? " ~" : "")"
    }
}

/// Shorthands in the spirit of Duckling's `simple KRW 27350000`.
func krw(_ value: String, _ bound: AmountBound = .exact, approx: Bool = false) -> ExpectedMoney {
    ExpectedMoney(currency: "KRW", value: value, bound: bound, approximate: approx)
}
func usd(_ value: String, _ bound: AmountBound = .exact, approx: Bool = false) -> ExpectedMoney {
    ExpectedMoney(currency: "USD", value: value, bound: bound, approximate: approx)
}
func money(_ currency: String, _ value: String, _ bound: AmountBound = .exact, approx: Bool = false) -> ExpectedMoney {
    ExpectedMoney(currency: currency, value: value, bound: bound, approximate: approx)
}
func range(_ currency: String, _ low: String, _ high: String, approx: Bool = false) -> ExpectedMoney {
    ExpectedMoney(currency: currency, value: low, bound: .range, upper: high, approximate: approx)
}

/// One expected amount and the many ways news writes it (Duckling's `examples`).
/// Rows marked "duckling" restate `Duckling/AmountOfMoney/KO/Corpus.hs` (BSD, see
/// ../shared/data/duckling-ko/README.md); the rest are written for DealGraph.
let moneyCorpus: [(ExpectedMoney, [String])] = [
    // Digits, separators, myriad units, Hangul numerals (duckling: 27350000, 27000, 100, 10).
    (krw("27350000"), ["이천칠백삼십오만원", "27,350,000원", "27350000원", "2,735만 원", "2735만원",
                       "2천735만원", "이천칠백삼십오만 원", "２７３５만원", "2천7백35만원"]),
    (krw("27000"), ["이만칠천원", "27,000원", "27000원", "2만7000원", "2만7천원", "2만 7천 원", "이만 칠천 원"]),
    (krw("100"), ["100원", "100 원"]),
    (krw("10"), ["10원", "10₩", "₩10"]),
    (krw("100000000"), ["1억원", "1억 원", "일억원", "100,000,000원", "₩100,000,000", "KRW 1억", "1억 KRW", "１억원"]),
    (krw("150000000"), ["1.5억원", "1억5천만원", "1억 5천만 원", "1억5000만원", "1억 5,000만원", "일억 오천만 원",
                        "150,000,000원", "1억 5000만 원", "일억오천만원"]),
    (krw("350000000"), ["3억5천만원", "3억 5,000만원", "3억 5000만 원", "삼억오천만원", "3.5억원", "3억5000만원"]),
    (krw("1200000000000"), ["1조2000억원", "1조 2,000억원", "1.2조 원", "1조 2000억 원", "일조 이천억원", "1조2천억원"]),
    (krw("1272000000000"), ["1조 2,720억 원", "1조2720억원", "1조 2720억원"]),
    (krw("50000000"), ["5천만원", "5000만원", "5,000만 원", "오천만원", "50,000,000원", "0.5억원"]),
    (krw("20000000000"), ["2백억원", "200억원", "200억 원", "이백억원", "20,000,000,000원", "2백억 원"]),
    (krw("300000"), ["삼십만원", "30만원", "30만 원", "300,000원", "삼십만 원"]),
    (krw("15000000"), ["천오백만원", "1500만원", "1,500만 원", "1천500만원", "1천5백만원"]),
    (krw("134290000000"), ["1342억9000만원", "1342억 9000만 원", "1,342억9,000만원"]),
    (krw("10000000000000000"), ["1경원", "1경 원"]),
    (krw("20000000000000"), ["20조원", "20조 원", "이십조원"]),
    (krw("1234567890000"), ["1조 2,345억 6,789만 원", "1조2345억6789만원"]),
    // Share prices are money.
    (krw("231000"), ["23만1000원", "23만 1000원", "231,000원", "23만1천원"]),
    (krw("26150"), ["26,150원", "2만6150원", "26150원"]),
    (krw("131900"), ["13만1900원", "13만 1900원", "131,900원", "13만1천900원"]),
    // Dollars (duckling: 십달러, 십불, 만달러, 만불, 일점이삼달러).
    (usd("10"), ["십달러", "10달러", "10 달러", "$10", "10불", "십불", "USD 10", "10 USD", "US$10"]),
    (usd("10000"), ["만달러", "만불", "1만 달러", "10,000달러", "$10,000"]),
    (usd("1.23"), ["일점이삼달러", "일쩜이삼불", "1.23달러", "$1.23"]),
    (usd("15000000"), ["1500만달러", "1,500만 달러", "$15 million", "15M 달러", "USD 15 million", "천오백만 달러", "$15M",
                       "1천500만 달러", "미화 1500만 달러", "1500만 미국 달러", "1500만 미 달러", "US$15 million",
                       "15 million USD", "$15,000,000", "１５００만달러", "１，５００만 달러", "15 million dollars"]),
    (usd("1200000000"), ["USD 1.2 billion", "$1.2 billion", "12억 달러", "12억달러", "1.2B 달러", "$1.2B", "$1.2bn",
                         "1.2 billion 달러", "십이억 달러"]),
    (usd("1060000000"), ["10억 6,000만 달러", "10억6000만달러", "10억 6000만 달러", "$1.06 billion"]),
    (usd("440000000"), ["4억4000만달러", "4억 4,000만 달러", "4.4억 달러", "$440 million", "4억4천만 달러"]),
    // Other currencies, written out or as signs and codes (duckling: 이십유로, EUR 20, EUR29.99).
    (money("EUR", "100740000"), ["1억74만 유로", "1억 74만 유로", "€100.74 million", "EUR 100.74 million"]),
    (money("EUR", "20"), ["이십유로", "EUR 20", "20유로", "€20", "20 유로"]),
    (money("EUR", "29.99"), ["이십구점구구유로", "EUR29.99", "29.99유로", "€29.99"]),
    (money("GBP", "9"), ["9파운드", "£9", "GBP 9", "9 GBP"]),
    (money("GBP", "200000000"), ["2억 파운드", "£200 million", "2억파운드", "2억 영국 파운드"]),
    (money("JPY", "5000000000"), ["50억엔", "50억 엔", "¥5 billion", "JPY 5 billion", "50억円", "50억 엔화"]),
    (money("SEK", "400000000000"), ["4000억크로나", "4000억 스웨덴 크로나", "4,000억 크로나"]),
    (money("PLN", "2000000000"), ["20억즈워티", "20억 즐로티"]),
    (money("CZK", "150000000000"), ["1500억코루나", "1500억 체코 코루나"]),
    (money("JPY", "48100000000"), ["481억엔", "481억 엔"]),
    (money("CNY", "100000000"), ["1억 위안", "1억위안", "1억元", "CNY 100 million", "1억 위안화", "RMB 100 million"]),
    (money("CHF", "3000000"), ["300만 스위스 프랑", "300만 스위스프랑", "CHF 3 million"]),
    (money("CAD", "20000000"), ["2000만 캐나다 달러", "2000만캐나다달러", "C$20 million", "CAD 20 million"]),
    (money("AUD", "500000000"), ["5억 호주 달러", "A$500 million", "AUD 500 million"]),
    (money("SGD", "100000000"), ["1억 싱가포르 달러", "S$100 million", "SGD 100 million"]),
    (money("HKD", "1000000000"), ["10억 홍콩 달러", "HK$1 billion", "HKD 1 billion"]),
    // Approximate: 여, 약, 가량, 정도, 안팎, 수준, 남짓, 대략, 내외, 대.
    (krw("3000000000", approx: true), ["30여억원", "30여억 원", "약 30억원", "30억원가량"]),
    (usd("3000000", approx: true), ["300여만 달러", "약 300만 달러", "300만 달러 정도"]),
    (krw("1000000000", approx: true), ["10억여 원", "10억여원", "대략 10억원"]),
    (krw("20000000000", approx: true), ["약 200억원", "200억원 가량", "200억원가량", "대략 200억원", "200억원 정도",
                                        "200억원 안팎", "200억원 수준", "200억원 남짓", "한화 약 200억원", "약200억원",
                                        "200억원 내외", "200억원대", "약 이백억 원"]),
    (krw("160000", approx: true), ["16만원 선에서", "16만원선", "약 16만원"]),
    // At least: 이상, 넘는, 초과, 최소, 넘어 (duckling: 5000원 이상, 5000원 초과, 오천원 이상).
    (krw("100000000000", .atLeast), ["1000억원 이상", "1000억원 넘는", "1000억원이 넘는", "1000억원을 넘어", "최소 1000억원",
                                     "1000억원 초과", "1,000억원 이상", "1000억 원을 웃도는", "1000억원이상", "천억원 이상"]),
    (krw("5000", .atLeast), ["5000원 이상", "5000원 초과", "오천원 이상", "오천원 초과"]),
    (usd("10", .atLeast), ["10달러 이상", "10달러 초과", "십달러 이상", "십달러 초과"]),
    // At most: 이하, 미만, 최대, 까지 (duckling: 10000원 이하, 만원 미만, 10달러 이하, 십달러 미만).
    (krw("10000", .atMost), ["10000원 이하", "10000원 미만", "만원 이하", "만원 미만", "1만원 이하"]),
    (usd("10", .atMost), ["10달러 이하", "10달러 미만", "십달러 이하", "십달러 미만"]),
    (usd("100000000", .atMost), ["최대 1억 달러", "1억 달러 이하", "1억 달러 미만", "1억 달러까지", "최고 1억 달러",
                                 "1억 달러 이내"]),
    // Ranges: one amount with both ends (duckling: 25000 - 30000원, 10 - 20 달러).
    (range("KRW", "10000000000", "20000000000"), ["100억~200억원", "100억원~200억원", "100억 ~ 200억 원", "100~200억원",
                                                   "100억원에서 200억원 사이", "100억에서 200억원 사이",
                                                   "100억원부터 200억원까지", "100억-200억원", "백억~이백억원"]),
    (range("USD", "100000000", "200000000"), ["1억~2억 달러", "1억 달러~2억 달러", "$100-200 million",
                                               "$100 million-$200 million", "1~2억 달러", "1억∼2억 달러"]),
    (range("KRW", "25000", "30000"), ["25000 - 30000원", "25000원 - 30000원", "이만오천원 - 삼만원", "2만5000~3만원"]),
    (range("USD", "10", "20"), ["10 - 20 달러", "10달러 - 20달러", "십달러 - 이십달러", "$10-$20"]),
    (range("KRW", "10000000000", "20000000000", approx: true), ["약 100억~200억원"]),
]

/// Phrases that must yield no amount: years, durations, counts, percentages, areas, codes,
/// phone numbers, dates, bare numbers with units, and words that contain 만/억/조/원/엔.
let moneyNegatives: [String] = [
    "2025년", "5년간", "250여 년", "9건", "30여 곳", "15%", "0.35%p", "1스퀘어 마일", "215380", "(215380)",
    "02-1234-5678", "010-9876-5432", "2024.03.05", "2024년 3월 5일", "3분기", "만원 버스", "억울하다",
    "조선업 수주", "1000억", "1조2000억", "3억5천만", "수십억 원", "수천만 달러", "조원들과 함께", "회사원",
    "사원 복지", "일원으로 참여", "이원화 전략", "구조조정", "조사원", "백신 접종", "천안 공장", "3엔진",
    "유로존 경제", "2 파운드리", "프랑스 정부", "MWC 2024 엔에스웨이브 부스", "2024 엔씨소프트", "3 불확실성", "1위 안에", "3원칙", "제1원전", "10만 명", "5천 가구",
    "사천 공장", "오는 17일", "3.5배", "1,500명", "20여 개국", "억대 연봉", "1년 만에", "2만 원정대",
    "만원사례", "천만에요", "백만장자", "억만장자", "15 million", "USDA 인증", "30여 명", "9시18분",
    "52주 신고가", "7월 15곳", "5G 통신", "A330 항공기", "COVID-19", "100m 달리기", "1588-1234",
    "삼성전자 2나노", "일조량", "만세", "사업 구조", "오백 명", "이천 쌀", "$", "원화 강세",
]
