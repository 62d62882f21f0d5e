import Testing
@testable import DealGraph

/// The public extractor: ids, spans, repeats, discourse days, flags and partial dates.
@Suite("Date extractor")
struct DateExtractorTests {
    private let reference = CalendarDay(year: 2023, month: 1, day: 17)!

    /// Sentences cut from one source text at the given ends; `repeats` marks repeated ones.
    private func sentences(_ text: String, cuts: [Int], repeats: [Int: Int] = [:]) -> (SourceText, [Sentence]) {
        let source = SourceText(text)
        var out: [Sentence] = []
        var start = 0
        for (index, end) in cuts.enumerated() {
            let scalars = Array(source.scalars[start..<end])
            out.append(Sentence(index: index, paragraph: index, scalars: scalars,
                                sourceStarts: Array(start..<end), sourceEnds: Array((start + 1)...end),
                                repeats: repeats[index], source: source))
            start = end
        }
        return (source, out)
    }

    @Test func idsSpansAndOrder() {
        let text = "정부는 16일(현지시간) 포럼을 열었다고 17일 밝혔다."
        let dates = DateExtractor.extract(from: text, reference: reference)
        #expect(dates.map(\.id) == ["t1", "t2"])
        #expect(dates.map(\.value) == ["2023-01-16", "2023-01-17"])
        #expect(dates.map(\.span.text) == ["16일(현지시간)", "17일"])
        #expect(dates[0].span.start == 4 && dates[0].span.end == 13)
        #expect(dates.map(\.localTime) == [true, false])
        #expect(dates.map(\.relative) == [false, false])
    }

    @Test func theLastDayOfARangeOfDaysIsADateOfItsOwn() {
        let text = "계약 기간은 2025년 4월 1일부터 2026년 9월 30일까지다. 전시는 4월 24~29일 열린다."
        let dates = DateExtractor.extract(from: text, reference: reference)
        #expect(dates.map(\.value) == ["2025-04-01", "2026-09-30", "2023-04-24", "2023-04-29"])
        #expect(dates.map(\.span.text) == ["2025년 4월 1일부터 2026년 9월 30일", "2026년 9월 30일", "4월 24~29일", "29일"])
        #expect(dates.map(\.end) == ["2026-09-30", nil, "2023-04-29", nil])
        // A range of months names no day: nothing is added.
        #expect(DateExtractor.extract(from: "2024년 1월부터 2028년 12월까지다.", reference: reference).count == 1)
    }

    @Test func spansMapIntoTheSourceAcrossSentences() {
        let text = "머리말입니다. 양사는 지난 11일 계약했다."
        let (source, list) = sentences(text, cuts: [8, text.unicodeScalars.count])
        let dates = DateExtractor.extract(from: list, source: source, reference: reference)
        #expect(dates.count == 1)
        #expect(dates[0].span.text == "지난 11일")
        #expect(source.slice(dates[0].span.start, dates[0].span.end) == "지난 11일")
        #expect(dates[0].relative)
    }

    @Test func repeatedSentencesAreReadOnce() {
        let text = "양사는 16일 계약했다. 양사는 16일 계약했다. 이날 주가가 올랐다."
        let (source, list) = sentences(text, cuts: [14, 28, text.unicodeScalars.count], repeats: [1: 0])
        let dates = DateExtractor.extract(from: list, source: source, reference: reference)
        #expect(dates.map(\.value) == ["2023-01-16", "2023-01-16"])
        #expect(dates.map(\.id) == ["t1", "t2"])
        #expect(dates[1].span.text == "이날")
    }

    @Test func discourseDayPrefersTheEventOverTheReport() {
        // "이날" after "…16일(현지시간) … 체결됐다고 17일 밝혔다" is the forum's day.
        let text = "산업부는 16일(현지시간) 포럼에서 MOU가 체결됐다고 17일 밝혔다. 대통령은 이날 연설했다."
        let dates = DateExtractor.extract(from: text, reference: reference)
        #expect(dates.map(\.value) == ["2023-01-16", "2023-01-17", "2023-01-16"])
    }

