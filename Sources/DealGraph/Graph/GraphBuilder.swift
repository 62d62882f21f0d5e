/// Builds the relation graph of a corpus.
///
/// Nodes: entities (person, company, institution, location), deals and documents. Edges:
/// `party` (entity → deal; `role` is `party` or `signatory`), `leads` (person → organisation),
/// `reported_in` (deal → document) and `signed_with` (organisation → organisation, the smaller
/// id first, `weight` = shared deals). Every id comes from content, and nodes and edges are
/// sorted, so the same corpus gives the same graph.
public enum GraphBuilder {
    /// The graph of extractions, linked across documents.
    public static func build(_ extractions: [Extraction], filter: GraphFilter = GraphFilter()) -> RelationGraph {
        build(LinkedCorpus(extractions), filter: filter)
    }

    /// The graph of a linked corpus. Without a filter: every entity, deal and document. With
    /// one: the deals it keeps, their parties and signatories, their documents, and the `leads`
    /// edges between the entities kept.
    public static func build(_ corpus: LinkedCorpus, filter: GraphFilter = GraphFilter()) -> RelationGraph {
        let deals = filter.isEmpty ? corpus.deals : corpus.deals.filter { filter.keeps($0, in: corpus) }
        var entityIDs = Set<String>()
        var documentIDs = Set<String>()
        if filter.isEmpty {
            entityIDs = Set(corpus.entities.map(\.id))
            documentIDs = Set(corpus.documents.map(\.id))
        } else {
            for deal in deals {
                entityIDs.formUnion(deal.parties + deal.signatories)
                documentIDs.formUnion(deal.sources)
            }
        }

        var nodes: [GraphNode] = []
        for entity in corpus.entities where entityIDs.contains(entity.id) {
            nodes.append(node(entity))
        }
        for deal in deals {
            nodes.append(node(deal))
        }
        for document in corpus.documents where documentIDs.contains(document.id) {
            nodes.append(node(document))
        }

        var edges: [GraphEdge] = []
        var pairs: [String: (weight: Int, deals: [String])] = [:]
        let persons = Set(corpus.entities.filter { $0.type == .person }.map(\.id))
        for deal in deals {
            for party in deal.parties {
                edges.append(GraphEdge(source: party, target: deal.id, type: .party, attributes: ["role": .string("party")]))
            }
            for signatory in deal.signatories {
                edges.append(GraphEdge(source: signatory, target: deal.id, type: .party, attributes: ["role": .string("signatory")]))
            }
            for source in deal.sources {
                edges.append(GraphEdge(source: deal.id, target: "document:\(source)", type: .reportedIn))
            }
            let organisations = deal.parties.filter { !persons.contains($0) }
            for (i, a) in organisations.enumerated() {
                for b in organisations[(i + 1)...] {
                    let key = "\(a)\n\(b)"
                    var pair = pairs[key] ?? (0, [])
                    pair.weight += 1
                    pair.deals.append(deal.id)
                    pairs[key] = pair
                }
            }
        }
        for (key, pair) in pairs {
            let ends = key.split(separator: "\n", maxSplits: 1).map(String.init)
            edges.append(GraphEdge(source: ends[0], target: ends[1], type: .signedWith,
                                   attributes: ["weight": .int(pair.weight),
                                                "deals": .strings(pair.deals.sorted { $0.utf8Precedes($1) })]))
        }
        for relation in corpus.relations where entityIDs.contains(relation.source) && entityIDs.contains(relation.target) {
            var attributes: [String: GraphValue] = ["sources": .strings(relation.sources)]
            if let title = relation.title { attributes["title"] = .string(title) }
            edges.append(GraphEdge(source: relation.source, target: relation.target, type: .leads, attributes: attributes))
        }

        // Not a multigraph: one edge per (source, target); the first type listed in
        // `GraphEdgeType` wins the rare clash (a person both party and leader).
        var seen = Set<String>()
        let order = Dictionary(uniqueKeysWithValues: GraphEdgeType.allCases.enumerated().map { ($0.element, $0.offset) })
        edges.sort { order[$0.type]! < order[$1.type]! }
        edges = edges.filter { seen.insert("\($0.source)\n\($0.target)").inserted }

        var attributes = filter.attributes
        attributes["name"] = .string("dealgraph")
        attributes["documents"] = .int(corpus.documents.count)
        return RelationGraph(attributes: attributes, nodes: nodes, edges: edges)
    }

    static func node(_ entity: MergedEntity) -> GraphNode {
        GraphNode(id: entity.id, type: GraphNodeType(entity.type), label: entity.name, attributes: [
            "name": .string(entity.name),
            "aliases": .strings(entity.aliases),
            "sectors": .strings(entity.sectors.map(\.rawValue)),
            "sources": .strings(entity.sources),
            "mentions": .int(entity.mentions),
        ])
    }

    static func node(_ deal: MergedDeal) -> GraphNode {
        var attributes: [String: GraphValue] = [
            "kind": .string(deal.kind.rawValue),
            "status": .string(deal.status.rawValue),
            "sectors": .strings(deal.sectors.map(\.rawValue)),
            "amounts": .strings(deal.amounts),
            "sources": .strings(deal.sources),
        ]
        if let date = deal.date { attributes["date"] = .string(date.iso) }
        return GraphNode(id: deal.id, type: .deal, label: label(deal), attributes: attributes)
    }

    static func node(_ document: LinkedDocument) -> GraphNode {
        // `path`, not `source`: Cytoscape.js and D3 read `source` as an edge end.
        var attributes: [String: GraphValue] = ["path": .string(document.extraction.document.source)]
        if let day = document.extraction.document.published { attributes["published"] = .string(day.iso) }
        return GraphNode(id: document.nodeID, type: .document, label: document.id, attributes: attributes)
    }

    /// "MOU · 2023-04-28 · 300억 원": kind, then the date and the first amount when known.
    static func label(_ deal: MergedDeal) -> String {
        var parts = [kindLabel(deal.kind)]
        if let date = deal.date { parts.append(date.iso) }
        if let amount = deal.amountLabels.first { parts.append(amount) }
        return parts.joined(separator: " · ")
    }

    public static func kindLabel(_ kind: DealKind) -> String {
        switch kind {
        case .mou: return "MOU"
        case .techExport: return "tech export"
        case .investment: return "investment"
        case .supply: return "supply"
        case .jointVenture: return "joint venture"
        case .acquisition: return "acquisition"
        }
    }
}
