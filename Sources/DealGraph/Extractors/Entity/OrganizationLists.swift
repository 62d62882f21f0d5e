/// Names in a list with known organisations: "인터베스트와 IMM인베스트먼트, 스마일게이트인베스트먼트,
/// KTB네트워크 등이 참여했다" makes 인터베스트 and KTB네트워크 investors like the others.
extension EntityScan {
    /// One list item: a word whose stem (common particles set aside) is the item.
    private struct Item {
        let word: Int
        let stem: Range<Int>
        /// Whether a comma or a middle dot follows the item (not 와/과 or 및).
        let separatedByMark: Bool
    }

    func listCandidates(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        let s = sw.scalars
        guard sw.words.count >= 3 else { return [] }
        var result: [NameCandidate] = []
        var chain: [Item] = []
        var closedByEtc = false
        var joinedByWord = false
        var etcHasParticle = false

        func flush() {
            // Most words end no list: nothing to read or clear.
            guard !chain.isEmpty else { return }
            defer {
                chain.removeAll(keepingCapacity: true)
                closedByEtc = false; joinedByWord = false; etcHasParticle = false
            }
            // Two items only when 등 closes them, after a comma or middle dot ("리젠바이오, 온코스텝
            // 등도") or, after 와/과, with its particle ("CJ제일제당과 풀무원 등이"): one known name then
            // vouches for the other ("NPC와 팔라완 등 7개 섬" counts places).
            // So are two joined by 와/과 after a descriptor in apposition, which speaks of both
            // ("기존 투자사인 에이스톤벤처스와 씨드브릿지도").
            guard chain.count >= 3 || chain.count == 2 && closedByEtc && (!joinedByWord || etcHasParticle)
                || chain.count == 2 && joinedByWord && !closedByEtc && followsAppositiveDescriptor(p, chain[0].word) else { return }
            // (the last item joined after 와/과 or 및, not after a comma)
            if !nameUnknown(in: chain[...]), chain.count >= 4, !chain[chain.count - 2].separatedByMark {
                // "㈜대명정밀, 한결소재, 에스앤티머티리얼즈, 그린셀팩과 투자협약식을": the list ends at
                // 과, and the word after it is what the items did.
                _ = nameUnknown(in: chain.dropLast())
            }
        }
        /// Names the unknown items of a list most of whose items are known organisations of one
        /// type; false when the list is not such a list.
        func nameUnknown(in items: ArraySlice<Item>) -> Bool {
            var counts: [EntityType: Int] = [:]
            var unknown: [Item] = []
            for item in items {
                if let known = names.first(where: { $0.range == item.stem }) {
                    if let type = known.type { counts[type, default: 0] += 1 }
                } else if !names.contains(where: { $0.range.overlaps(item.stem) }) {
                    unknown.append(item)
                }
            }
            guard let (type, count) = counts.max(by: { $0.value < $1.value }), count >= min(2, items.count - 1),
                  type == .company || type == .institution, count * 2 >= items.count else { return false }
            for item in unknown where isListName(Array(s[item.stem])) && !facilities.contains(TextKey(sw.text(item.stem))) {
                var listed = candidate(p, item.stem, type, origin: .cue)
                listed.typedByList = true
                result.append(listed)
            }
            return true
        }

        let joiningEnds = ListWords.joiningEnds
        for w in sw.words.indices {
            let range = sw.words[w].range
            let hasNext = w + 1 < sw.words.count
            let gap = hasNext ? Gap(sw, from: range.upperBound, to: sw.words[w + 1].range.lowerBound) : Gap()
            let nextIsAnd = hasNext && ListWords.isAnd(s, sw.words[w + 1].range)
            // Only an item that goes on to another can start a list; most words cannot, and are
            // turned away by their last scalar and what follows them, before anything is cut.
            if chain.isEmpty, !joiningEnds.contains(s[range.upperBound - 1]), !gap.isListSeparator,
               !(gap.isEmpty && nextIsAnd) {
                continue
            }
            let word = sw.slice(w)
            if ListWords.isAnd(s, range) || !chain.isEmpty && word.hasScalarPrefix(ListWords.including) { continue }
            let n = Josa.unknownNameLength(word, minimum: 1)
            // "㈜대명정밀, 한결소재": the item is the name after its legal form's mark.
            let mark = word.first == "㈜" && n > 1 ? 1 : 0
            let start = range.lowerBound
            let stem = (start + mark)..<(start + n)
            // The tail after the stem, and the next word, are read in place: slices of them are
            // references to count, and most items need neither.
            let tailCount = range.count - n
            let tailFirst: Unicode.Scalar? = tailCount > 0 ? s[start + n] : nil
            // Whether this item closes on a separator the list goes on after.
            let continues = (tailCount == 0 && gap.isListSeparator)
                || (tailCount == 1 && (tailFirst == "와" || tailFirst == "과") && gap.isEmpty)
                || (tailCount == 0 && gap.isEmpty && nextIsAnd)
                || (tailCount == 1 && (tailFirst == "을" || tailFirst == "를") && gap.isEmpty && hasNext
                    && sw.slice(w + 1).hasScalarPrefix(ListWords.including))
            let endsOnEtc = tailCount == 0 && gap.isEmpty && hasNext && ListWords.endsList(sw.slice(w + 1))
            let closes = continues || endsOnEtc
                || (tailCount > 0 && !continues && Josa.isParticleTail(word.dropFirst(n)))
            // A list starts a phrase: "서울대 공과대학과 …" is one name, not a list item. Asked
            // only of a word that would start a list.
            func startsPhrase() -> Bool {
                guard w > 0, sw.words[w].spacedFromPrevious else { return true }
                guard let before = names.first(where: { $0.range.upperBound == sw.words[w - 1].range.upperBound }) else { return true }
                return before.type == nil || before.type == .location
            }
            if closes, !chain.isEmpty || continues && startsPhrase() {
                chain.append(Item(word: w, stem: stem, separatedByMark: tailCount == 0 && gap.isListSeparator))
                closedByEtc = endsOnEtc && !continues
                etcHasParticle = closedByEtc && sw.slice(w + 1).count > ListWords.etc.count
                if continues, !(tailCount == 0 && gap.isListSeparator) { joinedByWord = true }
            } else {
                flush()
                continue
            }
            if !continues { flush() }
        }
        flush()
        return result + firmsListedByCountry(p, names) + firmsListedWithDescriptions(p, names)
    }

