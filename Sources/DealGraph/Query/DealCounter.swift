/// What `dealgraph count` groups deals by.
public enum CountDimension: String, Sendable, CaseIterable {
    case sector
    case kind
    /// Organisations (and people) that are party to named deals.
    case party
    /// The deal's month, else the month its first report was published.
    case month
}

/// One row of a count: the number and where it comes from.
public struct CountRow: Sendable, Equatable {
    /// The sector or kind raw value, the party's entity id, or `yyyy-mm`; nil for deals with no
    /// sector, or no known month.
    public var key: String?
    /// What a reader sees: the key, the party's name, `(none)` or `(unknown)`.
    public var label: String
    public var count: Int
    /// Deals the documents name (each counted once across documents).
    public var named: Int
    /// Deals known only from stated totals: `count - named`.
    public var fromTotals: Int
    /// Documents the row rests on.
    public var documents: Int
    /// True when a stated total behind the row is approximate ("30여 건").
    public var approximate: Bool
}

/// A count of deals across a corpus.
public struct DealCount: Sendable, Equatable {
    public var by: CountDimension
    /// The filter applied (its kind is the kind counted; nil counts every kind).
    public var filter: GraphFilter
    /// Documents read.
    public var documents: Int
    public var rows: [CountRow]
}

/// Counts deals by sector, kind, party or month (see `CountedDeals` for the rule).
///
/// A deal with several sectors (or kinds, or parties) counts in each of its rows, so rows need not
/// add up to the number of deals.
public enum DealCounter {
    public static func count(_ extractions: [Extraction], by: CountDimension = .sector,
                             filter: GraphFilter = GraphFilter(kind: .mou)) -> DealCount {
        count(LinkedCorpus(extractions), by: by, filter: filter)
    }

    public static func count(_ corpus: LinkedCorpus, by: CountDimension = .sector,
                             filter: GraphFilter = GraphFilter(kind: .mou)) -> DealCount {
        var kept = CountedDeals.collect(corpus).filter { item in
            if let kind = filter.kind, !item.kinds.contains(kind) { return false }
            if let sector = filter.sector, !item.sectors.contains(sector) { return false }
            return true
        }
        if filter.party != nil {
            let wanted = Set(corpus.entities.filter(filter.names).map(\.id))
            kept = kept.filter { !wanted.isDisjoint(with: $0.parties) }
        }

        var rows: [String: CountRow] = [:]
        var documents: [String: Set<String>] = [:]
        for item in kept {
            for (key, label) in keys(item, by: by, filter: filter, corpus: corpus) {
                let slot = key ?? "\u{0}"
                var row = rows[slot] ?? CountRow(key: key, label: label, count: 0, named: 0, fromTotals: 0,
                                                 documents: 0, approximate: false)
                row.count += 1
                if item.deal != nil { row.named += 1 } else { row.fromTotals += 1 }
                row.approximate = row.approximate || item.approximate
                rows[slot] = row
                documents[slot, default: []].formUnion(item.documents)
            }
        }
        var out = rows.map { slot, row in
            var row = row
            row.documents = documents[slot]?.count ?? 0
            return row
        }
        out.sort { a, b in
            if (a.key == nil) != (b.key == nil) { return b.key == nil }
            if by == .month { return (a.key ?? "").utf8Precedes(b.key ?? "") }
            if a.count != b.count { return a.count > b.count }
            if a.label != b.label { return a.label.utf8Precedes(b.label) }
            return (a.key ?? "").utf8Precedes(b.key ?? "")
        }
        return DealCount(by: by, filter: filter, documents: corpus.documents.count, rows: out)
    }

    /// The rows an item counts in: (key, label).
    private static func keys(_ item: CountedDeal, by: CountDimension, filter: GraphFilter,
                             corpus: LinkedCorpus) -> [(String?, String)] {
        switch by {
        case .sector:
            let sectors = item.sectors.sorted()
            if let only = filter.sector { return [(only.rawValue, only.rawValue)] }
            return sectors.isEmpty ? [(nil, "(none)")] : sectors.map { ($0.rawValue, $0.rawValue) }
        case .kind:
            let kinds = filter.kind.map { [$0] } ?? item.kinds.sorted()
            return kinds.map { ($0.rawValue, $0.rawValue) }
        case .party:
            return item.parties.map { ($0, corpus.entity($0)?.name ?? $0) }
        case .month:
            return [(item.month, item.month ?? "(unknown)")]
        }
    }
}
