/// Companies, institutions and places of one sentence: the lexicon, name shapes, stock codes,
/// legal forms, and foreign names introduced by a descriptor or a place.
extension EntityScan {
    /// The sentence's organisations and places, and the surfaces it shows to be parts of an
    /// organisation ("현대자동차 남양연구소").
    func readOrganizations(_ p: Int) -> (names: [NameCandidate], facilities: [String]) {
        let all = lexiconCandidates(p).followed(by: shapeCandidates(p)).resolvingOverlaps()
        let names = droppingFacilities(p, all)
        let dropped = names.count == all.count ? [] : all.filter { c in !names.contains { $0.range == c.range } }.map(\.surface)
        let extra = bracketCandidates(p, names).followed(by: cueCandidates(p, names)).followed(by: latinFirstCandidates(p, names))
        return (droppingNamesInEvents(p, names.followed(by: extra).resolvingOverlaps()), dropped)
    }

    // MARK: lexicon

    func lexiconCandidates(_ p: Int) -> [NameCandidate] {
        let s = sentences[p].scalars
        var result: [NameCandidate] = []
        // Names start where words do (after no letter, digit or syllable).
        let matches = lexicon.matches(in: s, startingAt: words[p].nameStarts)
        result.reserveCapacity(matches.count)
        for (range, index, key) in matches {
            // The entry's fields are read where needed: a copy of the entry retains its strings.
            let kind = lexicon.entries[index].kind
            guard acceptsEnd(p, range.upperBound, firm: kind == .company) else { continue }
            if isCurrencyWord(p, range) { continue }
            if kind == .company, lexicon.isGroup[index], namesBusinessUnit(p, after: range) { continue }
            let surface = lexicon.text(ofKey: key, matching: s[range]) ?? text(p, range)
            if kind == .location, isActingGovernment(p, range) {
                // "경기도는 … 협약을 맺었다": the province acts, so it is its government. Its forms
                // are one government ("경상남도와", "경남도는": "G#" and the place's entry).
                result.append(NameCandidate(position: p, range: range, type: .institution, surface: surface,
                                            key: "G#\(index)", origin: .lexicon, sectors: []))
                continue
            }
            result.append(NameCandidate(position: p, range: range, type: kind.entityType, surface: surface,
                                        key: lexicon.clusterKeys[index], origin: .lexicon, sectors: lexicon.entries[index].sectors))
        }
        return result
    }

    /// A city, province or county written with 시/도/군/구 and a subject particle ("서울시는", "경기도와"): the
    /// local government acting, not the place ("경기도 화성시에", "서울시의" stay places).
    func isActingGovernment(_ p: Int, _ range: Range<Int>) -> Bool {
        let s = sentences[p].scalars
        guard let last = range.last.map({ s[$0] }), PersonNames.localGovernmentEnds.contains(last), range.count >= 3,
              range.upperBound < s.count, let w = words[p].word(endingAt: words[p].words[words[p].wordAt[range.upperBound - 1]].range.upperBound)
        else { return false }
        let tail = s[range.upperBound..<words[p].words[w].range.upperBound]
        // "충청북도 관계자", "광양시 관계자는": the government's people; "거제시 윤태섭 시장은": its head;
        // "이수민 충청북도 경제부지사와": its deputy head.
        if tail.isEmpty, w + 1 < words[p].words.count, words[p].words[w + 1].spacedFromPrevious,
           words[p].slice(w + 1).hasScalarPrefix(OrganizationShapes.officialsWord) || headFollows(p, w, placeEnd: last)
            || PersonNames.placeDeputy(words[p].slice(w + 1))?.placeEnd == last {
            return true
        }
        func opensOnActingParticle(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
            OrganizationShapes.actingParticles.contains { tail.hasScalarPrefix($0) && Josa.isParticleTail(tail.dropFirst($0.count)) }
        }
        if tail.isEmpty, let g = words[p].groups.first(where: { $0.outer.lowerBound == range.upperBound }) {
            // "경상남도(도지사 박진호)는": the head named in a bracket after it, its particle after the bracket.
            if PersonNames.localGovernmentHeadScalars.contains(where: { s[g.inner].hasScalarPrefix($0) }) { return true }
            // "전북특별자치도(전북도)가": its short form in brackets, an acting particle after them.
            if let place = lexicon.entryIndex(ofScalars: s[range]), lexicon.entryIndex(ofScalars: s[g.inner]) == place,
               let after = words[p].word(startingAt: g.outer.upperBound) {
                return opensOnActingParticle(words[p].slice(after))
            }
        }
        return opensOnActingParticle(tail)
    }

