/// Names in a list with known organisations: "인터베스트와 IMM인베스트먼트, 스마일게이트인베스트먼트,
/// KTB네트워크 등이 참여했다" makes 인터베스트 and KTB네트워크 investors like the others.
extension EntityScan {
    /// One list item: a word whose stem (common particles set aside) is the item.
    private struct Item {
        let word: Int
        let stem: Range<Int>
    }

    func listCandidates(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        let s = sw.scalars
        guard sw.words.count >= 3 else { return [] }
        var result: [NameCandidate] = []
        var chain: [Item] = []

        func flush() {
            defer { chain.removeAll() }
            guard chain.count >= 3 else { return }
            var counts: [EntityType: Int] = [:]
            var unknown: [Item] = []
            for item in chain {
                if let known = names.first(where: { $0.range == item.stem }) {
                    if let type = known.type { counts[type, default: 0] += 1 }
                } else if !names.contains(where: { $0.range.overlaps(item.stem) }) {
                    unknown.append(item)
                }
            }
            guard let (type, count) = counts.max(by: { $0.value < $1.value }), count >= 2,
                  type == .company || type == .institution, count * 2 >= chain.count else { return }
            for item in unknown where isListName(Array(s[item.stem])) && !facilities.contains(sw.text(item.stem)) {
                result.append(candidate(p, item.stem, type, origin: .cue))
            }
        }

        for w in sw.words.indices {
            let word = sw.slice(w)
            let n = Josa.unknownNameLength(word, minimum: 1)
            let start = sw.words[w].range.lowerBound
            let stem = start..<(start + n)
            let tail = word.count > n ? String(scalars: word.dropFirst(n)) : ""
            // Whether this item closes on a separator the list goes on after.
            let next = w + 1 < sw.words.count ? w + 1 : nil
            let gap = next.map { separator(sw, from: sw.words[w].range.upperBound, to: sw.words[$0].range.lowerBound) } ?? ""
            let nextText = next.map { sw.texts[$0] } ?? ""
            let continues = (tail.isEmpty && (gap == "," || gap == "·" || gap == "ㆍ"))
                || ((tail == "와" || tail == "과") && gap.isEmpty)
                || (tail.isEmpty && gap.isEmpty && nextText == "및")
                || ((tail == "을" || tail == "를") && gap.isEmpty && nextText.hasPrefix("비롯"))
            let closes = continues || (tail.isEmpty && gap.isEmpty && (nextText == "등" || nextText.hasPrefix("등이") || nextText.hasPrefix("등은")
                                                                       || nextText.hasPrefix("등과") || nextText.hasPrefix("등의") || nextText.hasPrefix("등을")))
                || (!tail.isEmpty && !continues && Josa.isParticleTail(word.dropFirst(n)))
            if sw.texts[w] == "및" || sw.texts[w].hasPrefix("비롯") && !chain.isEmpty { continue }
            // A list starts a phrase: "서울대 공과대학과 …" is one name, not a list item.
            let startsPhrase: Bool = {
                guard chain.isEmpty, w > 0, sw.words[w].spacedFromPrevious else { return true }
                guard let before = names.first(where: { $0.range.upperBound == sw.words[w - 1].range.upperBound }) else { return true }
                return before.type == nil || before.type == .location
            }()
            if closes, !chain.isEmpty || continues && startsPhrase {
                chain.append(Item(word: w, stem: stem))
            } else {
                flush()
                continue
            }
            if !continues { flush() }
        }
        flush()
        return result
    }

    /// What separates two words, spaces left out: "", ",", "·", or something else.
    private func separator(_ sw: SentenceWords, from a: Int, to b: Int) -> String {
        var result = String.UnicodeScalarView()
        for k in a..<b where !ScalarKind.isSpace(sw.scalars[k]) && sw.scalars[k] != "\n" {
            result.append(sw.scalars[k])
            if result.count > 1 { break }
        }
        return String(result)
    }

    /// A list item that can be a name: one word of letters, not a common noun, a place or a known word.
    private func isListName(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 2, scalars.count <= 15,
              scalars.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) || ScalarKind.isDigit($0) || $0 == "&" }),
              !ScalarKind.isDigit(scalars[0]) else { return false }
        let text = String(scalars: scalars)
        if OrganizationShapes.genericStems.contains(text) || OrganizationShapes.descriptorWords.contains(text)
            || PersonNames.notNames.contains(text) || OrganizationShapes.listCommonNouns.contains(text) { return false }
        if lexicon.kind(of: text) != nil || isKoreanName(scalars) { return false }
        // Two-syllable Hangul words are mostly common nouns ("부품", "소재"): names need more.
        return scalars.contains(where: ScalarKind.isLatin) || scalars.count >= 3
    }
}
