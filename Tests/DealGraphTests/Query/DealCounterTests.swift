import Testing
@testable import DealGraph

/// Per document and sector: the larger of the stated total and the named deals; across
/// documents, named deals once and each stated total for what it adds.
@Suite struct DealCounterTests {
    private func row(_ result: DealCount, _ key: String?) -> CountRow? {
        result.rows.first { $0.key == key }
    }

    @Test func theSeedCountsNineBioAndFourClusterMOUs() {
        let result = DealCounter.count([SeedCorpus.boston])
        #expect(result.rows.map(\.key) == ["bio", "cluster", "ai"])
        #expect(row(result, "bio") == CountRow(key: "bio", label: "bio", count: 9, named: 2, fromTotals: 7, documents: 1, approximate: false))
        #expect(row(result, "cluster") == CountRow(key: "cluster", label: "cluster", count: 4, named: 2, fromTotals: 2, documents: 1, approximate: false))
        // 카카오헬스케어–구글 is also an AI deal; rows need not add up.
        #expect(row(result, "ai")?.count == 1)
    }

    @Test func statedMoreThanNamed() {
        var a = ArticleBuilder("a")
        a.deal(.mou, [a.entity(.company, "A"), a.entity(.company, "B")], sectors: [.bio], sentence: 3)
        a.total(.mou, .bio, 5, sentence: 7)
        let bio = row(DealCounter.count([a.extraction]), "bio")
        #expect(bio?.count == 5)
        #expect(bio?.named == 1)
        #expect(bio?.fromTotals == 4)
    }

    @Test func namedMoreThanStated() {
        var a = ArticleBuilder("a")
        for (i, pair) in [("A", "B"), ("C", "D"), ("E", "F")].enumerated() {
            a.deal(.mou, [a.entity(.company, pair.0), a.entity(.company, pair.1)], sectors: [.battery], sentence: i + 1)
        }
        a.total(.mou, .battery, 2, sentence: 1)
        let battery = row(DealCounter.count([a.extraction]), "battery")
        #expect(battery?.count == 3)
        #expect(battery?.named == 3)
        #expect(battery?.fromTotals == 0)
    }

    @Test func onlyDealsOfTheTotalsKindCountAsNamedInsideIt() {
        // "대웅제약은 … 기술수출 계약을 체결했으며, 카카오헬스케어는 구글과 … MOU를 체결하는 등 총 9건의
        // 바이오 분야 MOU": the MOU is one of the nine, the technology export is not.
        var a = ArticleBuilder("a")
        a.deal(.techExport, [a.entity(.company, "대웅제약"), a.entity(.company, "아우디툼바이오")], sectors: [.bio], sentence: 2)
        a.deal(.mou, [a.entity(.company, "카카오헬스케어"), a.entity(.company, "구글")], sectors: [.ai], sentence: 2)
        a.total(.mou, .bio, 9, sentence: 2)
        let mou = DealCounter.count([a.extraction])
        #expect(row(mou, "bio")?.count == 9)
        #expect(row(mou, "bio")?.named == 1)
        #expect(row(mou, "ai")?.count == 1)
        let kinds = DealCounter.count([a.extraction], by: .kind, filter: GraphFilter())
        #expect(row(kinds, "tech_export")?.count == 1)
        #expect(row(kinds, "mou")?.count == 9)
    }

    @Test func noSector() {
        var a = ArticleBuilder("a")
        a.deal(.mou, [a.entity(.company, "A"), a.entity(.company, "B")], sentence: 1)
        a.total(.mou, nil, 6, sentence: 1)
        let result = DealCounter.count([a.extraction])
        #expect(result.rows.map(\.label) == ["(none)"])
        #expect(row(result, nil)?.count == 6)
        #expect(row(result, nil)?.named == 1)
    }

    @Test func aTotalWithoutSectorOnlyAddsWhatTheSectorTotalsLeave() {
        // "총 13건의 MOU … 바이오 9건, 클러스터 4건": 13, not 26.
        var a = ArticleBuilder("a")
        a.total(.mou, nil, 13, sentence: 1)
        a.total(.mou, .bio, 9, sentence: 2)
        a.total(.mou, .cluster, 4, sentence: 3)
        let kinds = DealCounter.count([a.extraction], by: .kind)
        #expect(row(kinds, "mou")?.count == 13)
        var b = ArticleBuilder("b")
        b.total(.mou, nil, 15, sentence: 1)
        b.total(.mou, .bio, 9, sentence: 2)
        #expect(row(DealCounter.count([b.extraction], by: .kind), "mou")?.count == 15)
        #expect(row(DealCounter.count([b.extraction]), nil)?.count == 6)
    }

