/// The state of one extraction: per-sentence words and names, clusters, people and relations.
struct EntityScan {
    /// What is known of a person: for short references ("윤 대통령") and relations.
    struct Person {
        let key: String
        let name: String
        /// The words of a foreign name ("브라이언", "블란쳇"); one word for Korean names.
        let words: [String]
        /// Title bases keyed by bytes: `String` hashes Hangul through its normal form.
        var titles: Set<TextKey>
        let firstPosition: Int
    }

    /// "(대표 홍길동)", "이두현 회장": a person leading an organisation.
    struct Lead {
        let person: String
        let organisation: String
        let title: String
        let position: Int
        let range: Range<Int>
    }

    let lexicon: Lexicon
    let sentences: [Sentence]
    let words: [SentenceWords]
    /// Per sentence position, the names found so far (overlaps resolved).
    var found: [[NameCandidate]]
    var union = KeyUnion()
    /// Surfaces of organisation parts ("남양연구소" after "현대자동차"): never entities.
    var facilities: Set<TextKey> = []
    /// People by their cluster key (hashed by bytes, as `TextKey` explains).
    var people: [TextKey: Person] = [:]
    /// `people` by first mention, for short references: put in order once all are read.
    private(set) var orderedPeople: [Person] = []
    var leads: [Lead] = []
    /// Where each sentence's words start in the flat per-word tables below (one list for the
    /// article, not one per sentence).
    private let firstWordOf: [Int]
    /// The title each word ends in: the people rules ask several times.
    private var titleWords: [TitleWord?] = []
    /// Whether each word holds a scalar a title ends in.
    private var holdsTitleEnd: [Bool] = []

    init(sentences: [Sentence], lexicon: Lexicon) {
        self.sentences = sentences
        self.lexicon = lexicon
        self.words = sentences.map { SentenceWords($0.scalars) }
        self.found = Array(repeating: [], count: sentences.count)
        // Titles end in few syllables (장, 표, 사 …): most words hold none, and are turned away
        // without reading them for a title.
        let titleEnds = PersonNames.titleEnds
        var firstWordOf = [Int](repeating: 0, count: sentences.count + 1)
        for (p, sw) in words.enumerated() { firstWordOf[p + 1] = firstWordOf[p] + sw.words.count }
        self.firstWordOf = firstWordOf
        var holdsTitleEnd: [Bool] = []
        holdsTitleEnd.reserveCapacity(firstWordOf[sentences.count])
        for sw in words {
            sw.scalars.withUnsafeBufferPointer { s in
                for word in sw.words { holdsTitleEnd.append(word.range.contains { titleEnds.contains(s[$0]) }) }
            }
        }
        self.holdsTitleEnd = holdsTitleEnd
        var titleWords: [TitleWord?] = []
        titleWords.reserveCapacity(holdsTitleEnd.count)
        for (p, sw) in words.enumerated() {
            for w in sw.words.indices {
                titleWords.append(holdsTitleEnd[firstWordOf[p] + w] ? EntityScan.readTitleWord(sw, w, bare: false, lexicon: lexicon) : nil)
            }
        }
        self.titleWords = titleWords
    }

    /// Whether word `w` of sentence `p` holds a scalar a title ends in.
    func mayHoldTitle(_ p: Int, _ w: Int) -> Bool { holdsTitleEnd[firstWordOf[p] + w] }

    /// The title word `w` of sentence `p` ends in, as read when the scan began.
    func storedTitleWord(_ p: Int, _ w: Int) -> TitleWord? { titleWords[firstWordOf[p] + w] }

    /// First pass: organisations and places of every sentence (lexicon, shapes, brackets), then
    /// those the article introduced looked for everywhere, then titled people and bracket aliases.
    mutating func readNames() {
        for p in sentences.indices {
            let (names, parts) = readOrganizations(p)
            facilities.formUnion(parts.map(TextKey.init))
            found[p] = adding(aliasCandidates(p, names: names), to: names)
        }
        facilities.formUnion(unitsOfNamedOrganisations().map(TextKey.init))
        blockFacilities()
        let organisations = DocumentNames(scan: self, shortForms: false)
        for p in sentences.indices {
            // Each rule reads the names before `found` changes: a rule called inside the
            // assignment would be handed a copy of the whole scan.
            let introduced = candidates(of: organisations, in: p)
            let names = found[p].followed(by: introduced).resolvingOverlaps()
            let listed = listCandidates(p, names)
            let investees = investeeCandidates(p, names)
            found[p] = actingGovernmentsInLists(p, names.followed(by: listed).followed(by: investees).resolvingOverlaps())
        }
        for p in sentences.indices {
            var names = found[p]
            let (persons, inferred) = readPeople(p, organisations: names)
            names = names.followed(by: inferred).followed(by: persons).resolvingOverlaps()
            found[p] = adding(aliasCandidates(p, names: names), to: names)
        }
    }

