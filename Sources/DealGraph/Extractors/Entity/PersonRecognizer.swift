/// People named next to a title: "윤석열 대통령", "이상훈 에이비엘바이오 대표", "공영운·장재훈·박정국
/// 사장", "(대표 이정희)", "브라이언 블란쳇 잉걸스 조선소 사장"; and short references ("김 대표").
extension EntityScan {
    /// A title word: the title, and the scalars of the word it takes (unit and title, no particles).
    struct TitleWord {
        let title: PersonNames.Title
        /// The title with any unit glued before it ("제품개발본부장"), particles left out.
        let range: Range<Int>
        /// Whether a unit is glued before the title.
        let hasUnit: Bool
        /// For "식약처장", "방위사업청장": the known institution the title heads, and where it is written.
        var headed: (entry: Int, range: Range<Int>)? = nil
    }

    /// The title that word `w` ends in, particles set aside.
    func titleWord(_ p: Int, _ w: Int, bare: Bool = false) -> TitleWord? {
        guard mayHoldTitle(p, w) else { return nil }
        return bare ? readTitleWord(p, w, bare: true) : storedTitleWord(p, w)
    }

    /// Reads the title of word `w` (`titleWords` holds the results for every word, not bare).
    func readTitleWord(_ p: Int, _ w: Int, bare: Bool) -> TitleWord? {
        EntityScan.readTitleWord(words[p], w, bare: bare, lexicon: lexicon)
    }

    /// The same, given the sentence's words and the lexicon: all it reads, so the scan's
    /// initialiser, which reads every word's title, asks it without going through the scan.
    static func readTitleWord(_ sw: SentenceWords, _ w: Int, bare: Bool, lexicon: Lexicon) -> TitleWord? {
        let word = sw.slice(w)
        // Titles end in few syllables (장, 표, 사, 관 …): most words are turned away here.
        guard word.contains(where: { PersonNames.titleEnds.contains($0) }) else { return nil }
        let start = sw.words[w].range.lowerBound
        for n in stride(from: word.count, through: 2, by: -1)
        where PersonNames.titleEnds.contains(word[word.startIndex + n - 1]) && Josa.isStem(word, n) {
            let stem = word.prefix(n)
            // "식약처장", "방위사업청장", "금감원장": a known institution and 장.
            if n >= 3, stem.last == "장" {
                if let entry = lexicon.entryIndex(ofScalars: stem.dropLast()), lexicon.entries[entry].kind == .institution {
                    let base = String(stem[stem.endIndex - 2]) + "장"
                    let title = PersonNames.Title(text: Array(base.unicodeScalars), base: base, leads: true, corporate: false,
                                                  gluedUnit: true, requiresUnit: false)
                    return TitleWord(title: title, range: start..<(start + n), hasUnit: false,
                                     headed: (entry, start..<(start + n - 1)))
                }
            }
            for title in PersonNames.titlesByLast[stem.last!] ?? [] where stem.hasScalarSuffix(title.text) {
                if title.text.count == n {
                    if title.requiresUnit && !bare { continue }
                    return TitleWord(title: title, range: start..<(start + n), hasUnit: false)
                }
                guard title.gluedUnit else { continue }
                let unit = stem.dropLast(title.text.count)
                if title.requiresUnit {
                    // "서울시장", "경기도지사"; "사천시장": the city "사천시" shares its 시 with the title
                    guard let last = unit.last, last == "시" || last == "도" || lexicon.kind(ofScalars: unit) == .location
                            || lexicon.kind(ofScalars: stem.dropLast(title.text.count - 1)) == .location else { continue }
                }
                return TitleWord(title: title, range: start..<(start + n), hasUnit: true,
                                 headed: headedGovernment(stem, title: title, lexicon: lexicon).map { (entry, length) in
                                     (entry, start..<(start + length))
                                 })
            }
        }
        return nil
    }

    /// "포항시장", "경북도지사", "고창군수": the city, province or county whose government the
    /// title heads, as the lexicon's place and its length in the word.
    static func headedGovernment(_ stem: ArraySlice<Unicode.Scalar>, title: PersonNames.Title, lexicon: Lexicon) -> (Int, Int)? {
        guard title.leads, PersonNames.localGovernmentHeads.contains(title.text) else { return nil }
        // The longest start of the word that is a place ending in 시, 도, 군 or 구 ("사천시장": 사천시).
        for length in stride(from: stem.count - 1, through: 2, by: -1) {
            let place = stem.prefix(length)
            guard let last = place.last, PersonNames.localGovernmentEnds.contains(last),
                  let entry = lexicon.entryIndex(ofScalars: place), lexicon.entries[entry].kind == .location else { continue }
            return (entry, length)
        }
        return nil
    }

