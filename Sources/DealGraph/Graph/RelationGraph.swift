/// What a node stands for.
public enum GraphNodeType: String, Codable, Sendable, CaseIterable {
    case person
    case company
    case institution
    case location
    case deal
    case document

    init(_ type: EntityType) {
        switch type {
        case .person: self = .person
        case .company: self = .company
        case .institution: self = .institution
        case .location: self = .location
        }
    }
}

/// What an edge says.
public enum GraphEdgeType: String, Codable, Sendable, CaseIterable {
    /// Entity → deal: the entity is a party to (or, with `role: signatory`, signed) the deal.
    case party
    /// Person → organisation: the person leads it ("대표", "회장").
    case leads
    /// Deal → document: the article reports the deal.
    case reportedIn = "reported_in"
    /// Organisation → organisation (source sorts first): they share `weight` deals.
    case signedWith = "signed_with"
}

/// An attribute value: typed, so GraphML can declare it and JSON keeps numbers as numbers.
public enum GraphValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case strings([String])

    /// The GraphML `attr.type` the value is written as (lists are JSON text in a string).
    var graphMLType: String {
        switch self {
        case .string, .strings: return "string"
        case .int: return "int"
        case .bool: return "boolean"
        }
    }
}

/// A node: a stable id, a type, and attributes (sorted by name when written).
public struct GraphNode: Sendable, Equatable {
    public var id: String
    public var type: GraphNodeType
    /// What a viewer shows: the name, or for a deal "MOU · 2023-04-28 · 300억 원".
    public var label: String
    /// Every attribute except `id`, `type` and `label`.
    public var attributes: [String: GraphValue]

    public init(id: String, type: GraphNodeType, label: String, attributes: [String: GraphValue] = [:]) {
        self.id = id
        self.type = type
        self.label = label
        self.attributes = attributes
    }

    /// `type`, `label` and the attributes, sorted by name.
    public var allAttributes: [(String, GraphValue)] {
        var all = attributes
        all["type"] = .string(type.rawValue)
        all["label"] = .string(label)
        return all.sorted { $0.key.utf8Precedes($1.key) }.map { ($0.key, $0.value) }
    }
}

/// A directed edge; at most one per (source, target) pair, so the graph is not a multigraph.
public struct GraphEdge: Sendable, Equatable {
    public var source: String
    public var target: String
    public var type: GraphEdgeType
    /// Every attribute except `source`, `target` and `type`.
    public var attributes: [String: GraphValue]

    public init(source: String, target: String, type: GraphEdgeType, attributes: [String: GraphValue] = [:]) {
        self.source = source
        self.target = target
        self.type = type
        self.attributes = attributes
    }

    /// `type:source->target`, unique in a graph.
    public var id: String { "\(type.rawValue):\(source)->\(target)" }

    /// What a viewer shows on the edge.
    public var label: String {
        switch type {
        case .party:
            if case .string(let role)? = attributes["role"], role != "party" { return role }
            return "party"
        case .leads:
            if case .string(let title)? = attributes["title"] { return "leads (\(title))" }
            return "leads"
        case .reportedIn:
            return "reported in"
        case .signedWith:
            if case .int(let weight)? = attributes["weight"], weight > 1 { return "signed with ×\(weight)" }
            return "signed with"
        }
    }

    /// `type` and the attributes, sorted by name.
    public var allAttributes: [(String, GraphValue)] {
        var all = attributes
        all["type"] = .string(type.rawValue)
        return all.sorted { $0.key.utf8Precedes($1.key) }.map { ($0.key, $0.value) }
    }
}

/// The relation graph of a corpus: nodes sorted by id, edges by (source, target), so the same
/// corpus always gives the same graph and every writer the same bytes.
public struct RelationGraph: Sendable, Equatable {
    /// Graph-level attributes (`name`, and the filters that made a subgraph).
    public var attributes: [String: GraphValue]
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    public init(attributes: [String: GraphValue] = [:], nodes: [GraphNode], edges: [GraphEdge]) {
        self.attributes = attributes
        self.nodes = nodes.sorted { $0.id.utf8Precedes($1.id) }
        self.edges = edges.sorted {
            ($0.source, $0.target) != ($1.source, $1.target)
                ? ($0.source == $1.source ? $0.target.utf8Precedes($1.target) : $0.source.utf8Precedes($1.source))
                : $0.type.rawValue.utf8Precedes($1.type.rawValue)
        }
    }

    public func node(_ id: String) -> GraphNode? { nodes.first { $0.id == id } }

    public func nodes(of type: GraphNodeType) -> [GraphNode] { nodes.filter { $0.type == type } }

    public func edges(of type: GraphEdgeType) -> [GraphEdge] { edges.filter { $0.type == type } }

    /// Graph attributes sorted by name.
    public var sortedAttributes: [(String, GraphValue)] {
        attributes.sorted { $0.key.utf8Precedes($1.key) }.map { ($0.key, $0.value) }
    }
}
