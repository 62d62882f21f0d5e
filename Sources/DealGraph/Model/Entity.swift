/// What kind of thing an entity is.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    case person
    case company
    case institution
    case location

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A person, company, institution or location named in an article, once, with all its mentions.
public struct Entity: Codable, Sendable, Equatable {
    /// Stable within the extraction, derived from type and canonical name (`company:대웅제약`).
    public var id: String
    public var type: EntityType
    /// The canonical name.
    public var name: String
    /// Other surface forms of the same entity in the text ("KAIST", "윤 대통령").
    public var aliases: [String]
    /// Every place the entity is named, in text order.
    public var mentions: [Span]
    /// Sectors the lexicon gives the entity, used when a deal sentence names none.
    public var sectors: [Sector]

    public init(id: String, type: EntityType, name: String, aliases: [String] = [],
                mentions: [Span] = [], sectors: [Sector] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.sectors = sectors
    }
}

/// A plain fact of the text linking two entities.
public struct Relation: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A person leads an organisation ("(대표 홍길동)", "이두현 회장").
        case leads
    }

    public var kind: Kind
    /// Entity id of the subject (the person for `leads`).
    public var source: String
    /// Entity id of the object (the organisation for `leads`).
    public var target: String
    /// The title that states the relation ("대표", "회장"), when there is one.
    public var title: String?
    public var evidence: [Span]

    public init(kind: Kind, source: String, target: String, title: String? = nil, evidence: [Span] = []) {
        self.kind = kind
        self.source = source
        self.target = target
        self.title = title
        self.evidence = evidence
    }
}
