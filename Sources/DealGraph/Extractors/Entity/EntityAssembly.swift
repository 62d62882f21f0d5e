/// Turns the names found in every sentence into entities: one per cluster of names, with a
/// canonical name, its other surface forms as aliases, every mention, and lexicon sectors.
extension EntityScan {
    mutating func assemble(source: SourceText) -> (entities: [Entity], relations: [Relation], mentions: [EntityMention]) {
        // Clusters in order of their first name. Keys and surfaces are hashed by their bytes
        // (`TextKey`): String's hashing works out the normal form of every Hangul key first.
        var clusterOfRoot: [TextKey: Int] = [:]
        clusterOfRoot.reserveCapacity(found.reduce(0) { $0 + $1.count })
        var roots: [String] = []
        var clusters: [[NameCandidate]] = []
        for names in found {
            for c in names where c.type != nil {
                let root = union.find(c.key)
                if let k = clusterOfRoot[TextKey(root)] {
                    clusters[k].append(c)
                } else {
                    clusterOfRoot[TextKey(root)] = clusters.count
                    roots.append(root)
                    clusters.append([c])
                }
            }
        }

        // One entity per id: clusters that come out with the same type and name are one.
        var entityOfCluster: [Int] = []
        var indexOfID: [TextKey: Int] = [:]
        indexOfID.reserveCapacity(clusters.count)
        var entities: [Entity] = []
        var aliasForms: [KeyList] = []   // per entity: comparable forms of its name and aliases
        var memberRanges: [[(position: Int, range: Range<Int>)]] = []
        for (k, members) in clusters.enumerated() {
            let (type, name, sectors) = describe(root: roots[k], members: members)
            let id = NameCandidate.key(type: type, surface: name)
            let index: Int
            if let existing = indexOfID[TextKey(id)] {
                index = existing
                for s in sectors where !entities[index].sectors.contains(s) { entities[index].sectors.append(s) }
            } else {
                index = entities.count
                indexOfID[TextKey(id)] = index
                entities.append(Entity(id: id, type: type, name: name, sectors: sectors))
                memberRanges.append([])
                aliasForms.append(KeyList([TextKey(EntityScan.comparable(name))]))
            }
            entityOfCluster.append(index)
            var seenSurfaces = KeyList()
            for c in members {
                memberRanges[index].append((c.position, c.range))
                guard seenSurfaces.insert(TextKey(c.surface)) else { continue }
                if aliasForms[index].insert(TextKey(EntityScan.comparable(c.surface))) {
                    entities[index].aliases.append(c.surface)
                }
            }
        }

        var mentions: [EntityMention] = []
        for (index, ranges) in memberRanges.enumerated() {
            let sorted = ranges.sorted { ($0.position, $0.range.lowerBound) < ($1.position, $1.range.lowerBound) }
            // Each source range once, in order: the spans' text is cut after duplicates are gone.
            var bounds: [Range<Int>] = []
            bounds.reserveCapacity(sorted.count)
            for item in sorted {
                bounds.append(sentences[item.position].sourceBounds(of: item.range, in: source))
                mentions.append(EntityMention(entityID: entities[index].id, sentence: sentences[item.position].index, range: item.range))
            }
            bounds.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            var spans: [Span] = []
            for (k, range) in bounds.enumerated() where k == 0 || range != bounds[k - 1] {
                spans.append(source.span(range.lowerBound, range.upperBound))
            }
            entities[index].mentions = spans
        }
        // Entities in order of first mention.
        let order = entities.indices.sorted { a, b in
            let sa = entities[a].mentions.first?.start ?? Int.max
            let sb = entities[b].mentions.first?.start ?? Int.max
            return sa != sb ? sa < sb : entities[a].id < entities[b].id
        }
        let sortedEntities = order.map { entities[$0] }
        mentions.sort { ($0.sentence, $0.range.lowerBound, $0.entityID) < ($1.sentence, $1.range.lowerBound, $1.entityID) }

        // Relations
        var relations: [Relation] = []
        var relationIndex: [String: Int] = [:]   // "person\torganisation" → index
        for lead in leads {
            guard let pc = clusterOfRoot[TextKey(union.find(lead.person))],
                  let oc = clusterOfRoot[TextKey(union.find(lead.organisation))] else { continue }
            let pi = entityOfCluster[pc], oi = entityOfCluster[oc]
            guard pi != oi,
                  entities[pi].type == .person, entities[oi].type == .company || entities[oi].type == .institution else { continue }
            let span = sentences[lead.position].span(of: lead.range, in: source)
            let pair = entities[pi].id + "\t" + entities[oi].id
            if let existing = relationIndex[pair] {
                if !relations[existing].evidence.contains(span) { relations[existing].evidence.append(span) }
            } else {
                relationIndex[pair] = relations.count
                relations.append(Relation(kind: .leads, source: entities[pi].id, target: entities[oi].id, title: lead.title, evidence: [span]))
            }
        }
        relations.sort { ($0.evidence.first?.start ?? 0, $0.source, $0.target) < ($1.evidence.first?.start ?? 0, $1.source, $1.target) }
        return (sortedEntities, relations, mentions)
    }

