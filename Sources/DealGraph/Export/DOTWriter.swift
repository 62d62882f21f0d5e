/// The graph as Graphviz DOT, for `dot -Tsvg`.
///
/// Every id, label and value is quoted (`DOTQuoting`). Each node type has a shape and colour —
/// deals are diamonds labelled "kind · date · amount" — each edge a style and a label, and a
/// `cluster_legend` subgraph shows them all. Nodes and edges come sorted by id, attributes in a
/// fixed order, so the same graph gives the same bytes.
public enum DOTWriter {
    struct NodeStyle {
        let shape: String
        let style: String
        let fill: String
    }

    static func style(_ type: GraphNodeType) -> NodeStyle {
        switch type {
        case .person: return NodeStyle(shape: "ellipse", style: "filled", fill: "#fde68a")
        case .company: return NodeStyle(shape: "box", style: "filled", fill: "#bfdbfe")
        case .institution: return NodeStyle(shape: "box", style: "rounded,filled", fill: "#bbf7d0")
        case .location: return NodeStyle(shape: "hexagon", style: "filled", fill: "#e5e7eb")
        case .deal: return NodeStyle(shape: "diamond", style: "filled", fill: "#fdba74")
        case .document: return NodeStyle(shape: "note", style: "filled", fill: "#f8fafc")
        }
    }

    static func style(_ type: GraphEdgeType, weight: Int = 1) -> [(String, String)] {
        switch type {
        case .party: return [("color", "#374151")]
        case .leads: return [("color", "#92400e"), ("style", "dashed")]
        case .reportedIn: return [("color", "#9ca3af"), ("style", "dotted")]
        case .signedWith:
            return [("color", "#2563eb"), ("dir", "none"), ("constraint", "false"),
                    ("penwidth", String(min(6, 1 + weight)))]
        }
    }

    public static func render(_ graph: RelationGraph) -> String {
        var out = "digraph \(DOTQuoting.quote("dealgraph")) {\n"
        out += "  graph \(DOTQuoting.attributes([("charset", "UTF-8"), ("rankdir", "LR"), ("fontname", "sans-serif"), ("label", title(graph)), ("labelloc", "t")]));\n"
        out += "  node \(DOTQuoting.attributes([("fontname", "sans-serif"), ("fontsize", "11")]));\n"
        out += "  edge \(DOTQuoting.attributes([("fontname", "sans-serif"), ("fontsize", "9")]));\n"
        out += legend()
        out += "\n"
        for node in graph.nodes {
            let look = style(node.type)
            out += "  \(DOTQuoting.quote(node.id)) "
            out += DOTQuoting.attributes([("label", node.label), ("shape", look.shape), ("style", look.style),
                                          ("fillcolor", look.fill), ("tooltip", node.id)])
            out += ";\n"
        }
        for edge in graph.edges {
            var weight = 1
            if case .int(let w)? = edge.attributes["weight"] { weight = w }
            out += "  \(DOTQuoting.quote(edge.source)) -> \(DOTQuoting.quote(edge.target)) "
            out += DOTQuoting.attributes([("label", edge.label)] + style(edge.type, weight: weight))
            out += ";\n"
        }
        return out + "}\n"
    }

    private static func title(_ graph: RelationGraph) -> String {
        var parts = ["dealgraph"]
        if case .int(let n)? = graph.attributes["documents"] { parts.append("\(n) document" + (n == 1 ? "" : "s")) }
        for key in ["kind", "sector", "party"] {
            if case .string(let value)? = graph.attributes[key] { parts.append("\(key)=\(value)") }
        }
        return parts.joined(separator: " · ")
    }

    /// A small cluster with one node per type and one edge per edge type. Its ids start with
    /// `legend:`, which no entity, deal or document id does.
    private static func legend() -> String {
        var out = "  subgraph \(DOTQuoting.quote("cluster_legend")) {\n"
        out += "    graph \(DOTQuoting.attributes([("label", "legend"), ("style", "dashed"), ("color", "#9ca3af")]));\n"
        for type in GraphNodeType.allCases {
            let look = style(type)
            let label = type == .deal ? "deal\nkind · date · amount" : type.rawValue
            out += "    \(DOTQuoting.quote("legend:\(type.rawValue)")) "
            out += DOTQuoting.attributes([("label", label), ("shape", look.shape), ("style", look.style), ("fillcolor", look.fill)])
            out += ";\n"
        }
        let samples: [(GraphEdgeType, GraphNodeType, GraphNodeType, String)] = [
            (.party, .company, .deal, "party"),
            (.leads, .person, .company, "leads"),
            (.reportedIn, .deal, .document, "reported in"),
            (.signedWith, .company, .institution, "signed with ×n"),
            (.party, .institution, .deal, "party"),
        ]
        for (type, from, to, label) in samples {
            out += "    \(DOTQuoting.quote("legend:\(from.rawValue)")) -> \(DOTQuoting.quote("legend:\(to.rawValue)")) "
            out += DOTQuoting.attributes([("label", label)] + style(type))
            out += ";\n"
        }
        return out + "  }\n"
    }
}