    /// Whether word `w` follows a firm descriptor in apposition, ending in 인: "투자사인", "협력사인".
    private func followsAppositiveDescriptor(_ p: Int, _ w: Int) -> Bool {
        let sw = words[p]
        guard w > 0, sw.words[w].spacedFromPrevious else { return false }
        let before = sw.slice(w - 1)
        return before.count >= 3 && before.last == "인" && cueType(before) == .company
    }

    /// "참여 기업은 영상 AI로 … 잡아내는 해솔테크, … 센서를 만드는 다온센서 및 … 플랫폼을 운영하는
    /// 비전마린 등이다": firms listed each after a clause that describes it. A known firm among them
    /// vouches for the others, as in a plain list.
    private func firmsListedWithDescriptions(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        let s = sw.scalars
        // Three items need two joins and a firm known among them: most sentences have neither.
        guard sw.words.count >= 6, names.contains(where: { $0.type == .company }),
              s.lazy.filter({ $0 == "," || $0 == "및" }).count >= 2 else { return [] }
        var known = 0
        var unknown: [Range<Int>] = []
        for w in sw.words.indices.dropFirst() where sw.words[w].spacedFromPrevious {
            // Most words follow no describing word (ending in 는 or 한) or go on to no list: both
            // are asked of the scalars in place before anything is cut.
            let previous = sw.words[w - 1].range
            guard previous.count >= 3, s[previous.upperBound - 1] == "는" || s[previous.upperBound - 1] == "한" else { continue }
            let hasNext = w + 1 < sw.words.count
            let gap = hasNext ? Gap(sw, from: sw.words[w].range.upperBound, to: sw.words[w + 1].range.lowerBound) : Gap()
            let listed = gap.isListSeparator || hasNext && gap.isEmpty && (ListWords.isAnd(s, sw.words[w + 1].range) || ListWords.endsList(sw.slice(w + 1)))
            guard listed else { continue }
            let before = sw.slice(w - 1)
            guard OrganizationShapes.isDescribingVerb(before) || OrganizationShapes.describingClauseEnds.contains(where: { before.hasScalarSuffix($0) })
            else { continue }
            let word = sw.slice(w)
            let stem = sw.words[w].range
            if names.contains(where: { $0.range == stem && $0.type == .company }) {
                known += 1
            } else if !names.contains(where: { $0.range.overlaps(stem) }), isListName(Array(word)) {
                unknown.append(stem)
            }
        }
        guard known >= 1, known + unknown.count >= 3 else { return [] }
        return unknown.map { candidate(p, $0, .company, origin: .cue) }
    }

