/// Which deals a subgraph (or a count) keeps: all conditions given must hold.
public struct GraphFilter: Sendable, Equatable {
    public var kind: DealKind?
    public var sector: Sector?
    /// A party's name, any alias, or its node id; compared by `NameKey.key`, so "(주)대웅제약",
    /// "대웅 제약" and "company:대웅제약" all find 대웅제약.
    public var party: String?

    public init(kind: DealKind? = nil, sector: Sector? = nil, party: String? = nil) {
        self.kind = kind
        self.sector = sector
        self.party = party
    }

    public var isEmpty: Bool { kind == nil && sector == nil && party == nil }

    /// Whether `entity` is the one `party` names.
    public func names(_ entity: MergedEntity) -> Bool {
        guard let party else { return false }
        if party == entity.id { return true }
        let key = NameKey.key(party)
        return ([entity.name] + entity.aliases).contains { NameKey.key($0) == key }
    }

    /// Whether `deal` passes the kind and sector conditions (not the party one).
    func keepsKindAndSector(_ deal: MergedDeal) -> Bool {
        if let kind, deal.kind != kind { return false }
        if let sector, !deal.sectors.contains(sector) { return false }
        return true
    }

    /// Whether `deal` passes every condition.
    public func keeps(_ deal: MergedDeal, in corpus: LinkedCorpus) -> Bool {
        guard keepsKindAndSector(deal) else { return false }
        guard party != nil else { return true }
        return (deal.parties + deal.signatories).contains { id in corpus.entity(id).map(names) ?? false }
    }

    /// The filter as graph attributes (`kind`, `sector`, `party`).
    var attributes: [String: GraphValue] {
        var out: [String: GraphValue] = [:]
        if let kind { out["kind"] = .string(kind.rawValue) }
        if let sector { out["sector"] = .string(sector.rawValue) }
        if let party { out["party"] = .string(party) }
        return out
    }
}
