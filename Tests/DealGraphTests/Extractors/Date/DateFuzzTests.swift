import Testing
@testable import DealGraph

/// Random text built from the scalars the date rules look at: nothing may trap, and every span
/// must lie inside the text.
@Suite("Date fuzz")
struct DateFuzzTests {
    private static let alphabet: [String] = [
        "0", "1", "2", "3", "9", "2024", "31", ".", "-", "/", "~", ":", "(", ")", " ", "\n", "'", ",",
        "년", "월", "일", "분기", "상반기", "지난", "오는", "다음", "이번", "주", "달", "올", "해", "이날", "전날",
        "현지", "시간", "시각", "이하", "전", "후", "뒤", "여", "부터", "까지", "요일", "금", "입력", "수정",
        "<meta ", "content=\"", "\"", ">", "<time datetime=", "T", "했다", "예정", "밝혔다", "간", "만",
    ]

    @Test func randomTextNeverTraps() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let references: [CalendarDay?] = [nil, CalendarDay(year: 2024, month: 1, day: 1), CalendarDay(year: 2024, month: 2, day: 29),
                                          CalendarDay(year: 1, month: 1, day: 1), CalendarDay(year: 9999, month: 12, day: 31)]
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<next(40) { text += Self.alphabet[next(Self.alphabet.count)] }
            let count = text.unicodeScalars.count
            let dates = DateExtractor.extract(from: text, reference: references[round % references.count])
            for date in dates {
                #expect(date.span.start >= 0 && date.span.start <= date.span.end && date.span.end <= count)
                if let value = date.value, date.grain == .day { #expect(CalendarDay(iso: value) != nil) }
            }
            _ = PublicationDateDetector.detect(in: text)
        }
    }
}
