/// The graph as Cytoscape.js elements, which `cy.add(json.elements)` or
/// `cytoscape({elements: json.elements})` read as they are:
///
///     {"data": {…graph attributes…}, "directed": true,
///      "elements": {"nodes": [{"group": "nodes", "data": {"id": …, "type": …, "label": …}}],
///                   "edges": [{"group": "edges", "data": {"id": …, "source": …, "target": …, "type": …}}]}}
///
/// Edge ids are `type:source->target`. Sorted and deterministic like the other writers.
public enum CytoscapeWriter {
    public static func render(_ graph: RelationGraph) -> String {
        let nodes: [JSONText] = graph.nodes.map { node in
            var data: [String: JSONText] = ["id": .string(node.id)]
            for (name, value) in node.allAttributes { data[name] = JSONText(value) }
            return .object(["group": .string("nodes"), "data": .object(data)])
        }
        let edges: [JSONText] = graph.edges.map { edge in
            var data: [String: JSONText] = [
                "id": .string(edge.id), "source": .string(edge.source), "target": .string(edge.target),
                "label": .string(edge.label),
            ]
            for (name, value) in edge.allAttributes { data[name] = JSONText(value) }
            return .object(["group": .string("edges"), "data": .object(data)])
        }
        let top: [String: JSONText] = [
            "data": .object(graph.attributes.mapValues(JSONText.init)),
            "directed": .bool(true),
            "elements": .object(["nodes": .array(nodes), "edges": .array(edges)]),
        ]
        return JSONText.object(top).render() + "\n"
    }
}
