/// Startups named as the subject of a funding sentence: "에이인비는 시리즈C로 600억원을 유치했다",
/// "AI 스타트업 포티투마루와 나우랩이 각각 150억원을 유치했다".
extension EntityScan {
    /// Words of a funding sentence (one of each group must occur), each group looked for in one
    /// pass over the sentence.
    private static let fundingWords: [ScalarPhraseList] = [
        ScalarPhraseList(["유치", "시리즈", "투자를 받", "투자받"]), ScalarPhraseList(["투자", "시리즈", "억원", "달러", "라운드"]),
    ]

    /// Last syllables of common nouns that stand as subjects of such sentences ("투자금은", "회사들은").
    private static let commonNounEnds: ScalarSet = ScalarSet("금액사들자체업계권율량원곳건명측팀단")

    func investeeCandidates(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sentence = sentences[p].scalars
        guard EntityScan.fundingWords.allSatisfy({ $0.occurs(in: sentence[...]) }) else { return [] }
        let sw = words[p]
        var result: [NameCandidate] = []
        var w = 0
        // An opening adverbial ("진단 분야에서는", "한편", "특히") and descriptors ("AI 스타트업") may come first.
        while w < sw.words.count, w < 4, isDescriptor(sw.wordText(w)) { w += 1 }
        if w < sw.words.count, w < 4, EntityScan.openers.contains(where: { sw.wordText(w).hasSuffix($0) }) {
            w += 1
            while w < sw.words.count, w < 6, isDescriptor(sw.wordText(w)) { w += 1 }
        }
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

    /// Endings of opening adverbials: "진단 분야에서는", "이 가운데", "한편".
    private static let openers = ["에서는", "에서", "에는", "에선", "한편", "특히", "또", "이어", "가운데", "중에는", "중에서는"]

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
        if cueType(scalars[...]) != nil { return false }
        return lexicon.kind(ofScalars: scalars) == nil && !isKoreanName(scalars)
    }
}
