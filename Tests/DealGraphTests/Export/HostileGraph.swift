@testable import DealGraph

/// Names that break careless writers: quotes, backslashes (one at the very end), line breaks,
/// DOT operators and keywords, HTML-like text, XML specials, control characters.
enum HostileGraph {
    static let names: [String] = [
        #"say "hi""#,
        #"back\slash\"#,
        "two\nlines",
        "crlf\r\nline",
        "a -> b",
        "x -- y; z { }",
        "<b>html</b> <>",
        "AT&T 'quoted' &amp;",
        "bell\u{07}null\u{00}",
        "node",
        "\\N \\l \\G",
        "삼성전자(주) \"큰\" 회사",
    ]

    /// One company node per name (the name as both id and label), a deal between the first two,
    /// the document, and a `signed_with` edge.
    static var graph: RelationGraph {
        var nodes = names.map { GraphNode(id: "company:\($0)", type: .company, label: $0,
                                          attributes: ["name": .string($0), "aliases": .strings([$0, "\"", "\\"])]) }
        let deal = "deal:mou:undated:\(names[0])+\(names[1])"
        nodes.append(GraphNode(id: deal, type: .deal, label: "MOU · \(names[2])",
                               attributes: ["kind": .string("mou"), "sources": .strings(["doc \"1\""])]))
        nodes.append(GraphNode(id: "document:doc \"1\"", type: .document, label: "doc \"1\""))
        var edges = [
            GraphEdge(source: "company:\(names[0])", target: deal, type: .party, attributes: ["role": .string("party")]),
            GraphEdge(source: "company:\(names[1])", target: deal, type: .party, attributes: ["role": .string("party")]),
            GraphEdge(source: deal, target: "document:doc \"1\"", type: .reportedIn),
            GraphEdge(source: "company:\(names[0])", target: "company:\(names[1])", type: .signedWith,
                      attributes: ["weight": .int(1), "deals": .strings([deal])]),
        ]
        edges.append(GraphEdge(source: "company:\(names[4])", target: "company:\(names[6])", type: .leads,
                               attributes: ["title": .string("<대표> & \"CEO\"")]))
        return RelationGraph(attributes: ["name": .string("hostile <graph> & \"co\""), "documents": .int(1)],
                             nodes: nodes, edges: edges)
    }
}
