import Foundation
import Testing
@testable import DealGraph

/// The same entity named differently in two articles is one node.
@Suite struct EntityMergingTests {
    private func companies(_ graph: RelationGraph) -> [GraphNode] {
        graph.nodes.filter { $0.type == .company || $0.type == .institution }
    }

    @Test func legalFormsAreNotPartOfTheName() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b"), c = ArticleBuilder("c")
        a.entity(.company, "(주)대웅제약")
        b.entity(.company, "대웅제약 주식회사")
        c.entity(.company, "㈜대웅 제약")
        let graph = GraphBuilder.build([a.extraction, b.extraction, c.extraction])
        #expect(companies(graph).map(\.id) == ["company:대웅제약"])
        #expect(graph.node("company:대웅제약")?.attributes["sources"] == .strings(["a", "b", "c"]))
    }

    @Test func anAliasInOneArticleIsTheNameInAnother() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b")
        a.entity(.institution, "카이스트", aliases: ["KAIST"])
        b.entity(.institution, "KAIST")
        let corpus = LinkedCorpus([a.extraction, b.extraction])
        #expect(corpus.entities.count == 1)
        #expect(corpus.entities[0].id == "institution:카이스트")
        #expect(corpus.entities[0].aliases == ["KAIST"])
        #expect(corpus.entityID(document: 1, entity: "institution:KAIST") == "institution:카이스트")
    }

    @Test func aParticleLeftOnANameJoinsTheKnownName() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b")
        a.entity(.institution, "카이스트")
        b.entity(.institution, "카이스트와")
        b.entity(.company, "아우디툼바이오사")
        a.entity(.company, "아우디툼바이오")
        let graph = GraphBuilder.build([a.extraction, b.extraction])
        #expect(companies(graph).map(\.id) == ["company:아우디툼바이오", "institution:카이스트"])
        #expect(graph.node("institution:카이스트")?.label == "카이스트")
    }

    @Test func aNameIsNeverCutOnAGuess() {
        // 모더나 ends in 나 and 한국가스공사 in 사, but no shorter name is known, so they stay whole;
        // 삼성전자 stays apart from 삼성 (자 is no particle).
        var a = ArticleBuilder("a")
        a.entity(.company, "모더나")
        a.entity(.company, "한국가스공사")
        a.entity(.company, "삼성전자")
        a.entity(.company, "삼성")
        let ids = LinkedCorpus([a.extraction]).entities.map(\.id)
        #expect(ids == ["company:모더나", "company:삼성", "company:삼성전자", "company:한국가스공사"])
    }

    @Test func normalisationCaseSpacesPunctuationAndWidth() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b"), c = ArticleBuilder("c"), d = ArticleBuilder("d")
        a.entity(.company, "Auditum Bio, Inc.")
        b.entity(.company, "AUDITUM-BIO")
        c.entity(.company, "ＡＵＤＩＴＵＭ ＢＩＯ")                                   // full width
        d.entity(.company, "카카오헬스케어".decomposedStringWithCanonicalMapping)  // NFD
        a.entity(.company, "카카오 헬스케어")
        let entities = LinkedCorpus([a.extraction, b.extraction, c.extraction, d.extraction]).entities
        #expect(entities.count == 2)
        #expect(entities.map(\.name).contains("카카오헬스케어"))  // a tie goes to the shorter form
        #expect(entities.map(\.id).contains("company:카카오헬스케어"))
    }

    @Test func companyAndInstitutionMergeButPeopleAndPlacesStayApart() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b")
        a.entity(.company, "랩센트럴")
        b.entity(.institution, "랩센트럴")
        b.entity(.institution, "랩센트럴 재단")
        a.entity(.location, "보스턴")
        b.entity(.company, "보스턴")
        a.entity(.person, "김민준")
        b.entity(.person, "김민준")
        let entities = LinkedCorpus([a.extraction, b.extraction]).entities
        #expect(entities.filter { $0.name == "랩센트럴" }.count == 1)
        #expect(entities.filter { $0.name == "보스턴" }.count == 2)
        #expect(entities.filter { $0.type == .person }.count == 1)
    }

    @Test func theMajorityTypeAndNameWin() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b"), c = ArticleBuilder("c")
        a.entity(.institution, "KAIST", aliases: ["카이스트"])
        b.entity(.institution, "KAIST")
        c.entity(.company, "카이스트")
        let entity = LinkedCorpus([a.extraction, b.extraction, c.extraction]).entities
        #expect(entity.count == 1)
        #expect(entity.first?.id == "institution:KAIST")
        #expect(entity.first?.aliases == ["카이스트"])
        #expect(entity.first?.mentions == 3)
    }

    @Test func keysFollowTheDocumentedRules() {
        #expect(NameKey.key("(주)대웅제약") == "대웅제약")
        #expect(NameKey.key("㈜ 대웅 제약") == "대웅제약")
        #expect(NameKey.key("Auditum Bio Co., Ltd.") == "auditumbio")
        #expect(NameKey.key("S-Oil") == NameKey.key("S OIL"))
        #expect(NameKey.idPart("㈜대웅 제약") == "대웅제약")
        #expect(NameKey.idPart("Boston Dynamics") == "BostonDynamics")
        #expect(NameKey.display(" (주)대웅제약 ") == "대웅제약")
        #expect(NameKey.key("---") == "---")
    }
}
