/// Organisations the text marks around a word: stock codes "(068270)", legal forms "(주)", "㈜",
/// "주식회사", foreign names with a Latin name in brackets after a descriptor or a place, "X사"
/// after a place, "place 국영 body", and subsidiaries named after 자회사.
extension EntityScan {
    /// The legal form written as a word before or after a company's name.
    static let legalForm = Array("주식회사".unicodeScalars)

    /// Stock codes "셀트리온(068270)", legal forms "(주)KST모빌리티", "㈜이셀", "주식회사 X",
    /// foreign names with a Latin name in brackets after a descriptor or place.
    func bracketCandidates(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        let s = sw.scalars
        var result: [NameCandidate] = []
        func covered(_ w: Int) -> Bool { name(covering: w, in: p, among: names) != nil }

        for g in sw.groups {
            let content = sw.text(g.inner).entityTrimmed
            // "(068270)": the word before is a listed company.
            if isStockCode(content), let w = sw.word(endingAt: g.outer.lowerBound), !covered(w), isNameLike(sw.slice(w)) {
                result.append(candidate(p, sw.words[w].range, .company, origin: .cue))
            }
            // "(주)KST모빌리티", "(주)이셀과"; "(사)한국바이오협회", "(재)한빛재단"
            // One syllable, compared as a scalar (`String`'s `==` compares Hangul that differs by
            // canonical equivalence, some 300 instructions a pair); a scalar is at most four
            // bytes, so longer contents are not decoded to be counted.
            let mark = content.utf8.count <= 4 && content.unicodeScalars.count == 1 ? content.unicodeScalars.first : nil
            if let type: EntityType = mark == "주" || mark == "유" ? .company : mark == "사" || mark == "재" ? .institution : nil,
               let w = sw.word(startingAt: g.outer.upperBound), !covered(w), sw.slice(w).count >= 2 {
                let n = Josa.unknownNameLength(sw.slice(w))
                let start = sw.words[w].range.lowerBound
                result.append(candidate(p, start..<(start + n), type, origin: .cue))
            }
            // "마루관광개발(주)과": the legal form written after the name.
            if mark == "주", let w = sw.word(endingAt: g.outer.lowerBound), !covered(w), sw.slice(w).count >= 2,
               isNameLike(sw.slice(w)), sw.word(startingAt: g.outer.upperBound).map({ Josa.isParticleTail(sw.slice($0)) }) ?? true {
                result.append(candidate(p, sw.words[w].range, .company, origin: .cue))
            }
            // "한빛레이저(대표 오성민)가": a head's title and name in brackets after a word make it
            // the organisation they head (a firm for a firm's title).
            if let w = sw.word(endingAt: g.outer.lowerBound), !covered(w), let type = headedBracket(sw, g),
               isHeadedName(sw.slice(w)) {
                result.append(candidate(p, sw.words[w].range, type, origin: .cue))
            }
            // "미국 아우디툼바이오(Auditum Bio)사", "스위스 아벨 테라퓨틱스(Arvelle Therapeutics)"
            if isLatinName(content), let last = sw.word(endingAt: g.outer.lowerBound) {
                if !covered(last) {
                    if let found = foreignName(p, endingWith: last, group: g, names: names) { result.append(found) }
                } else if let found = nameOpenedByCity(p, last: last, group: g, names: names) {
                    result.append(found)
                }
            }
        }
        // "㈜이셀", "주식회사 이셀", "이셀 주식회사"
        for (w, word) in sw.words.enumerated() {
            let start = word.range.lowerBound
            if start > 0, s[start - 1] == "㈜", !covered(w), sw.slice(w).count >= 2 {
                let n = Josa.unknownNameLength(sw.slice(w))
                result.append(candidate(p, start..<(start + n), .company, origin: .cue))
            } else if word.range.upperBound < s.count, s[word.range.upperBound] == "㈜", !covered(w), sw.slice(w).count >= 2,
                      isNameLike(sw.slice(w)) {
                // "마루관광개발㈜과"
                result.append(candidate(p, word.range, .company, origin: .cue))
            }
            // Few words start with 주 (of 주식회사): the rest are passed over at the first scalar.
            let isLegalWord = s[start] == "주" && sw.slice(w).hasScalarPrefix(EntityScan.legalForm)
                && Josa.isParticleTail(sw.slice(w).dropFirst(4))
            if isLegalWord {
                if sw.slice(w).count == EntityScan.legalForm.count, w + 1 < sw.words.count, sw.words[w + 1].spacedFromPrevious {
                    if !covered(w + 1), sw.slice(w + 1).count >= 2 {
                        let n = Josa.unknownNameLength(sw.slice(w + 1))
                        let next = sw.words[w + 1].range.lowerBound
                        result.append(candidate(p, next..<(next + n), .company, origin: .cue))
                    }
                } else if w > 0, word.spacedFromPrevious, !covered(w - 1), isNameLike(sw.slice(w - 1)),
                          Josa.unknownNameLength(sw.slice(w - 1)) == sw.slice(w - 1).count {
                    result.append(candidate(p, sw.words[w - 1].range, .company, origin: .cue))
                }
            }
        }
        return result
    }

    /// The type of organisation a bracket's head names: "(대표 오성민)", "(대표이사 김철수)" a firm,
    /// "(이사장 박세현)" or "(원장 …)" an institution; nil when the bracket holds anything else.
    private func headedBracket(_ sw: SentenceWords, _ g: SentenceWords.Group) -> EntityType? {
        let inner = sw.scalars[g.inner]
        // Most brackets hold no title then a name: two words, the second a Korean name.
        guard inner.count >= 4, inner.count <= 12, let space = inner.firstIndex(of: " "),
              let first = inner.first, PersonNames.titleFirsts.contains(first) else { return nil }
        let titleText = inner[inner.startIndex..<space], name = inner[(space + 1)...]
        guard isKoreanName(name), let last = titleText.last,
              let title = PersonNames.titlesByLast[last]?.first(where: { $0.leads && $0.text.elementsEqual(titleText) }) else { return nil }
        return title.corporate ? .company : .institution
    }