    /// "프랑스 넥상스, 이탈리아 프리즈미안 등 유럽 업체가": firms listed each after its country, the
    /// list closed by 등 and, within a few words, a word for firms.
    private func firmsListedByCountry(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        // Most sentences list no two countries: nothing to read.
        guard sw.words.count >= 6, names.count(where: { $0.type == .location }) >= 2 else { return [] }
        let cover = NameCover(sw, names)
        var result: [NameCandidate] = []
        var k = 0
        while k + 1 < sw.words.count {
            var items: [Int] = []
            var w = k
            var closed = false
            while w + 1 < sw.words.count, cover.isWhole(w, .location), sw.words[w + 1].spacedFromPrevious {
                let item = w + 1
                let gap = item + 1 < sw.words.count ? Gap(sw, from: sw.words[item].range.upperBound, to: sw.words[item + 1].range.lowerBound) : Gap()
                items.append(item)
                if gap.isListSeparator, item + 1 < sw.words.count {
                    w = item + 1
                    continue
                }
                closed = gap.isEmpty && item + 1 < sw.words.count && ListWords.endsList(sw.slice(item + 1))
                break
            }
            if closed, items.count >= 2, let etc = items.last.map({ $0 + 1 }),
               (etc + 1..<min(etc + 4, sw.words.count)).contains(where: { cueType(sw.slice($0).prefix(Josa.unknownNameLength(sw.slice($0)))) == .company }) {
                for item in items where !cover.covers(item) && Josa.unknownNameLength(sw.slice(item)) == sw.slice(item).count
                    && isListName(Array(sw.slice(item))) {
                    result.append(candidate(p, sw.words[item].range, .company, origin: .cue))
                }
            }
            k = max(k + 1, w + 1)
        }
        return result
    }

    /// What separates two words, spaces left out: nothing, one scalar (",", "·"), or more.
    private struct Gap {
        private var first: Unicode.Scalar?
        private var more = false

        init() {}

        init(_ sw: SentenceWords, from a: Int, to b: Int) {
            guard a < b else { return }
            let s = sw.scalars
            for k in a..<b where !ScalarKind.isSpace(s[k]) && s[k] != "\n" {
                if first == nil { first = s[k] } else { more = true; break }
            }
        }

        var isEmpty: Bool { first == nil }

        /// One comma or middle dot between two items.
        var isListSeparator: Bool { !more && (first == "," || first == "·" || first == "ㆍ") }
    }

    /// A list item that can be a name: one word of letters, not a common noun, a place or a known word.
    private func isListName(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 2, scalars.count <= 15,
              scalars.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) || ScalarKind.isDigit($0) || $0 == "&" }),
              !ScalarKind.isDigit(scalars[0]) else { return false }
        if OrganizationShapes.genericStems.contains(scalars) || OrganizationShapes.descriptorWords.contains(scalars)
            || PersonNames.notNames.contains(scalars) || OrganizationShapes.listCommonNouns.contains(scalars) { return false }
        if lexicon.kind(ofScalars: scalars) != nil || isKoreanName(scalars) { return false }
        // "스카이브릿지파트너스와 창업자 등이": a title, for people.
        if let last = scalars.last, PersonNames.titlesByLast[last]?.contains(where: { $0.text.elementsEqual(scalars) }) == true { return false }
        // "…, 에스앤티머티리얼즈와 투자협약식을": what the listed firms did, not one of them.
        if OrganizationShapes.listEventEndings.contains(where: { scalars.hasScalarSuffix($0) }) { return false }
        // A clause ends in a verb before its comma: "KT가 주도했고, 신한투자증권과 …".
        if OrganizationShapes.connectiveVerbEndings.contains(where: { scalars.hasScalarSuffix($0) }) { return false }
        // Two-syllable Hangul words are mostly common nouns ("부품", "소재"): names need more.
        return scalars.contains(where: ScalarKind.isLatin) || scalars.count >= 3
    }
}

/// The words that join and end lists, compared as scalars on the hot path.
enum ListWords {
    /// Whether the word at `range` of `s` is "및" on its own.
    static func isAnd(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool { range.count == 1 && s[range.lowerBound] == "및" }
    /// "…을 비롯해": the list goes on.
    static let including = Array("비롯".unicodeScalars)
    /// "등", "등이", "등은" …: the word after the last item.
    static let ends = scalarPhrases(["등이", "등은", "등과", "등의", "등을", "등도", "등에", "등으로"])
    static let etc = Array("등".unicodeScalars)
    /// Last scalars of a word joined to the next item ("A와 B", "A를 비롯해").
    static let joiningEnds = ScalarSet("와과을를")

    /// What may stand between two listed names: a comma or a middle dot, 와/과 or 및, after the
    /// first name's gloss in brackets or not ("포항공과대학교(포스텍)와 경상북도", "경상북도, 포항시").
    static let itemJoins = scalarPhrases([",", ", ", "·", "ㆍ", "와 ", "과 ", " 및 ", "및 ", ", 및 "])

    /// Whether the scalars at `gap` join two listed names.
    static func joinsItems(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        let rest = s[afterGloss(s, gap)..<gap.upperBound]
        return itemJoins.contains { rest.elementsEqual($0) }
    }

    /// Where a gap between two names starts once the first name's gloss is passed: "(POSTECH)와 ",
    /// a gloss no name was read in, or ")와 " after one that was.
    static func afterGloss(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> Int {
        var start = gap.lowerBound
        if start < gap.upperBound, s[start] == "(" {
            while start < gap.upperBound, s[start] != ")" { start += 1 }
        }
        if start < gap.upperBound, s[start] == ")" { start += 1 }
        return start
    }

    static func endsList(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.elementsEqual(etc) || ends.contains { word.hasScalarPrefix($0) }
    }
}
