import Testing
@testable import DealGraph

@Suite("Entity extractor")
struct EntityExtractorTests {
    @Test func notEntities() {
        let run = EntityRun("""
        양사는 협력을 이어간다. 양 기관과 두 회사, 업계와 정부 모두 환영했다. \
        관계자는 국내 바이오 기업과 글로벌 제약사의 협력이 늘 것이라고 말했다.
        """)
        #expect(run.names.isEmpty, "\(run.names)")
    }

    @Test func idsTypesAndOrder() {
        let run = EntityRun("대웅제약은 보스턴에서 카이스트, 산업통상자원부와 협약을 맺었다.")
        #expect(run.entities.map(\.id) == ["company:대웅제약", "location:보스턴", "institution:카이스트", "institution:산업통상자원부"])
    }

    @Test func mentionsAreSourceSpans() {
        let text = "가온바이오(대표 한도윤)는 한빛제약과 계약했다. 가온바이오는 내년 상장한다."
        let run = EntityRun(text)
        let company = run.entity("가온바이오")
        #expect(company?.mentions.map(\.text) == ["가온바이오", "가온바이오"])
        let scalars = Array(text.unicodeScalars)
        for span in company?.mentions ?? [] {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
        let mentions = run.mentions.filter { $0.entityID == "company:가온바이오" }
        #expect(mentions.map(\.sentence) == [0, 1])
        #expect(mentions.allSatisfy { run.sentences[$0.sentence].text.unicodeScalars.count >= $0.range.upperBound })
    }

    @Test func repeatedSentencesStillGiveMentions() {
        let source = SourceText("한빛바이오는 상장했다. 한빛바이오는 상장했다.")
        let first = Sentence(index: 0, paragraph: 0, scalars: Array(source.scalars[0..<12]), sourceStarts: Array(0..<12),
                             sourceEnds: Array(1...12), repeats: nil, source: source)
        let second = Sentence(index: 1, paragraph: 1, scalars: Array(source.scalars[13..<25]), sourceStarts: Array(13..<25),
                              sourceEnds: Array(14...25), repeats: 0, source: source)
        let result = EntityExtractor.extract(from: [first, second], source: source)
        #expect(result.entities.first?.mentions.map(\.start) == [0, 13])
        #expect(result.mentions.map(\.sentence) == [0, 1])
    }

    @Test func lexiconSectorsAreCarried() {
        let run = EntityRun("LG에너지솔루션과 한국수력원자력이 협약했다.")
        #expect(run.entity("LG에너지솔루션")?.sectors == [.battery])
        #expect(run.entity("한국수력원자력")?.sectors == [.energy])
    }

    @Test func stateCompaniesAndPolicyBanksFollowTheKeyConventions() {
        let run = EntityRun("한국석유공사와 한국전력공사, 한국산업은행, 한국농어촌공사가 참여했다.")
        #expect(run.entity("한국석유공사")?.type == .company)
        #expect(run.entity("한국전력공사")?.type == .company)
        #expect(run.entity("한국산업은행")?.type == .institution)
        #expect(run.entity("한국농어촌공사")?.type == .institution)
    }

    @Test func placesAreLocations() {
        let run = EntityRun("스위스와 네덜란드, 인천 송도에서 행사가 열렸다.")
        #expect(run.entities.allSatisfy { $0.type == .location })
        #expect(run.entities.count == 4)
    }

    @Test func currencyWordIsNotTheGroup() {
        let run = EntityRun("투자금은 1500만달러(한화 약 200억원)다. 한화는 방산 수출을 늘린다.")
        #expect(run.entity("한화")?.mentions.count == 1)
    }

    @Test func emptyInput() {
        let result = EntityExtractor.extract(from: [], source: SourceText(""))
        #expect(result.entities.isEmpty && result.relations.isEmpty && result.mentions.isEmpty)
    }
}

@Suite("Places and local governments")
struct EntityPlaceTests {
    @Test func aProvinceThatActsIsItsGovernment() {
        let run = EntityRun("경기도는 누리반도체와 투자협약을 맺었다. 공장은 경기도 화성시에 들어선다.")
        #expect(run.entity("경기도")?.type == .institution)
        #expect(run.entities.contains { $0.type == .location && $0.name == "경기도" })
        #expect(run.entities.first { $0.type == .institution }?.mentions.count == 1)
    }

    @Test func aProvinceActingUnderTwoNamesIsOneGovernment() {
        let run = EntityRun("경상남도와 창원시는 동진밸브텍과 투자협약을 체결했다. 경남도는 행정 지원을 약속했다.")
        let governments = run.entities.filter { $0.type == .institution }
        // (a government is named by its official name: 창원시 has been 창원특례시 since 2022)
        #expect(governments.map(\.name).sorted() == ["경상남도", "창원특례시"], "\(run.names)")
        #expect(run.entity("창원특례시")?.aliases == ["창원시"])
        #expect(run.entity("경상남도")?.aliases == ["경남도"])
    }
}