    /// Whether `scalars` is a Korean personal name: a common surname and one or two syllables
    /// (two or three after a two-syllable surname), not a common word.
    func isKoreanName<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar, C.Index == Int {
        let name = Array(scalars)
        guard name.count >= 2, name.count <= 4, name.allSatisfy(ScalarKind.isHangul) else { return false }
        if PersonNames.notNames.contains(name) || OrganizationShapes.genericStems.contains(name) { return false }
        if let kind = lexicon.kind(ofScalars: name), kind != .person { return false }
        if PersonNames.titles.contains(where: { $0.text == name }) { return false }
        if let last = name.last, PersonNames.notNameEnds.contains(last) { return false }
        // "다국적 제약사 연구소장 출신": a word for firms (제 + 약사 only looks like a name).
        if cueType(name[...]) != nil { return false }
        if name.count == 3, PersonNames.adnominalEnds.contains(name[2]), PersonNames.titleVerbNouns.contains(name[0..<2]) {
            return false
        }
        // "마커스", "제니퍼", "모션랩": syllables Korean given names are not made of.
        if name.dropFirst().contains(where: PersonNames.foreignSyllables.contains) { return false }
        if PersonNames.doubleSurnames.contains(where: { name.hasScalarPrefix($0) }) { return name.count >= 3 }
        return name.count <= 3 && PersonNames.surnames.contains(name[0])
    }

    /// The surname of a Korean name.
    static func surname(of name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        if let double = PersonNames.doubleSurnames.first(where: { scalars.count >= 3 && scalars.hasScalarPrefix($0) }) {
            return String(scalars: double)
        }
        return scalars.first.map { String($0) } ?? ""
    }

    /// People of sentence `p`, and companies inferred from where they stand ("홍길동 뉴로핏 대표").
    mutating func readPeople(_ p: Int, organisations names: [NameCandidate]) -> ([NameCandidate], [NameCandidate]) {
        var persons: [NameCandidate] = []
        var inferred: [NameCandidate] = []
        peopleBeforeGluedHeads(p, names, &persons)
        peopleBeforeTitles(p, names, &persons, &inferred)
        glossedForeignPeople(p, names, &persons)
        foreignPeopleAfterOwners(p, names, &persons)
        foreignPeopleSayingAfterTitles(p, names, &persons)
        peopleAfterTitles(p, names, &persons)
        headsAfterTheirPlaces(p, names, &persons)
        return (persons, inferred)
    }

    /// "거제시 윤태섭 시장은", "경상남도 박진호 도지사": a city, province or county, a Korean name
    /// and its head's title written apart ("시장" alone is a market): the person leads the place's
    /// government.
    private mutating func headsAfterTheirPlaces(_ p: Int, _ names: [NameCandidate], _ persons: inout [NameCandidate]) {
        let sw = words[p]
        let firsts = PersonNames.placeHeadFirsts
        for w in sw.words.indices where w >= 2 && firsts.contains(sw.scalars[sw.words[w].range.lowerBound]) {
            guard let head = PersonNames.placeHead(sw.slice(w)),
                  sw.words[w].spacedFromPrevious, sw.words[w - 1].spacedFromPrevious,
                  isKoreanName(sw.slice(w - 1)), name(covering: w - 1, in: p, among: names) == nil,
                  let government = name(covering: w - 2, in: p, among: names), government.type == .institution,
                  government.key.hasPrefix("G#"), government.range == sw.words[w - 2].range,
                  sw.scalars[government.range.upperBound - 1] == head.placeEnd else { continue }
            // (the place was read as its government acting: `isActingGovernment`)
            let nameRange = sw.words[w - 1].range
            let person = addPerson(p, range: nameRange, words: [text(p, nameRange)], title: head.base)
            persons.append(person)
            let titleEnd = sw.words[w].range.lowerBound + head.title.count
            leads.append(Lead(person: person.key, organisation: government.key, title: String(scalars: head.title[...]), position: p,
                              range: nameRange.lowerBound..<titleEnd))
        }
    }

    /// Between word a and word b (a < b) only spaces, or joiners inside a unit ("AI/DX").
    func gapAllows(_ p: Int, _ a: Int, _ b: Int) -> Bool {
        let sw = words[p]
        return (sw.words[a].range.upperBound..<sw.words[b].range.lowerBound).allSatisfy {
            ScalarKind.isSpace(sw.scalars[$0]) || sw.scalars[$0] == "/" || sw.scalars[$0] == "-"
        }
    }

    /// The bracket group word `w` stands in.
    func group(holding w: Int, in p: Int) -> SentenceWords.Group? {
        let sw = words[p]
        return sw.groups.first { $0.inner.contains(sw.words[w].range.lowerBound) }
    }

