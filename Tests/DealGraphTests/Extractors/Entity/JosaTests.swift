import Testing
@testable import DealGraph

@Suite("Particles")
struct EntityJosaTests {
    private func tail(_ text: String, after last: String? = nil) -> Bool {
        Josa.isParticleTail(Array(text.unicodeScalars)[...], after: last?.unicodeScalars.first)
    }

    @Test(arguments: ["은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "에서", "에게", "으로", "로", "도", "만",
                      "까지", "부터", "와의", "과의", "에서도", "에서는", "측은", ""])
    func particleTails(_ text: String) {
        #expect(tail(text))
    }

    @Test(arguments: ["헬스케어", "바이오", "행", "사업", "측정"])
    func notParticleTails(_ text: String) {
        #expect(!tail(text))
    }

    @Test func subjectAndObjectMarkersFollowOnlyCountingParticles() {
        #expect(tail("들이"))       // 기업들이
        #expect(tail("측이"))       // 오노측이
        #expect(tail("로도"))       // 서울로도
        #expect(!tail("로가"))      // 대진에어로가: 로 + 가 is no chain
        #expect(!tail("에를"))
        #expect(!tail("와가"))
    }

    @Test func particlesAgreeWithTheSyllableBefore() {
        #expect(tail("은", after: "행"))      // 하나은행은
        #expect(!tail("는", after: "행"))
        #expect(tail("가", after: "이"))      // 카카오페이가
        #expect(!tail("이", after: "페"))
        #expect(tail("로", after: "울"))      // 서울로: ㄹ takes 로
        #expect(!tail("으로", after: "오"))
        #expect(tail("와", after: "KT"))      // after Latin either form
    }

    @Test func unknownNamesLoseOnlyCommonParticles() {
        func stem(_ word: String) -> String {
            let scalars = Array(word.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[..<Josa.unknownNameLength(scalars[...])]))
        }
        #expect(stem("제노바이오에서") == "제노바이오")
        #expect(stem("루시다와의") == "루시다")
        #expect(stem("모더나") == "모더나")     // 나 is not stripped from an unknown name
        #expect(stem("아이센스측은") == "아이센스")
    }

    @Test func namesEndingInParticleSyllablesStayWhole() {
        let run = EntityRun("모더나와 다나와, 하나은행은 한국가스공사와 협약을 맺었다. 한국가스공사는 모더나의 백신을 검토한다.")
        #expect(run.names == ["모더나", "다나와", "하나은행", "한국가스공사"])
        #expect(run.entity("한국가스공사")?.mentions.map(\.text) == ["한국가스공사", "한국가스공사"])
        #expect(run.entity("모더나")?.mentions.count == 2)
    }

    @Test func shapedNamesKeepTheirLastSyllables() {
        let run = EntityRun("한빛도시가스공사와 누리은행은 지난달 협약을 맺었다.")
        #expect(run.entity("누리은행")?.type == .company)
        #expect(run.forms.contains("누리은행"))
        #expect(!run.forms.contains("누리은"))
    }
}
