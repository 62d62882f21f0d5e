import Foundation
import Testing
@testable import DealGraph

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func splitsAfterKoreanEndings() {
        #expect(sentences("계약을 체결했다. 양사는 협력한다. 기대가 큽니다.") ==
                ["계약을 체결했다.", "양사는 협력한다.", "기대가 큽니다."])
    }

    @Test func questionAndExclamationMarksEndSentences() {
        #expect(sentences("왜 지금인가? 시장이 열렸기 때문이다! 그렇다.") == ["왜 지금인가?", "시장이 열렸기 때문이다!", "그렇다."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("그는 “함께 성장하겠다.” 이어 협약서에 서명했다.") == ["그는 “함께 성장하겠다.”", "이어 협약서에 서명했다."])
    }

    @Test func quotativeEndingContinuesTheSentence() {
        #expect(sentences("그는 “윈윈이 될 것이다.”라고 강조했다. 다음 문장.") == ["그는 “윈윈이 될 것이다.”라고 강조했다.", "다음 문장."])
    }

    @Test func numbersAndDatesDoNotSplit() {
        #expect(sentences("투자액은 1.5억 달러다. 계약일은 2024.03.05. 발표일은 같다.") ==
                ["투자액은 1.5억 달러다.", "계약일은 2024.03.05. 발표일은 같다."])
    }

    @Test func legalFormsWithAPeriodDoNotSplit() {
        #expect(sentences("협약 상대는 여행 플랫폼 트래블링크(TravelLink Pte. Ltd.)다. 헝가리 메디포르(Medifor Zrt.)와도 맺었다.") ==
                ["협약 상대는 여행 플랫폼 트래블링크(TravelLink Pte. Ltd.)다.", "헝가리 메디포르(Medifor Zrt.)와도 맺었다."])
    }

    @Test func abbreviationsAndInitialsDoNotSplit() {
        #expect(sentences("Huntington Ingalls Industries Inc. 와 협력한다. J. Kim 대표가 서명했다. U.S. 시장 진출이 목표다.") ==
                ["Huntington Ingalls Industries Inc. 와 협력한다.", "J. Kim 대표가 서명했다.", "U.S. 시장 진출이 목표다."])
    }

    @Test func ellipsesDoNotSplit() {
        #expect(sentences("尹, 보스턴서 협력 논의...“윈윈” 기대") == ["尹, 보스턴서 협력 논의...“윈윈” 기대"])
    }

    @Test func missingSpaceAfterAnEndingStillSplits() {
        #expect(sentences("협약을 맺었다.이어 기자회견을 열었다.") == ["협약을 맺었다.", "이어 기자회견을 열었다."])
    }

    @Test func overlongRunsAreCutAtASpace() {
        let word = "가나다라 "
        let text = String(repeating: word, count: 1_000)
        let parts = sentences(text)
        #expect(parts.count >= 4)
        #expect(parts.allSatisfy { $0.unicodeScalars.count <= SentenceSplitter.maxLength })
        #expect(parts.joined(separator: " ") == text.trimmingCharacters(in: .whitespaces))
    }
}