    /// NAME [ORG …] TITLE, NAME·NAME TITLE, and FOREIGN NAME ORG TITLE: "이두현 한결전자 회장",
    /// "공영운·장재훈 사장", "브라이언 블란쳇 잉걸스 조선소 사장".
    private mutating func peopleBeforeTitles(_ p: Int, _ names: [NameCandidate], _ persons: inout [NameCandidate],
                                             _ inferred: inout [NameCandidate]) {
        let sw = words[p]
        let s = sw.scalars
        for ti in sw.words.indices {
            guard let tw = titleWord(p, ti) else { continue }
            if name(covering: ti, in: p, among: names) != nil { continue }

            // NAME [ORG …] TITLE, or NAME·NAME·NAME TITLE
            var between: [Int] = []
            var nameWord: Int? = nil
            var k = ti - 1
            var next = ti
            var jumped = false
            while k >= 0, between.count <= 4 {
                if let g = group(holding: k, in: p), !g.inner.contains(sw.words[next].range.lowerBound) {
                    // a bracket between the organisation and the title: "위원회(구조특위) 위원장"
                    guard sw.isBlank(g.outer.upperBound..<sw.words[next].range.lowerBound),
                          let j = sw.word(endingAt: g.outer.lowerBound) else { break }
                    k = j
                    jumped = true
                    continue
                }
                guard jumped || gapAllows(p, k, next) else { break }
                let beforeBracket = jumped
                jumped = false
                let word = sw.slice(k)
                // "정윤호 한빛대 총장", "서진대 총장 마은경": a university's short form before its head's
                // title, the head named before or after (한빛대 only looks like a name).
                let universityBetween = word.last == "대" && PersonNames.universityHeads.contains(tw.title.base)
                    && (k > 0 && gapAllows(p, k - 1, k) && isKoreanName(sw.slice(k - 1)) && name(covering: k - 1, in: p, among: names) == nil
                        || ti + 1 < sw.words.count && gapAllows(p, ti, ti + 1) && isKoreanName(sw.slice(ti + 1)))
                if isKoreanName(word), !endsLikeParticle(word), name(covering: k, in: p, among: names) == nil, !universityBetween {
                    // "마이클 도허티(Michael Doherty) 룬스톤 CEO": 도허티 only looks Korean; the gloss
                    // makes both words the name, read below.
                    if beforeBracket, let g = sw.groups.first(where: { sw.word(endingAt: $0.outer.lowerBound) == k }),
                       let gloss = PersonNames.nameGloss(sw.scalars[g.inner]),
                       let start = latinGlossedNameStart(p, last: k, gloss: gloss, names: names), start < k {
                        break
                    }
                    // "마커스 헤일 오비온시스템즈 CEO": an unknown word, then the organisation, makes a
                    // foreign name of both words (마커스 only looks Korean), read below.
                    // So do two unknown words before a company title: "제니퍼 홀랜드 브라이트진 CEO".
                    let trailing = between.reversed().prefix { name(covering: $0, in: p, among: names) == nil }
                    let rest = between.count - trailing.count
                    let beforeOrganisation = rest > 0 && trailing.count <= 2
                        && name(covering: between[rest - 1], in: p, among: names).map { $0.type == .company || $0.type == .institution } == true
                    let beforeUnknownCompany = rest == 0 && trailing.count == 2 && tw.title.corporate
                    if (beforeOrganisation || beforeUnknownCompany), let after = trailing.first, isForeignPersonWord(p, after, minimum: 1) {
                        break
                    }
                    // "클라우스 마이어 …": a foreign first name before it makes it a family name.
                    if k > 0, gapAllows(p, k - 1, k), name(covering: k - 1, in: p, among: names) == nil,
                       isForeignPersonWord(p, k - 1, minimum: 2),
                       sw.slice(k - 1).contains(where: PersonNames.foreignSyllables.contains) {
                        break
                    }
                    // "서하늘 한결 대표": two name-like words before a company title are the person
                    // and the company.
                    if between.isEmpty, tw.title.corporate, k > 0, gapAllows(p, k - 1, k), isKoreanName(sw.slice(k - 1)),
                       !endsLikeParticle(sw.slice(k - 1)), name(covering: k - 1, in: p, among: names) == nil {
                        between.append(k)
                        next = k
                        k -= 1
                        continue
                    }
                    nameWord = k
                    break
                }
                // What stands between a name and its title is an organisation or unit, never a
                // lone syllable ("설명은 이 대표가") or a word with a particle ("부품 등이 정 총리").
                let known = name(covering: k, in: p, among: names)
                if word.count < 2 && !PersonNames.titleModifiers.contains(word) { break }
                if let known, known.range.upperBound < sw.words[k].range.upperBound { break }  // "도쿄에서"
                if known == nil, endsInClearParticle(word) { break }
                between.append(k)
                next = k
                k -= 1
            }
            between.reverse()

            // "이서진 카이로스벤처스 파트너": the firm must stand between.
            if tw.title.requiresOrganisation, !between.contains(where: { w in
                guard let type = name(covering: w, in: p, among: names)?.type else { return false }
                return type == .company || type == .institution
            }) {
                continue
            }
            if let nw = nameWord {
                var nameWords = [nw]
                var j = nw
                while j > 0, sw.words[j].range.lowerBound - sw.words[j - 1].range.upperBound == 1,
                      s[sw.words[j].range.lowerBound - 1] == "·", isKoreanName(sw.slice(j - 1)) {
                    nameWords.insert(j - 1, at: 0)
                    j -= 1
                }
                var organisation = organisation(p, between: between, title: tw, names: names, inferred: &inferred)
                if let (entry, unitRange) = tw.headed {
                    // A place headed ("포항시장") is its government, keyed as the place acting ("포항시는").
                    let isPlace = lexicon.entries[entry].kind == .location
                    let unit = NameCandidate(position: p, range: unitRange, type: .institution, surface: text(p, unitRange),
                                             key: isPlace ? "G#\(entry)" : lexicon.clusterKeys[entry], origin: .lexicon,
                                             sectors: isPlace ? [] : lexicon.entries[entry].sectors)
                    inferred.append(unit)
                    organisation = unit
                } else if between.isEmpty, nameWords.count == 1, tw.title.leads, !tw.hasUnit,
                          let owner = organisationBefore(p, word: nw, names: names) {
                    organisation = owner   // "셀트리온 서정진 회장", "화이자의 앨버트 불라 CEO"
                }
                for w in nameWords {
                    let person = addPerson(p, range: sw.words[w].range, words: [text(p, sw.words[w].range)], title: tw.title.base)
                    persons.append(person)
                    if let org = organisation, nameWords.count == 1 {
                        leads.append(Lead(person: person.key, organisation: org.key, title: text(p, tw.range), position: p,
                                          range: sw.words[w].range.lowerBound..<tw.range.upperBound))
                    }
                }
                continue
            }

            // FOREIGN NAME + known ORG + TITLE: "브라이언 블란쳇 잉걸스 조선소 사장"
            // (a country stands where the organisation does for 총리, 대통령, 장관: "페트르 피알라 체코 총리")
            if let orgStart = between.first(where: { w in
                   guard let t = name(covering: w, in: p, among: names)?.type else { return false }
                   return t == .company || t == .institution || t == .location && !tw.title.corporate
               }),
               let org = name(covering: orgStart, in: p, among: names),
               sw.words[orgStart].range.lowerBound == org.range.lowerBound, orgStart >= 2 {
                // "제프리 마틴 전 미국 원자력규제위원회(NRC) 위원장": 전 or 현 between the name and the organisation.
                let gap = orgStart >= 3 && (PersonNames.formerWords.contains(sw.slice(orgStart - 1))
                    || PersonNames.presentWords.contains(sw.slice(orgStart - 1))) ? 1 : 0
                let former = gap == 1 && PersonNames.formerWords.contains(sw.slice(orgStart - 1))
                let f2 = orgStart - 1 - gap
                var f1 = orgStart - 2 - gap
                // A name of three words: "응우옌 반 탄 메콩애그리 회장".
                if !startsForeignName(p, f1), f1 >= 1, startsForeignName(p, f1 - 1), gapAllows(p, f1 - 1, f1), sw.slice(f1 - 1).count >= 2,
                   isForeignPersonWord(p, f1 - 1, minimum: 1), name(covering: f1 - 1, in: p, among: names) == nil {
                    f1 -= 1
                }
                let nameWords = Array(f1...f2)
                if startsForeignName(p, f1), nameWords.allSatisfy({ gapAllows(p, $0, $0 + 1) }),
                   nameWords.allSatisfy({ isForeignPersonWord(p, $0, minimum: 1) && name(covering: $0, in: p, among: names) == nil }),
                   nameWords.reduce(0, { $0 + sw.slice($1).count }) >= 3 {
                    let range = sw.words[f1].range.lowerBound..<sw.words[f2].range.upperBound
                    let person = addPerson(p, range: range, words: nameWords.map { text(p, sw.words[$0].range) },
                                           title: tw.title.base)
                    persons.append(person)
                    if tw.title.leads, !tw.hasUnit, !former, org.type != .location, org.range.upperBound == sw.words[ti - 1].range.upperBound {
                        leads.append(Lead(person: person.key, organisation: org.key, title: text(p, tw.range), position: p,
                                          range: range.lowerBound..<tw.range.upperBound))
                    }
                }
            }
            // FOREIGN NAME + unknown company + company TITLE: "제니퍼 홀랜드 브라이트진 최고경영자(CEO)"
            else if tw.title.corporate, !tw.hasUnit, ti >= 3, !between.isEmpty {
                let (f1, f2, o) = (ti - 3, ti - 2, ti - 1)
                let company = sw.slice(o)
                guard startsForeignName(p, f1), (f1..<ti).allSatisfy({ gapAllows(p, $0, $0 + 1) && name(covering: $0, in: p, among: names) == nil }),
                      isForeignPersonWord(p, f1, minimum: 1), isForeignPersonWord(p, f2, minimum: 1),
                      sw.slice(f1).count + sw.slice(f2).count >= 3, isForeignNameWord(p, o), isNameLike(company),
                      !endsInClearParticle(company),
                      !OrganizationShapes.unitEndings.contains(where: { company.hasScalarSuffix($0) }) else { continue }
                let organisation = candidate(p, sw.words[o].range, .company, origin: .cue)
                inferred.append(organisation)
                let range = sw.words[f1].range.lowerBound..<sw.words[f2].range.upperBound
                let person = addPerson(p, range: range, words: [text(p, sw.words[f1].range), text(p, sw.words[f2].range)],
                                       title: tw.title.base)
                persons.append(person)
                if tw.title.leads {
                    leads.append(Lead(person: person.key, organisation: organisation.key, title: text(p, tw.range), position: p,
                                      range: range.lowerBound..<tw.range.upperBound))
                }
            }
        }

    }

