import Foundation
import Testing
@testable import DealGraph

@Suite struct DOTWriterTests {
    @Test func escapesBackslashThenQuoteThenLineBreaks() {
        #expect(DOTQuoting.quote(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTQuoting.quote(#"back\slash\"#) == #""back\\slash\\""#)
        #expect(DOTQuoting.quote("two\nlines") == #""two\nlines""#)
        #expect(DOTQuoting.quote("crlf\r\nline\rend") == #""crlf\nline\nend""#)
        #expect(DOTQuoting.quote(#"\""#) == #""\\\"""#)             // not \" then an unescaped quote
        #expect(DOTQuoting.quote(#"\N \l"#) == #""\\N \\l""#)        // no escString codes
        #expect(DOTQuoting.quote("a -> b <>") == #""a -> b <>""#)    // nothing to do inside quotes
        #expect(DOTQuoting.quote("bell\u{07}") == #""bell ""#)
        #expect(DOTQuoting.quote("") == #""""#)
    }

    /// DOT tokens: a quoted string (escapes kept), a bare word, or one punctuation mark.
    private func tokens(_ dot: String) -> (quoted: [String], bare: [String])? {
        var quoted: [String] = [], bare: [String] = []
        var scalars = dot.unicodeScalars[...]
        while let c = scalars.first {
            if c == "\"" {
                scalars = scalars.dropFirst()
                var text = String.UnicodeScalarView()
                var closed = false
                while let d = scalars.popFirst() {
                    if d == "\\" { guard let e = scalars.popFirst() else { return nil }; text.append(d); text.append(e); continue }
                    if d == "\"" { closed = true; break }
                    if d == "\n" { return nil }  // a raw line break inside a string
                    text.append(d)
                }
                guard closed else { return nil }
                quoted.append(String(text))
            } else if c.properties.isAlphabetic || c == "_" {
                var word = String.UnicodeScalarView()
                while let d = scalars.first, d.properties.isAlphabetic || d == "_" { word.append(d); scalars = scalars.dropFirst() }
                bare.append(String(word))
            } else {
                scalars = scalars.dropFirst()
            }
        }
        return (quoted, bare)
    }

    @Test func everyIdAndValueIsQuoted() throws {
        let dot = DOTWriter.render(HostileGraph.graph)
        #expect(dot.hasPrefix("digraph \"dealgraph\" {\n"))
        let found = try #require(tokens(dot), "unterminated string or raw line break")
        // Outside quotes only keywords and attribute names: nothing of a name leaked out.
        let allowed: Set<String> = ["digraph", "subgraph", "graph", "node", "edge", "label", "labelloc", "shape", "style",
                                    "fillcolor", "color", "tooltip", "dir", "constraint", "penwidth", "charset",
                                    "rankdir", "fontname", "fontsize"]
        #expect(Set(found.bare).subtracting(allowed).isEmpty, "\(Set(found.bare).subtracting(allowed))")
        for name in HostileGraph.names where !name.contains("\u{07}") {
            #expect(found.quoted.contains(DOTQuoting.escape(name)), "\(name)")
        }
        #expect(dot.contains(#""company:back\\slash\\" -> "#))
        #expect(dot.contains(#"label="two\nlines""#))
        #expect(dot.contains("subgraph \"cluster_legend\""))
    }

    @Test func hostileNamesRenderWithoutAnyGraphvizMessage() throws {
        let graph = HostileGraph.graph
        let result = try ExternalTools.renderSVG(DOTWriter.render(graph))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "graphviz said: \(result.stderr)")
        // Exactly our nodes and edges (plus the legend's 6 nodes and 5 edges): no name was split
        // into extra nodes by an operator or a stray quote.
        #expect(result.stdout.components(separatedBy: "class=\"node\"").count - 1 == graph.nodes.count + 6)
        #expect(result.stdout.components(separatedBy: "class=\"edge\"").count - 1 == graph.edges.count + 5)
        #expect(result.stdout.contains("say &quot;hi&quot;"))
        #expect(result.stdout.contains("&lt;b&gt;html&lt;/b&gt; &lt;&gt;"))
    }

    @Test func dealsAreDiamondsWithKindDateAmount() {
        let dot = DOTWriter.render(GraphBuilder.build([SeedCorpus.hanbit]))
        #expect(dot.contains(#""deal:mou:2024-03-04:카이스트+한빛전자" [label="MOU · 2024-03-04 · 300억 원", shape="diamond""#))
        #expect(dot.contains(#"[label="leads (대표)""#))
        #expect(dot.contains(#"[label="signatory""#))
    }

    @Test func theFixturesRenderWithoutAnyGraphvizMessage() throws {
        var extractions = [SeedCorpus.boston, SeedCorpus.hanbit]
        for name in ["boston-cluster-roundtable.txt", "hanbit-kaist-mou.html"] {
            var document = try Fixtures.document(name)
            document.published = CalendarDay(year: 2023, month: 4, day: 29)
            extractions.append(Pipeline.extract(document))
        }
        for graph in [GraphBuilder.build(Array(extractions[2...])), GraphBuilder.build(extractions)] {
            let result = try ExternalTools.renderSVG(DOTWriter.render(graph))
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "graphviz said: \(result.stderr)")
            #expect(result.stdout.contains("</svg>"))
            #expect(result.stdout.components(separatedBy: "class=\"node\"").count - 1 == graph.nodes.count + 6)
        }
    }
}