    @Test func discourseDayFallsBackToTheReportDay() {
        let text = "회사는 계약을 맺었다고 12일 공시했다. 이날 주가는 급등했다."
        let dates = DateExtractor.extract(from: text, reference: CalendarDay(year: 2022, month: 1, day: 12))
        #expect(dates.map(\.value) == ["2022-01-12", "2022-01-12"])
        #expect(dates[1].relative)
    }

    @Test func discourseDayFollowsTheLastExplicitDay() {
        let text = "지난 3일 협상을 시작했다. 이후 지난 5일 실사를 벌였다. 같은 날 채권단도 만났다. 당일 밤 귀국했다."
        let dates = DateExtractor.extract(from: text, reference: CalendarDay(year: 2001, month: 12, day: 26))
        #expect(dates.map(\.value) == ["2001-12-03", "2001-12-05", "2001-12-05", "2001-12-05"])
    }

    @Test func aDiscourseDayTheTextThenNamesIsThatDay() {
        // "전날인 25일": the day before the report, whatever day a quote named before it.
        let text = "고 대표는 \"오는 11월 20일 신공장을 준공한다\"고 말했다. 한결푸드는 전날인 25일 조회공시에 답했다."
        let dates = DateExtractor.extract(from: text, reference: CalendarDay(year: 2023, month: 10, day: 26))
        #expect(dates.map(\.value) == ["2023-11-20", "2023-10-25", "2023-10-25"], "\(dates.map(\.value))")
        // Without the day named, 전날 counts from the last day named.
        let alone = "고 대표는 \"오는 11월 20일 신공장을 준공한다\"고 말했다. 전날에는 시운전을 한다."
        #expect(DateExtractor.extract(from: alone, reference: CalendarDay(year: 2023, month: 10, day: 26)).map(\.value)
                == ["2023-11-20", "2023-11-19"])
    }

    @Test func localHereafterMarksLaterDays() {
        let text = "대통령은 28일(이하 현지 시각) 간담회를 열었다. 이날 행사에는 기업인이 참석했다. 2025년까지 구축한다."
        let dates = DateExtractor.extract(from: text, reference: CalendarDay(year: 2023, month: 4, day: 29))
        #expect(dates.map(\.value) == ["2023-04-28", "2023-04-28", "2025"])
        #expect(dates.map(\.localTime) == [true, true, false])
        #expect(dates[2].grain == .year)
    }

    @Test func withoutReferencePartialDatesKeepTheirFields() {
        let dates = DateExtractor.extract(from: "지난 19일 출국해 3월 5일 귀국했다. 2024년 6월 1일 발효된다.", reference: nil)
        #expect(dates.count == 3)
        #expect(dates[0].value == nil && dates[0].day == 19 && dates[0].month == nil && dates[0].relative)
        #expect(dates[1].value == nil && dates[1].month == 3 && dates[1].day == 5 && dates[1].year == nil)
        #expect(dates[2].value == "2024-06-01" && dates[2].day == nil)
        #expect(DateExtractor.extract(from: "이날 서명했다.", reference: nil).first?.value == nil)
    }

    @Test func relativeFlags() {
        let cases: [(String, Bool)] = [
            ("지난 19일", true), ("오는 7월", true), ("지난달", true), ("이날", true), ("올해", true),
            ("어제", true), ("3일 후", true), ("19일", false), ("2024년 3월 5일", false), ("3월", false),
        ]
        for (phrase, relative) in cases {
            let date = DateExtractor.extract(from: phrase, reference: reference).first
            #expect(date?.relative == relative, "\(phrase)")
        }
    }

    @Test func rangeEnds() {
        let dates = DateExtractor.extract(from: "박람회는 4월 24~29일, 사업은 2024~2026년 진행된다.", reference: CalendarDay(year: 2024, month: 6, day: 1))
        #expect(dates.map(\.value) == ["2024-04-24", "2024-04-29", "2024"])
        #expect(dates.map(\.end) == ["2024-04-29", nil, "2026"])
    }
}