    /// FOREIGN NAME(Latin or Han name) … TITLE: "클라우스 베버(Klaus Weber) 하르트만파르마
    /// 최고경영자(CEO)는", "다나카 히로시(田中浩) 닛세이통신 부사장이", "천즈웨이(陳志偉) 구매총괄
    /// 부사장은". The Hangul words before the bracket are the name (as many as the Latin name
    /// has words; one or two before a Han name), when a title follows within four words.
    private mutating func glossedForeignPeople(_ p: Int, _ names: [NameCandidate], _ persons: inout [NameCandidate]) {
        let sw = words[p]
        for g in sw.groups {
            guard let last = sw.word(endingAt: g.outer.lowerBound), name(covering: last, in: p, among: names) == nil,
                  let gloss = PersonNames.nameGloss(sw.scalars[g.inner]) else { continue }
            // The title: within four words after the bracket, none of them with a clear particle.
            guard var w = sw.word(startingAt: g.outer.upperBound + 1) ?? sw.word(startingAt: g.outer.upperBound) else { continue }
            var titled = false
            for _ in 0..<4 where w < sw.words.count {
                if titleWord(p, w) != nil { titled = true; break }
                if endsInClearParticle(sw.slice(w)) { break }
                w += 1
            }
            guard titled else { continue }
            let first: Int
            switch gloss {
            case .latin:
                guard let start = latinGlossedNameStart(p, last: last, gloss: gloss, names: names) else { continue }
                first = start
            case .han:
                // "…와 다나카 히로시(田中浩)": two words when a name can start at the word before;
                // "리화반도체의 천즈웨이(陳志偉)": one.
                let two = last > 0 && startsForeignName(p, last - 1) && gapAllows(p, last - 1, last)
                    && isForeignPersonWord(p, last - 1, minimum: 1) && sw.slice(last - 1).count + sw.slice(last).count <= 6
                first = two ? last - 1 : last
            }
            guard couldBeForeignName(p, first...last, names: names) else { continue }
            let range = sw.words[first].range.lowerBound..<sw.words[last].range.upperBound
            if persons.contains(where: { $0.range.overlaps(range) }) { continue }
            let title = titleWord(p, w)!
            let person = addPerson(p, range: range, words: (first...last).map { text(p, sw.words[$0].range) },
                                   title: title.title.base)
            persons.append(person)
            // The gloss is the same person written another way: an alias ("Klaus Weber").
            let inner = g.inner.clamped(to: 0..<sw.scalars.count)
            persons.append(NameCandidate(position: p, range: inner, type: .person, surface: text(p, inner), key: person.key,
                                         origin: .alias, sectors: []))
        }
    }