    /// `names` with bracket aliases added; an alias written where another name already stands
    /// joins the two clusters instead.
    private mutating func adding(_ aliases: [NameCandidate], to names: [NameCandidate]) -> [NameCandidate] {
        var result = names
        for alias in aliases {
            if let k = result.firstIndex(where: { $0.range == alias.range }) {
                let same = result[k]
                // "전북특별자치도(전북도)가": the acting government's short form is the government's,
                // not the place's.
                if same.type == .location, alias.type == .institution, alias.key.hasPrefix("G#") {
                    result[k] = alias
                    continue
                }
                if same.key != alias.key { union.union(alias.key, same.key) }
            } else if !result.contains(where: { $0.range.overlaps(alias.range) }) {
                result.append(alias)
            } else if alias.type != .location, result.allSatisfy({ !$0.range.overlaps(alias.range)
                || ($0.type == .location || $0.origin == .lexicon) && $0.range.clamped(to: alias.range) == $0.range && $0.range != alias.range }) {
                // "상하이 진허바이오(Shanghai Jinhe Bio)": a place inside a firm's gloss is the name's word;
                // so is a known firm's ("바탐개발청(BP Batam)" is no BP).
                result.removeAll { $0.range.overlaps(alias.range) }
                result.append(alias)
            }
        }
        return result
    }

    /// Shaped names of parts ("…센터", "…연구소") the article shows to be units of an organisation
    /// where no name stands right before them: the owner is written before the unit by a short
    /// form of its name ("수과원 해조류연구센터가" after 국립수산과학원, "성산대 창업보육센터는" after
    /// 성산대학교), or the unit's head is a professor ("배지훈 의생명연구센터장(심장내과 교수)": the
    /// centre is the hospital's or the university's). Units are no entities.
    private func unitsOfNamedOrganisations() -> [String] {
        var units: [NameCandidate] = []
        for names in found {
            for k in names.indices where names[k].facility && names[k].type != nil && names[k].origin == .shape { units.append(names[k]) }
        }
        // Most articles name no part of an organisation.
        guard !units.isEmpty else { return [] }
        var headedByProfessors: Set<TextKey> = []
        for sw in words {
            for g in sw.groups {
                guard let w = sw.word(endingAt: g.outer.lowerBound), sw.slice(w).last == "장", sw.slice(w).count >= 4,
                      sw.scalars[g.inner].hasScalarSuffix(Self.professor) else { continue }
                headedByProfessors.insert(TextKey(String(scalars: sw.slice(w).dropLast())))
            }
        }
        // The organisations the article names (distinct, a bounded number: each is compared with
        // the words written before units).
        var organisations: [[Unicode.Scalar]] = []
        var seen: Set<TextKey> = []
        for names in found where organisations.count < 64 {
            for k in names.indices where organisations.count < 64 && (names[k].type == .company || names[k].type == .institution)
                && !names[k].facility && seen.insert(TextKey(names[k].surface)).inserted {
                organisations.append(Array(names[k].surface.unicodeScalars))
            }
        }
        var result: [String] = []
        for unit in units {
            if headedByProfessors.contains(TextKey(unit.surface)) {
                result.append(unit.surface)
                continue
            }
            let sw = words[unit.position]
            guard let w = sw.word(startingAt: unit.range.lowerBound), w > 0, sw.words[w].spacedFromPrevious else { continue }
            let before = sw.slice(w - 1)
            guard (2...5).contains(before.count), before.allSatisfy(ScalarKind.isHangul), lexicon.kind(ofScalars: before) == nil,
                  !OrganizationShapes.genericStems.contains(before), !OrganizationShapes.publicOpeners.contains(where: { $0.elementsEqual(before) })
            else { continue }
            let short = Array(before)
            if organisations.contains(where: { $0.count > short.count && isAbbreviation(short, of: $0) }) {
                result.append(unit.surface)
            }
        }
        return result
    }

    /// What a unit's head is when the unit belongs to a university or a hospital: "(심장내과 교수)".
    private static let professor: [Unicode.Scalar] = Array("교수".unicodeScalars)

