import Foundation
import Testing
@testable import DealGraph

@Suite struct JSONWriterTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func nodeLinkHasTheNetworkxShape() throws {
        let graph = GraphBuilder.build([SeedCorpus.boston, SeedCorpus.hanbit])
        let json = try object(NodeLinkJSONWriter.render(graph))
        #expect(json["directed"] as? Bool == true)
        #expect(json["multigraph"] as? Bool == false)
        #expect((json["graph"] as? [String: Any])?["documents"] as? Int == 2)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(json["links"] == nil)
        #expect(nodes.count == graph.nodes.count)
        #expect(edges.count == graph.edges.count)
        let kaist = try #require(nodes.first { $0["id"] as? String == "institution:카이스트" })
        #expect(kaist["type"] as? String == "institution")
        #expect(kaist["aliases"] as? [String] == ["KAIST"])
        #expect(kaist["mentions"] as? Int == 2)
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        for edge in edges {
            #expect(ids.contains(edge["source"] as? String ?? ""))
            #expect(ids.contains(edge["target"] as? String ?? ""))
            #expect(edge["type"] is String)
        }
    }

    @Test func hostileNamesAreValidJSON() throws {
        let graph = HostileGraph.graph
        for text in [NodeLinkJSONWriter.render(graph), CytoscapeWriter.render(graph)] {
            let json = try object(text)
            #expect(!json.isEmpty)
        }
        let nodes = try #require(try object(NodeLinkJSONWriter.render(graph))["nodes"] as? [[String: Any]])
        let labels = Set(nodes.compactMap { $0["label"] as? String })
        for name in HostileGraph.names { #expect(labels.contains(name), "\(name)") }
        #expect(JSONText.quote("a\u{2028}\u{01}\"\\/") == #""a\u2028\u0001\"\\/""#)
    }

    @Test func cytoscapeElements() throws {
        let graph = GraphBuilder.build([SeedCorpus.hanbit])
        let json = try object(CytoscapeWriter.render(graph))
        let elements = try #require(json["elements"] as? [String: Any])
        let nodeElements = try #require(elements["nodes"] as? [[String: Any]])
        let edgeElements = try #require(elements["edges"] as? [[String: Any]])
        #expect(nodeElements.allSatisfy { $0["group"] as? String == "nodes" })
        #expect(edgeElements.allSatisfy { $0["group"] as? String == "edges" })
        let nodes = nodeElements.compactMap { $0["data"] as? [String: Any] }
        let edges = edgeElements.compactMap { $0["data"] as? [String: Any] }
        #expect(nodes.count == graph.nodes.count)
        #expect(edges.count == graph.edges.count)
        #expect(nodes.allSatisfy { $0["id"] is String && $0["label"] is String && $0["source"] == nil })
        let ids = edges.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == edges.count)
        #expect(ids.contains("leads:person:김민준->company:한빛전자"))
        #expect(edges.allSatisfy { $0["source"] is String && $0["target"] is String })
    }

    @Test(.enabled(if: ExternalTools.hasNetworkx, "needs python3 with networkx ≥ 3.4"))
    func networkxReadsGraphMLAndNodeLinkBack() throws {
        for graph in [GraphBuilder.build([SeedCorpus.boston, SeedCorpus.hanbit]), HostileGraph.graph] {
            let summary = try ExternalTools.networkxSummary(graphML: GraphMLWriter.render(graph),
                                                            nodeLink: NodeLinkJSONWriter.render(graph))
            let expected = [graph.nodes.count, graph.edges.count]
            #expect((summary["graphml"] as? [Any])?.prefix(2).compactMap { $0 as? Int } == expected)
            #expect((summary["nodelink"] as? [Any])?.prefix(2).compactMap { $0 as? Int } == expected)
            #expect((summary["nodelink"] as? [Any])?.dropFirst(2).compactMap { $0 as? Bool } == [true, false])
            let labels = summary["nodelink_labels"] as? [String: String]
            for node in graph.nodes { #expect(labels?[node.id] == node.label, "\(node.id)") }
            let weights = graph.edges.compactMap { edge -> Int? in
                if case .int(let w)? = edge.attributes["weight"] { return w } else { return nil }
            }.sorted()
            #expect(summary["graphml_weights"] as? [Int] == weights)
        }
    }
}
