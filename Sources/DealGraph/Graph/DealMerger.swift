/// One deal of the corpus, with every document that reports it.
public struct MergedDeal: Sendable, Equatable {
    /// `deal:kind:date:Party+Party` (`deal:mou:2023-04-28:MGH+카이스트`), parties sorted; the date
    /// is `undated` when no report gives one.
    public var id: String
    public var kind: DealKind
    /// Merged entity ids of the parties and signatories, sorted.
    public var parties: [String]
    public var signatories: [String]
    public var sectors: [Sector]
    public var status: DealStatus
    public var date: CalendarDay?
    /// Exact amounts (`KRW 30000000000`) and readable ones (`300억 원`), in report order.
    public var amounts: [String]
    public var amountLabels: [String]
    /// Ids of the reporting documents, sorted.
    public var sources: [String]
    /// The deal as each document has it: (document index, deal id there).
    public var reports: [DealRef]
}

/// A deal of one document: the document's index in the corpus and the deal's id there.
public struct DealRef: Hashable, Sendable {
    public let document: Int
    public let deal: String
}

/// Joins the deals of several documents: the same kind, the same parties (after entity merging),
/// and dates at most `maxDays` apart or one unknown. Two deals of one document stay apart (its
/// extraction already joined what it could), and a deal with no known party is never joined.
///
/// Deals are visited in content order (kind, parties, date, document id), and each joins the
/// first cluster it fits, so the result does not depend on the order of the inputs.
enum DealMerger {
    static let maxDays = 7

    private struct Report {
        let ref: DealRef
        let documentID: String
        let deal: Deal
        let parties: [String]
        let signatories: [String]
        let amounts: [MoneyAmount]
        var partyKey: String { parties.joined(separator: "+") }
    }

    static func merge(_ documents: [LinkedDocument], entityIDs: [EntityRef: String],
                      entities: [String: MergedEntity]) -> (deals: [MergedDeal], ids: [DealRef: String]) {
        var reports: [Report] = []
        for (index, document) in documents.enumerated() {
            let amounts = Dictionary(document.extraction.amounts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for deal in document.extraction.deals {
                func ids(_ refs: [String]) -> [String] {
                    Set(refs.compactMap { entityIDs[EntityRef(document: index, entity: $0)] }).sorted { $0.utf8Precedes($1) }
                }
                let parties = ids(deal.parties)
                let signatories = ids(deal.signatories).filter { !parties.contains($0) }
                let own = deal.amounts.compactMap { amounts[$0] }
                let listed = Set(own.map(\.id))
                // An equivalent ("한화 약 200억원") is left out when what it restates is there.
                let kept = own.filter { $0.equivalentOf.map { !listed.contains($0) } ?? true }
                reports.append(Report(ref: DealRef(document: index, deal: deal.id), documentID: document.id,
                                      deal: deal, parties: parties, signatories: signatories, amounts: kept))
            }
        }
        reports.sort { a, b in
            if a.deal.kind != b.deal.kind { return a.deal.kind < b.deal.kind }
            if a.partyKey != b.partyKey { return a.partyKey.utf8Precedes(b.partyKey) }
            switch (a.deal.date, b.deal.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if a.documentID != b.documentID { return a.documentID.utf8Precedes(b.documentID) }
            return a.ref.deal.utf8Precedes(b.ref.deal)
        }

        var clusters: [[Report]] = []
        var byKey: [String: [Int]] = [:]
        for report in reports {
            let key = "\(report.deal.kind.rawValue)|\(report.partyKey)"
            var joined = false
            if !report.parties.isEmpty {
                for c in byKey[key, default: []] where fits(report, clusters[c]) {
                    clusters[c].append(report)
                    joined = true
                    break
                }
            }
            if !joined {
                byKey[key, default: []].append(clusters.count)
                clusters.append([report])
            }
        }

        var used = Set<String>()
        var deals: [MergedDeal] = []
        var ids: [DealRef: String] = [:]
        for cluster in clusters {
            var deal = describe(cluster, entities: entities)
            let base = deal.id
            var n = 2
            while used.contains(deal.id) { deal.id = "\(base)#\(n)"; n += 1 }
            used.insert(deal.id)
            for report in cluster { ids[report.ref] = deal.id }
            deals.append(deal)
        }
        deals.sort { $0.id.utf8Precedes($1.id) }
        return (deals, ids)
    }

    private static func fits(_ report: Report, _ cluster: [Report]) -> Bool {
        if cluster.contains(where: { $0.ref.document == report.ref.document }) { return false }
        guard let day = report.deal.date else { return true }
        return cluster.allSatisfy { other in
            guard let otherDay = other.deal.date else { return true }
            return abs(otherDay.ordinal - day.ordinal) <= maxDays
        }
    }

    /// Status precedence: a later report of cancellation beats a signing, a signing beats a plan,
    /// a plan beats a hope.
    static func rank(_ status: DealStatus) -> Int {
        switch status {
        case .cancelled: return 3
        case .signed: return 2
        case .planned: return 1
        case .expected: return 0
        }
    }

    private static func describe(_ cluster: [Report], entities: [String: MergedEntity]) -> MergedDeal {
        let first = cluster[0]
        var dateVotes: [CalendarDay: Int] = [:]
        for report in cluster { if let day = report.deal.date { dateVotes[day, default: 0] += 1 } }
        let date = dateVotes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
        var sectors = Set<Sector>()
        var signatories = Set<String>()
        var amounts: [String] = []
        var labels: [String] = []
        var status = first.deal.status
        for report in cluster {
            sectors.formUnion(report.deal.sectors)
            signatories.formUnion(report.signatories)
            if rank(report.deal.status) > rank(status) { status = report.deal.status }
            for amount in report.amounts {
                let text = AmountText.attribute(amount)
                if !amounts.contains(text) {
                    amounts.append(text)
                    labels.append(AmountText.label(amount))
                }
            }
        }
        let names = first.parties.map { id in
            entities[id].map { NameKey.idPart($0.name) } ?? String(id.split(separator: ":", maxSplits: 1).last ?? "")
        }.sorted { $0.utf8Precedes($1) }
        let who = names.isEmpty ? "unnamed@\(first.documentID)" : names.joined(separator: "+")
        let id = "deal:\(first.deal.kind.rawValue):\(date?.iso ?? "undated"):\(who)"
        return MergedDeal(id: id, kind: first.deal.kind, parties: first.parties,
                          signatories: signatories.sorted { $0.utf8Precedes($1) }, sectors: sectors.sorted(),
                          status: status, date: date, amounts: amounts, amountLabels: labels,
                          sources: Set(cluster.map(\.documentID)).sorted { $0.utf8Precedes($1) },
                          reports: cluster.map(\.ref))
    }
}