    /// Whether word `w`, a place ending in `placeEnd`, is followed by a Korean name and the title of
    /// the place's head, written apart: "거제시 윤태섭 시장은".
    func headFollows(_ p: Int, _ w: Int, placeEnd: Unicode.Scalar) -> Bool {
        let sw = words[p]
        guard w + 2 < sw.words.count, sw.words[w + 2].spacedFromPrevious, isKoreanName(sw.slice(w + 1)) else { return false }
        return PersonNames.placeHead(sw.slice(w + 2))?.placeEnd == placeEnd
    }

    /// "포항공과대학교(포스텍)와 경상북도, 포항시, 한국로봇산업진흥원": a city or province listed
    /// among companies or institutions acts as its government, as "경상북도와" does. Places listed
    /// only with places stay places ("서울시, 부산시 등 대도시"), and so does a place written
    /// before another ("충청북도 청주시"): only a separator may follow it.
    func actingGovernmentsInLists(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let s = sentences[p].scalars
        func isListedPlace(_ c: NameCandidate) -> Bool {
            c.type == .location && c.origin == .lexicon && c.key.hasPrefix("L#") && c.range.count >= 3
                && PersonNames.localGovernmentEnds.contains(s[c.range.upperBound - 1])
        }
        // Most sentences list no city or province: the list stays as it is.
        guard names.count >= 2, names.contains(where: isListedPlace) else { return names }
        // Runs of names joined by separators; a run with an organisation turns its places.
        var result = names
        var run: [Int] = []
        func flush() {
            defer { run.removeAll() }
            guard run.contains(where: { names[$0].type == .company || names[$0].type == .institution }) else { return }
            // A place not followed by a separator is where the next one lies ("충청북도 청주시"); the
            // run's last place is listed when a comma ends it ("국립창원대학교와 창원시, 지역 기업인 …").
            for k in run where isListedPlace(names[k]) && (k != run.last || names[k].range.upperBound < s.count && s[names[k].range.upperBound] == ",") {
                let c = names[k]
                result[k] = NameCandidate(position: p, range: c.range, type: .institution, surface: c.surface,
                                          key: "G#" + c.key.dropFirst(2), origin: .lexicon, sectors: [])
            }
        }
        for k in names.indices {
            run.append(k)
            if k + 1 == names.count || !(ListWords.joinsItems(s, names[k].range.upperBound..<names[k + 1].range.lowerBound)
                                         || Self.joinsThroughDescriptor(s, names[k].range.upperBound..<names[k + 1].range.lowerBound)) { flush() }
        }
        return result
    }

    /// "음성군, 이차전지 전해액 제조기업 케이엘켐과": a comma, then a few words that say what the
    /// next item is, its last a word for firms.
    static func joinsThroughDescriptor(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        guard gap.count >= 4, gap.count <= 32, s[gap.lowerBound] == ",", ScalarKind.isSpace(s[gap.upperBound - 1]) else { return false }
        var end = gap.upperBound - 1
        var start = end
        while start > gap.lowerBound + 1, !ScalarKind.isSpace(s[start - 1]) { start -= 1 }
        let last = s[start..<end]
        guard !last.isEmpty, OrganizationShapes.firmCueEndings.contains(where: { last.hasScalarSuffix($0) }) else { return false }
        // (the words before it describe; none ends a clause: "…, 그리고", "…했고" join no list)
        end = start
        return s[(gap.lowerBound + 1)..<end].allSatisfy { ScalarKind.isHangul($0) || ScalarKind.isSpace($0) || ScalarKind.isLatin($0) || $0 == "·" }
    }