    /// Shaped names shown somewhere to be parts of an organisation are no names anywhere.
    private mutating func blockFacilities() {
        let blocked = facilities
        guard !blocked.isEmpty else { return }
        for p in found.indices {
            found[p] = found[p].map { candidate in
                guard candidate.type != nil, candidate.origin != .lexicon, blocked.contains(TextKey(candidate.surface)) else { return candidate }
                return NameCandidate(position: candidate.position, range: candidate.range, type: nil,
                                     surface: candidate.surface, key: "facility", origin: candidate.origin, sectors: [])
            }
        }
    }

    /// Second pass: names first seen in this article (and their short forms and short references)
    /// looked for in every sentence.
    mutating func readDocumentNames() {
        orderedPeople = people.values.sorted { ($0.firstPosition, $0.key) < ($1.firstPosition, $1.key) }
        mergeLexiconHeads()
        let document = DocumentNames(scan: self, shortForms: true)
        for p in sentences.indices {
            var extra = candidates(of: document, in: p)
            extra += shortReferences(p)
            found[p] = found[p].followed(by: extra).resolvingOverlaps()
        }
    }

    /// "얀센 바이오텍(Janssen Biotech) … 얀센은": a known company written as the first word of a
    /// longer name the article introduces is that name, shortened.
    mutating func mergeLexiconHeads() {
        // "오노약품" and "오노약품공업", "신한금융" and "신한금융그룹": short forms of a name the
        // article introduces are that name.
        // Candidates are read in place (as in `DocumentNames`): most are the lexicon's.
        var keyOfSurface: [TextKey: (key: String, type: EntityType)] = [:]
        for names in found {
            for k in names.indices where names[k].origin != .lexicon && names[k].origin != .alias {
                guard let type = names[k].type, type != .person, type != .location else { continue }
                let surface = TextKey(names[k].surface)
                if keyOfSurface[surface] == nil { keyOfSurface[surface] = (names[k].key, type) }
            }
        }
        for (surface, named) in keyOfSurface.sorted(by: { $0.key.text < $1.key.text }) {
            for short in DocumentNames.shortForms(of: surface.text, type: named.type) {
                if let other = keyOfSurface[TextKey(short)], TextKey(other.key) != TextKey(named.key) {
                    union.attach(other.key, to: named.key)
                }
            }
        }
        for names in found {
            for k in names.indices where names[k].type == .company && names[k].origin != .lexicon && names[k].origin != .alias {
                let c = names[k]
                let scalars = Array(c.surface.unicodeScalars)
                guard let space = scalars.firstIndex(of: " ") else { continue }
                let head = String(scalars: scalars[..<space])
                if let index = lexicon.entryIndex(of: head), lexicon.entries[index].kind == .company {
                    union.attach(lexicon.clusterKeys[index], to: c.key)
                }
            }
        }
    }

    // MARK: helpers shared by the recognisers

    func text(_ p: Int, _ range: Range<Int>) -> String { words[p].text(range) }

    /// Whether a name ending at `end` may end there: at a word boundary, or before particles
    /// (or the foreign-firm mark 사 when `firm`).
    func acceptsEnd(_ p: Int, _ end: Int, firm: Bool) -> Bool {
        let s = sentences[p].scalars
        guard end > 0 else { return false }
        if ScalarKind.endsName(s, at: end) { return true }
        let last = s[end - 1]
        if ScalarKind.isLatin(last) || ScalarKind.isDigit(last) {
            if ScalarKind.isLatin(s[end]) || ScalarKind.isDigit(s[end]) { return false }
        }
        let w = words[p].wordAt[end]
        guard w >= 0 else { return true }
        let tail = s[end..<words[p].words[w].range.upperBound]
        return Josa.isNameTail(tail, after: last, firm: firm)
    }

    func candidate(_ p: Int, _ range: Range<Int>, _ type: EntityType, origin: NameCandidate.Origin,
                   sectors: [Sector] = [], key: String? = nil) -> NameCandidate {
        let range = origin == .cue || origin == .shape ? throughLatinName(p, throughGlossedWord(p, range)) : range
        let surface = text(p, range)
        return NameCandidate(position: p, range: range, type: type, surface: surface,
                             key: key ?? placeKey(p, range, type) ?? NameCandidate.key(type: type, surface: surface),
                             origin: origin, sectors: sectors)
    }

    /// "포모사마이크로(Formosa Micro)와": a Latin gloss follows the name itself, so a name cut before
    /// what looked like a particle (로, 와, 는 …) runs on to the bracket.
    private func throughGlossedWord(_ p: Int, _ range: Range<Int>) -> Range<Int> {
        let s = sentences[p].scalars
        var end = range.upperBound
        guard !range.isEmpty, end < s.count, ScalarKind.isHangul(s[end]) else { return range }
        while end < s.count, end - range.upperBound < 2, ScalarKind.isHangul(s[end]) { end += 1 }
        guard end + 1 < s.count, s[end] == "(", ScalarKind.isLatin(s[end + 1]),
              Josa.isParticleTail(s[range.upperBound..<end], after: s[range.upperBound - 1]) else { return range }
        return range.lowerBound..<end
    }

