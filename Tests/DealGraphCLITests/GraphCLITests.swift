import DealGraph
import Foundation
import Testing

/// `dealgraph graph` and `dealgraph count`, run as a user runs them (helpers from `CLITests`).
@Suite struct GraphCLITests {
    let cli = CLITests()
    let articles = "Fixtures/articles"

    /// The seed article's extraction as the entity and deal extractors should give it, written the
    /// way `extract --format jsonl` writes it, plus a second article that names KAIST differently.
    static func seedLines() throws -> String {
        func span(_ n: Int) -> Span { Span(start: n * 100, end: n * 100 + 50, text: "s\(n)") }
        func entity(_ type: EntityType, _ name: String, _ aliases: [String] = []) -> Entity {
            Entity(id: "\(type.rawValue):\(name)", type: type, name: name, aliases: aliases, mentions: [span(0)])
        }
        let boston = Extraction(
            document: Document(id: "boston-cluster-roundtable", source: "Fixtures/articles/boston-cluster-roundtable.txt",
                               published: CalendarDay(iso: "2023-04-29"), text: "…"),
            entities: [entity(.company, "대웅제약"), entity(.company, "아우디툼바이오", ["Auditum Bio"]),
                       entity(.company, "카카오헬스케어"), entity(.company, "구글"),
                       entity(.institution, "중소기업기술정보진흥원"), entity(.institution, "랩센트럴"),
                       entity(.institution, "카이스트", ["KAIST"]), entity(.institution, "MGH"),
                       entity(.person, "윤석열", ["윤 대통령"])],
            deals: [
                Deal(id: "d1", kind: .techExport, parties: ["company:대웅제약", "company:아우디툼바이오"], sectors: [.bio],
                     status: .signed, date: CalendarDay(iso: "2023-04-28"), evidence: [span(2)]),
                Deal(id: "d2", kind: .mou, parties: ["company:카카오헬스케어", "company:구글"], sectors: [.bio],
                     status: .signed, date: CalendarDay(iso: "2023-04-28"), evidence: [span(2)]),
                Deal(id: "d3", kind: .mou, parties: ["institution:중소기업기술정보진흥원", "institution:랩센트럴"],
                     sectors: [.bio, .cluster], status: .signed, date: CalendarDay(iso: "2023-04-28"), evidence: [span(14)]),
                Deal(id: "d4", kind: .mou, parties: ["institution:카이스트", "institution:MGH"], sectors: [.cluster],
                     status: .signed, date: CalendarDay(iso: "2023-04-28"), evidence: [span(15)]),
            ],
            aggregates: [Aggregate(kind: .mou, sector: .bio, count: 9, approximate: false, evidence: [span(2)]),
                         Aggregate(kind: .mou, sector: .cluster, count: 4, approximate: false, evidence: [span(15)])])
        let follow = Extraction(
            document: Document(id: "follow-up", source: "follow-up.txt", published: CalendarDay(iso: "2023-05-01"), text: "…"),
            entities: [entity(.institution, "KAIST"), entity(.institution, "MGH(매사추세츠 종합병원)", ["MGH"])],
            deals: [Deal(id: "d1", kind: .mou, parties: ["institution:KAIST", "institution:MGH(매사추세츠 종합병원)"],
                         sectors: [.cluster], status: .signed, evidence: [span(1)])])
        return try [boston, follow].map(ExtractionJSON.line).joined(separator: "\n") + "\n"
    }