    /// Type, canonical name and sectors of a cluster.
    private func describe(root: String, members: [NameCandidate]) -> (EntityType, String, [Sector]) {
        // Lexicon cluster keys are "L#<entry>" (compared as bytes: `hasPrefix` compares as text).
        let entryIndex: Int? = root.utf8.starts(with: "L#".utf8) ? Int(root.dropFirst(2)) : nil
        let entry = entryIndex.map { lexicon.entries[$0] }
        let type: EntityType = entry?.kind.entityType
            ?? members.first(where: { $0.origin != .alias })?.type ?? members[0].type ?? .company
        if type == .person, let person = people[TextKey(root)] ?? members.lazy.compactMap({ self.people[TextKey($0.key)] }).first {
            return (type, person.name, [])
        }
        let surfaces = members.filter { $0.origin != .person }.map(\.surface)
        var name: String
        if let entry, case let form = TextKey(EntityScan.comparable(entry.name)),
           surfaces.contains(where: { TextKey(EntityScan.comparable($0)) == form }) {
            name = entry.name
        } else {
            // The longest form written in Hangul, else the longest; the earliest on ties.
            let pool = surfaces.filter { $0.unicodeScalars.contains(where: ScalarKind.isHangul) }
            if pool.isEmpty {
                // Latin names only: the one written outside brackets first ("PGZ(Polska …)" → PGZ).
                name = members.first(where: { $0.origin != .alias && $0.origin != .person })?.surface
                    ?? entry?.name ?? members[0].surface
            } else {
                name = pool[0]
                for s in pool where s.unicodeScalars.count > name.unicodeScalars.count { name = s }
            }
        }
        var sectors = entry?.sectors ?? []
        if sectors.isEmpty {
            for c in members { for s in c.sectors where !sectors.contains(s) { sectors.append(s) } }
        }
        return (type, name, sectors)
    }

    /// A surface reduced for comparing forms: no spaces, ASCII case folded.
    static func comparable(_ text: String) -> String {
        // Most names have no space, line break or capital letter: they compare as they are.
        guard text.utf8.contains(where: { $0 == 0x20 || $0 == 0x0A || (0x41...0x5A).contains($0) }) else { return text }
        return String(mappingASCIIOf: text) { byte in
            byte == 0x20 ? nil : UInt8(ScalarTrie.fold(Unicode.Scalar(byte)))
        }
    }
}

/// A short list of keys with set semantics: a cluster has a few surfaces, and comparing a few
/// keys byte for byte costs less than hashing one. Past a few dozen, a set takes over.
struct KeyList {
    private var keys: [TextKey] = []
    private var set: Set<TextKey>? = nil
    private static let listLimit = 32

    init(_ keys: [TextKey] = []) {
        for key in keys { insert(key) }
    }

    /// Adds `key`; whether it was new.
    @discardableResult
    mutating func insert(_ key: TextKey) -> Bool {
        if set != nil { return set!.insert(key).inserted }
        if keys.contains(key) { return false }
        keys.append(key)
        if keys.count > KeyList.listLimit { set = Set(keys) }
        return true
    }
}
