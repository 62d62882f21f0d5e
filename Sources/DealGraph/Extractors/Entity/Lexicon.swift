import Foundation

/// Known names: companies, institutions, places, and words that must never be taken for names.
///
/// Read from tab-separated lines a Korean reader can edit, one entry a line:
///
///     # type       canonical name      aliases (| between)             sectors (, between)
///     company      대웅제약             Daewoong|Daewoong Pharmaceutical   bio
///     institution  한국과학기술원        카이스트|KAIST                   education
///     location     보스턴               Boston
///     ignore       업계
///
/// Types: `company` (기업), `institution` (기관), `person` (인물), `location` (지역), and
/// `ignore` (제외) for words that look like names but are not ("정부", "양사"). Columns after
/// the name may be left out or written `-`. Later entries win where surfaces collide, so a user's
/// file merged after the built-in one corrects it.
public struct Lexicon: Sendable {
    /// What an entry names.
    public enum Kind: String, Sendable, Equatable {
        case person, company, institution, location, ignore

        var entityType: EntityType? {
            switch self {
            case .person: return .person
            case .company: return .company
            case .institution: return .institution
            case .location: return .location
            case .ignore: return nil
            }
        }
    }

    /// One line of a lexicon.
    public struct Entry: Sendable, Equatable {
        public let kind: Kind
        public let name: String
        public let aliases: [String]
        public let sectors: [Sector]

        public init(kind: Kind, name: String, aliases: [String] = [], sectors: [Sector] = []) {
            self.kind = kind
            self.name = name
            self.aliases = aliases
            self.sectors = sectors
        }

        /// The name and its aliases.
        var surfaces: [String] { [name] + aliases }
    }

