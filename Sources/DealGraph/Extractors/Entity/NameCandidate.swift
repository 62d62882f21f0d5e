/// A name found in one sentence, before names are merged into entities.
struct NameCandidate: Sendable {
    /// Where the candidate comes from; on equal length, the lower wins an overlap.
    enum Origin: Int, Sendable, Comparable {
        case lexicon, alias, person, document, shape, cue

        static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Position of the sentence in the list given to the extractor.
    let position: Int
    /// Local scalar range of the name in `sentence.scalars`.
    let range: Range<Int>
    /// Nil for a word that must not be a name (an `ignore` lexicon entry, a facility).
    let type: EntityType?
    let origin: Origin
    /// A shaped name whose suffix can also name a part of an organisation ("…연구소", "…그룹").
    var facility = false
    /// Typed only by the known names listed with it ("빛고을대병원·루멘헬스·ETRI"): weaker than a
    /// descriptor or a shape when the two disagree.
    var typedByList = false
    /// The texts and sectors, behind one reference: rules pass candidates from list to list,
    /// and each copy then retains one object, not two strings and an array.
    private let texts: Texts

    /// The name as written, legal-form marks left out.
    var surface: String { texts.surface }
    /// Cluster key: `L<entry>` for lexicon entries, `<type>:<name without spaces>` otherwise.
    var key: String { texts.key }
    var sectors: [Sector] { texts.sectors }

    private final class Texts: Sendable {
        let surface: String
        let key: String
        let sectors: [Sector]

        init(surface: String, key: String, sectors: [Sector]) {
            self.surface = surface
            self.key = key
            self.sectors = sectors
        }
    }

    init(position: Int, range: Range<Int>, type: EntityType?, surface: String, key: String, origin: Origin,
         sectors: [Sector], facility: Bool = false) {
        self.position = position
        self.range = range
        self.type = type
        self.origin = origin
        self.facility = facility
        texts = Texts(surface: surface, key: key, sectors: sectors)
    }

    static func key(type: EntityType, surface: String) -> String {
        String(type.rawValue, separator: UInt8(ascii: ":"), mappingASCIIOf: surface) { $0 == 0x20 ? nil : $0 }
    }

    func overlaps(_ other: NameCandidate) -> Bool { range.overlaps(other.range) }
}

extension Array where Element == NameCandidate {
    /// These candidates, then `more`. Most rules find nothing in most sentences: with `more`
    /// empty this is the list itself, where `+` would copy it.
    func followed(by more: [NameCandidate]) -> [NameCandidate] {
        if more.isEmpty { return self }
        if isEmpty { return more }
        return self + more
    }

    /// Non-overlapping candidates, the longest first, then the stronger origin, then the earliest
    /// (spaCy's `filter_spans` order); returned in text order.
    func resolvingOverlaps() -> [NameCandidate] {
        guard count > 1 else { return self }
        // Most lists are already in text order without overlaps: every candidate stays, in order.
        if !self[0].range.isEmpty, (1..<count).allSatisfy({ !self[$0].range.isEmpty && self[$0 - 1].range.upperBound <= self[$0].range.lowerBound }) {
            return self
        }
        let ranges = map(\.range)
        // Indices are sorted on copies of the keys, not the candidates: a candidate carries three
        // reference-counted fields, and the sorts see the same keys in the same order, so the
        // result is the same.
        let origins = map(\.origin)
        let ordered = indices.sorted { a, b in
            if ranges[a].count != ranges[b].count { return ranges[a].count > ranges[b].count }
            if origins[a] != origins[b] { return origins[a] < origins[b] }
            return ranges[a].lowerBound < ranges[b].lowerBound
        }
        var takenRanges: [Range<Int>] = []
        var taken: [Int] = []
        takenRanges.reserveCapacity(count)
        taken.reserveCapacity(count)
        for index in ordered {
            let range = ranges[index]
            if !takenRanges.contains(where: { $0.overlaps(range) }) {
                takenRanges.append(range)
                taken.append(index)
            }
        }
        taken.sort { ranges[$0].lowerBound < ranges[$1].lowerBound }
        return taken.map { self[$0] }
    }
}

/// Union–find over cluster keys: names that are one entity (aliases, lexicon synonyms).
struct KeyUnion: Sendable {
    private var parent: [TextKey: TextKey] = [:]

    mutating func find(_ key: String) -> String {
        find(TextKey(key)).text
    }

    private mutating func find(_ key: TextKey) -> TextKey {
        // Most keys were never joined to another: one lookup says so.
        guard var root = parent[key] else { return key }
        while let p = parent[root], p != root { root = p }
        var k = key
        while let p = parent[k], p != root {
            parent[k] = root
            k = p
        }
        return root
    }

    /// Puts `key`'s cluster under `root`'s, whose root stays.
    mutating func attach(_ key: String, to root: String) {
        let rk = find(TextKey(key))
        let rr = find(TextKey(root))
        if rk != rr { parent[rk] = rr }
    }

    /// Joins two clusters; the lexicon key (or else the first) stays the root.
    mutating func union(_ a: String, _ b: String) {
        let ra = find(TextKey(a))
        let rb = find(TextKey(b))
        guard ra != rb else { return }
        if rb.text.hasPrefix("L#") && !ra.text.hasPrefix("L#") {
            parent[ra] = rb
        } else {
            parent[rb] = ra
        }
    }
}
