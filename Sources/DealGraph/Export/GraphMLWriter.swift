/// The graph as GraphML, which networkx (`read_graphml`), Gephi, yEd and Cytoscape desktop read.
///
/// Every attribute has a typed `<key>` (`string`, `int` or `boolean`), declared for the graph,
/// nodes or edges; ids are `g_NAME`, `n_NAME` and `e_NAME`. GraphML has no list type, so list
/// attributes (`aliases`, `sectors`, `sources`, `amounts`, `deals`) are JSON arrays in a string
/// (`["KAIST","카이스트"]`). Text is XML-escaped (`XMLEscaping`).
public enum GraphMLWriter {
    public static func render(_ graph: RelationGraph) -> String {
        let graphKeys = keys(graph.attributes.map { ($0.key, $0.value) })
        let nodeKeys = keys(graph.nodes.flatMap(\.allAttributes))
        let edgeKeys = keys(graph.edges.flatMap(\.allAttributes))

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for (domain, prefix, declared) in [("graph", "g", graphKeys), ("node", "n", nodeKeys), ("edge", "e", edgeKeys)] {
            for (name, type) in declared {
                out += "  <key id=\(XMLEscaping.attribute("\(prefix)_\(name)")) for=\"\(domain)\""
                out += " attr.name=\(XMLEscaping.attribute(name)) attr.type=\"\(type)\"/>\n"
            }
        }
        out += "  <graph id=\"dealgraph\" edgedefault=\"directed\">\n"
        for (name, value) in graph.sortedAttributes {
            out += "    " + data("g_\(name)", value) + "\n"
        }
        for node in graph.nodes {
            out += "    <node id=\(XMLEscaping.attribute(node.id))>\n"
            for (name, value) in node.allAttributes {
                out += "      " + data("n_\(name)", value) + "\n"
            }
            out += "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge id=\(XMLEscaping.attribute(edge.id)) source=\(XMLEscaping.attribute(edge.source))"
            out += " target=\(XMLEscaping.attribute(edge.target))>\n"
            for (name, value) in edge.allAttributes {
                out += "      " + data("e_\(name)", value) + "\n"
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// One key per attribute name, sorted; a name seen with two types is declared `string`.
    private static func keys(_ attributes: [(String, GraphValue)]) -> [(String, String)] {
        var types: [String: String] = [:]
        for (name, value) in attributes {
            let type = value.graphMLType
            if let known = types[name], known != type { types[name] = "string" } else { types[name] = type }
        }
        return types.sorted { $0.key.utf8Precedes($1.key) }.map { ($0.key, $0.value) }
    }

    private static func data(_ key: String, _ value: GraphValue) -> String {
        "<data key=\(XMLEscaping.attribute(key))>\(XMLEscaping.text(text(value)))</data>"
    }

    private static func text(_ value: GraphValue) -> String {
        switch value {
        case .string(let s): return s
        case .int(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .strings(let list): return "[" + list.map(JSONText.quote).joined(separator: ",") + "]"
        }
    }
}

/// XML 1.0 escaping for text and attribute values.
///
/// `&` `<` `>` `"` `'` become entity references. Characters XML 1.0 forbids outright (C0 controls
/// other than tab, LF and CR; U+FFFE; U+FFFF) cannot be written even as references, so they
/// become U+FFFD. CR is written `&#13;` (a parser would turn a raw one into LF); in attribute
/// values tab and LF are written `&#9;` and `&#10;` too, as attribute normalisation would turn
/// them into spaces.
public enum XMLEscaping {
    /// Escaped element content.
    public static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// A double-quoted attribute value, quotes included.
    public static func attribute(_ value: String) -> String {
        "\"" + escape(value, inAttribute: true) + "\""
    }

    static func escape(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\n": if inAttribute { out += "&#10;" } else { out += "\n" }
            case "\t": if inAttribute { out += "&#9;" } else { out += "\t" }
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