    /// The first word of a foreign name glossed in Latin right after word `last`, as many words as
    /// the gloss has: "마이클 도허티(Michael Doherty)" starts at 마이클.
    private func latinGlossedNameStart(_ p: Int, last: Int, gloss: PersonNames.NameGloss, names: [NameCandidate]) -> Int? {
        guard case .latin(let count, let particles) = gloss else { return nil }
        // ("얀 더프리스(Jan de Vries)": the small words glued to the next; "헨드릭 반 데이크": apart)
        let sw = words[p]
        for n in [count, count + particles] where n <= last + 1 {
            let first = last - n + 1
            // (the small words written apart are Hangul words of their own: "반", "데", "폰")
            if n > count, !(first...last).contains(where: { OrganizationShapes.foreignNameParticles.contains(sw.slice($0)) }) { break }
            if couldBeForeignName(p, first...last, names: names) { return first }
            if particles == 0 { break }
        }
        return nil
    }

    /// Whether words `span` can be a foreign person's name: it may start there, its words look
    /// foreign and are no known name, and none is a descriptor or has a firm's shape ("우주기업
    /// 헬리온오비탈(Helion Orbital) 대표").
    private func couldBeForeignName(_ p: Int, _ span: ClosedRange<Int>, names: [NameCandidate]) -> Bool {
        let sw = words[p]
        return span.lowerBound >= 0 && startsForeignName(p, span.lowerBound)
            && span.allSatisfy({ isForeignPersonWord(p, $0, minimum: 1) && name(covering: $0, in: p, among: names) == nil
                && cueType(sw.slice($0)) == nil && shape(of: sw.slice($0)) == nil })
            && span.dropLast().allSatisfy({ gapAllows(p, $0, $0 + 1) })
            && span.reduce(0, { $0 + sw.slice($1).count }) >= 2
    }

    /// Whether a foreign name can start at word `w`: the sentence starts there, or the word before
    /// ends in a particle or a linking verb ("…대표와 마커스 헤일", "…방문해 야마모토 겐지").
    private func startsForeignName(_ p: Int, _ w: Int) -> Bool {
        let sw = words[p]
        guard w > 0, gapAllows(p, w - 1, w) else { return true }
        let before = sw.slice(w - 1)
        // "(오른쪽)와 매튜 로저스": a particle standing alone after a bracket
        if OrganizationShapes.nameFreeParticles.contains(before) { return true }
        // "업계에 따르면 라르스 에릭센", "협약식에 참석한 아구스 위보워": a source cited, or a verb
        // describing the person, ends before the name.
        return endsInClearParticle(before) || PersonNames.linkingVerbEndings.contains { before.hasScalarSuffix($0) && before.count > $0.count }
            || PersonNames.citingWords.contains(before) || PersonNames.meetingVerbs.contains(before)
            || PersonNames.foundingRoles.contains(before)
            || OrganizationShapes.isDescribingVerb(before)
    }

