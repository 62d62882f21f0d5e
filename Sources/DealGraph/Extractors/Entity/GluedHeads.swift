/// "박정우 한솔대병원장은", "최용석 국립수산과학원장은", "윤재형 가람전자사장은": a person's name, then an
/// organisation's name with the title of its head glued after it. The word is no company
/// ("한솔대병원장"): the name before the title is the organisation, the title is the person's, and
/// the person leads the organisation.
extension EntityScan {
    /// An organisation's name and its head's title written as one word.
    struct GluedHead {
        /// Scalars of the organisation's name at the start of the word.
        let organisation: Int
        let type: EntityType
        /// The lexicon entry the name is, if any.
        let entry: Int?
        /// The head's title ("병원장": the 병원 of the name is the title's too).
        let title: PersonNames.Title
        /// The word's stem: the name and the title, particles left out.
        let stem: Int
    }

    /// The organisation and title word `w` of sentence `p` is made of, when a Korean name stands
    /// right before it (a spaced word; "백승민 분당서울대병원 의생명연구원장" names a unit of the
    /// hospital before it, not another body). The name is the stem without the title's last
    /// syllable, when the title ends the name that way ("한솔대병원" + 장, "국립수산과학원" + 장), or
    /// without the whole title ("가람전자" + 사장); it must be shaped like an organisation's name
    /// (`shape(of:)`), a group's brand and more, or known to the lexicon as one.
    func gluedHead(_ p: Int, _ w: Int) -> GluedHead? {
        let sw = words[p]
        guard w > 0, sw.words[w].spacedFromPrevious, sw.word(w, satisfies: { $0.count >= 5 && $0.contains("장") }) else { return nil }
        let word = sw.slice(w)
        for n in stride(from: word.count, through: 5, by: -1) where word[word.startIndex + n - 1] == "장" && Josa.isStem(word, n) {
            let stem = word.prefix(n)
            for title in PersonNames.gluedHeadTitles where stem.count >= title.text.count + 3 && stem.hasScalarSuffix(title.text) {
                for dropped in [1, title.text.count] {
                    let name = stem.dropLast(dropped)
                    // With only 장 left out, the name ends in the rest of the title: 병원, 원, 회.
                    let ending = dropped == 1 ? title.text.dropLast() : ArraySlice()
                    if let (type, entry) = organisationType(of: name, ending: ending) {
                        guard isKoreanName(sw.slice(w - 1)) else { return nil }
                        return GluedHead(organisation: name.count, type: type, entry: entry, title: title, stem: n)
                    }
                }
            }
        }
        return nil
    }

    /// What `name` is named as: a known company or institution, a shaped name ("…전자", "…그룹"),
    /// or a group's brand and more; when it must end in `ending`, its shape's suffix or its known
    /// name does ("삼성전자사장" is no 삼성전자사 and 장).
    private func organisationType(of name: ArraySlice<Unicode.Scalar>, ending: ArraySlice<Unicode.Scalar>) -> (EntityType, Int?)? {
        if let entry = lexicon.entryIndex(ofScalars: name) {
            let kind = lexicon.entries[entry].kind
            guard kind == .company || kind == .institution, name.hasScalarSuffix(Array(ending)) else { return nil }
            return (kind == .company ? .company : .institution, entry)
        }
        if let (length, suffix) = shape(of: name), length == name.count, suffix.type == .company || suffix.type == .institution,
           suffix.text.hasScalarSuffix(Array(ending)) {
            return (suffix.type, nil)
        }
        if ending.isEmpty, brandedName(name) == name.count { return (.company, nil) }
        return nil
    }

    /// The organisation of a glued head as a name found in sentence `p`.
    func gluedHeadOrganisation(_ p: Int, _ w: Int, _ head: GluedHead) -> NameCandidate {
        let start = words[p].words[w].range.lowerBound
        let range = start..<(start + head.organisation)
        if let entry = head.entry {
            return NameCandidate(position: p, range: range, type: head.type, surface: text(p, range), key: lexicon.clusterKeys[entry],
                                 origin: .lexicon, sectors: lexicon.entries[entry].sectors)
        }
        return candidate(p, range, head.type, origin: .shape)
    }

    /// "박정우 한솔대병원장은": the person before a glued head, who leads the organisation found there.
    mutating func peopleBeforeGluedHeads(_ p: Int, _ names: [NameCandidate], _ persons: inout [NameCandidate]) {
        let sw = words[p]
        for w in sw.words.indices where w > 0 {
            // (the word is asked for 장 first: few hold it, and finding the name covering a word costs more)
            guard sw.words[w].spacedFromPrevious, sw.word(w, satisfies: { $0.count >= 5 && $0.contains("장") }),
                  let org = name(covering: w, in: p, among: names), org.type == .company || org.type == .institution,
                  org.range.lowerBound == sw.words[w].range.lowerBound, org.range.upperBound < sw.words[w].range.upperBound,
                  let head = gluedHead(p, w), head.organisation == org.range.count,
                  name(covering: w - 1, in: p, among: names) == nil,
                  !persons.contains(where: { $0.range.overlaps(sw.words[w - 1].range) }) else { continue }
            let nameRange = sw.words[w - 1].range
            let person = addPerson(p, range: nameRange, words: [text(p, nameRange)], title: head.title.base)
            persons.append(person)
            // "박 원장" too: the title the word ends in read alone ("한솔대병" + 원장).
            if let tw = titleWord(p, w), tw.title.base != head.title.base { people[TextKey(person.key)]?.titles.insert(TextKey(tw.title.base)) }
            let end = sw.words[w].range.lowerBound + head.stem
            // The title as written, with the name (as for "서울대병원장", a known hospital and 장).
            leads.append(Lead(person: person.key, organisation: org.key, title: text(p, sw.words[w].range.lowerBound..<end), position: p,
                              range: nameRange.lowerBound..<end))
        }
    }
}
