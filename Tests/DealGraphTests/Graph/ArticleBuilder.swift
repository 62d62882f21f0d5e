import Foundation
@testable import DealGraph

/// Builds an extraction by hand, so linking, exports and counts are tested without the extractors.
///
/// Evidence is given as sentence numbers: sentence `n` is the span `n*100 ..< n*100+50`.
struct ArticleBuilder {
    var document: Document
    var entities: [Entity] = []
    var relations: [Relation] = []
    var deals: [Deal] = []
    var aggregates: [Aggregate] = []
    var amounts: [MoneyAmount] = []

    init(_ id: String, published: String? = nil, source: String? = nil, text: String? = nil) {
        document = Document(id: id, source: source ?? "\(id).txt", published: published.flatMap(CalendarDay.init(iso:)),
                            text: text ?? "article \(id)")
    }

    static func sentence(_ n: Int) -> Span { Span(start: n * 100, end: n * 100 + 50, text: "sentence \(n)") }

    /// Adds an entity and returns its id in this extraction (`type:name`, spaces removed, as the
    /// extractor writes it).
    @discardableResult
    mutating func entity(_ type: EntityType, _ name: String, aliases: [String] = [], sectors: [Sector] = []) -> String {
        let id = "\(type.rawValue):" + name.filter { $0 != " " }
        entities.append(Entity(id: id, type: type, name: name, aliases: aliases,
                               mentions: [ArticleBuilder.sentence(0)], sectors: sectors))
        return id
    }

    @discardableResult
    mutating func deal(_ kind: DealKind, _ parties: [String], signatories: [String] = [], date: String? = nil,
                       sectors: [Sector] = [], status: DealStatus = .signed, amounts: [String] = [],
                       sentence: Int = 1) -> String {
        let id = "deal-\(deals.count + 1)"
        deals.append(Deal(id: id, kind: kind, parties: parties, signatories: signatories, sectors: sectors,
                          status: status, date: date.flatMap(CalendarDay.init(iso:)), amounts: amounts,
                          evidence: [ArticleBuilder.sentence(sentence)]))
        return id
    }

    mutating func total(_ kind: DealKind, _ sector: Sector?, _ count: Int, approximate: Bool = false, sentence: Int = 1) {
        aggregates.append(Aggregate(kind: kind, sector: sector, count: count, approximate: approximate,
                                    evidence: [ArticleBuilder.sentence(sentence)]))
    }

    mutating func leads(_ person: String, _ organisation: String, title: String? = nil) {
        relations.append(Relation(kind: .leads, source: person, target: organisation, title: title))
    }

    @discardableResult
    mutating func amount(_ currency: String, _ value: Decimal, approximate: Bool = false, equivalentOf: String? = nil) -> String {
        let id = "amount-\(amounts.count + 1)"
        amounts.append(MoneyAmount(id: id, currency: currency, value: value, approximate: approximate,
                                   equivalentOf: equivalentOf, span: ArticleBuilder.sentence(1)))
        return id
    }

    var extraction: Extraction {
        Extraction(document: document, entities: entities, relations: relations, deals: deals,
                   aggregates: aggregates, amounts: amounts)
    }
}

/// The seed article as its answer key reads it: a technology export and an MOU named in the
/// sentence of "총 9건의 바이오 분야 MOU", a bio-and-cluster MOU in the sentence before "총 4건의
/// 클러스터 관련 협력 MOU", and the KAIST–MGH MOU inside that total.
enum SeedCorpus {
    static var boston: Extraction {
        var a = ArticleBuilder("boston-cluster-roundtable", published: "2023-04-29")
        let daewoong = a.entity(.company, "대웅제약", sectors: [.bio])
        let auditum = a.entity(.company, "아우디툼바이오", aliases: ["Auditum Bio"])
        let kakao = a.entity(.company, "카카오헬스케어", sectors: [.bio])
        let google = a.entity(.company, "구글")
        let kiat = a.entity(.institution, "중소기업기술정보진흥원")
        let labcentral = a.entity(.institution, "랩센트럴")
        let kaist = a.entity(.institution, "카이스트", aliases: ["KAIST"])
        let mgh = a.entity(.institution, "MGH", aliases: ["매사추세츠 종합병원"])
        let yoon = a.entity(.person, "윤석열", aliases: ["윤 대통령"])
        a.entity(.location, "보스턴")
        let office = a.entity(.institution, "대통령실")
        a.leads(yoon, office, title: "대통령")
        a.deal(.techExport, [daewoong, auditum], sectors: [.bio], sentence: 2)
        a.deal(.mou, [kakao, google], sectors: [.bio, .ai], sentence: 2)
        a.total(.mou, .bio, 9, sentence: 2)
        a.deal(.mou, [kiat, labcentral], date: "2023-04-28", sectors: [.bio, .cluster], sentence: 14)
        a.deal(.mou, [kaist, mgh], date: "2023-04-28", sectors: [.cluster], sentence: 15)
        a.total(.mou, .cluster, 4, sentence: 15)
        return a.extraction
    }

    static var hanbit: Extraction {
        var a = ArticleBuilder("hanbit-kaist-mou", published: "2024-03-05")
        let hanbit = a.entity(.company, "한빛전자", sectors: [.semiconductor])
        let kaist = a.entity(.institution, "카이스트", aliases: ["KAIST"])
        let ceo = a.entity(.person, "김민준")
        a.leads(ceo, hanbit, title: "대표")
        let money = a.amount("KRW", 30_000_000_000)
        a.deal(.mou, [hanbit, kaist], signatories: [ceo], date: "2024-03-04", sectors: [.semiconductor], amounts: [money])
        return a.extraction
    }
}