    /// ORG(의) FOREIGN NAME TITLE: "화이자의 앨버트 불라 CEO", "애플 팀 쿡 CEO"; a word such as a
    /// region may stand before the title ("옥스브리지실리콘의 에밀리 카터 아시아 총괄").
    private mutating func foreignPeopleAfterOwners(_ p: Int, _ names: [NameCandidate], _ persons: inout [NameCandidate]) {
        let sw = words[p]
        for ti in sw.words.indices where ti >= 2 {
            guard let tw = titleWord(p, ti), !tw.hasUnit, tw.headed == nil, tw.title.leads || tw.title.corporate,
                  name(covering: ti, in: p, among: names) == nil else { continue }
            let modified = ti >= 3 && PersonNames.titleModifiers.contains(sw.slice(ti - 1)) && gapAllows(p, ti - 1, ti)
                && name(covering: ti - 1, in: p, among: names).map { $0.type == .location } ?? true
            let f1 = modified ? ti - 3 : ti - 2
            let f2 = f1 + 1
            // "에릭 룬드그렌(Erik Lundgren) 노르딕 아머 최고경영자": after a person's glossed name, the
            // words before the title are the organisation, not another person.
            if f1 >= 0, sw.groups.contains(where: { g in
                g.outer.upperBound <= sw.words[f1].range.lowerBound && sw.isBlank(g.outer.upperBound..<sw.words[f1].range.lowerBound)
                    && PersonNames.nameGloss(sw.scalars[g.inner]) != nil
            }) { continue }
            guard gapAllows(p, f1, f2), gapAllows(p, f2, f2 + 1), isForeignPersonWord(p, f1, minimum: 1), isForeignPersonWord(p, f2, minimum: 1),
                  sw.slice(f1).count + sw.slice(f2).count >= 3,
                  !isKoreanName(sw.slice(f1)) || sw.slice(f2).count > 1,
                  name(covering: f1, in: p, among: names) == nil, name(covering: f2, in: p, among: names) == nil else { continue }
            let owner = f1 > 0 ? organisationBefore(p, word: f1, names: names) : nil
            // With no organisation before, only a name that sounds foreign and starts a phrase:
            // "노르드크라프트에서는 안데르스 린드크비스트 최고경영자(CEO)가" ("관련 업계 대표" is none).
            if owner == nil {
                guard !tw.title.requiresOrganisation, startsForeignName(p, f1),
                      [f1, f2].contains(where: { sw.slice($0).contains(where: PersonNames.foreignSyllables.contains) })
                else { continue }
            }
            let range = sw.words[f1].range.lowerBound..<sw.words[f2].range.upperBound
            if persons.contains(where: { $0.range.overlaps(range) }) { continue }
            let person = addPerson(p, range: range, words: [text(p, sw.words[f1].range), text(p, sw.words[f2].range)],
                                   title: tw.title.base)
            persons.append(person)
            if tw.title.leads, let owner {
                leads.append(Lead(person: person.key, organisation: owner.key, title: text(p, tw.range), position: p,
                                  range: owner.range.lowerBound..<tw.range.upperBound))
            }
        }

    }

    /// ORG의 TITLE FOREIGN NAME + saying: "케스트럴 다이내믹스의 최고경영자(CEO) 존 하퍼는
    /// 말했다", the order of a release translated from English. Two or three foreign words after
    /// the title (and its gloss), the last marked as the subject, then a verb of saying.
    private mutating func foreignPeopleSayingAfterTitles(_ p: Int, _ names: [NameCandidate], _ persons: inout [NameCandidate]) {
        let sw = words[p]
        for ti in sw.words.indices where ti + 3 < sw.words.count {
            guard let tw = titleWord(p, ti), !tw.hasUnit, tw.headed == nil, tw.title.leads || tw.title.corporate,
                  tw.range == sw.words[ti].range, name(covering: ti, in: p, among: names) == nil else { continue }
            var first = ti + 1
            // the title's gloss: "최고경영자(CEO)"
            if let g = sw.groups.first(where: { $0.outer.lowerBound == sw.words[ti].range.upperBound }) {
                while first < sw.words.count, sw.words[first].range.lowerBound < g.outer.upperBound { first += 1 }
                guard first < sw.words.count, sw.isBlank(g.outer.upperBound..<sw.words[first].range.lowerBound) else { continue }
            } else if !sw.words[first].spacedFromPrevious {
                continue
            }
            for last in [first + 1, first + 2] where last + 1 < sw.words.count {
                let marked = sw.slice(last)
                guard marked.count >= 2, let mark = marked.last, Josa.subjectMarks.contains(mark),
                      sw.words[last + 1].spacedFromPrevious, Self.sayingVerbs.contains(where: { sw.slice(last + 1).starts(with: $0) }),
                      (first...last).allSatisfy({ $0 == first || gapAllows(p, $0 - 1, $0) }),
                      (first..<last).allSatisfy({ isForeignPersonWord(p, $0, minimum: 1) }),
                      isForeignPersonScalars(marked.dropLast(), minimum: 1),
                      (first...last).allSatisfy({ name(covering: $0, in: p, among: names) == nil }) else { continue }
                let range = sw.words[first].range.lowerBound..<(sw.words[last].range.upperBound - 1)
                guard range.count >= 4, !persons.contains(where: { $0.range.overlaps(range) }) else { break }
                let parts = (first...last).map { text(p, $0 == last ? sw.words[$0].range.lowerBound..<(sw.words[$0].range.upperBound - 1) : sw.words[$0].range) }
                let person = addPerson(p, range: range, words: parts, title: tw.title.base)
                persons.append(person)
                if tw.title.leads, let owner = organisationBefore(p, word: ti, names: names) {
                    leads.append(Lead(person: person.key, organisation: owner.key, title: text(p, tw.range), position: p,
                                      range: owner.range.lowerBound..<range.upperBound))
                }
                break
            }
        }
    }

