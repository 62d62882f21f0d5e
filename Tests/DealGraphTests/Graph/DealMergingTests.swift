import Foundation
import Testing
@testable import DealGraph

/// The same deal reported by several articles is one node with every source.
@Suite struct DealMergingTests {
    /// Two articles on the KAIST–MGH MOU, naming the parties differently.
    private func twoReports(dateA: String?, dateB: String?, kindB: DealKind = .mou) -> LinkedCorpus {
        var a = ArticleBuilder("a", published: "2023-04-29"), b = ArticleBuilder("b", published: "2023-05-02")
        a.deal(.mou, [a.entity(.institution, "카이스트", aliases: ["KAIST"]), a.entity(.institution, "MGH")],
               date: dateA, sectors: [.cluster])
        b.deal(kindB, [b.entity(.institution, "KAIST와"), b.entity(.institution, "MGH", aliases: ["매사추세츠 종합병원"])],
               date: dateB, sectors: [.bio], status: .planned)
        return LinkedCorpus([a.extraction, b.extraction])
    }

    @Test func sameKindPartiesAndDayIsOneDeal() {
        let corpus = twoReports(dateA: "2023-04-28", dateB: "2023-04-28")
        #expect(corpus.deals.count == 1)
        let deal = corpus.deals[0]
        #expect(deal.id == "deal:mou:2023-04-28:MGH+카이스트")
        #expect(deal.sources == ["a", "b"])
        #expect(deal.sectors == [.bio, .cluster])
        #expect(deal.status == .signed)  // signed beats planned
        #expect(deal.parties == ["institution:MGH", "institution:카이스트"])
        #expect(corpus.dealID(document: 0, deal: "deal-1") == corpus.dealID(document: 1, deal: "deal-1"))
    }

    @Test func closeDatesOrOneUnknownStillMerge() {
        #expect(twoReports(dateA: "2023-04-28", dateB: "2023-05-05").deals.count == 1)  // 7 days
        #expect(twoReports(dateA: nil, dateB: "2023-04-28").deals.map(\.id) == ["deal:mou:2023-04-28:MGH+카이스트"])
        #expect(twoReports(dateA: nil, dateB: nil).deals.map(\.id) == ["deal:mou:undated:MGH+카이스트"])
    }

    @Test func farDatesOtherKindsOrOtherPartiesStayApart() {
        #expect(twoReports(dateA: "2023-04-28", dateB: "2023-05-06").deals.count == 2)  // 8 days
        #expect(twoReports(dateA: "2023-04-28", dateB: "2023-04-28", kindB: .investment).deals.count == 2)
        var a = ArticleBuilder("a"), b = ArticleBuilder("b")
        a.deal(.mou, [a.entity(.company, "구글"), a.entity(.company, "카카오헬스케어")], date: "2023-04-28")
        b.deal(.mou, [b.entity(.company, "구글"), b.entity(.company, "카카오")], date: "2023-04-28")
        #expect(LinkedCorpus([a.extraction, b.extraction]).deals.count == 2)
    }

    @Test func twoDealsOfOneArticleAreNeverJoined() {
        var a = ArticleBuilder("a")
        let x = a.entity(.company, "한빛전자"), y = a.entity(.institution, "카이스트")
        a.deal(.mou, [x, y], date: "2024-03-04")
        a.deal(.mou, [x, y], date: "2024-03-04", sentence: 5)
        var b = ArticleBuilder("b")
        b.deal(.mou, [b.entity(.company, "한빛전자"), b.entity(.institution, "카이스트")])
        let deals = LinkedCorpus([a.extraction, b.extraction]).deals
        #expect(deals.map(\.id) == ["deal:mou:2024-03-04:카이스트+한빛전자", "deal:mou:2024-03-04:카이스트+한빛전자#2"])
        #expect(deals[0].sources == ["a", "b"])  // the undated report joins the first
        #expect(deals[1].sources == ["a"])
    }

    @Test func aDealWithoutKnownPartiesIsNeverJoined() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b")
        a.deal(.mou, [], date: "2023-04-28")
        b.deal(.mou, ["company:nowhere"], date: "2023-04-28")
        #expect(LinkedCorpus([a.extraction, b.extraction]).deals.map(\.id)
                == ["deal:mou:2023-04-28:unnamed@a", "deal:mou:2023-04-28:unnamed@b"])
    }

    @Test func amountsAreKeptWithoutTheirRestatement() {
        var a = ArticleBuilder("a")
        let usd = a.amount("USD", 15_000_000)
        let krw = a.amount("KRW", 20_000_000_000, approximate: true, equivalentOf: usd)
        a.deal(.investment, [a.entity(.company, "A"), a.entity(.company, "B")], amounts: [usd, krw])
        let deal = LinkedCorpus([a.extraction]).deals[0]
        #expect(deal.amounts == ["USD 15000000"])
        #expect(GraphBuilder.label(deal) == "investment · USD 15,000,000")
    }

    @Test func koreanWonLabelsUseKoreanUnits() {
        let span = Span(start: 0, end: 1, text: "x")
        #expect(AmountText.label(MoneyAmount(id: "m", currency: "KRW", value: 30_000_000_000, span: span)) == "300억 원")
        #expect(AmountText.label(MoneyAmount(id: "m", currency: "KRW", value: 1_200_000_000_000, span: span)) == "1조 2,000억 원")
        #expect(AmountText.label(MoneyAmount(id: "m", currency: "KRW", value: 15_000, approximate: true, span: span)) == "~1만 5,000 원")
        #expect(AmountText.attribute(MoneyAmount(id: "m", currency: "USD", value: 100, bound: .range, upper: 200, span: span)) == "USD 100-200")
    }

    @Test func theSameDocumentGivenTwiceCountsOnce() {
        let seed = SeedCorpus.boston
        let corpus = LinkedCorpus([seed, seed])
        #expect(corpus.documents.count == 1)
        var other = ArticleBuilder("boston-cluster-roundtable", source: "elsewhere/boston-cluster-roundtable.txt", text: "different")
        other.entity(.company, "구글")
        let both = LinkedCorpus([seed, other.extraction])
        #expect(both.documents.map(\.id) == ["boston-cluster-roundtable@boston-cluster-roundtable.txt",
                                             "boston-cluster-roundtable@elsewhere/boston-cluster-roundtable.txt"])
    }
}
