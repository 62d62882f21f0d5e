import Testing
@testable import DealGraph

@Suite("Short forms written without a gloss")
struct WrittenShortFormTests {
    @Test func syllablesOfAnInstitutesNameAfterItsOpener() {
        let run = EntityRun("국립산림과학원은 12일 목재 스타트업 우드라인과 목조건축 자재 기술이전 협약을 맺었다. "
            + "산과원은 접착 집성재 기술을 넘긴다. 과학원 관계자는 \"첫 사례\"라고 했다. 국과원 측은 언급하지 않았다.")
        let institute = run.entity("국립산림과학원")
        #expect(institute?.aliases == ["산과원"])
        #expect(institute?.mentions.count == 2)
        // A tail of the name, and a short form opening with the opener 국립, are none.
        #expect(run.entity("과학원") == nil)
        #expect(run.entity("국과원") == nil)
    }

    @Test func aKnownBodysShortFormTheLexiconDoesNotList() {
        let run = EntityRun("한국해양과학기술원은 심해 탐사선을 띄운다. 해양과기원 연구진 20명이 탄다.")
        #expect(run.entity("한국해양과학기술원")?.aliases == ["해양과기원"])
    }

    @Test func universityWithItsEndingShortened() {
        let run = EntityRun("세림과학기술대학교와 한별대학교병원도 협력한다. 세림과기대는 교육을 맡고 세림대는 참여하지 않는다. "
            + "한별병원은 별도 기관이다.")
        #expect(run.entity("세림과학기술대학교")?.aliases == ["세림과기대"])
        // The start and the ending alone are another university; a hospital's shaped name is its own.
        #expect(run.entity("세림대") == nil)
        #expect(run.entity("한별병원")?.name == "한별병원")
    }

    @Test func theRule() {
        func check(_ short: String, _ name: String, _ type: EntityType = .institution) -> Bool {
            EntityScan.shortenableNames(Array(name.unicodeScalars), type: type).contains {
                EntityScan.isWrittenShortForm(ArraySlice(short.unicodeScalars), of: $0)
            }
        }
        #expect(check("수과원", "국립수산과학원"))
        #expect(check("산업부", "산업통상자원부"))
        #expect(check("과기정통부", "과학기술정보통신부"))
        #expect(check("생기원", "한국생산기술연구원"))
        #expect(!check("과학원", "국립수산과학원"))
        #expect(!check("연구원", "한국생산기술연구원"))
        #expect(!check("한생원", "한국생산기술연구원"))
        #expect(!check("생기연구", "한국생산기술연구원"))
        #expect(!check("수원", "국립수산과학원"))
    }
}