    private static let sayingVerbs: [[Unicode.Scalar]] = ["말했", "밝혔", "설명했", "덧붙였", "강조했", "전했"].map { Array($0.unicodeScalars) }

    /// TITLE NAME: "(대표 이정희)", "대표이사 홍길동은", with a `leads` relation to the organisation before.
    private mutating func peopleAfterTitles(_ p: Int, _ names: [NameCandidate], _ persons: inout [NameCandidate]) {
        let sw = words[p]
        let s = sw.scalars
        for ti in sw.words.indices where ti + 1 < sw.words.count {
            guard let tw = titleWord(p, ti), !tw.hasUnit, !tw.title.requiresOrganisation, tw.range == sw.words[ti].range,
                  sw.words[ti + 1].spacedFromPrevious, name(covering: ti + 1, in: p, among: names) == nil else { continue }
            // "김지훈 교수 연구팀": the title already has its person.
            if ti > 0, persons.contains(where: { $0.range.upperBound == sw.words[ti - 1].range.upperBound }) { continue }
            let nameSlice = sw.slice(ti + 1)
            let allStems = Josa.stemLengths(of: nameSlice, minimum: 2)
            // "대표 선임은": a common word and a particle is no name.
            if allStems.contains(where: { $0 < nameSlice.count && PersonNames.notNames.contains(nameSlice.prefix($0)) }) {
                continue
            }
            let stems = allStems.filter { isKoreanName(nameSlice.prefix($0)) }
            guard let n = stems.first(where: { $0 == 3 }) ?? stems.first else { continue }
            if ti + 2 < sw.words.count, titleWord(p, ti + 2) != nil, sw.words[ti + 2].spacedFromPrevious, n == nameSlice.count {
                continue  // "대표 홍길동 사장": the later title reads it
            }
            let start = sw.words[ti + 1].range.lowerBound
            let range = start..<(start + n)
            if persons.contains(where: { $0.range == range }) { continue }
            let person = addPerson(p, range: range, words: [text(p, range)], title: tw.title.base)
            persons.append(person)
            guard tw.title.leads else { continue }
            // the organisation: right before the bracket, or right before the title
            var orgEnd = sw.words[ti].range.lowerBound
            if let g = group(holding: ti, in: p), g.inner.lowerBound <= orgEnd, sw.isBlank(g.inner.lowerBound..<orgEnd) {
                orgEnd = g.outer.lowerBound
            }
            while orgEnd > 0, ScalarKind.isSpace(s[orgEnd - 1]) { orgEnd -= 1 }
            if let org = names.last(where: { $0.range.upperBound == orgEnd }), org.type == .company || org.type == .institution {
                leads.append(Lead(person: person.key, organisation: org.key, title: text(p, tw.range), position: p,
                                  range: org.range.lowerBound..<range.upperBound))
            }
        }
    }

    /// The company or institution written right before word `w`, bare or with 의 ("셀트리온 서정진",
    /// "화이자의 앨버트 불라").
    func organisationBefore(_ p: Int, word w: Int, names: [NameCandidate]) -> NameCandidate? {
        let sw = words[p]
        guard w > 0, sw.words[w].spacedFromPrevious, let owner = name(covering: w - 1, in: p, among: names),
              owner.type == .company || owner.type == .institution else { return nil }
        let end = sw.words[w - 1].range.upperBound
        let tail = String(scalars: sw.scalars[owner.range.upperBound..<end])
        return tail.isEmpty || tail == "의" ? owner : nil
    }

