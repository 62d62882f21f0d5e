/// One entity of the corpus: every document's entity that names the same thing.
public struct MergedEntity: Sendable, Equatable {
    /// `type:name` (`company:대웅제약`), from the chosen name; stable for the same corpus.
    public var id: String
    public var type: EntityType
    public var name: String
    /// Every other name and alias the documents use, sorted.
    public var aliases: [String]
    public var sectors: [Sector]
    /// Ids of the documents that name the entity, sorted.
    public var sources: [String]
    /// How many times the documents name it.
    public var mentions: Int
}

/// Joins the entities of several extractions: the same entity (same comparison key — see
/// `NameKey` — for its name or any alias, within people, organisations or locations) becomes one.
///
/// A name with a particle left on it ("카이스트와") joins the entity whose key it becomes without
/// the particle, but only when that entity exists in the corpus: names are never cut on a guess.
struct EntityMerger {
    /// People, organisations (companies and institutions, which extractors may type differently),
    /// and locations never merge with each other.
    enum Family: Int { case person, organisation, location }

    static func family(_ type: EntityType) -> Family {
        switch type {
        case .person: return .person
        case .company, .institution: return .organisation
        case .location: return .location
        }
    }

    struct Member {
        let document: Int
        let entity: Entity
        let family: Family
        let keys: [String]
    }

    private(set) var members: [Member] = []
    private var parent: [Int] = []

    /// Merged entities, sorted by id, and the node id of each (document index, entity id).
    static func merge(_ documents: [LinkedDocument]) -> (entities: [MergedEntity], ids: [EntityRef: String]) {
        var merger = EntityMerger()
        for (index, document) in documents.enumerated() {
            for entity in document.extraction.entities {
                let names = [entity.name] + entity.aliases
                var keys: [String] = []
                for name in names {
                    let key = NameKey.key(name)
                    if !keys.contains(key) { keys.append(key) }
                }
                merger.add(Member(document: index, entity: entity, family: family(entity.type), keys: keys))
            }
        }
        return merger.finish(documents)
    }

    private mutating func add(_ member: Member) {
        members.append(member)
        parent.append(parent.count)
    }

    private mutating func find(_ i: Int) -> Int {
        var root = i
        while parent[root] != root { root = parent[root] }
        var node = i
        while parent[node] != root { let next = parent[node]; parent[node] = root; node = next }
        return root
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    private mutating func finish(_ documents: [LinkedDocument]) -> (entities: [MergedEntity], ids: [EntityRef: String]) {
        // Same key in the same family: one entity.
        var owner: [String: Int] = [:]
        for (i, member) in members.enumerated() {
            for key in member.keys {
                let slot = "\(member.family.rawValue)|\(key)"
                if let first = owner[slot] { union(first, i) } else { owner[slot] = i }
            }
        }
        // A particle left on a name joins the name without it, when that name is known.
        var variantNames = Set<String>()
        for (i, member) in members.enumerated() {
            for key in member.keys {
                for stripped in NameKey.withoutParticle(key) {
                    guard let other = owner["\(member.family.rawValue)|\(stripped)"] else { continue }
                    union(other, i)
                    variantNames.insert("\(member.family.rawValue)|\(key)")
                    break
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in members.indices { groups[find(i), default: []].append(i) }

        var built: [(MergedEntity, [Int])] = []
        for (_, indices) in groups {
            built.append((describe(indices, documents: documents, variants: variantNames), indices))
        }
        // Content order, so ids that collide get their suffix the same way every run.
        built.sort { ($0.0.id, $0.0.sources.joined(separator: "\n")) < ($1.0.id, $1.0.sources.joined(separator: "\n")) }
        var used = Set<String>()
        var ids: [EntityRef: String] = [:]
        var entities: [MergedEntity] = []
        for (var entity, indices) in built {
            let base = entity.id
            var n = 2
            while used.contains(entity.id) { entity.id = "\(base)~\(n)"; n += 1 }
            used.insert(entity.id)
            for i in indices {
                let member = members[i]
                ids[EntityRef(document: member.document, entity: member.entity.id)] = entity.id
            }
            entities.append(entity)
        }
        entities.sort { $0.id.utf8Precedes($1.id) }
        return (entities, ids)
    }

    /// Type by majority; the name most documents use, ties going to a name without brackets, then
    /// to a Hangul one, then to the shorter (a particle variant only when nothing else is left).
    private func describe(_ indices: [Int], documents: [LinkedDocument], variants: Set<String>) -> MergedEntity {
        var typeVotes: [EntityType: Int] = [:]
        var nameVotes: [String: Int] = [:]
        var allNames = Set<String>()
        var sectors = Set<Sector>()
        var sources = Set<String>()
        var mentions = 0
        for i in indices {
            let member = members[i]
            typeVotes[member.entity.type, default: 0] += 1
            nameVotes[NameKey.display(member.entity.name), default: 0] += 1
            allNames.insert(NameKey.display(member.entity.name))
            for alias in member.entity.aliases { allNames.insert(NameKey.display(alias)) }
            sectors.formUnion(member.entity.sectors)
            sources.insert(documents[member.document].id)
            mentions += max(1, member.entity.mentions.count)
        }
        let family = members[indices[0]].family
        let type = typeVotes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }[0].key
        func isVariant(_ name: String) -> Bool { variants.contains("\(family.rawValue)|\(NameKey.key(name))") }
        // "MGH" before "MGH(매사추세츠 종합병원)": a gloss in brackets is not part of the name.
        func isPlain(_ name: String) -> Bool { !name.contains { "()[]{}<>（）「」『』".contains($0) } }
        func hasHangul(_ name: String) -> Bool { name.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        let ranked = nameVotes.sorted { a, b in
            let va = isVariant(a.key), vb = isVariant(b.key)
            if va != vb { return !va }
            if a.value != b.value { return a.value > b.value }
            if isPlain(a.key) != isPlain(b.key) { return isPlain(a.key) }
            if hasHangul(a.key) != hasHangul(b.key) { return hasHangul(a.key) }
            let ca = a.key.unicodeScalars.count, cb = b.key.unicodeScalars.count
            if ca != cb { return ca < cb }
            return a.key.utf8Precedes(b.key)
        }
        let name = ranked[0].key
        allNames.remove(name)
        return MergedEntity(id: "\(type.rawValue):\(NameKey.idPart(name))", type: type, name: name,
                            aliases: allNames.sorted { $0.utf8Precedes($1) }, sectors: sectors.sorted(),
                            sources: sources.sorted { $0.utf8Precedes($1) }, mentions: mentions)
    }
}

/// An entity of one document: the document's index in the corpus and the entity's id there.
struct EntityRef: Hashable, Sendable {
    let document: Int
    let entity: String
}