    private func seedFile() throws -> String {
        try cli.temporaryFile("seed.jsonl", Array(try GraphCLITests.seedLines().utf8)).path
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `dot -Tsvg` on a DOT file; graphviz exits 0 on some bad input, so stderr must be empty.
    private func renderSVG(_ dot: String) throws -> CLITests.Run {
        let tool = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try #require(tool, "graphviz is not installed (apt-get install -y graphviz)")
        let input = try cli.temporaryFile("graph.dot", Array(dot.utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-Tsvg", "-o", input.deletingPathExtension().appendingPathExtension("svg").path, input.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let svg = (try? String(contentsOf: input.deletingPathExtension().appendingPathExtension("svg"), encoding: .utf8)) ?? ""
        return CLITests.Run(status: process.terminationStatus, stdout: svg, stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func countPrintsTheSeedTableFromExtractions() throws {
        let result = try cli.run(["count", try seedFile()])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        // KAIST–MGH is reported twice but counted once; 4 cluster MOUs either way.
        #expect(result.stdout == """
        sector   count  named  from totals  documents
        bio          9      2            7          1
        cluster      4      2            2          2

        """)
    }

    @Test func countFormatsAndDimensions() throws {
        let seed = try seedFile()
        let asJSON = try json(try cli.run(["count", seed, "--format", "json"]).stdout)
        #expect(asJSON["by"] as? String == "sector")
        #expect(asJSON["kind"] as? String == "mou")
        #expect((asJSON["rows"] as? [[String: Any]])?.first?["count"] as? Int == 9)
        let csv = try cli.run(["count", seed, "--format", "csv", "--by", "kind"])
        #expect(csv.stdout == "kind,count,named,from_totals,documents,approximate\nmou,12,3,9,2,false\ntech_export,1,1,0,1,false\n")
        let months = try cli.run(["count", seed, "--by", "month", "--format", "csv"])
        // The 진흥원–랩센트럴 MOU is one of the nine bio MOUs and one of the four cluster MOUs: 12, not 13.
        #expect(months.stdout.contains("2023-04,12,"))
        let party = try cli.run(["count", seed, "--by", "party", "--kind", "mou", "--sector", "cluster"])
        let kaist = party.stdout.split(separator: "\n").first { $0.hasPrefix("카이스트") }?.split(separator: " ")
        #expect(kaist == ["카이스트", "institution:카이스트", "1", "1", "0", "2"])  // one deal, two reports
    }

    @Test func countOfTheFixtureArticles() throws {
        let result = try cli.run(["count", articles, "--published", "2023-04-29"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("sector  count  named  from totals  documents\n") || result.stdout.hasPrefix("sector "))
    }

    @Test func graphFromArticlesEqualsGraphFromTheirExtractions() throws {
        let extracted = try cli.run(["extract", articles, "--published", "2023-04-29", "--format", "jsonl"])
        #expect(extracted.status == 0)
        let lines = try cli.temporaryFile("extractions.jsonl", Array(extracted.stdout.utf8))
        for format in ["json", "dot", "graphml", "cytoscape"] {
            let direct = try cli.run(["graph", articles, "--published", "2023-04-29", "--format", format])
            let linked = try cli.run(["graph", lines.path, "--format", format])
            #expect(direct.status == 0 && linked.status == 0)
            #expect(direct.stdout == linked.stdout, "\(format)")
            #expect(direct.stdout == (try cli.run(["graph", articles, "--published", "2023-04-29", "--format", format])).stdout)
        }
    }

    @Test func theFixturesDOTRendersWithoutAnyGraphvizMessage() throws {
        for input in [articles, try seedFile()] {
            let dot = try cli.run(["graph", input, "--published", "2023-04-29", "--format", "dot"])
            #expect(dot.status == 0)
            let svg = try renderSVG(dot.stdout)
            #expect(svg.status == 0)
            #expect(svg.stderr.isEmpty, "graphviz said: \(svg.stderr)")
            #expect(svg.stdout.contains("</svg>"))
        }
    }

    @Test func everyFormatHasTheSameNodesAndEdges() throws {
        let seed = try seedFile()
        let nodeLink = try json(try cli.run(["graph", seed]).stdout)
        let nodes = try #require(nodeLink["nodes"] as? [[String: Any]])
        let edges = try #require(nodeLink["edges"] as? [[String: Any]])
        // 9 entities (KAIST and MGH merged across the articles), 4 deals, 2 documents.
        #expect(nodes.count == 15)
        let kaistMGH = nodes.first { $0["id"] as? String == "deal:mou:2023-04-28:MGH+카이스트" }
        #expect(kaistMGH?["sources"] as? [String] == ["boston-cluster-roundtable", "follow-up"])
        let cytoscape = try json(try cli.run(["graph", seed, "--format", "cytoscape"]).stdout)
        let elements = try #require(cytoscape["elements"] as? [String: [Any]])
        #expect(elements["nodes"]?.count == nodes.count)
        #expect(elements["edges"]?.count == edges.count)
        let graphML = try cli.run(["graph", seed, "--format", "graphml"]).stdout
        #expect(graphML.components(separatedBy: "<node id=").count - 1 == nodes.count)
        #expect(graphML.components(separatedBy: "<edge id=").count - 1 == edges.count)

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let check = try cli.temporaryFile("check.py", Array("""
        import json, sys
        try:
            import networkx as nx
        except ImportError:
            print("skip"); sys.exit(0)
        g = nx.read_graphml(sys.argv[1])
        h = nx.node_link_graph(json.load(open(sys.argv[2], encoding="utf-8")), edges="edges")
        print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges())
        """.utf8))
        let a = try cli.temporaryFile("g.graphml", Array(graphML.utf8))
        let b = try cli.temporaryFile("g.json", Array(try cli.run(["graph", seed]).stdout.utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [check.path, a.path, b.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        if !said.hasPrefix("skip") {
            #expect(said == "\(nodes.count) \(edges.count) \(nodes.count) \(edges.count)\n")
        }
    }

    @Test func filtersAndStdin() throws {
        let lines = try GraphCLITests.seedLines()
        let kaist = try json(try cli.run(["graph", "-", "--party", "KAIST"], stdin: Data(lines.utf8)).stdout)
        let ids = (kaist["nodes"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids == ["deal:mou:2023-04-28:MGH+카이스트", "document:boston-cluster-roundtable", "document:follow-up",
                        "institution:MGH", "institution:카이스트"])
        let bio = try json(try cli.run(["graph", "-", "--sector", "bio", "--kind", "tech_export"], stdin: Data(lines.utf8)).stdout)
        #expect((bio["nodes"] as? [Any])?.count == 4)
        #expect((bio["graph"] as? [String: Any])?["sector"] as? String == "bio")
    }

    @Test func aBadExtractionLineIsReportedAndTheRestStillLinked() throws {
        let lines = try GraphCLITests.seedLines() + "{\"document\": 1, \"entities\": []}\n"
        let file = try cli.temporaryFile("broken.jsonl", Array(lines.utf8))
        let result = try cli.run(["graph", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.jsonl:3"))
        #expect(((try json(result.stdout))["nodes"] as? [Any])?.count == 15)
        let missing = try cli.run(["count", "no/such.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no/such.jsonl"))
    }

    @Test func usageErrors() throws {
        for arguments in [["graph"], ["count"], ["graph", articles, "--format", "svg"], ["count", articles, "--format", "dot"],
                          ["count", articles, "--by", "year"], ["count", articles, "--kind", "merger"],
                          ["graph", articles, "--sector", "space"], ["graph", articles, "--by", "kind"],
                          ["extract", articles, "--kind", "mou"], ["graph", articles, "--explain"], ["count", articles, "--party"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("dealgraph: "), "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func helpNamesTheNewCommands() throws {
        let help = try cli.run(["--help"])
        #expect(help.stdout.contains("dealgraph graph <input>..."))
        #expect(help.stdout.contains("dealgraph count <input>..."))
    }
}

/// The seed article read for real, end to end, by the commands the README shows.
@Suite struct SeedEndToEndTests {
    let cli = CLITests()
    let seed = "Fixtures/articles/boston-cluster-roundtable.txt"

    @Test func seedCountsNineBioAndFourClusterMOUs() throws {
        let result = try cli.run(["count", seed, "--published", "2023-04-29", "--format", "csv"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let bio = rows.first { $0.first == "bio" }
        let cluster = rows.first { $0.first == "cluster" }
        #expect(bio?.dropFirst().prefix(2).map { $0 } == ["9", "2"])
        #expect(cluster?.dropFirst().prefix(2).map { $0 } == ["4", "2"])
    }

    @Test func seedYieldsItsFourDealsOnce() throws {
        let result = try cli.run(["extract", seed, "--published", "2023-04-29"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let entities = (json?["entities"] as? [[String: Any]]) ?? []
        let names = Dictionary(uniqueKeysWithValues: entities.map { ($0["id"] as! String, $0["name"] as! String) })
        let deals = (json?["deals"] as? [[String: Any]]) ?? []
        let described = Set(deals.map { deal in
            "\(deal["kind"]!):" + ((deal["parties"] as? [String]) ?? []).map { names[$0] ?? $0 }.sorted().joined(separator: "+")
        })
        #expect(described.count == 4)
        #expect(described.contains("tech_export:대웅제약+아우디툼바이오"))
        #expect(described.contains("mou:구글+카카오헬스케어"))
        #expect(described.contains("mou:랩센트럴+중소기업기술정보진흥원"))
        #expect(described.contains { $0.hasPrefix("mou:") && $0.contains("카이스트") })
        let aggregates = (json?["aggregates"] as? [[String: Any]]) ?? []
        #expect(Set(aggregates.map { "\($0["sector"] ?? "-"):\($0["count"]!)" }) == ["bio:9", "cluster:4"])
        #expect(!names.values.contains("백종원"))
    }
}