    /// The organisation named between a person and a title, and whether the person leads it.
    private func organisation(_ p: Int, between: [Int], title: TitleWord, names: [NameCandidate],
                              inferred: inout [NameCandidate]) -> NameCandidate? {
        let sw = words[p]
        guard var first = between.first else { return nil }
        var between = between[...]
        // "정민우 전 스터디플러스 대표": the organisation after 전 or 현 is named; a former head leads
        // it no more.
        var former = false
        if between.count >= 2, PersonNames.formerWords.contains(sw.slice(first)) || PersonNames.presentWords.contains(sw.slice(first)) {
            former = PersonNames.formerWords.contains(sw.slice(first))
            between = between.dropFirst()
            first = between.first!
        }
        let firstText = text(p, sw.words[first].range)
        if PersonNames.titleModifiers.contains(firstText) || titleWord(p, first) != nil { return nil }
        var org: NameCandidate? = nil
        if let known = name(covering: first, in: p, among: names), known.range.lowerBound == sw.words[first].range.lowerBound,
           known.type == .company || known.type == .institution {
            org = known
        } else if between.count == 1, title.title.corporate, !title.hasUnit, isForeignNameWord(p, first),
                  isNameLike(sw.slice(first)),
                  !OrganizationShapes.unitEndings.contains(where: { sw.slice(first).hasScalarSuffix($0) }) {
            let c = candidate(p, sw.words[first].range, .company, origin: .cue)
            inferred.append(c)
            org = c
        }
        guard let found = org, title.title.leads, !title.hasUnit, !former else { return nil }
        // Units between the organisation and the title ("특수선사업 대표"): the title is the unit's.
        let last = between.last!
        guard found.range.upperBound >= sw.words[last].range.upperBound
                || sw.groups.contains(where: { $0.outer.lowerBound >= found.range.upperBound && $0.outer.upperBound >= sw.words[last].range.upperBound && $0.inner.lowerBound <= sw.words[last].range.lowerBound })
        else { return nil }
        return found
    }

    /// Names rarely end in 는, 를, 을, 의, 에, 와, 과, 로, 도: "설명을" is not a name.
    private func endsLikeParticle(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = word.last else { return false }
        return "는를을의에와과로도".unicodeScalars.contains(last)
    }

    /// Whether a word ends in a particle no name ends in (의, 를, 는, 에서 …; not 로, 가, 이,
    /// which end many names: "아키히로", "다나카").
    private func endsInClearParticle(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        for n in Josa.stemLengths(of: word, minimum: 1) where n < word.count {
            if OrganizationShapes.nameFreeParticles.contains(word.suffix(word.count - n)) { return true }
        }
        return false
    }

    /// A word of a foreign name written in Hangul ("브라이언", "블란쳇", "아키히로"); the family name
    /// may be one syllable ("젠슨 황").
    private func isForeignPersonWord(_ p: Int, _ w: Int, minimum: Int = 2) -> Bool {
        isForeignPersonScalars(words[p].slice(w), minimum: minimum)
    }

    private func isForeignPersonScalars(_ word: ArraySlice<Unicode.Scalar>, minimum: Int) -> Bool {
        guard word.count >= minimum, word.count <= 6, word.allSatisfy(ScalarKind.isHangul) else { return false }
        if word.count == 1, PersonNames.notNameSyllables.contains(word.first!) { return false }
        if OrganizationShapes.genericStems.contains(word) || PersonNames.notNames.contains(word)
            || PersonNames.titleModifiers.contains(word) || OrganizationShapes.descriptorWords.contains(word) { return false }
        if lexicon.kind(ofScalars: word) != nil || endsInClearParticle(word) { return false }
        // "참석한 아구스 위보워": a verb describing the person is none of the name.
        if word.count >= 3, OrganizationShapes.isDescribingVerb(word) { return false }
        // "주인도네시아 한국대사관": 주 + a country says where a mission sits.
        if word.count >= 3, word.first == "주", lexicon.kind(ofScalars: word.dropFirst()) == .location { return false }
        return true
    }

    mutating func addPerson(_ p: Int, range: Range<Int>, words nameWords: [String], title: String) -> NameCandidate {
        let name = nameWords.joined(separator: " ")
        let key = NameCandidate.key(type: .person, surface: name)
        people[TextKey(key), default: Person(key: key, name: name, words: nameWords, titles: [], firstPosition: p)]
            .titles.insert(TextKey(title))
        return NameCandidate(position: p, range: range, type: .person, surface: name, key: key, origin: .person, sectors: [])
    }

    /// "윤 대통령", "김 대표", "블란쳇 사장": a surname (or a foreign family name) and a title, read as
    /// the person with that surname and title named in the article (earlier ones first).
    func shortReferences(_ p: Int) -> [NameCandidate] {
        let sw = words[p]
        var result: [NameCandidate] = []
        guard !people.isEmpty else { return result }
        let ordered = orderedPeople
        for w in sw.words.indices.dropLast() where sw.words[w + 1].spacedFromPrevious {
            guard let tw = titleWord(p, w + 1, bare: true), !tw.hasUnit else { continue }
            let head = text(p, sw.words[w].range)
            let isSurname = head.unicodeScalars.count == 1 && ScalarKind.isHangul(head.unicodeScalars.first!)
                || PersonNames.doubleSurnames.contains(Array(head.unicodeScalars))
            // Names and titles compared by their bytes (`String`'s `==` and hash normalise Hangul).
            let headKey = TextKey(head)
            let matches = ordered.filter { person in
                guard person.titles.contains(TextKey(tw.title.base)) else { return false }
                if isSurname { return person.words.count == 1 && TextKey(EntityScan.surname(of: person.name)) == headKey }
                return person.words.count > 1 && person.words.last.map(TextKey.init) == headKey
            }
            guard let person = matches.first(where: { $0.firstPosition <= p }) ?? matches.first else { continue }
            let range = sw.words[w].range.lowerBound..<tw.range.upperBound
            result.append(NameCandidate(position: p, range: range, type: .person, surface: text(p, range), key: person.key,
                                        origin: .person, sectors: []))
        }
        return result
    }
}
