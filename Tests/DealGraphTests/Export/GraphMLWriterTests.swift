import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DealGraph

@Suite struct GraphMLWriterTests {
    /// What an XML parser reads back: keys, nodes, edges, and each node's data by key.
    final class Reader: NSObject, XMLParserDelegate {
        var keys: [String: (domain: String, name: String, type: String)] = [:]
        var nodes: [String] = []
        var edges: [(id: String, source: String, target: String)] = []
        var data: [String: [String: String]] = [:]  // element id → key → text
        var graphData: [String: String] = [:]
        private var owner: String?
        private var key: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "key": keys[attributes["id"]!] = (attributes["for"]!, attributes["attr.name"]!, attributes["attr.type"]!)
            case "node": nodes.append(attributes["id"]!); owner = attributes["id"]
            case "edge": edges.append((attributes["id"]!, attributes["source"]!, attributes["target"]!)); owner = attributes["id"]
            case "data": key = attributes["key"]; text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if key != nil { text += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "data", let key {
                if let owner { data[owner, default: [:]][key] = text } else { graphData[key] = text }
                self.key = nil
            }
            if name == "node" || name == "edge" { owner = nil }
        }
    }

    private func read(_ xml: String) throws -> Reader {
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = Reader()
        parser.delegate = reader
        let ok = parser.parse()
        #expect(ok, "not well-formed: \(String(describing: parser.parserError))")
        return reader
    }

    /// `text` with the characters XML 1.0 cannot hold replaced by U+FFFD, as the writer does.
    private func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { c in
            c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" ? "\u{FFFD}" : c
        }))
    }

    @Test func hostileNamesGiveWellFormedXMLThatReadsBack() throws {
        let graph = HostileGraph.graph
        let xml = GraphMLWriter.render(graph)
        let reader = try read(xml)
        #expect(reader.nodes.count == graph.nodes.count)
        #expect(reader.edges.count == graph.edges.count)
        #expect(Set(reader.nodes) == Set(graph.nodes.map { xmlSafe($0.id) }))
        // Names round-trip exactly, except the characters XML cannot hold at all (→ U+FFFD).
        for name in HostileGraph.names {
            #expect(reader.data["company:\(xmlSafe(name))"]?["n_label"] == xmlSafe(name), "\(name)")
        }
        #expect(reader.graphData["g_name"] == "hostile <graph> & \"co\"")
        #expect(reader.data[graph.edges.first { $0.type == .leads }!.id]?["e_title"] == "<대표> & \"CEO\"")
        #expect(reader.data["company:say \"hi\""]?["n_aliases"] == #"["say \"hi\"","\"","\\"]"#)
    }

    @Test func keysAreTypedAndDeclaredPerDomain() throws {
        let graph = GraphBuilder.build([SeedCorpus.boston, SeedCorpus.hanbit])
        let reader = try read(GraphMLWriter.render(graph))
        #expect(reader.keys["n_mentions"]?.type == "int")
        #expect(reader.keys["n_label"]?.type == "string")
        #expect(reader.keys["e_weight"]?.type == "int")
        #expect(reader.keys["e_weight"]?.domain == "edge")
        #expect(reader.keys["g_documents"]?.domain == "graph")
        #expect(reader.nodes.count == graph.nodes.count)
        #expect(reader.edges.count == graph.edges.count)
        // Every data element names a declared key of its own domain.
        for (_, values) in reader.data { for key in values.keys { #expect(reader.keys[key] != nil, "\(key)") } }
    }

    @Test func escapingRules() {
        #expect(XMLEscaping.text("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(XMLEscaping.attribute("x\ny\tz\r") == "\"x&#10;y&#9;z&#13;\"")
        #expect(XMLEscaping.text("x\ny\u{01}\u{FFFF}") == "x\ny\u{FFFD}\u{FFFD}")
    }
}
