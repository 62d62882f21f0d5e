/// Turns the names found in every sentence into entities: one per cluster of names, with a
/// canonical name, its other surface forms as aliases, every mention, and lexicon sectors.
extension EntityScan {
    mutating func assemble(source: SourceText) -> (entities: [Entity], relations: [Relation], mentions: [EntityMention]) {
        // Clusters in order of their first name. Keys and surfaces are hashed by their bytes
        // (`TextKey`): String's hashing works out the normal form of every Hangul key first.
        // The names are grouped by cluster in one flat list, not a list per cluster: an article
        // has dozens of clusters, each list an allocation.
        let total = found.reduce(0) { $0 + $1.count }
        joinOrganisationsTypedTwice()
        var clusterOfRoot: [TextKey: Int] = [:]
        clusterOfRoot.reserveCapacity(total)
        var roots: [String] = []
        var clusterOfName: [Int] = []
        clusterOfName.reserveCapacity(total)
        for names in found {
            for k in names.indices where names[k].type != nil {
                let root = union.find(names[k].key)
                if let known = clusterOfRoot[TextKey(root)] {
                    clusterOfName.append(known)
                } else {
                    clusterOfRoot[TextKey(root)] = roots.count
                    clusterOfName.append(roots.count)
                    roots.append(root)
                }
            }
        }
        let (grouped, clusterStarts) = stablyGrouped(found.lazy.joined().filter { $0.type != nil },
                                                     keys: clusterOfName, groupCount: roots.count)

        // One entity per id: clusters that come out with the same type and name are one.
        var entityOfCluster: [Int] = []
        entityOfCluster.reserveCapacity(roots.count)
        var indexOfID: [TextKey: Int] = [:]
        indexOfID.reserveCapacity(roots.count)
        var entities: [Entity] = []
        var aliasForms: [KeyList] = []   // per entity: comparable forms of its name and aliases
        // Every name's entity and place, in cluster order: grouped by entity further down.
        var mentionOf: [(entity: Int, position: Int, range: Range<Int>)] = []
        mentionOf.reserveCapacity(grouped.count)
        var seenSurfaces = KeyList()
        for k in roots.indices {
            let clusterMembers = grouped[clusterStarts[k]..<clusterStarts[k + 1]]
            let (type, name, sectors) = describe(root: roots[k], members: clusterMembers)
            let id = NameCandidate.key(type: type, surface: name)
            let index: Int
            if let existing = indexOfID[TextKey(id)] {
                index = existing
                for s in sectors where !entities[index].sectors.contains(s) { entities[index].sectors.append(s) }
            } else {
                index = entities.count
                indexOfID[TextKey(id)] = index
                entities.append(Entity(id: id, type: type, name: name, sectors: sectors))
                aliasForms.append(KeyList([TextKey(EntityScan.comparable(name))]))
            }
            entityOfCluster.append(index)
            seenSurfaces.removeAll()
            for c in clusterMembers {
                mentionOf.append((index, c.position, c.range))
                guard seenSurfaces.insert(TextKey(c.surface)) else { continue }
                if aliasForms[index].insert(TextKey(EntityScan.comparable(c.surface))) {
                    entities[index].aliases.append(c.surface)
                }
            }
        }

        // Each entity's names in a row, then sorted by place.
        let (byEntity, entityStarts) = stablyGrouped(mentionOf.lazy.map { (position: $0.position, range: $0.range) },
                                                     keys: mentionOf.map(\.entity), groupCount: entities.count)
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(byEntity.count)
        var ranges: [(position: Int, range: Range<Int>)] = []
        var bounds: [Range<Int>] = []
        for index in entities.indices {
            ranges.removeAll(keepingCapacity: true)
            ranges.append(contentsOf: byEntity[entityStarts[index]..<entityStarts[index + 1]])
            ranges.sort { ($0.position, $0.range.lowerBound) < ($1.position, $1.range.lowerBound) }
            // Each source range once, in order: the spans' text is cut after duplicates are gone.
            bounds.removeAll(keepingCapacity: true)
            for item in ranges {
                bounds.append(sentences[item.position].sourceBounds(of: item.range, in: source))
                mentions.append(EntityMention(entityID: entities[index].id, sentence: sentences[item.position].index, range: item.range))
            }
            bounds.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            var spans: [Span] = []
            spans.reserveCapacity(bounds.count)
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

    /// "빛고을대병원·루멘헬스·ETRI" (a list of bodies) then "의료 AI 기업 루멘헬스": one name read as a
    /// company in one place and an institution in another is one organisation.
    private mutating func joinOrganisationsTypedTwice() {
        // (institutions first: they are few, and with none no company is looked up)
        var institutions = Set<TextKey>(), both = Set<TextKey>()
        for names in found {
            for c in names where c.origin != .lexicon && c.type == .institution { institutions.insert(TextKey(c.surface)) }
        }
        guard !institutions.isEmpty else { return }
        for names in found {
            for c in names where c.origin != .lexicon && c.type == .company && institutions.contains(TextKey(c.surface)) {
                both.insert(TextKey(c.surface))
            }
        }
        for surface in both.sorted(by: { $0.text < $1.text }) {
            union.union(NameCandidate.key(type: .company, surface: surface.text),
                        NameCandidate.key(type: .institution, surface: surface.text))
        }
    }

    /// When a cluster's names were read both as a company and as an institution: the type its
    /// descriptors and shapes say (a list's neighbours and the article's later mentions only
    /// repeat a reading), by majority; nil when they agree, are even, or are no organisation.
    private func organisationType(of members: ArraySlice<NameCandidate>) -> EntityType? {
        guard members.contains(where: { $0.type == .company }), members.contains(where: { $0.type == .institution }) else { return nil }
        var companies = 0, institutions = 0
        for c in members where (c.origin == .cue || c.origin == .shape) && !c.typedByList {
            if c.type == .company { companies += 1 } else if c.type == .institution { institutions += 1 }
        }
        guard companies != institutions else { return nil }
        return companies > institutions ? .company : .institution
    }

    /// Type, canonical name and sectors of a cluster.
    private func describe(root: String, members: ArraySlice<NameCandidate>) -> (EntityType, String, [Sector]) {
        // Lexicon cluster keys are "L#<entry>" (compared as bytes: `hasPrefix` compares as text).
        let entryIndex: Int? = root.utf8.starts(with: "L#".utf8) ? Int(root.dropFirst(2)) : nil
        let entry = entryIndex.map { lexicon.entries[$0] }
        let first = members[members.startIndex]
        let type: EntityType = entry?.kind.entityType ?? organisationType(of: members)
            ?? members.first(where: { $0.origin != .alias })?.type ?? first.type ?? .company
        if type == .person, let person = people[TextKey(root)] ?? members.lazy.compactMap({ self.people[TextKey($0.key)] }).first {
            return (type, person.name, [])
        }
        // A local government ("G#<entry>", the place acting) takes its place's official name:
        // "경북도는" and "박진호 경북도지사" are 경상북도, "서울시와" 서울특별시.
        if root.utf8.starts(with: "G#".utf8), let index = Int(root.dropFirst(2)), lexicon.entries.indices.contains(index),
           let official = lexicon.officialPlaceNames[index] {
            return (.institution, official, [])
        }
        // The surfaces considered are those not read as a person's.
        var name: String
        if let entry, case let form = TextKey(EntityScan.comparable(entry.name)),
           members.contains(where: { $0.origin != .person && TextKey(EntityScan.comparable($0.surface)) == form }) {
            name = entry.name
        } else {
            // The longest form written in Hangul, else the longest; the earliest on ties.
            var longest: (surface: String, length: Int)? = nil
            for c in members where c.origin != .person && c.surface.unicodeScalars.contains(where: ScalarKind.isHangul) {
                let length = c.surface.unicodeScalars.count
                if longest == nil || length > longest!.length { longest = (c.surface, length) }
            }
            if let longest {
                name = longest.surface
            } else {
                // Latin names only: the one written outside brackets first ("PGZ(Polska …)" → PGZ).
                name = members.first(where: { $0.origin != .alias && $0.origin != .person })?.surface
                    ?? entry?.name ?? first.surface
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
        // Most names have no space, line break or capital letter: they compare as they are. The
        // bytes are read in place: iterating `utf8` cost some 45 instructions a byte.
        func needsMapping(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || (0x41...0x5A).contains(byte) }
        let mapped = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsMapping) }
            ?? text.utf8.contains(where: needsMapping)
        guard mapped else { return text }
        return String(mappingASCIIOf: text) { byte in
            byte == 0x20 ? nil : UInt8(ScalarTrie.fold(Unicode.Scalar(byte)))
        }
    }
}

/// `elements` grouped by `keys` (one key per element, each in `0..<groupCount`), every group in
/// the elements' order (a stable counting sort), and where each group starts: group `g` is
/// `result[starts[g]..<starts[g + 1]]`. One list for all the groups, not one list each.
private func stablyGrouped<Elements: Sequence>(_ elements: Elements, keys: [Int], groupCount: Int)
    -> (elements: [Elements.Element], starts: [Int]) {
    var starts = [Int](repeating: 0, count: groupCount + 1)
    for key in keys { starts[key + 1] += 1 }
    for g in 0..<groupCount { starts[g + 1] += starts[g] }
    var fill = starts
    let grouped = [Elements.Element](unsafeUninitializedCapacity: keys.count) { slots, initialized in
        var n = 0
        for element in elements {
            // Every slot is written exactly once, so the elements must match the keys one to one.
            precondition(n < keys.count, "more elements than keys")
            (slots.baseAddress! + fill[keys[n]]).initialize(to: element)
            fill[keys[n]] += 1
            n += 1
        }
        precondition(n == keys.count, "fewer elements than keys")
        initialized = n
    }
    return (grouped, starts)
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

    /// Empties the list, keeping its room.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        set = nil
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