    @Test func severalDocumentsSumAfterMerging() {
        // a and b report the same announcement (the same total, a deal in common); c another.
        var a = ArticleBuilder("a", published: "2023-04-29"), b = ArticleBuilder("b", published: "2023-04-30")
        var c = ArticleBuilder("c", published: "2023-06-01")
        a.deal(.mou, [a.entity(.company, "카카오헬스케어"), a.entity(.company, "구글")], date: "2023-04-28", sectors: [.bio], sentence: 1)
        a.deal(.mou, [a.entity(.company, "P"), a.entity(.company, "Q")], date: "2023-04-28", sectors: [.bio], sentence: 1)
        a.total(.mou, .bio, 9, sentence: 1)
        b.deal(.mou, [b.entity(.company, "㈜카카오헬스케어"), b.entity(.company, "Google", )], date: "2023-04-28", sectors: [.bio], sentence: 4)
        b.entities[1].aliases = ["구글"]
        b.deal(.mou, [b.entity(.company, "R"), b.entity(.company, "S")], sectors: [.bio], sentence: 4)
        b.total(.mou, .bio, 9, sentence: 4)
        c.deal(.mou, [c.entity(.company, "카카오헬스케어"), c.entity(.company, "구글")], date: "2023-05-30", sectors: [.bio], sentence: 1)
        c.total(.mou, .bio, 3, sentence: 1)
        let result = DealCounter.count([a.extraction, b.extraction, c.extraction])
        let bio = row(result, "bio")
        // Named: 카카오헬스케어–구글 (a = b), P–Q, R–S, and c's later 카카오헬스케어–구글: 4.
        // a+b state 9 against 3 named → 6 more; c states 3 against 1 → 2 more.
        #expect(bio?.named == 4)
        #expect(bio?.fromTotals == 8)
        #expect(bio?.count == 12)
        #expect(bio?.documents == 3)
        let months = DealCounter.count([a.extraction, b.extraction, c.extraction], by: .month)
        #expect(months.rows.map(\.key) == ["2023-04", "2023-05", "2023-06"])
        #expect(months.rows.map(\.count) == [9, 1, 2])
    }

    @Test func unrelatedTotalsAreNotJoined() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b")
        a.total(.mou, .bio, 3)
        b.total(.mou, .bio, 3)
        #expect(row(DealCounter.count([a.extraction, b.extraction]), "bio")?.count == 6)
    }

    @Test func byPartyAndFilters() {
        let corpus = [SeedCorpus.boston, SeedCorpus.hanbit]
        let parties = DealCounter.count(corpus, by: .party)
        #expect(parties.rows.first?.key == "institution:카이스트")
        #expect(parties.rows.first?.label == "카이스트")
        #expect(parties.rows.first?.count == 2)
        #expect(parties.rows.allSatisfy { $0.fromTotals == 0 })
        let kaist = DealCounter.count(corpus, by: .sector, filter: GraphFilter(kind: .mou, party: "KAIST"))
        #expect(kaist.rows.map(\.key) == ["cluster", "semiconductor"])
        let bio = DealCounter.count(corpus, by: .kind, filter: GraphFilter(sector: .bio))
        #expect(row(bio, "mou")?.count == 9)
        #expect(row(bio, "tech_export")?.count == 1)
    }

    @Test func approximateTotalsAreMarked() {
        var a = ArticleBuilder("a")
        a.total(.mou, .ai, 30, approximate: true)
        let result = DealCounter.count([a.extraction])
        #expect(row(result, "ai")?.approximate == true)
        #expect(CountWriter.table(result).contains("~30"))
    }

    @Test func writers() {
        let result = DealCounter.count([SeedCorpus.boston])
        #expect(CountWriter.table(result) == """
        sector   count  named  from totals  documents
        bio          9      2            7          1
        cluster      4      2            2          1
        ai           1      1            0          1

        """)
        #expect(CountWriter.csv(result).hasPrefix("sector,count,named,from_totals,documents,approximate\nbio,9,2,7,1,false\n"))
        #expect(CountWriter.json(result).contains("\"sector\": \"bio\""))
        let parties = DealCounter.count([SeedCorpus.hanbit], by: .party)
        #expect(CountWriter.table(parties).hasPrefix("party     id                    count"))
        #expect(CountWriter.csv(parties).contains("company:한빛전자,한빛전자,1,1,0,1,false"))
    }
}