    /// "미국 벤처캐피털 Granite Peak Ventures가": a name written in Latin letters runs on over the
    /// capitalised words after it (five words at most).
    private func throughLatinName(_ p: Int, _ range: Range<Int>) -> Range<Int> {
        let s = sentences[p].scalars
        guard let first = range.first, ScalarKind.isCapitalLatin(s[first]), range.allSatisfy({ isLatinNameScalar(s[$0]) }) else { return range }
        var end = range.upperBound
        var words = 1
        while words < 5, end + 1 < s.count, s[end] == " ", ScalarKind.isCapitalLatin(s[end + 1]) {
            var next = end + 1
            while next < s.count, isLatinNameScalar(s[next]) { next += 1 }
            end = next
            words += 1
        }
        return range.lowerBound..<end
    }

    private func isLatinNameScalar(_ c: Unicode.Scalar) -> Bool { ScalarKind.isLatin(c) || ScalarKind.isDigit(c) || c == "&" || c == "-" }

    /// "부산시교육청", "부산광역시교육청", "부산교육청": an institution named after a city or province
    /// is keyed by the place's lexicon entry and the rest, so the forms of the place make one body.
    private func placeKey(_ p: Int, _ range: Range<Int>, _ type: EntityType) -> String? {
        guard type == .institution, range.count >= 4 else { return nil }
        let s = sentences[p].scalars
        for length in stride(from: min(range.count - 2, 8), through: 2, by: -1) {
            let place = s[range.lowerBound..<(range.lowerBound + length)]
            guard let entry = lexicon.entryIndex(ofScalars: place), lexicon.officialPlaceNames[entry] != nil else { continue }
            let rest = s[(range.lowerBound + length)..<range.upperBound].filter { !ScalarKind.isSpace($0) }
            return "institution:@\(entry):" + String(scalars: rest[...])
        }
        return nil
    }

    /// The candidate among `names` that covers word `w` of sentence `p`, if any.
    func name(covering w: Int, in p: Int, among names: [NameCandidate]) -> NameCandidate? {
        let r = words[p].words[w].range
        return names.first { $0.range.lowerBound <= r.lowerBound && $0.range.upperBound >= r.lowerBound + 1 }
    }

    /// Whether the lexicon knows these scalars (a slice of a sentence) as a place.
    func isLocation<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        lexicon.kind(ofScalars: scalars) == .location
    }
}

/// Which name covers each word of a sentence: what `EntityScan.name(covering:in:among:)` finds,
/// worked out once for rules that ask about every word.
struct NameCover {
    private let names: [NameCandidate]
    /// Per word, the index in `names` of the first name holding the word's first scalar, or -1.
    private let first: [Int]
    private let words: SentenceWords

    init(_ sw: SentenceWords, _ names: [NameCandidate]) {
        var first = [Int](count: sw.words.count, copiedFrom: FilledBlocks.minusOneInts)
        for (index, name) in names.enumerated() {
            for k in name.range.clamped(to: 0..<sw.wordAt.count) {
                let w = sw.wordAt[k]
                if w >= 0, first[w] < 0, sw.words[w].range.lowerBound == k { first[w] = index }
            }
        }
        self.names = names
        self.first = first
        self.words = sw
    }

    /// The name covering word `w`, if any.
    subscript(_ w: Int) -> NameCandidate? {
        first[w] < 0 ? nil : names[first[w]]
    }

    /// Whether a name covers word `w` (asked without copying the name).
    func covers(_ w: Int) -> Bool { first[w] >= 0 }

    /// Whether the name covering word `w` is of `type` and is exactly that word.
    func isWhole(_ w: Int, _ type: EntityType) -> Bool {
        guard first[w] >= 0 else { return false }
        let name = first[w]
        return names[name].type == type && names[name].range == words.words[w].range
    }

    /// Whether word `w` is a place and its genitive 의 ("창원의", "미국의"): a place all the same to
    /// the words after it ("창원의 협력사인 대광금속이").
    func isPlaceWithGenitive(_ w: Int) -> Bool {
        guard first[w] >= 0 else { return false }
        let name = names[first[w]], word = words.words[w].range
        return name.type == .location && name.range.lowerBound == word.lowerBound
            && name.range.upperBound == word.upperBound - 1 && words.scalars[name.range.upperBound] == "의"
    }
}
