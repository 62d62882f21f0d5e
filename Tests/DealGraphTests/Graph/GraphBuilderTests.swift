import Foundation
import Testing
@testable import DealGraph

@Suite struct GraphBuilderTests {
    let corpus = [SeedCorpus.boston, SeedCorpus.hanbit]

    @Test func nodesAndEdgesOfTheSeedCorpus() {
        let graph = GraphBuilder.build(corpus)
        // 13 entities (카이스트 once), 5 deals, 2 documents.
        #expect(graph.nodes.count == 20)
        #expect(graph.nodes(of: .deal).count == 5)
        #expect(graph.nodes(of: .document).map(\.id) == ["document:boston-cluster-roundtable", "document:hanbit-kaist-mou"])
        #expect(graph.edges(of: .party).count == 11)  // 10 parties + 1 signatory
        #expect(graph.edges(of: .reportedIn).count == 5)
        #expect(graph.edges(of: .signedWith).count == 5)
        #expect(graph.edges(of: .leads).count == 2)
        let kaist = graph.node("institution:카이스트")
        #expect(kaist?.attributes["sources"] == .strings(["boston-cluster-roundtable", "hanbit-kaist-mou"]))
        #expect(kaist?.attributes["aliases"] == .strings(["KAIST"]))
    }

    @Test func idsComeFromContent() {
        let graph = GraphBuilder.build(corpus)
        let ids = Set(graph.nodes.map(\.id))
        for id in ["company:대웅제약", "institution:카이스트", "person:김민준", "location:보스턴",
                   "deal:mou:2023-04-28:MGH+카이스트", "deal:tech_export:undated:대웅제약+아우디툼바이오",
                   "deal:mou:2024-03-04:카이스트+한빛전자", "document:hanbit-kaist-mou"] {
            #expect(ids.contains(id), "\(id)")
        }
        let deal = graph.node("deal:mou:2024-03-04:카이스트+한빛전자")
        #expect(deal?.label == "MOU · 2024-03-04 · 300억 원")
        #expect(deal?.attributes["amounts"] == .strings(["KRW 30000000000"]))
        #expect(graph.edges.contains { $0.source == "person:김민준" && $0.target == deal?.id && $0.attributes["role"] == .string("signatory") })
    }

    @Test func sameCorpusSameGraphWhateverTheInputOrder() {
        let one = GraphBuilder.build(corpus)
        let two = GraphBuilder.build(corpus.reversed())
        #expect(one == two)
        #expect(NodeLinkJSONWriter.render(one) == NodeLinkJSONWriter.render(two))
        #expect(DOTWriter.render(one) == DOTWriter.render(two))
        #expect(GraphMLWriter.render(one) == GraphMLWriter.render(two))
        #expect(CytoscapeWriter.render(one) == CytoscapeWriter.render(two))
    }

    @Test func signedWithIsWeightedBySharedDeals() {
        var a = ArticleBuilder("a"), b = ArticleBuilder("b")
        let x = a.entity(.company, "한빛전자"), y = a.entity(.institution, "카이스트")
        a.deal(.mou, [x, y], date: "2024-03-04")
        b.deal(.investment, [b.entity(.company, "한빛전자"), b.entity(.institution, "KAIST", aliases: ["카이스트"])], date: "2024-05-01")
        let edges = GraphBuilder.build([a.extraction, b.extraction]).edges(of: .signedWith)
        #expect(edges.count == 1)
        #expect(edges.first?.source == "company:한빛전자")  // the smaller id first
        #expect(edges.first?.attributes["weight"] == .int(2))
        #expect(edges.first?.label == "signed with ×2")
    }

    @Test func filtersKeepASubgraph() {
        let mou = GraphBuilder.build(corpus, filter: GraphFilter(kind: .mou))
        #expect(mou.nodes(of: .deal).count == 4)
        #expect(mou.node("company:대웅제약") == nil)
        #expect(mou.attributes["kind"] == .string("mou"))

        let cluster = GraphBuilder.build(corpus, filter: GraphFilter(sector: .cluster))
        #expect(cluster.nodes(of: .deal).count == 2)
        #expect(cluster.nodes(of: .document).count == 1)

        for name in ["KAIST", "kaist", "institution:카이스트", "카 이 스 트"] {
            let kaist = GraphBuilder.build(corpus, filter: GraphFilter(party: name))
            #expect(kaist.nodes(of: .deal).map(\.id) == ["deal:mou:2023-04-28:MGH+카이스트", "deal:mou:2024-03-04:카이스트+한빛전자"], "\(name)")
            // 김민준 signed and leads 한빛전자: both kept, with the leads edge.
            #expect(kaist.edges(of: .leads).count == 1, "\(name)")
        }
        #expect(GraphBuilder.build(corpus, filter: GraphFilter(party: "nobody")).nodes.isEmpty)
    }

    @Test func anEmptyCorpusIsAnEmptyGraph() {
        let graph = GraphBuilder.build([])
        #expect(graph.nodes.isEmpty && graph.edges.isEmpty)
        #expect(NodeLinkJSONWriter.render(graph).contains("\"nodes\": []"))
    }

    @Test func extractionsAreReadBackFromWhatExtractWrites() throws {
        let lines = try corpus.map(ExtractionJSON.line).joined(separator: "\n") + "\n\nnot json\n"
        #expect(ExtractionReader.looksLikeExtractions(Array(lines.utf8)))
        let read = ExtractionReader.read(Array(lines.utf8), path: "x.jsonl")
        #expect(read.count == 3)
        #expect(try read[0].get() == corpus[0])
        if case .failure(let error) = read[2] { #expect(error.source == "x.jsonl:4") } else { Issue.record("bad line accepted") }

        let pretty = try ExtractionJSON.pretty(corpus[1])
        #expect(ExtractionReader.looksLikeExtractions(Array(pretty.utf8)))
        #expect(try ExtractionReader.read(Array(pretty.utf8), path: "x.json").map { try $0.get() } == [corpus[1]])

        let records = #"{"id": "a1", "text": "한빛전자는 카이스트와 업무협약을 체결했다."}"#
        #expect(!ExtractionReader.looksLikeExtractions(Array(records.utf8)))
        #expect(!ExtractionReader.looksLikeExtractions(Array("대웅제약은 계약을 체결했다.".utf8)))
    }
}
