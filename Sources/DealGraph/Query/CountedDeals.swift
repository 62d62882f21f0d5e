/// One deal the counts count: a named deal of the corpus (merged across documents), or one known
/// only because an article states a total ("총 9건의 바이오 분야 MOU") larger than the deals it names.
struct CountedDeal: Sendable, Equatable {
    /// The merged deal id; nil for a deal known only from a stated total.
    var deal: String?
    /// The deal's kind, and the kind of every stated total it is named inside.
    var kinds: Set<DealKind>
    /// The deal's sectors, and the sector of every stated total it is named inside; empty when
    /// nothing gives one.
    var sectors: Set<Sector>
    /// `yyyy-mm` of the deal's date, else of its earliest report's publication.
    var month: String?
    /// Merged entity ids of the parties (none for a deal known only from a total).
    var parties: [String]
    /// Ids of the documents the count of this deal rests on.
    var documents: Set<String>
    /// True when it comes from an approximate total ("30여 건").
    var approximate: Bool
}

/// Turns a linked corpus into the deals to count.
///
/// The rule, per document and sector, for each kind: the count is the larger of the stated total
/// and the distinct named deals; across documents the named deals are counted once after merging,
/// so the total is the named deals plus, for each stated total, what it adds beyond the deals named
/// beside it. A deal of the total's kind named in the sentence that states it is one of the deals
/// that total counts: in "대웅제약은 … 기술수출 계약을 체결했으며, 카카오헬스케어는 구글과 … MOU를
/// 체결하는 등 총 9건의 바이오 분야 MOU", the MOU is one of the nine; the technology export is not.
///
/// Documents that state the same total (kind, sector, number) and name a deal in common report the
/// same announcement: their total counts once, against all the deals they name between them.
/// A total with no sector first covers what the same document's sector totals and named deals
/// already count, and adds only the rest.
enum CountedDeals {
    static func collect(_ corpus: LinkedCorpus) -> [CountedDeal] {
        var named: [String: CountedDeal] = [:]
        var published: [String: CalendarDay] = [:]
        for document in corpus.documents {
            if let day = document.extraction.document.published { published[document.id] = day }
        }
        for deal in corpus.deals {
            let earliest = deal.sources.compactMap { published[$0] }.min()
            named[deal.id] = CountedDeal(deal: deal.id, kinds: [deal.kind], sectors: Set(deal.sectors),
                                         month: (deal.date ?? earliest).map(month), parties: deal.parties,
                                         documents: Set(deal.sources), approximate: false)
        }

        // Deals of a total's kind named inside it belong to its sector too.
        for (index, document) in corpus.documents.enumerated() {
            for aggregate in document.extraction.aggregates {
                for deal in document.extraction.deals
                where deal.kind == aggregate.kind && overlaps(deal.evidence, aggregate.evidence) {
                    guard let id = corpus.dealID(document: index, deal: deal.id) else { continue }
                    named[id]?.kinds.insert(aggregate.kind)
                    if let sector = aggregate.sector { named[id]?.sectors.insert(sector) }
                }
            }
        }

        // Per document: the named deals it reports, and its stated totals (the largest when the
        // same total is stated twice).
        struct Slot: Hashable { let kind: DealKind; let sector: Sector? }
        struct Total: Hashable { let kind: DealKind; let sector: Sector?; let count: Int }
        var reports: [[String]] = []
        var totals: [[Total: Bool]] = []  // total → approximate
        for (index, document) in corpus.documents.enumerated() {
            let ids = Set(document.extraction.deals.compactMap { corpus.dealID(document: index, deal: $0.id) })
            reports.append(ids.sorted { $0.utf8Precedes($1) })
            var largest: [Slot: Aggregate] = [:]
            for aggregate in document.extraction.aggregates {
                let slot = Slot(kind: aggregate.kind, sector: aggregate.sector)
                if let known = largest[slot], known.count >= aggregate.count { continue }
                largest[slot] = aggregate
            }
            totals.append(Dictionary(uniqueKeysWithValues: largest.values.map {
                (Total(kind: $0.kind, sector: $0.sector, count: $0.count), $0.approximate)
            }))
        }

        /// The named deals of document `d` a total of `kind` and `sector` (nil: any) covers.
        func covered(_ d: Int, _ kind: DealKind, _ sector: Sector?) -> Set<String> {
            Set(reports[d].filter { id in
                guard let deal = named[id], deal.kinds.contains(kind) else { return false }
                return sector.map { deal.sectors.contains($0) } ?? true
            })
        }
        /// What a document's sector totals add beyond its named deals, for one kind.
        func sectorExtras(_ d: Int, _ kind: DealKind) -> Int {
            totals[d].keys.filter { $0.kind == kind && $0.sector != nil }
                .reduce(0) { $0 + max(0, $1.count - covered(d, kind, $1.sector).count) }
        }

        var fromTotals: [CountedDeal] = []
        let allTotals = Set(totals.flatMap(\.keys)).sorted {
            ($0.kind.rawValue, $0.sector?.rawValue ?? "", $0.count) < ($1.kind.rawValue, $1.sector?.rawValue ?? "", $1.count)
        }
        for total in allTotals {
            let stating = corpus.documents.indices.filter { totals[$0][total] != nil }
            for group in sameAnnouncement(stating, covers: { covered($0, total.kind, total.sector) }) {
                let namedInGroup = group.reduce(into: Set<String>()) { $0.formUnion(covered($1, total.kind, total.sector)) }
                var extra = total.count - namedInGroup.count
                if total.sector == nil { extra -= group.map { sectorExtras($0, total.kind) }.max() ?? 0 }
                guard extra > 0 else { continue }
                let documents = Set(group.map { corpus.documents[$0].id })
                let earliest = documents.compactMap { published[$0] }.min()
                let item = CountedDeal(deal: nil, kinds: [total.kind], sectors: total.sector.map { [$0] } ?? [],
                                       month: earliest.map(month), parties: [], documents: documents,
                                       approximate: group.contains { totals[$0][total] == true })
                fromTotals += Array(repeating: item, count: extra)
            }
        }
        let namedDeals = named.values.sorted { ($0.deal ?? "").utf8Precedes($1.deal ?? "") }
        return namedDeals + fromTotals
    }

    /// Documents stating one total, grouped when they name a covered deal in common (transitively).
    private static func sameAnnouncement(_ documents: [Int], covers: (Int) -> Set<String>) -> [[Int]] {
        var groups: [(members: [Int], deals: Set<String>)] = []
        for d in documents {
            let deals = covers(d)
            var merged = (members: [d], deals: deals)
            groups.removeAll { group in
                guard !group.deals.isDisjoint(with: deals) else { return false }
                merged.members += group.members
                merged.deals.formUnion(group.deals)
                return true
            }
            groups.append(merged)
        }
        return groups.map { $0.members.sorted() }.sorted { $0[0] < $1[0] }
    }

    static func overlaps(_ a: [Span], _ b: [Span]) -> Bool {
        a.contains { x in b.contains { y in x.start < y.end && y.start < x.end } }
    }

    static func month(_ day: CalendarDay) -> String {
        String(day.iso.prefix(7))
    }
}
