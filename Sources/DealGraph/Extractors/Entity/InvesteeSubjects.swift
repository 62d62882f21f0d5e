/// Startups named as the subject of a funding sentence: "에이인비는 시리즈C로 600억원을 유치했다",
/// "AI 스타트업 포티투마루와 나우랩이 각각 150억원을 유치했다".
extension EntityScan {
    /// Words of a funding sentence (one of each group must occur), each group looked for in one
    /// pass over the sentence.
    private static let fundingWords: [ScalarPhraseList] = [
        ScalarPhraseList(["유치", "시리즈", "투자를 받", "투자받"]), ScalarPhraseList(["투자", "시리즈", "억원", "달러", "라운드"]),
    ]

    /// Words of a contract signed (with a firm the sentence names): its subject is a firm too,
    /// "온디젠이 독일 크레머파마(Kremer Pharma)와 … 계약을 맺고".
    private static let contractWords = ScalarPhraseList(["계약을 체결", "계약을 맺", "계약서에 서명"])

    /// Last syllables of common nouns that stand as subjects of such sentences ("투자금은", "회사들은").
    private static let commonNounEnds: ScalarSet = ScalarSet("금액사들자체업계권율량원곳건명측팀단")

    func investeeCandidates(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sentence = sentences[p].scalars
        guard EntityScan.fundingWords.allSatisfy({ $0.occurs(in: sentence[...]) })
            || EntityScan.contractWords.occurs(in: sentence[...]) && names.contains(where: { $0.type == .company })
        else { return [] }
        let sw = words[p]
        var result: [NameCandidate] = []
        var w = 0
        // An opening adverbial ("진단 분야에서는", "한편", "특히") and descriptors ("AI 스타트업") may come first.
        while w < sw.words.count, w < 4, isDescriptor(sw.wordText(w)) { w += 1 }
        // The adverbial may be a phrase of a few words: "저분자 화합물 분야에서는".
        // (each word read once, on its scalars: the openers are asked of the first four words of
        // every sentence telling a contract)
        if let o = (w..<min(4, sw.words.count)).first(where: { o in
            let word = sw.slice(o)
            return EntityScan.openerScalars.contains { word.hasScalarSuffix($0) }
        }) {
            w = o + 1
            while w < sw.words.count, w < 6, isDescriptor(sw.wordText(w)) { w += 1 }
        }
        // "AI 병리 진단 솔루션을 만드는 메디폴드는": a clause saying what the firm makes, an object
        // and a describing verb, may open the sentence before its name.
        if let v = describingClauseEnd(p, from: w) { w = v + 1 }
        while w < sw.words.count {
            guard name(covering: w, in: p, among: names) == nil else { break }
            let word = sw.slice(w)
            let n = Josa.unknownNameLength(word, minimum: 2)
            let tail = String(scalars: word.dropFirst(n))
            guard ["은", "는", "이", "가", "도", "와", "과"].contains(tail) else { break }
            let stem = Array(word.prefix(n))
            guard let last = stem.last, !EntityScan.commonNounEnds.contains(last), isSubjectName(stem) else { break }
            let start = sw.words[w].range.lowerBound
            result.append(candidate(p, start..<(start + n), .company, origin: .cue))
            guard tail == "와" || tail == "과" else { break }
            w += 1
        }
        return result
    }

    /// The word ending an opening clause that describes the subject after it: an object (…을,
    /// …를) within the sentence's first six words, then a describing verb ("만드는", "개발하는").
    private func describingClauseEnd(_ p: Int, from start: Int) -> Int? {
        let sw = words[p]
        var v = start + 1
        while v < sw.words.count, v < 7 {
            let object = sw.slice(v - 1)
            if object.count >= 2, object.last == "을" || object.last == "를",
               EntityScan.isClauseVerb(sw.slice(v)) { return v }
            v += 1
        }
        return nil
    }

    /// A verb that describes the noun after it: "만드는", "운영하는", "개발한", "잡아내는".
    static func isClauseVerb(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        OrganizationShapes.isDescribingVerb(word)
            || word.count >= 3 && OrganizationShapes.describingClauseEnds.contains { word.hasScalarSuffix($0) }
    }

    /// Rounds of funding, which stand as subjects of such sentences too ("국내 시리즈A가 보통 …",
    /// "프리IPO는"): a round named by its stage is no firm.
    private static let roundStages: [[Unicode.Scalar]] = scalarPhrases([
        "시리즈", "프리시리즈", "프리A", "프리B", "프리IPO", "시드", "프리시드", "브릿지", "라운드",
    ])

    /// Whether `stem` is a round's stage, alone or with its letter: "시리즈A", "시리즈B2", "프리IPO".
    private func isRoundStage(_ stem: [Unicode.Scalar]) -> Bool {
        EntityScan.roundStages.contains { stage in
            stem.hasScalarPrefix(stage) && stem.dropFirst(stage.count).allSatisfy { ScalarKind.isLatin($0) || ScalarKind.isDigit($0) }
        }
    }

    /// Endings of opening adverbials: "진단 분야에서는", "이 가운데", "한편".
    private static let openers = ["에서는", "에서", "에는", "에선", "한편", "특히", "또", "이어", "가운데", "중에는", "중에서는"]
    private static let openerScalars = scalarPhrases(openers)

    private func isDescriptor(_ word: String) -> Bool {
        if cueType(word) != nil || OrganizationShapes.genericStems.contains(word) || OrganizationShapes.descriptorWords.contains(word) {
            return true
        }
        let scalars = Array(word.unicodeScalars)
        return scalars.count <= 4 && scalars.allSatisfy { ScalarKind.isLatin($0) && $0.properties.isUppercase }
    }

    private func isSubjectName(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 3 || scalars.contains(where: ScalarKind.isLatin), scalars.count <= 12,
              scalars.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) || ScalarKind.isDigit($0) }) else { return false }
        if OrganizationShapes.genericStems.contains(scalars) || OrganizationShapes.descriptorWords.contains(scalars)
            || OrganizationShapes.listCommonNouns.contains(scalars) || PersonNames.notNames.contains(scalars) { return false }
        // "국내 인슈어테크가 … 투자를 받은": a word for a kind of firm.
        if cueType(scalars[...]) != nil || isRoundStage(scalars) { return false }
        return lexicon.kind(ofScalars: scalars) == nil && !isKoreanName(scalars)
    }
}
