/// One document of a linked corpus, under an id unique in the corpus.
public struct LinkedDocument: Sendable, Equatable {
    /// The document's id, or `id@source` when another document of the corpus has the same id.
    public let id: String
    public let extraction: Extraction

    /// The document's node id, `document:ID`.
    public var nodeID: String { "document:\(id)" }
}

/// A `leads` fact across the corpus.
public struct MergedRelation: Sendable, Equatable {
    public var kind: Relation.Kind
    public var source: String
    public var target: String
    /// The title most reports give ("대표"), if any.
    public var title: String?
    public var sources: [String]
}

/// Extractions joined into one corpus: entities and deals merged across documents.
///
/// The graph and the counts are both read from here, so they always agree.
public struct LinkedCorpus: Sendable {
    public let documents: [LinkedDocument]
    /// Sorted by id.
    public let entities: [MergedEntity]
    /// Sorted by id.
    public let deals: [MergedDeal]
    /// Sorted by (source, target).
    public let relations: [MergedRelation]
    private let entityIDs: [EntityRef: String]
    private let dealIDs: [DealRef: String]
    private let entityIndex: [String: Int]
    private let dealIndex: [String: Int]

    /// Links extractions. The same document given twice (same id and text) counts once; two
    /// different documents with the same id become `id@source`.
    public init(_ extractions: [Extraction]) {
        var documents: [LinkedDocument] = []
        var seen: [String: [String]] = [:]  // id → texts already taken
        let duplicated = Dictionary(grouping: extractions, by: \.document.id).filter { group in
            Set(group.value.map(\.document.text)).count > 1
        }
        for extraction in extractions {
            let id = extraction.document.id
            if seen[id, default: []].contains(extraction.document.text) { continue }
            seen[id, default: []].append(extraction.document.text)
            let unique = duplicated[id] == nil ? id : "\(id)@\(extraction.document.source)"
            documents.append(LinkedDocument(id: unique, extraction: extraction))
        }
        self.documents = documents

        let (entities, entityIDs) = EntityMerger.merge(documents)
        self.entities = entities
        self.entityIDs = entityIDs
        self.entityIndex = Dictionary(entities.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let (deals, dealIDs) = DealMerger.merge(documents, entityIDs: entityIDs, entities: byID)
        self.deals = deals
        self.dealIDs = dealIDs
        self.dealIndex = Dictionary(deals.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        self.relations = LinkedCorpus.mergeRelations(documents, entityIDs: entityIDs)
    }

    /// The merged entity id of an entity of document `document` (an index into `documents`).
    public func entityID(document: Int, entity: String) -> String? {
        entityIDs[EntityRef(document: document, entity: entity)]
    }

    /// The merged deal id of a deal of document `document`.
    public func dealID(document: Int, deal: String) -> String? {
        dealIDs[DealRef(document: document, deal: deal)]
    }

    public func entity(_ id: String) -> MergedEntity? {
        entityIndex[id].map { entities[$0] }
    }

    public func deal(_ id: String) -> MergedDeal? {
        dealIndex[id].map { deals[$0] }
    }

    private static func mergeRelations(_ documents: [LinkedDocument], entityIDs: [EntityRef: String]) -> [MergedRelation] {
        struct Pair: Hashable { let kind: Relation.Kind; let source: String; let target: String }
        var titles: [Pair: [String: Int]] = [:]
        var sources: [Pair: Set<String>] = [:]
        for (index, document) in documents.enumerated() {
            for relation in document.extraction.relations {
                guard let source = entityIDs[EntityRef(document: index, entity: relation.source)],
                      let target = entityIDs[EntityRef(document: index, entity: relation.target)],
                      source != target else { continue }
                let pair = Pair(kind: relation.kind, source: source, target: target)
                var votes = titles[pair, default: [:]]
                if let title = relation.title { votes[title, default: 0] += 1 }
                titles[pair] = votes
                sources[pair, default: []].insert(document.id)
            }
        }
        return titles.map { pair, votes in
            let title = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8Precedes($1.key) }.first?.key
            return MergedRelation(kind: pair.kind, source: pair.source, target: pair.target, title: title,
                                  sources: sources[pair, default: []].sorted { $0.utf8Precedes($1) })
        }.sorted { ($0.source, $0.target) != ($1.source, $1.target)
            ? ($0.source == $1.source ? $0.target.utf8Precedes($1.target) : $0.source.utf8Precedes($1.source))
            : $0.kind.rawValue < $1.kind.rawValue }
    }
}
