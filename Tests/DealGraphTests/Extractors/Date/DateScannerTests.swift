import Foundation
import Testing
@testable import DealGraph

/// The scanner on plain strings: local ranges, suffixes, stamps, and a linear pass.
@Suite("Date scanner")
struct DateScannerTests {
    private func texts(_ s: String) -> [String] {
        let scanner = DateScanner(s)
        return scanner.scan().map { scanner.text.text($0.range) }
    }

    @Test func rangesAreLocalScalarRanges() {
        let scanner = DateScanner("계약은 3월 5일 체결됐다")
        let matches = scanner.scan()
        #expect(matches.count == 1)
        #expect(matches.first?.range == 4..<9)
        #expect(matches.first?.expression.month == .absolute(3))
        #expect(matches.first?.expression.day == .absolute(5))
    }

    @Test func spansCoverSuffixesAndMarkers() {
        #expect(texts("윤 대통령은 28일(이하 현지 시각) 보스턴에서") == ["28일(이하 현지 시각)"])
        #expect(texts("HD현대는 현지시간 7일 워싱턴에서") == ["현지시간 7일"])
        #expect(texts("12일(수) 열린 포럼") == ["12일(수)"])
        #expect(texts("4월 24~29일 열린") == ["4월 24~29일"])
        #expect(texts("24일부터 29일까지") == ["24일부터 29일"])
        #expect(texts("지난달 29일 서울에서") == ["지난달 29일"])
    }

    @Test func localTimeFlags() throws {
        let here = try #require(DateScanner("28일(이하 현지 시각) 열렸다").scan().first)
        #expect(here.localTime && here.localHereafter)
        let prefixed = try #require(DateScanner("현지 시각으로 7일 열렸다").scan().first)
        #expect(prefixed.localTime && !prefixed.localHereafter)
        let korean = try #require(DateScanner("7일(한국시간) 열렸다").scan().first)
        #expect(!korean.localTime)
    }

    @Test func announcementDays() throws {
        let matches = DateScanner("16일 포럼에서 체결됐다고 17일 밝혔다").scan()
        #expect(matches.map(\.isAnnouncement) == [false, true])
        #expect(DateScanner("12일 공시했다").scan().first?.isAnnouncement == true)
    }

    @Test func tenseCuesStopAtQuotativeEndings() throws {
        let planned = try #require(DateScanner("18일 체결할 예정이라고 17일 밝혔다").scan().first)
        #expect(planned.futureCue && !planned.pastTense)
        let past = try #require(DateScanner("18일 체결했다").scan().first)
        #expect(past.pastTense && !past.futureCue)
        let present = try #require(DateScanner("18일 방안을 논의한다").scan().first)
        #expect(!present.pastTense && !present.futureCue)
        // 있 and 겠 carry the same final consonant but are not the past.
        let existing = try #require(DateScanner("18일 회의가 있다").scan().first)
        #expect(!existing.pastTense)
    }

    @Test func stampsAreSkippedButBodyDatesKept() {
        #expect(texts("입력 2022.01.12 10:41 수정 2022.01.13 08:05").isEmpty)
        #expect(texts("기사입력 : 2024년 3월 5일").isEmpty)
        #expect(texts("계약일은 2020.04.17로 적혔다") == ["2020.04.17"])
    }

    @Test func lineBreakInsideADay() {
        #expect(texts("계약을 5\n일 공시했다") == ["5\n일"])
    }

    @Test func hangulDateWordsPassTheStartFilterHoweverSpaced() {
        // Every word of the tables read at a Hangul word start, its space written as a space, a
        // line break, two spaces or none: the filter on the first two scalars lets each through.
        let pairs = DatePatterns.hangulDateStartPairs
        let tables = [DatePatterns.localTime.words, DatePatterns.discourseDays.words, DatePatterns.dayWords.words,
                      DatePatterns.weekWords.words, DatePatterns.yearWords.words, DatePatterns.monthWords.words,
                      DatePatterns.quarterWords.words, DatePatterns.discourseYears.words, DatePatterns.directions.words,
                      DatePatterns.quarterNames.words, DatePatterns.halves.words]
        var checked = 0
        for word in tables.joined() {
            for space in [" ", "\n", "  ", ""] {
                let written = Array(String(scalars: word).replacingOccurrences(of: " ", with: space).unicodeScalars)
                #expect(pairs.contains(written[0], followedBy: written[1]), "\(String(scalars: written))")
                checked += 1
            }
        }
        #expect(checked > 200)
        #expect(pairs.contains("올", followedBy: " "))
    }

    @Test func wordsThatOnlyStartLikeADateArePassedBy() {
        let pairs = DatePatterns.hangulDateStartPairs
        for word in ["이어", "지원", "그리고", "오후", "내용", "전략", "다양한", "하지만", "올림픽"] {
            let s = Array(word.unicodeScalars)
            #expect(!pairs.contains(s[0], followedBy: s[1]), "\(word)")
        }
        #expect(!pairs.contains("올", followedBy: nil))
        // … while the dates they resemble are still read, spaced or not.
        #expect(texts("그 해 3월 공장을 세웠다") == ["그 해 3월"])
        #expect(texts("지난\n해 매출은") == ["지난\n해"])
        #expect(texts("올 3월 출시한다") == ["올 3월"])
        #expect(texts("다음달 10일 열린다") == ["다음달 10일"])
        #expect(texts("이어 이날 오후 서명했다") == ["이날"])
    }

    @Test func linearOnALongSentence() {
        // 10,000 repetitions of a date-dense clause (half a million scalars, 40,000 dates).
        // Sizes, not clocks: a scan that reads the rest of the sentence for each date (the
        // tense cues once did) takes some 10¹⁰ steps here and does not finish.
        let clause = "지난 19일과 3월 5일, 2024.03.05 그리고 이날 1조 2000억원 3일 연속 "
        let long = String(repeating: clause, count: 10_000)
        #expect(DateScanner(long).scan().count == 40_000)
    }
}