    /// A word that can be the organisation a bracketed head names: letters, not a common word.
    private func isHeadedName(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count >= 2 && word.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) || ScalarKind.isDigit($0) })
            && !OrganizationShapes.genericStems.contains(word) && !OrganizationShapes.descriptorWords.contains(word)
            && !PersonNames.notNames.contains(word) && !isKoreanName(word) && lexicon.kind(ofScalars: word) == nil
    }

    /// "068270", "코스닥 215380", "005930.KS": a listed company's code.
    func isStockCode(_ content: String) -> Bool {
        // Most brackets hold no digits at all: settle those before any string work. Digits are
        // ASCII, so their bytes are counted in place (a lazy filter over the scalars decoded
        // them all, some 900 instructions a bracket).
        let digitCount = content.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(0) { $0 + ($1 &- 0x30 < 10 ? 1 : 0) }
        } ?? content.unicodeScalars.lazy.filter(ScalarKind.isDigit).count
        guard digitCount == 6 else { return false }
        var digits = 0
        var rest = content
        for market in ["코스닥", "코스피", "유가증권", "KOSDAQ", "KOSPI", "KQ", "KS", "KRX"] {
            rest = rest.replacingOccurrences(of: market, with: "")
        }
        for c in rest.unicodeScalars {
            if ScalarKind.isDigit(c) { digits += 1 } else if !(c == " " || c == ":" || c == "." || c == "-") { return false }
        }
        return digits == 6
    }

    /// The foreign name whose last word is `last`, written before a Latin name in brackets:
    /// after a descriptor ("자회사", "전력회사", "조선사인"), after a place ("스위스"), or marked by 사
    /// after the bracket ("…(Auditum Bio)사와").
    func foreignName(_ p: Int, endingWith last: Int, group g: SentenceWords.Group, names: [NameCandidate]) -> NameCandidate? {
        let sw = words[p]
        let s = sw.scalars
        // "노르드크라프트(Nordkraft AB)": the Latin name ends in a company's legal form.
        let legalGloss = OrganizationShapes.hasLatinLegalForm(sw.text(g.inner))
        let firmMarked: Bool = {
            if legalGloss { return true }
            guard let w = sw.word(startingAt: g.outer.upperBound) else { return false }
            return Josa.isFirmMarkTail(sw.slice(w))
        }()
        var first = last
        var cue: EntityType? = nil
        var k = last
        // "비스와 에너지아(Wisła Energia)": the gloss's words vouch for as many Hangul words, even one
        // that seems to end in a particle.
        let glossWords = Self.latinNameWords(sw.text(g.inner))
        // "미국 퍼블리셔 룬스톤 인터랙티브(Runestone Interactive)": a gloss spelling the name out
        // (not an acronym) has as many words as the name; the word before is a descriptor.
        let spelledOut = Self.spellsOutName(sw.text(g.inner))
        // (four words at most: "알 자지라 푸드 트레이딩(Al Jazira Food Trading)")
        let longest = spelledOut ? min(glossWords, 4) : 3
        // "브리튼 뉴클리어 서비스(Britten Nuclear Services)": a gloss of several words spelled out
        // vouches for a common word closing the name too, when the words before it are the name's.
        let lastVouched = spelledOut && glossWords >= 2
        while k >= 0, last - k < longest {
            // "라온테라퓨틱스가 대사이상 지방간염(MASH)": a word another name holds ends the phrase.
            if k < last, let covering = name(covering: k, in: p, among: names) {
                // "로이텍 케미(Reutech Chemie)": a name read from its ending that spells, with the
                // words after it, the gloss's words is the glossed name's first word; so is one read
                // after its descriptor ("농업기술 기업 서던크로스 애그테크(Southern Cross AgTech)").
                guard covering.origin == .shape || covering.origin == .cue, covering.range == sw.words[k].range, spelledOut,
                      (k...last).allSatisfy({ sw.slice($0).allSatisfy(ScalarKind.isHangul) }),
                      Transliteration.matches((k...last).map { sw.slice($0) }, sw.text(g.inner)) else { break }
            }
            let vouched = (k < last || lastVouched) && last - k < glossWords && sw.slice(k).allSatisfy(ScalarKind.isHangul)
                && (sw.slice(k).count >= 2 || k < last && spelledOut && OrganizationShapes.foreignNameParticles.contains(sw.slice(k))
                    // "머저르 셀(Magyar Cell)": a last word of one syllable the gloss spells with the word before
                    // ("배터리 셀(Battery Cell)" spells a common noun)
                    || k == last && lastVouched && k > 0 && sw.words[k].spacedFromPrevious
                        && !OrganizationShapes.genericStems.contains(sw.slice(k - 1))
                        && Transliteration.matches([sw.slice(k - 1), sw.slice(k)], sw.text(g.inner)))
            guard isForeignNameWord(p, k) || vouched || k == last && firmMarked && isNameLike(sw.slice(k)) else { break }
            // "회사 측은 동급 그래픽처리장치(GPU)": a word before the last one that ends in a
            // particle ends the phrase before it; it is no part of the name.
            if k < last, !vouched, let end = sw.slice(k).last, OrganizationShapes.phraseEndingParticles.contains(end) { break }
            first = k
            guard k > 0, sw.words[k].spacedFromPrevious else { k = -1; break }
            let before = sw.slice(k - 1)
            if let type = cueType(before) { cue = type; break }
            // "PT 뱅크 수마트라 마주(PT Bank Sumatra Maju)": a legal form written before the name.
            if OrganizationShapes.leadingLatinLegalForms.contains(before) { cue = .company; break }
            // (a place with a particle, "타슈켄트에서 아지즈 라히모프(Aziz Rakhimov)", is where, not whose)
            if isLocation(before) || name(covering: k - 1, in: p, among: names).map({
                $0.type == .location && $0.range.upperBound == sw.words[k - 1].range.upperBound
            }) ?? false {
                // "중국 쑤저우 진허바이오(Suzhou Jinhe Bio)": a city the gloss opens with is the
                // name's first word, not where the firm is.
                if spelledOut, glossOpens(withPlace: before, sw.text(g.inner)) { first = k - 1 }
                cue = .company
                break
            }
            // "상파울루의 텔레수르(TeleSul Brasil)": a place's own.
            if before.count > 1, before.last == "의", isLocation(before.dropLast()) { cue = .company; break }
            k -= 1
        }
        // "퍼스에서 서던리튬(Southern Lithium)과": no descriptor, no place, but Hangul that spells
        // the Latin name's sounds word by word, a particle after the bracket: a foreign name.
        // So does a name paired with another by a hyphen, as lists of pacts write them
        // ("▲대산머티리얼즈-메이플리프 리소시스(Mapleleaf Resources) '리튬 정광 공급 MOU'").
        let pairedWithName: Bool = {
            guard first > 0, !sw.words[first].spacedFromPrevious else { return false }
            let gap = sw.words[first - 1].range.upperBound..<sw.words[first].range.lowerBound
            return gap.count == 1 && (s[gap.lowerBound] == "-" || s[gap.lowerBound] == "–")
                && (name(covering: first - 1, in: p, among: names) != nil || isNameLike(sw.slice(first - 1)))
        }()
        let particleAfter = sw.word(startingAt: g.outer.upperBound).map { Josa.isParticleTail(sw.slice($0)) } ?? false
        if cue == nil, !firmMarked, lastVouched, particleAfter || pairedWithName,
           let start = (first...last).first(where: { k in
               // ("배터리 모듈(Battery Module)과": a common noun spelled, no name)
               !OrganizationShapes.genericStems.contains(sw.slice(k))
                   && (k...last).allSatisfy { sw.slice($0).allSatisfy(ScalarKind.isHangul) }
                   && Transliteration.matches((k...last).map { sw.slice($0) }, sw.text(g.inner))
           }) {
            first = start
            cue = .company
        }
        guard cue != nil || firmMarked else { return nil }
        if lastVouched, first == last, !isForeignNameWord(p, last) { return nil }
        // "인플레이션감축법(IRA)": a law, not a firm.
        if let end = sw.slice(last).prefix(Josa.unknownNameLength(sw.slice(last))).last, OrganizationShapes.glossedNotFirmEnds.contains(end) {
            return nil
        }
        let lastStem = sw.slice(last).prefix(Josa.unknownNameLength(sw.slice(last)))
        if OrganizationShapes.venueWords.contains(lastStem) || OrganizationShapes.roleWords.contains(lastStem) { return nil }
        if OrganizationShapes.glossedAgreements.contains(where: { lastStem.hasScalarSuffix($0) }) { return nil }
        // "독일 송전망 운영사(TSO)": a word for firms glossed with its acronym, no name (but a name the
        // gloss spells word by word may end in one: "서던크로스 애그테크(Southern Cross AgTech)").
        if cueType(lastStem) != nil, !(first < last && spelledOut && (first...last).allSatisfy({ sw.slice($0).allSatisfy(ScalarKind.isHangul) })
                                        && Transliteration.matches((first...last).map { sw.slice($0) }, sw.text(g.inner))) {
            return nil
        }
        // "이스라엘 라이다(LiDAR) 기업 오프티마 센싱": glossed, then a bare word for firms and a name:
        // what the firm does.
        if g.outer.upperBound + 1 < s.count, s[g.outer.upperBound] == " ", let w = sw.word(startingAt: g.outer.upperBound + 1),
           w + 1 < sw.words.count, sw.words[w + 1].spacedFromPrevious, cueType(sw.slice(w)) != nil,
           !sw.slice(w).hasScalarSuffix(Self.appositiveMark) {
            return nil
        }
        // Without a descriptor or a place, a legal form vouches for the glossed word alone.
        if cue == nil, legalGloss { first = last }
        if first < last, last - first >= 2, cue == nil { return nil }
        let range = sw.words[first].range.lowerBound..<sw.words[last].range.upperBound
        guard range.allSatisfy({ !ScalarKind.isDigit(s[$0]) }) else { return nil }
        var type = cue ?? .company
        if firmMarked { type = .company }
        if let (_, suffix) = shape(of: sw.slice(last)), suffix.type == .institution { type = .institution }
        // A foreign government's agency or ministry: "사우디아라비아 데이터인공지능청(SDAIA)".
        if let end = sw.slice(last).last, OrganizationShapes.foreignAgencyEnds.contains(end) { type = .institution }
        return candidate(p, range, type, origin: .cue)
    }

    /// "중국 쑤저우 진허바이오(Suzhou Jinhe Bio)": a firm's name read before a gloss that opens with
    /// the city written before it takes the city in; the gloss spells the city as the name's own
    /// ("미국 텍사스 헬리오스에너지(Helios Energy)" stays a firm in Texas).
    private func nameOpenedByCity(_ p: Int, last: Int, group g: SentenceWords.Group, names: [NameCandidate]) -> NameCandidate? {
        let sw = words[p]
        guard last > 0, sw.words[last].spacedFromPrevious,
              let firm = name(covering: last, in: p, among: names), let type = firm.type, type == .company || type == .institution,
              firm.range.lowerBound == sw.words[last].range.lowerBound,
              let city = name(covering: last - 1, in: p, among: names), city.type == .location,
              city.range == sw.words[last - 1].range else { return nil }
        let gloss = sw.text(g.inner)
        guard gloss.split(separator: " ").count >= 2, glossOpens(withPlace: sw.slice(last - 1), gloss) else { return nil }
        return candidate(p, city.range.lowerBound..<firm.range.upperBound, type, origin: .cue)
    }

    /// Whether a Latin gloss's first word names the place `place` names ("Suzhou" for 쑤저우).
    private func glossOpens(withPlace place: ArraySlice<Unicode.Scalar>, _ gloss: String) -> Bool {
        guard let entry = lexicon.entryIndex(ofScalars: place), let opening = gloss.split(separator: " ").first else { return false }
        return lexicon.entryIndex(of: String(opening)) == entry
    }

    /// The copula's 인 closing a word for firms says it of the glossed name itself ("오프티마(Optima)
    /// 기업인 …"): the glossed word stays the name.
    static let appositiveMark: [Unicode.Scalar] = ["인"]

    /// The words of a Latin name, its legal form left out ("Wisła Energia" → 2, "Nordkraft AB" → 1).
    static func latinNameWords(_ gloss: String) -> Int {
        let words = gloss.split(separator: " ")
        return words.filter { !NameKey.englishLegalForms.contains($0.lowercased().filter { $0 != "." }) }.count
    }

    /// Whether a gloss spells a name out in words with small letters ("Runestone Interactive",
    /// "Nordkraft AB"), not an acronym ("KHNP", "SK On").
    static func spellsOutName(_ gloss: String) -> Bool {
        let words = gloss.split(separator: " ").filter { !NameKey.englishLegalForms.contains($0.lowercased().filter { $0 != "." }) }
        return !words.isEmpty && words.allSatisfy { word in
            word.unicodeScalars.first.map(ScalarKind.isLatin) == true && word.unicodeScalars.contains { $0.value >= 0x61 && $0.value <= 0x7A }
        }
    }

    /// Where word `w` ends when it is a company's closing word with a particle after it ("스튜디오에",
    /// "바이오텍과"), written apart from the name before it; nil otherwise.
    private func firmWordClosing(_ sw: SentenceWords, _ w: Int) -> Int? {
        guard w < sw.words.count, sw.words[w].spacedFromPrevious else { return nil }
        let word = sw.slice(w)
        let n = Josa.unknownNameLength(word)
        guard n >= 2, n < word.count, case let stem = word.prefix(n), let last = stem.last,
              OrganizationShapes.suffixesByLast[last]?.contains(where: { $0.type == .company && $0.text.elementsEqual(stem) }) == true
        else { return nil }
        return sw.words[w].range.lowerBound + n
    }

    /// A descriptor ending in 인 that is no copula: "편의점 체인 세븐데이와".
    static let chainWord = Array("체인".unicodeScalars)

    /// The type a descriptor word introduces ("제약사", "조선사인" → company; "연구기관" → institution).
    func cueType(_ word: String) -> EntityType? { cueType(Array(word.unicodeScalars)[...]) }

    /// The type a descriptor word, given as scalars, introduces.
    func cueType(_ word: ArraySlice<Unicode.Scalar>) -> EntityType? {
        var scalars = word
        if scalars.count > 2, scalars.last == "인" || scalars.last == "의" { scalars.removeLast() }
        // Most words end in no descriptor's last scalar: turned away before the endings are compared.
        guard let last = scalars.last, OrganizationShapes.cueEnds.contains(last) else { return nil }
        return OrganizationShapes.cueEndingsByLast[last]?.first { scalars.hasScalarSuffix($0.0) }?.1
    }

    /// A descriptor that says what the firm does in its own first syllables ("보안업체",
    /// "시장조사업체", "방산업체"): two or more before a firm word, so no word before is needed.
    static func isCompoundDescriptor(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        if word.count >= 5 { return true }
        guard word.count == 4, let last = word.last else { return false }
        return OrganizationShapes.cueEndingsByLast[last]?.contains { $0.1 == .company && $0.0.count == 2 && word.hasScalarSuffix($0.0) } == true
    }

    /// Whether a word can be a descriptor (`cueType`), by its last scalar before 인/의: asked on the
    /// sentence's buffer, before a slice of the word is made.
    static func mayBeDescriptor(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>, _ cueEnds: ScalarSet) -> Bool {
        guard var last = word.last else { return false }
        if word.count > 2, last == "인" || last == "의" { last = word[word.endIndex - 2] }
        return cueEnds.contains(last)
    }

    /// The length of a name a descriptor introduces ("자회사 제노스코에서", "제약사 사와이와"),
    /// particles left out: letters only, three or more (two with a Latin letter), and no common
    /// noun, known word or Korean person's name ("제약사 인수를", "기업 관계자는", "자회사 설립"
    /// introduce none).
    private func introducedNameLength(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        let n = Josa.unknownNameLength(word)
        guard n >= 2, n <= 12 else { return nil }
        let stem = word.prefix(n)
        guard stem.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) }) else { return nil }
        guard n >= 3 || stem.contains(where: ScalarKind.isLatin) else { return nil }
        // "합작사 세운다": a verb in the plain style, not a name.
        if n == word.count, n >= 3, stem.last == "다", let before = stem.dropLast().last,
           OrganizationShapes.plainVerbSyllables.contains(before) {
            return nil
        }
        if OrganizationShapes.notIntroducedNames.contains(stem) || OrganizationShapes.notSubsidiaryNames.contains(stem)
            || OrganizationShapes.genericStems.contains(stem) || OrganizationShapes.descriptorWords.contains(stem)
            || OrganizationShapes.listCommonNouns.contains(stem) || PersonNames.notNames.contains(stem)
            || OrganizationShapes.leadingLatinLegalForms.contains(stem)
            || cueType(stem) != nil || lexicon.kind(ofScalars: stem) != nil || isKoreanName(stem)
            || stem.last.map(OrganizationShapes.commonNounEnds.contains) == true
            // "반도체 기업 채용박람회를": an event, not a firm
            || OrganizationShapes.eventWords.contains(where: { stem.count > $0.count && stem.hasScalarSuffix($0) }) {
            return nil
        }
        return n
    }

    /// The length of word `w` (particles left out) when it names a foreign government's ministry
    /// or agency after the place before it ("말레이시아 국방부와" → 3), nil otherwise.
    private func governmentBodyLength(_ sw: SentenceWords, _ w: Int) -> Int? {
        let ends = OrganizationShapes.governmentBodyEnds
        // Most words after a place hold none of 부, 성, 청, 국: asked on the buffer, before a slice.
        guard sw.word(w, satisfies: { $0.contains(where: ends.contains) }),
              !OrganizationShapes.domesticGovernmentSeats.contains(sw.slice(w - 1)) else { return nil }
        let word = sw.slice(w)
        return Josa.stemLengths(of: word, minimum: 3).first { n in
            ends.contains(word[word.startIndex + n - 1])
                && OrganizationShapes.governmentBodyEndings.contains { word.prefix(n).hasScalarSuffix($0) }
        }
    }

    /// The length of word `w` (particles left out) when it names a fund a city, county or
    /// province set up, written after it ("춘천시 청년창업펀드와" → 6): the government's fund, an
    /// investor of its own. A kind of fund alone ("헤지펀드", "펀드") or after a country is none.
    private func localFundLength(_ sw: SentenceWords, _ w: Int) -> Int? {
        let place = sw.slice(w - 1)
        guard place.count >= 3, let end = place.last, PersonNames.localGovernmentEnds.contains(end),
              sw.word(w, satisfies: { $0.count >= 4 && ($0.contains("펀") || $0.contains("기")) }) else { return nil }
        let word = sw.slice(w)
        return Josa.stemLengths(of: word, minimum: 4).first { n in
            let stem = word.prefix(n)
            return OrganizationShapes.localFundEndings.contains { stem.count >= $0.count + 2 && stem.hasScalarSuffix($0) }
                && !OrganizationShapes.genericEndings.contains { stem.hasScalarSuffix($0) }
        }
    }

    /// "체코 국영 원자력연구소", "아부다비 국영석유회사": a place, a state word, then a body;
    /// "오스코텍의 자회사 제노스코에서": a subsidiary named after its descriptor.
    func cueCandidates(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        let cover = NameCover(sw, names)
        let subsidiaryCues = OrganizationShapes.subsidiaryCues  // read once, asked for every word
        let cueEnds = OrganizationShapes.cueEnds
        let mayBeDescriptor = { (word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) in EntityScan.mayBeDescriptor(word, cueEnds) }
        var result: [NameCandidate] = []
        // Words since the last place name, counted where a space starts one ("미국 AI 스타트업": 2).
        var wordsSincePlace = Int.max
        // A place with its genitive introduces a name only through an appositive descriptor:
        // "창원의 협력사인 대광금속이", not "보스턴의 스타트업 혁신허브".
        var placeWithGenitive = false
        for w in sw.words.indices {
            // A word right after a place name, which the two place rules below start from.
            let afterPlace = w >= 1 && sw.words[w].spacedFromPrevious && cover.isWhole(w - 1, .location)
            if afterPlace {
                wordsSincePlace = 1
                placeWithGenitive = false
            } else if w >= 1 && sw.words[w].spacedFromPrevious && cover.isPlaceWithGenitive(w - 1) {
                wordsSincePlace = 1
                placeWithGenitive = true
            } else if sw.words[w].spacedFromPrevious, wordsSincePlace < Int.max {
                wordsSincePlace += 1
            }
            // Every rule below starts from a place name or a subsidiary cue: most words follow
            // neither and are no cue, and are turned away before a slice of them is made.
            let isSubsidiaryCue = sw.word(w, satisfies: { subsidiaryCues.contains($0) })
                || w + 1 < sw.words.count && isQuotedAfter(sw, w) && (sw.word(w, satisfies: { OrganizationShapes.quotedNameCues.contains($0) })
                    || w > 0 && sw.word(w, satisfies: { $0.elementsEqual("이름은".unicodeScalars) })
                        // ("합작법인 이름은", "신설 법인의 이름은")
                        && sw.word(w - 1, satisfies: { word in
                            OrganizationShapes.namedFirmWords.contains(word)
                                || word.count > 2 && word.last == "의" && OrganizationShapes.namedFirmWords.contains(word.dropLast())
                        }))
            // A descriptor a few words after a place: "일본 제약사 사와이와", "미국 AI 스타트업 퓨리에와".
            // (The descriptor stands after a space, a gloss's bracket before it or not: "독일
            // 위탁개발생산(CDMO) 기업".)
            let placeBefore = wordsSincePlace <= 3 && w > 0 && ScalarKind.isSpace(sw.scalars[sw.words[w].range.lowerBound - 1])
                && sw.word(w, satisfies: mayBeDescriptor) && (!placeWithGenitive || sw.word(w, satisfies: { $0.last == "인" }))
            // Without a place, a firm descriptor after a word that says what the firm does:
            // "중견 방산업체 한결디펜스가", "개발자 협업 툴 스타트업 코드브릭이" (the name's particle required, below).
            // A compound descriptor needs no word before it: "시장조사업체 테크인사이트랩에 따르면".
            let describedBefore = !placeBefore && (w == 0 || ScalarKind.isSpace(sw.scalars[sw.words[w].range.lowerBound - 1]))
                && sw.word(w, satisfies: mayBeDescriptor)
                && (sw.word(w, satisfies: { EntityScan.isCompoundDescriptor($0) }) || w == 0
                    || sw.word(w - 1, satisfies: { $0.allSatisfy(ScalarKind.isHangul) || $0.allSatisfy(ScalarKind.isLatin) }))
            guard afterPlace || isSubsidiaryCue || placeBefore || describedBefore else { continue }
            let word = sw.slice(w)
            // place + 국영 + body (the body is a shaped or descriptive word)
            if afterPlace {
                let stateGlued = OrganizationShapes.stateWordScalars.first {
                    word.hasScalarPrefix($0) && word.count > $0.count
                }
                if OrganizationShapes.stateWords.contains(word), w + 1 < sw.words.count, sw.words[w + 1].spacedFromPrevious,
                   let body = cover[w + 1], body.origin == .shape,
                   body.range.lowerBound == sw.words[w + 1].range.lowerBound,
                   // (a body told by what it does, "원자력연구소"; "인도네시아 국영 누산타라은행" names
                   // the bank, the place and 국영 describe it)
                   describesItsWork(sw.scalars[body.range]) {
                    result.append(candidate(p, sw.words[w - 1].range.lowerBound..<body.range.upperBound, body.type!,
                                            origin: .shape, sectors: body.sectors))
                } else if stateGlued != nil, let n = Josa.stemLengths(of: word, minimum: 4).last,
                          let type = cueType(word.prefix(n)),
                          // ("카자흐스탄 국영광업기업 타우켄삼룩과": with no particle, before another word, a
                          // descriptor of the name after it)
                          n < word.count || !(w + 1 < sw.words.count && sw.words[w + 1].spacedFromPrevious
                              && sw.word(w + 1, satisfies: { !OrganizationShapes.notIntroducedNames.contains($0) })) {
                    let start = sw.words[w - 1].range.lowerBound
                    result.append(candidate(p, start..<(sw.words[w].range.lowerBound + n), type, origin: .cue))
                }
                // "아부다비 상공회의소": a place and a body word that needs one; "말레이시아
                // 국방부": a place and its government's ministry or agency.
                let afterState = sw.slice(w - 1).last == "주"
                if let n = Josa.stemLengths(of: word, minimum: 2).first(where: {
                    OrganizationShapes.placeBoundBodies.contains(word.prefix($0))
                        || afterState && OrganizationShapes.stateBoundBodies.contains(word.prefix($0))
                }) ?? governmentBodyLength(sw, w) ?? localFundLength(sw, w),
                   // ("몬테레이 주정부 청사에서": the building, where the deal is signed)
                   !(n == word.count && w + 1 < sw.words.count && sw.words[w + 1].spacedFromPrevious
                     && OrganizationShapes.buildingWords.contains(where: sw.slice(w + 1).hasScalarPrefix)) {
                    let start = sw.words[w - 1].range.lowerBound
                    result.append(candidate(p, start..<(sw.words[w].range.lowerBound + n), .institution, origin: .shape))
                }
            }
            // place + X와 + deal: "일본 사쿠라모바일과 로밍 협약을 맺었다" (the partner of a deal; "노바렌사와"
            // is read below, without its mark).
            if afterPlace, !cover.covers(w), firmMarkedStem(word) == nil, let n = dealPartnerLength(sw, w) {
                let start = sw.words[w].range.lowerBound
                result.append(candidate(p, start..<(start + n), .company, origin: .cue))
            }
            // place + X사: "미국 노바백스사와", "독일 머크사는"
            if afterPlace, !cover.covers(w), let n = firmMarkedStem(word) {
                let start = sw.words[w].range.lowerBound
                result.append(candidate(p, start..<(start + n), .company, origin: .cue))
            }
            // parent + 의 + 자회사: "오스코텍의 자회사 제노스코"
            if isSubsidiaryCue, w > 0, sw.words[w].spacedFromPrevious,
               !cover.covers(w - 1), sw.wordText(w - 1).hasSuffix("의") {
                let parent = sw.slice(w - 1)
                let n = Josa.unknownNameLength(parent)
                let stem = parent.prefix(n)
                if n == parent.count - 1, n >= 3, !OrganizationShapes.genericStems.contains(stem), !OrganizationShapes.descriptorWords.contains(stem),
                   !PersonNames.notNames.contains(stem), lexicon.kind(ofScalars: stem) == nil,
                   parent.prefix(n).allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) }) {
                    let start = sw.words[w - 1].range.lowerBound
                    result.append(candidate(p, start..<(start + n), .company, origin: .cue))
                }
            }
            // A name a descriptor introduces: "자회사 제노스코에서", "합작법인 '하람카나데'의"; a few words after a place,
            // "일본 제약사 사와이와", "독일 위탁개발생산(CDMO) 기업 IDT바이오로지카를".
            // ("국적 저비용항공사(LCC) 블루윙항공은": the descriptor's acronym in brackets between)
            let next = wordAfterGloss(sw, w) ?? w + 1
            if isSubsidiaryCue || placeBefore, next < sw.words.count, next > w + 1 || sw.words[next].spacedFromPrevious || isQuotedAfter(sw, w),
               !cover.covers(next), let type = isSubsidiaryCue ? .company : cueType(word),
               // (a quoted name of several words is read whole: "합작법인 '해담 걸프 푸드(Haedam Gulf
               // Foods)'", its first word too short to be a name alone)
               let end = (isQuotedAfter(sw, w) ? quotedNameEnd(sw, from: next) : nil)
                   ?? introducedNameLength(withoutClosingCopula(sw, next)).map({ sw.words[next].range.lowerBound + $0 }) {
                let start = sw.words[next].range.lowerBound
                result.append(candidate(p, start..<end, type, origin: .cue))
            } else if describedBefore, !cover.covers(w), next < sw.words.count, next > w + 1 || sw.words[next].spacedFromPrevious, !cover.covers(next),
                      // ("데이터센터 운영사 …": a word the lexicon ignores names nothing)
                      // ("파인트리캐피탈, 물류기업 대륙물류,": a name listed before, a comma between, qualifies no descriptor)
                      w == 0 || !cover.covers(w - 1) || cover[w - 1]?.type == nil || nameEndsBeforeItsWord(sw, cover, w - 1)
                          || commaBefore(sw, w),
                      word.last != "인" || word.hasScalarSuffix(Self.chainWord), word.last != "의", cueType(word) == .company,
                      // ("국내 업체 관계자", "해당 기업과" introduce none; "국내 보안업체 하늘보안이" does)
                      w == 0 || !OrganizationShapes.descriptorModifiersNotFirms.contains(sw.slice(w - 1))
                          || sw.word(w, satisfies: { EntityScan.isCompoundDescriptor($0) }),
                      let n = introducedNameLength(withoutClosingCopula(sw, next)) {
                // Only with a particle after the name ("…코드브릭이"), which common phrases after a
                // descriptor seldom take the same way ("업체 관계자는" is turned away by its noun),
                // or its stake after it ("선박 수리업체 동진마린 지분 51%를"), or a firm's word with
                // a particle after it ("개발사 하이드아웃 스튜디오에").
                let start = sw.words[next].range.lowerBound
                if n < sw.slice(next).count || stakeFollows(sw, next) || listedBeforeName(sw, cover, next)
                    || closesNominalSentence(sw, next) {
                    result.append(candidate(p, start..<(start + n), .company, origin: .cue))
                } else if let end = firmWordClosing(sw, next + 1) {
                    result.append(candidate(p, start..<end, .company, origin: .cue))
                }
            }
        }
        return result
    }

    /// The word after a descriptor's acronym in brackets, which the descriptor introduces: "국적
    /// 저비용항공사(LCC) 블루윙항공은" (one Latin word in the brackets, a space after them).
    private func wordAfterGloss(_ sw: SentenceWords, _ w: Int) -> Int? {
        guard w + 2 < sw.words.count else { return nil }
        let s = sw.scalars, end = sw.words[w].range.upperBound, gloss = sw.words[w + 1].range
        guard end < s.count, s[end] == "(", gloss.lowerBound == end + 1, gloss.upperBound + 1 < s.count, s[gloss.upperBound] == ")",
              ScalarKind.isSpace(s[gloss.upperBound + 1]), sw.words[w + 2].range.lowerBound == gloss.upperBound + 2,
              sw.slice(w + 1).allSatisfy(ScalarKind.isLatin) else { return nil }
        return w + 2
    }

    /// Whether word `w` is followed by a comma and a known name, as the first of partners listed
    /// ("의료 AI 기업 루멘헬스, 한국전자통신연구원(ETRI)과"), the name's country written before it
    /// or not ("물류기업 대륙물류, 일본 도카이벤처스(Tokai Ventures)가").
    private func listedBeforeName(_ sw: SentenceWords, _ cover: NameCover, _ w: Int) -> Bool {
        let end = sw.words[w].range.upperBound
        guard end < sw.scalars.count, sw.scalars[end] == ",", w + 1 < sw.words.count else { return false }
        let next = cover.isWhole(w + 1, .location) && w + 2 < sw.words.count && sw.words[w + 2].spacedFromPrevious ? w + 2 : w + 1
        return cover[next].map { $0.type == .company || $0.type == .institution } ?? false
    }

    /// The length of word `w`, a name with the partner's particle 와/과, when a deal is named in
    /// the two words after it ("사쿠라모바일과 로밍 협약을", "…과 공급계약을"): the place before it
    /// says where the partner is. Common nouns, known words and people are no partner ("일본
    /// 정부와 협약", "미국 현지 법인과 계약").
    private func dealPartnerLength(_ sw: SentenceWords, _ w: Int) -> Int? {
        guard sw.word(w, satisfies: { $0.count >= 4 && ($0.last == "와" || $0.last == "과") }) else { return nil }
        let word = sw.slice(w)
        guard Josa.isParticleTail(word.suffix(1), after: word[word.endIndex - 2]),
              let n = introducedNameLength(word), n == word.count - 1,
              word.prefix(n).allSatisfy(ScalarKind.isHangul) else { return nil }
        for next in (w + 1)..<min(w + 3, sw.words.count) where sw.words[next].spacedFromPrevious {
            let after = sw.slice(next)
            if Josa.stemLengths(of: after, minimum: 2).contains(where: { stem in
                OrganizationShapes.partnerDealWords.contains { after.prefix(stem).hasScalarSuffix($0) }
            }) { return n }
        }
        return nil
    }

    /// Whether a comma stands between word `w` and the word before it ("파인트리캐피탈, 물류기업").
    private func commaBefore(_ sw: SentenceWords, _ w: Int) -> Bool {
        guard w > 0 else { return false }
        return sw.scalars[sw.words[w - 1].range.upperBound..<sw.words[w].range.lowerBound].contains { $0 == "," || $0 == "，" }
    }

    /// Word `w`, without the copula when it ends the sentence: "협약 상대는 바이오 스타트업
    /// 셀로닉스다.", "발주처는 그리스 선사 에게안쉬핑이다." (다 after a vowel, 이다 after a final
    /// consonant; "육성한다", "세운다" are verbs and keep their ending), or its polite forms
    /// anywhere ("태성바이오팜입니다", "…이었습니다").
    private func withoutClosingCopula(_ sw: SentenceWords, _ w: Int) -> ArraySlice<Unicode.Scalar> {
        let word = sw.slice(w)
        let end = sw.words[w].range.upperBound
        // The polite copula of scripts read aloud ("…제약사 태성바이오팜입니다.", "…입니다만,"):
        // the name is what comes before it, wherever the clause ends.
        // (였 after a vowel, 이었 after a final consonant; "하였습니다" is a verb.)
        if let copula = OrganizationShapes.politeCopulas.first(where: { word.count > $0.count + 1 && word.hasScalarSuffix($0) }) {
            let stem = word.dropLast(copula.count), last = stem[stem.endIndex - 1]
            switch copula.first {
            case "였": if !ScalarKind.hasFinalConsonant(last), last != "하", last != "되" { return stem }
            case "이" where copula.count > 1 && copula[1] == "었": if ScalarKind.hasFinalConsonant(last) { return stem }
            default: return stem
            }
            return word
        }
        guard word.count >= 3, word.last == "다", end == sw.scalars.count || ".。".unicodeScalars.contains(sw.scalars[end])
        else { return word }
        let before = word[word.endIndex - 2]
        if before == "이", word.count >= 4, ScalarKind.hasFinalConsonant(word[word.endIndex - 3]) { return word.dropLast(2) }
        if ScalarKind.isHangul(before), !ScalarKind.hasFinalConsonant(before), before != "이" { return word.dropLast() }
        return word
    }

    /// Where a quoted name of several words ends: "합작법인 '그린아이언 필바라(Green Iron Pilbara)'"
    /// ends before its gloss. Nil for a one-word name, or when no closing quote follows within
    /// four words of letters.
    private func quotedNameEnd(_ sw: SentenceWords, from w: Int) -> Int? {
        var last = w
        while last + 1 < sw.words.count, last - w < 3, sw.words[last + 1].spacedFromPrevious,
              sw.slice(last + 1).allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) }) {
            last += 1
        }
        guard last > w else { return nil }
        // The name's last word: the one a closing quote or its gloss follows.
        for k in stride(from: last, to: w, by: -1) {
            let end = sw.words[k].range.upperBound
            guard end < sw.scalars.count else { continue }
            let next = sw.scalars[end]
            if "'’\"”(".unicodeScalars.contains(next) { return end }
        }
        return nil
    }

    /// Whether the name covering word `w` ends before the word does, a particle after it: the
    /// subject of "서진스틸이 완성차업체 대륙자동차와", not a firm qualifying the descriptor.
    private func nameEndsBeforeItsWord(_ sw: SentenceWords, _ cover: NameCover, _ w: Int) -> Bool {
        guard let name = cover[w] else { return false }
        return name.range.upperBound < sw.words[w].range.upperBound && name.range.upperBound > sw.words[w].range.lowerBound
    }

    /// Whether word `w` ends a sentence written without a verb: "세 번째 투자처는 수전해 스택 개발사
    /// 하이드로젠포스." (a period right after it, nothing else to the end).
    private func closesNominalSentence(_ sw: SentenceWords, _ w: Int) -> Bool {
        let end = sw.words[w].range.upperBound
        return w + 1 == sw.words.count && end + 1 == sw.scalars.count && sw.scalars[end] == "."
    }

    /// Whether the word after `w` is a firm's stake or control: "동진마린 지분", "… 경영권을".
    private func stakeFollows(_ sw: SentenceWords, _ w: Int) -> Bool {
        guard w + 1 < sw.words.count, sw.words[w + 1].spacedFromPrevious else { return false }
        let next = sw.slice(w + 1)
        return OrganizationShapes.stakeWords.contains { next.hasScalarPrefix($0) }
    }

    /// Whether the word after `w` opens a quotation after a space: "합작법인 '하람카나데'".
    private func isQuotedAfter(_ sw: SentenceWords, _ w: Int) -> Bool {
        let start = sw.words[w + 1].range.lowerBound
        let end = sw.words[w].range.upperBound
        return start - end == 2 && ScalarKind.isSpace(sw.scalars[end]) && "'‘\"“".unicodeScalars.contains(sw.scalars[start - 1])
    }

    /// The stem of a word written name + 사 + particles ("노바백스사와" → 4), when the stem can be a
    /// name (not "제약사", "자회사", "통신사").
    func firmMarkedStem(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        guard word.count >= 3 else { return nil }
        for n in stride(from: word.count - 1, through: 2, by: -1) where word[word.startIndex + n] == "사" {
            guard Josa.isParticleTail(word.dropFirst(n + 1)) else { continue }
            let stem = word.prefix(n)
            guard stem.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) }),
                  !OrganizationShapes.genericStems.contains(stem), !OrganizationShapes.notFirmStems.contains(stem),
                  !OrganizationShapes.descriptorWords.contains(stem),
                  // "전력회사", "건설사": a word for firms, not a firm's name
                  cueType(word.prefix(n + 1)) == nil,
                  // "경제부지사", "주지사": a title
                  !(PersonNames.titlesByLast["사"] ?? []).contains(where: { word.prefix(n + 1).hasScalarSuffix($0.text) }),
                  lexicon.kind(ofScalars: stem + ["사"]) == nil else { return nil }
            return n
        }
        return nil
    }

    /// Whether a shaped name's stem says what the body does, not who it is: "원자력연구소",
    /// "전력공사" (generic stems), not "누산타라은행".
    func describesItsWork(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let (n, suffix) = shape(of: name), n == name.count else { return true }
        let stem = name.prefix(n - suffix.text.count)
        return OrganizationShapes.genericStems.contains(stem) || OrganizationShapes.genericInstitutionStems.contains(stem)
    }
}