    /// A line that could not be read.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public let line: Int
        public let message: String
        public var description: String { "lexicon line \(line): \(message)" }
    }

    public private(set) var entries: [Entry]
    /// Surface key number → entry index.
    let keyEntries: [Int]
    let trie: ScalarTrie
    /// Folded surface (spaces kept) → surface key number.
    let keyOfSurface: WordMap<Int>
    /// Per entry, its cluster key ("L#12"): made once, not for every match.
    let clusterKeys: [String]
    /// Per entry, whether its name ends in 그룹 (a group, whose businesses the articles name).
    let isGroup: [Bool]
    /// Per entry, for a city, province, county or district: its official name, the longest
    /// Hangul form ending in 시, 도, 군 or 구 ("경상북도", "서울특별시"); nil for other entries.
    let officialPlaceNames: [String?]
    /// Per surface key, its scalars as the lexicon writes them and the same as a string.
    private let keyTexts: KeyTexts

    public init(entries: [Entry]) {
        self.entries = entries
        // Later entries win: each folded surface keeps its first key number and the last entry naming it.
        var keyOfSurface = WordMap<Int>()
        var keys: [[Unicode.Scalar]] = []
        var keyEntries: [Int] = []
        for (index, entry) in entries.enumerated() {
            for surface in entry.surfaces {
                for variant in Lexicon.variants(of: surface) {
                    let folded = variant.map(ScalarTrie.folded)
                    if let key = keyOfSurface[folded] {
                        keys[key] = variant
                        keyEntries[key] = index
                    } else {
                        keyOfSurface[folded] = keys.count
                        keys.append(variant)
                        keyEntries.append(index)
                    }
                }
            }
        }
        self.keyEntries = keyEntries
        self.trie = ScalarTrie(keys: keys)
        self.keyOfSurface = keyOfSurface
        self.clusterKeys = entries.indices.map { "L#\($0)" }
        self.isGroup = entries.map { $0.name.unicodeScalars.suffix(2).elementsEqual("그룹".unicodeScalars) }
        self.officialPlaceNames = entries.map { entry in
            guard entry.kind == .location else { return nil }
            return ([entry.name] + entry.aliases).filter { form in
                form.unicodeScalars.count >= 2 && form.unicodeScalars.allSatisfy(ScalarKind.isHangul)
                    && form.unicodeScalars.last.map(PersonNames.localGovernmentEnds.contains) == true
            }.max { $0.unicodeScalars.count < $1.unicodeScalars.count }
        }
        self.keyTexts = KeyTexts(scalars: keys)
    }

    /// The text of a match of surface key `key`: the key's own string when the match is written
    /// exactly as the key (no other case, no line break inside), else nil.
    func text(ofKey key: Int, matching scalars: ArraySlice<Unicode.Scalar>) -> String? {
        keyTexts.text(ofKey: key, matching: scalars)
    }

    /// The entry a surface names ("KAIST", "산업부"), ASCII case ignored.
    func entryIndex(of surface: String) -> Int? {
        entryIndex(ofScalars: surface.unicodeScalars)
    }

    /// The entry a surface names, given as scalars (a slice of a sentence), ASCII case ignored.
    func entryIndex<S: Sequence>(ofScalars surface: S) -> Int? where S.Element == Unicode.Scalar {
        keyOfSurface.value(for: surface.lazy.map(ScalarTrie.folded)).map { keyEntries[$0] }
    }

    /// The kind of entry a surface names, if the lexicon knows it.
    func kind(of surface: String) -> Kind? {
        entryIndex(of: surface).map { entries[$0].kind }
    }

    /// The kind of entry a surface given as scalars names, if the lexicon knows it.
    func kind<S: Sequence>(ofScalars surface: S) -> Kind? where S.Element == Unicode.Scalar {
        entryIndex(ofScalars: surface).map { entries[$0].kind }
    }

    /// Reads lexicon lines (see the type's documentation for the format).
    public init(tsv text: String) throws {
        self.init(entries: try Lexicon.entries(tsv: text))
    }

    /// The entries of lexicon lines, without building the matcher (the built-in lexicon reads
    /// several files and builds one matcher for all of them).
    static func entries(tsv text: String) throws -> [Entry] {
        var entries: [Entry] = []
        var lineNumber = 0
        let scalars = SourceText.scalars(of: text)
        for raw in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if let entry = try Lexicon.entry(fromLine: raw, number: lineNumber) { entries.append(entry) }
        }
        return entries
    }

    /// This lexicon with `other`'s entries added after its own (so `other` wins on collisions).
    public func merging(_ other: Lexicon) -> Lexicon {
        Lexicon(entries: entries + other.entries)
    }

    /// The lexicon shipped with the library: every `.tsv` file of its `Lexicon` resources.
    public static let builtIn: Lexicon = {
        var entries: [Entry] = []
        for url in resourceFiles() {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            do {
                entries += try Lexicon.entries(tsv: text)
            } catch {
                assertionFailure("\(url.lastPathComponent): \(error)")
            }
        }
        return Lexicon(entries: entries)
    }()

    static func resourceFiles() -> [URL] {
        guard let folder = builtInFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The folder of the built-in lexicon files, nil when none can be found: the resources SwiftPM
    /// puts beside the binary (the tool or the test bundle), else this source folder (a checkout).
    /// Looked up by hand: `Bundle.module` stops the process when a binary copied elsewhere (to a
    /// cluster node, say) lacks its resources; the CLI reports that as an error instead.
    public static let builtInFolder: URL? = {
        let resources = "DealGraph_DealGraph.resources"
        var candidates: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent()
                .appendingPathComponent(resources).appendingPathComponent("Lexicon"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(resources).appendingPathComponent("Lexicon"))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Lexicon"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }()

    static let kindWords: [String: Kind] = [
        "company": .company, "기업": .company, "회사": .company,
        "institution": .institution, "기관": .institution,
        "person": .person, "인물": .person,
        "location": .location, "지역": .location, "장소": .location,
        "ignore": .ignore, "제외": .ignore,
    ]

    /// The text of `scalars` without the spaces and tabs around it (what `.whitespaces` trims,
    /// without Foundation's cost: the built-in lexicon's lines are read at every start).
    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars: scalars[first...last])
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c == " " || c == "\t" : c.properties.generalCategory == .spaceSeparator
    }

    static func entry(fromLine line: ArraySlice<Unicode.Scalar>, number: Int) throws -> Entry? {
        guard let first = line.first(where: { !isBlank($0) }), first != "#" else { return nil }
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
        let fields = cells.map { Lexicon.trimmed($0) }
        guard fields.count >= 2, !fields[1].isEmpty else {
            throw ParseError(line: number, message: "want type<TAB>name[<TAB>aliases[<TAB>sectors]]")
        }
        guard let kind = kindWords[fields[0].lowercased()] else {
            throw ParseError(line: number, message: "unknown type '\(fields[0])'")
        }
        func list(_ index: Int, _ separators: [Unicode.Scalar]) -> [String] {
            guard index < fields.count, fields[index] != "-" else { return [] }
            return cells[index].split(whereSeparator: { separators.contains($0) })
                .map { Lexicon.trimmed($0) }.filter { !$0.isEmpty }
        }
        var sectors: [Sector] = []
        for word in list(3, [",", "|"]) {
            guard let sector = Sector(rawValue: word.lowercased()) else {
                throw ParseError(line: number, message: "unknown sector '\(word)'")
            }
            sectors.append(sector)
        }
        return Entry(kind: kind, name: fields[1], aliases: list(2, ["|"]), sectors: sectors)
    }

    /// A surface as written, and without its spaces ("보스턴 컨설팅" is also matched as "보스턴컨설팅").
    static func variants(of surface: String) -> [[Unicode.Scalar]] {
        let scalars = Array(surface.unicodeScalars)
        let joined = scalars.filter { $0 != " " }
        guard joined.count != scalars.count, joined.count >= 2 else { return [scalars] }
        // "미 해군" → "미해군" is fine; Latin words joined ("Auditum Bio" → "AuditumBio") are not written so.
        if scalars.contains(where: ScalarKind.isLatin) && !scalars.contains(where: ScalarKind.isHangul) { return [scalars] }
        return [scalars, joined]
    }

    /// Lexicon matches in `text` that start at one of `starts` (in increasing order), with the
    /// index of their entry.
    func matches(in text: [Unicode.Scalar], startingAt starts: [Int])
        -> LazyMapSequence<[ScalarTrie.Match], (range: Range<Int>, entry: Int, key: Int)> {
        // Mapped as they are read: no second list per sentence.
        let keyEntries = self.keyEntries
        return trie.matches(in: text, startingAt: starts).lazy.map { ($0.start..<$0.end, keyEntries[$0.key], $0.key) }
    }
}
