/// The graph in networkx's node-link form, as `networkx.node_link_data` (networkx ≥ 3.4) writes it:
///
///     {"directed": true, "multigraph": false, "graph": {…},
///      "nodes": [{"id": …, "type": …, "label": …, …}],
///      "edges": [{"source": …, "target": …, "type": …, …}]}
///
/// `networkx.node_link_graph(data, edges="edges")` loads it as a `DiGraph` (3.6 defaults to
/// `edges`; networkx before 3.4 and D3/force-graph call the list `links`). Keys are sorted and
/// lists are written in graph order, so the same graph gives the same bytes.
public enum NodeLinkJSONWriter {
    public static func render(_ graph: RelationGraph) -> String {
        var nodes: [JSONText] = []
        for node in graph.nodes {
            var members: [String: JSONText] = ["id": .string(node.id)]
            for (name, value) in node.allAttributes { members[name] = JSONText(value) }
            nodes.append(.object(members))
        }
        var edges: [JSONText] = []
        for edge in graph.edges {
            var members: [String: JSONText] = ["source": .string(edge.source), "target": .string(edge.target)]
            for (name, value) in edge.allAttributes { members[name] = JSONText(value) }
            edges.append(.object(members))
        }
        let top: [String: JSONText] = [
            "directed": .bool(true),
            "multigraph": .bool(false),
            "graph": .object(graph.attributes.mapValues(JSONText.init)),
            "nodes": .array(nodes),
            "edges": .array(edges),
        ]
        return JSONText.object(top).render() + "\n"
    }
}
