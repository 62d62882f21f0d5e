import Testing
@testable import DealGraph

@Suite("Heads' titles glued to their organisation")
struct GluedHeadTests {
    @Test func aHospitalAndItsHead() {
        let run = EntityRun("협약식에는 오세린 한결대병원장이 참석했다. 오 병원장은 \"지역 환자를 위한 협력\"이라고 말했다.")
        #expect(run.entity("한결대병원")?.type == .institution, "\(run.names)")
        #expect(run.entity("오세린")?.aliases == ["오 병원장"])
        #expect(run.entity("한결대병원장") == nil)
        #expect(run.relations.map { [$0.source, $0.target] } == [["person:오세린", "institution:한결대병원"]])
    }

    @Test func firmsUniversitiesAndInstitutesBeforeTheirHeadsTitles() {
        let run = EntityRun("행사에는 김태오 누리전자사장과 이한별 새솔대학교총장, 문재희 청해연구원장, 남궁별 가온그룹회장이 함께했다.")
        #expect(run.entity("누리전자")?.type == .company, "\(run.names)")
        #expect(run.entity("새솔대학교")?.type == .institution, "\(run.names)")
        #expect(run.entity("청해연구원")?.type == .institution, "\(run.names)")
        #expect(run.entity("가온그룹")?.type == .company, "\(run.names)")
        #expect(Set(run.entities.filter { $0.type == .person }.map(\.name)) == ["김태오", "이한별", "문재희", "남궁별"], "\(run.names)")
        #expect(run.relations.count == 4)
    }

    @Test func aUnitsHeadAfterItsOrganisationAndAWordEndingInJangAreNone() {
        // The institute is a unit of the hospital written before it; 공장장 heads a plant.
        let unit = EntityRun("최윤성 한결대병원 의생명연구원장은 데이터를 공개했다.")
        #expect(unit.names == ["최윤성", "한결대병원"], "\(unit.names)")
        let plant = EntityRun("정다운 누리전자공장장은 설비를 점검했다.")
        #expect(!plant.names.contains("누리전자"), "\(plant.names)")
        // No name before it: the word is left as it was read.
        let alone = EntityRun("누리전자사장은 말을 아꼈다.")
        #expect(alone.entity("누리전자") == nil, "\(alone.names)")
    }
}