    /// "(한화 약 200억원)": 한화 is the Korean won there, not Hanwha.
    func isCurrencyWord(_ p: Int, _ range: Range<Int>) -> Bool {
        guard OrganizationShapes.currencyWords.contains(sentences[p].scalars[range]) else { return false }
        let sw = words[p]
        guard let w = sw.word(startingAt: range.lowerBound), sw.words[w].range.upperBound == range.upperBound,
              w + 1 < sw.words.count else { return false }
        let next = sw.slice(w + 1)
        return ScalarKind.isDigit(next.first!) || ["약", "환산", "기준"].contains(String(scalars: next))
    }

    /// "삼성 파운드리", "LG 배터리 부문": a group name before one of its businesses names the
    /// business, not a party.
    func namesBusinessUnit(_ p: Int, after range: Range<Int>) -> Bool {
        let sw = words[p]
        guard let w = sw.word(endingAt: range.upperBound), w + 1 < sw.words.count, sw.words[w + 1].spacedFromPrevious,
              sw.words[w].range.lowerBound == range.lowerBound else { return false }
        let next = sw.slice(w + 1)
        return OrganizationShapes.businessUnitWords.contains { unit in
            next.hasScalarPrefix(unit) && Josa.isParticleTail(next.dropFirst(unit.count))
        }
    }

    // MARK: shapes

    func shapeCandidates(_ p: Int) -> [NameCandidate] {
        let sw = words[p]
        let tables = WordShapeTables.shared
        var result: [NameCandidate] = []
        // The three rules need a brand's first scalar, or a scalar a suffix ends in after the
        // first (spaced suffixes are suffixes too). Most words have neither.
        let mayBeShaped: (Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool = { word in
            guard let first = word.first else { return false }
            return tables.groupBrandsByFirst.contains(first) || word.dropFirst().contains { tables.suffixEnds.contains($0) }
        }
        for w in sw.words.indices where sw.word(w, satisfies: mayBeShaped) {
            // "박정우 한솔대병원장은": the organisation before its head's glued title (`gluedHead`).
            if let head = gluedHead(p, w) {
                result.append(gluedHeadOrganisation(p, w, head))
                continue
            }
            let word = sw.slice(w)
            let start = sw.words[w].range.lowerBound
            if let (length, suffix) = shape(of: word, tables) {
                result.append(shaped(p, start..<(start + length), suffix))
            }
            // "아임뉴런 바이오사이언스": a spaced suffix after a name-like word.
            // "경북대학교 산학협력단": a university's unit after the university, known or not.
            if w > 0, sw.words[w].spacedFromPrevious, let (length, suffix) = spacedSuffix(word, tables),
               isForeignNameWord(p, w - 1) && !OrganizationShapes.genericStems.contains(sw.slice(w - 1))
                || OrganizationShapes.universityUnits.contains(suffix.text) && isUniversity(sw.slice(w - 1)) {
                result.append(shaped(p, sw.words[w - 1].range.lowerBound..<(start + length), suffix))
            }
            // "남해안 수산식품박람회 조직위원회": the committee running an event, named with it.
            if w > 0, sw.words[w].spacedFromPrevious, let range = organisingCommittee(p, w) {
                result.append(candidate(p, range, .institution, origin: .shape))
            }
            // "카카오페이", "SK이노베이션": a group brand and more.
            if let length = brandedName(word, tables) {
                result.append(candidate(p, start..<(start + length), .company, origin: .shape))
            }
        }
        return result
    }

    /// The range of an organising committee ending at word `w` ("조직위원회는"): the event's name
    /// before it, bare, a word ending in an event's word ("수산식품박람회", "부산국제영화제"),
    /// with the place written before it ("남해안 …"). A committee alone ("조직위원회는") is none.
    private func organisingCommittee(_ p: Int, _ w: Int) -> Range<Int>? {
        let sw = words[p]
        let word = sw.slice(w)
        guard word.first == "조", let n = Josa.stemLengths(of: word, minimum: 3).first(where: {
            OrganizationShapes.organisingCommittees.contains(word.prefix($0))
        }) else { return nil }
        let event = sw.slice(w - 1)
        guard event.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) || ScalarKind.isDigit($0) }),
              OrganizationShapes.eventEndings.contains(where: { event.count > $0.count + 1 && event.hasScalarSuffix($0) })
        else { return nil }
        var start = sw.words[w - 1].range.lowerBound
        if w >= 2, sw.words[w - 1].spacedFromPrevious, isLocation(sw.slice(w - 2)) { start = sw.words[w - 2].range.lowerBound }
        return start..<(sw.words[w].range.lowerBound + n)
    }

    private func shaped(_ p: Int, _ range: Range<Int>, _ suffix: OrganizationShapes.Suffix) -> NameCandidate {
        var type = suffix.type
        if suffix.text.elementsEqual("공사".unicodeScalars) {
            let stem = sentences[p].scalars[range].dropLast(2)
            if OrganizationShapes.tradingCorporationWords.contains(where: { stem.containsScalars($0) }) { type = .company }
        }
        var c = candidate(p, range, type, origin: .shape, sectors: suffix.sectors)
        c.facility = suffix.facility
        return c
    }

    /// The stem length and suffix of a word shaped like an organisation name ("한국가스공사와" → 6, 공사).
    func shape(of word: ArraySlice<Unicode.Scalar>) -> (Int, OrganizationShapes.Suffix)? {
        shape(of: word, WordShapeTables.shared)
    }

    private func shape(of word: ArraySlice<Unicode.Scalar>, _ tables: WordShapeTables) -> (Int, OrganizationShapes.Suffix)? {
        for n in stride(from: word.count, through: 2, by: -1) where tables.suffixEnds.contains(word[word.startIndex + n - 1]) {
            let stem = word.prefix(n)
            // Suffixes first: most words end in none, and the particle test costs more.
            guard let candidates = tables.suffixesByLast[stem.last!],
                  candidates.contains(where: { $0.text.count < n && stem.hasScalarSuffix($0.text) }),
                  Josa.isStem(word, n) else { continue }
            for suffix in candidates where suffix.text.count < n && stem.hasScalarSuffix(suffix.text) {
                if stemAllows(stem, suffix) { return (n, suffix) }
            }
        }
        return nil
    }

    /// A word that is only a spaced suffix ("바이오사이언스", "테라퓨틱스는"): its stem length and suffix.
    private func spacedSuffix(_ word: ArraySlice<Unicode.Scalar>, _ tables: WordShapeTables) -> (Int, OrganizationShapes.Suffix)? {
        for n in stride(from: word.count, through: 2, by: -1) where tables.spacedSuffixEnds.contains(word[word.startIndex + n - 1]) {
            if let suffix = tables.spacedSuffixes.value(for: word.prefix(n)), Josa.isStem(word, n) {
                return (n, suffix)
            }
        }
        return nil
    }

    func stemAllows(_ stem: ArraySlice<Unicode.Scalar>, _ suffix: OrganizationShapes.Suffix) -> Bool {
        let prefix = stem.dropLast(suffix.text.count)
        guard prefix.count >= 2, let first = prefix.first, !ScalarKind.isDigit(first) else { return false }
        // Tables and lexicon are asked with the slice: no String is built per suffix tried.
        let generic = suffix.type == .company ? OrganizationShapes.genericStems : OrganizationShapes.genericInstitutionStems
        if suffix.rule != .coined, generic.contains(prefix) { return false }
        for ending in OrganizationShapes.genericEndings where ending.count > suffix.text.count && stem.hasScalarSuffix(ending) {
            // "누리벤처캐피탈": a name before a word for the kind of firm ("국내벤처캐피탈" has none).
            let name = stem.dropLast(ending.count)
            if OrganizationShapes.namedGenericEndings.contains(where: { $0.elementsEqual(ending) }), name.count >= 2,
               name.allSatisfy(ScalarKind.isHangul), !OrganizationShapes.genericStems.contains(name),
               !OrganizationShapes.descriptorWords.contains(name), !PersonNames.notNames.contains(name),
               lexicon.kind(ofScalars: name) == nil { continue }
            return false
        }
        let kind = lexicon.kind(ofScalars: prefix)
        if kind == .ignore || kind == .person { return false }
        switch suffix.rule {
        case .name, .coined:
            return true
        case .brand:
            return prefix.contains(where: ScalarKind.isLatin) || kind == .company
                || OrganizationShapes.groupBrands.contains(prefix)
                // "한빛에너지솔루션", "대성전기시스템": a company's name in front ("보안솔루션" has none)
                || prefix.last.map(OrganizationShapes.suffixEnds.contains) == true
                    && shape(of: prefix).map { $0.0 == prefix.count && $0.1.type == .company && $0.1.rule == .name } == true
        case .publicBody where suffix.text == OrganizationShapes.agencyEnd:
            // "포항시청", "경남도청": the city's or province's building, where deals are signed, not a
            // body; so too a city the lexicon does not know ("해림시청", "…군청", "…구청").
            return isPublicBodyStem(prefix) && !isLocation(prefix)
                && !(prefix.count >= 2 && prefix.last.map(OrganizationShapes.localUnitEnds.contains) == true)
        case .publicBody:
            return isPublicBodyStem(prefix)
        case .hangulName:
            return prefix.last.map(ScalarKind.isHangul) == true
        }
    }

    /// 한국…, 국립…, a place first ("서울…", "경기…"), a 시/도/군/구 unit, or a long stem with a
    /// public-body word in it.
    func isPublicBodyStem(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        for opener in OrganizationShapes.publicOpeners where prefix.hasScalarPrefix(opener) { return true }
        if prefix.count >= 2 {
            for k in 2...prefix.count where isLocation(prefix.prefix(k)) { return true }
        }
        if prefix.count >= 3, let last = prefix.last, OrganizationShapes.placeEndings.contains(last) { return true }
        if prefix.count >= 4 {
            for word in OrganizationShapes.publicBodyWords where prefix.containsScalars(word) { return true }
        }
        return false
    }

    /// A university's name: "…대학교", "…대학", or a known institution ending in 대 ("경북대").
    private func isUniversity(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        OrganizationShapes.universityEnds.contains { word.hasScalarSuffix($0) }
            || word.last == "대" && lexicon.kind(ofScalars: word) == .institution
    }

    /// "카카오페이": a group brand followed by at least two more scalars, particles left out
    /// (the shortest such stem, so "카카오페이가" gives 카카오페이).
    func brandedName(_ word: ArraySlice<Unicode.Scalar>) -> Int? { brandedName(word, WordShapeTables.shared) }

    private func brandedName(_ word: ArraySlice<Unicode.Scalar>, _ tables: WordShapeTables) -> Int? {
        guard let first = word.first, let brands = tables.groupBrandsByFirst[first] else { return nil }
        for brand in brands where word.count >= brand.count + 2 && word.hasScalarPrefix(brand) {
            // "SMR" is not SM and R: a Latin brand goes on with Hangul or a digit.
            if let last = brand.last, ScalarKind.isLatin(last), ScalarKind.isLatin(word[word.startIndex + brand.count]) { return nil }
            let stems = Josa.stemLengths(of: word, minimum: brand.count + 1)
            guard let n = stems.last, n >= brand.count + 2 else { return nil }
            let rest = word.dropFirst(brand.count).prefix(n - brand.count)
            if OrganizationShapes.notBrandTails.contains(rest) { return nil }
            if Josa.isParticleTail(rest, after: brand.last!) { return nil }
            return n
        }
        return nil
    }

    /// A word that can be (part of) a foreign or coined name: letters, two or more, not a common
    /// word, not a place or other known word.
    func isForeignNameWord(_ p: Int, _ w: Int) -> Bool {
        let word = words[p].slice(w)
        guard word.count >= 2, word.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) }) else { return false }
        if OrganizationShapes.genericStems.contains(word) || PersonNames.notNames.contains(word)
            || PersonNames.titleModifiers.contains(word) || OrganizationShapes.descriptorWords.contains(word)
            || OrganizationShapes.isDescribingVerb(word) { return false }
        // "울산광역시와 손잡고 조선소 용접 자동화에": a verb linking to what follows is no name part.
        if OrganizationShapes.linkingVerbs.contains(where: { word.hasScalarSuffix($0) }) { return false }
        if let kind = lexicon.kind(ofScalars: word), kind != .company { return false }
        if let last = word.last, ScalarKind.isHangul(last) {
            // A word ending in a clear particle is not a name part ("국내의", "기업과").
            for n in Josa.stemLengths(of: word, minimum: 2) where n < word.count {
                let tail = word.suffix(word.count - n)
                if OrganizationShapes.clearParticles.contains(tail) { return false }
            }
        }
        return true
    }

    // MARK: facilities

    /// Drops names read from their shape or a word before them inside the quoted name of an
    /// event: "'사우디 애그리푸드 엑스포 2024'에서" names a fair, not a firm called 애그리푸드.
    func droppingNamesInEvents(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        guard names.contains(where: { $0.origin == .shape || $0.origin == .cue }) else { return names }
        let s = sentences[p].scalars
        var events: [Range<Int>] = []
        var open: (at: Int, closer: Unicode.Scalar)? = nil
        for i in s.indices {
            if let o = open {
                guard s[i] == o.closer else { continue }
                if namesEvent(s[(o.at + 1)..<i]) { events.append(o.at..<i) }
                open = nil
            } else if let closer = ScalarKind.closingQuote(of: s[i]) {
                open = (i, closer)
            }
        }
        guard !events.isEmpty else { return names }
        return names.filter { c in c.origin != .shape && c.origin != .cue || !events.contains { $0.contains(c.range.lowerBound) } }
    }

    /// Whether quoted words end in a word for an event, a year or an edition after it allowed.
    private func namesEvent(_ quoted: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = quoted.endIndex
        while end > quoted.startIndex, ScalarKind.isDigit(quoted[end - 1]) || ScalarKind.isSpace(quoted[end - 1]) { end -= 1 }
        return OrganizationShapes.eventWords.contains { end - quoted.startIndex >= $0.count && quoted[(end - $0.count)..<end].elementsEqual($0) }
    }

    /// Drops "남양연구소" in "현대자동차 남양연구소", "소비자보호그룹" in "신한은행 소비자보호그룹":
    /// parts of the organisation written before them.
    func droppingFacilities(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        // Most sentences name no facility: the list stays as it is, not copied.
        guard names.contains(where: \.facility) else { return names }
        let sw = words[p]
        return names.filter { c in
            // "'SMR 제작지원센터'도 울진에 짓고 있다": a building going up, not a body.
            if c.facility, isBeingBuilt(sw.scalars, after: c.range.upperBound) { return false }
            guard c.facility, let w = sw.word(startingAt: c.range.lowerBound), w > 0, sw.words[w].spacedFromPrevious,
                  let owner = name(covering: w - 1, in: p, among: names), owner.type == .company || owner.type == .institution,
                  owner.range.upperBound == sw.words[w - 1].range.upperBound else { return true }
            return false
        }
    }
}

/// Whether a verb of putting up a building follows a name within a few words ("…센터를 짓고",
/// "…센터도 울진에 짓고 있다", "…센터 건립에").
private func isBeingBuilt(_ s: [Unicode.Scalar], after end: Int) -> Bool {
    let reach = min(s.count, end + 12)
    guard end < reach else { return false }
    return (end..<reach).contains { i in OrganizationShapes.buildingVerbs.contains { s[i...].starts(with: $0) } }
}

/// The tables the shape rules ask about every word, held by one object read once per sentence
/// rather than a `static let` read per word (each such read goes through its one-time
/// initialisation check and retains the table).
private final class WordShapeTables: Sendable {
    static let shared = WordShapeTables()

    let suffixEnds = OrganizationShapes.suffixEnds
    let suffixesByLast = OrganizationShapes.suffixesByLast
    let spacedSuffixEnds = OrganizationShapes.spacedSuffixEnds
    let spacedSuffixes = OrganizationShapes.spacedSuffixes
    let groupBrandsByFirst = OrganizationShapes.groupBrandsByFirst
}
