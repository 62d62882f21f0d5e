/// Names written in Latin letters first, their Korean reading in brackets after: "글로벌 하이퍼스케일러
/// Nimbus Web Services(님버스 웹서비스·NWS)와". IT and game papers write foreign firms so; the
/// Korean reading is the name, the Latin name and an acronym beside the reading are its aliases.
extension EntityScan {
    func latinFirstCandidates(_ p: Int, _ names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        let s = sw.scalars
        var result: [NameCandidate] = []
        for g in sw.groups {
            // (most brackets follow no Latin letter: passed over on one comparison)
            guard g.outer.lowerBound > 0, ScalarKind.isLatin(s[g.outer.lowerBound - 1]),
                  let latin = latinRun(endingAt: g.outer.lowerBound, in: s),
                  // (a shape read inside the reading, "프런티어 캐피털" of "사쿠라 프런티어 캐피털", is
                  // part of it: the longer name wins the overlap)
                  !names.contains(where: { $0.range.overlaps(latin)
                      || $0.range.overlaps(g.inner) && !($0.origin == .shape && g.inner.contains($0.range.lowerBound) && $0.range.upperBound <= g.inner.upperBound) })
            else { continue }
            let pieces = pieces(of: g.inner, in: s)
            guard let reading = pieces.first, reading.count >= 2,
                  reading.allSatisfy({ ScalarKind.isHangul(s[$0]) || s[$0] == " " }),
                  s[reading].filter(ScalarKind.isHangul).count >= 3,
                  pieces.dropFirst().allSatisfy({ isLatinName(sw.text($0)) }),
                  // (a firm's: a word for firms or a place before it, or a firm's word in the name;
                  // not a product's, "Galaxy Tab S9(갤럭시 탭)")
                  describesFirm(before: latin.lowerBound, in: sw) || namesFirm(s[latin]) else { continue }
            let name = candidate(p, reading, .company, origin: .cue)
            result.append(name)
            for alias in [latin] + pieces.dropFirst() {
                result.append(NameCandidate(position: p, range: alias, type: name.type, surface: text(p, alias), key: name.key,
                                            origin: .alias, sectors: name.sectors))
            }
        }
        return result
    }

    /// The Latin name ending at `end`: up to five words of Latin letters and digits (with & . -),
    /// each starting with a capital or a digit, standing after a space, a quote or the sentence's
    /// start.
    private func latinRun(endingAt end: Int, in s: [Unicode.Scalar]) -> Range<Int>? {
        var start = end
        var words = 0
        while start > 0, words < Self.longestLatinFirstName {
            var wordStart = start
            while wordStart > 0, ScalarKind.isLatin(s[wordStart - 1]) || ScalarKind.isDigit(s[wordStart - 1]) || "&.-".unicodeScalars.contains(s[wordStart - 1]) {
                wordStart -= 1
            }
            guard wordStart < start, ScalarKind.isCapitalLatin(s[wordStart]) || ScalarKind.isDigit(s[wordStart]) else { break }
            start = wordStart
            words += 1
            guard start >= 2, s[start - 1] == " ", ScalarKind.isCapitalLatin(s[start - 2]) || ScalarKind.isLatin(s[start - 2]) else { break }
            start -= 1
        }
        // (a space taken before a word that was not Latin is given back)
        while start < end, s[start] == " " { start += 1 }
        guard words >= 1, end - start >= 3, ScalarKind.isCapitalLatin(s[start]) else { return nil }
        // The name stands on its own: after a space, a quote, a bracket or the sentence's start.
        guard start == 0 || ScalarKind.isSpace(s[start - 1]) || s[start - 1] == "(" || ScalarKind.closingQuote(of: s[start - 1]) != nil
        else { return nil }
        return start..<end
    }

    private static let longestLatinFirstName = 5

    /// Whether the word before `start` is a word for firms or a place ("하이퍼스케일러", "미국").
    private func describesFirm(before start: Int, in sw: SentenceWords) -> Bool {
        guard start >= 2, sw.scalars[start - 1] == " ", let w = sw.word(endingAt: start - 1) else { return false }
        let word = sw.slice(w)
        return cueType(ArraySlice(word)) != nil || isLocation(word)
    }

    /// Whether a Latin name holds a word firms are named with ("Services", "Labs", "Inc.").
    private func namesFirm(_ latin: ArraySlice<Unicode.Scalar>) -> Bool {
        String(scalars: latin).split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," }).contains {
            Self.latinFirmWords.contains($0.lowercased()) || NameKey.englishLegalForms.contains($0.lowercased())
        }
    }

    /// Words Latin names of firms hold, lower-cased.
    static let latinFirmWords: Set<String> = [
        "group", "holdings", "services", "systems", "technologies", "technology", "labs", "lab", "studio", "studios",
        "games", "capital", "partners", "ventures", "bio", "biotech", "pharma", "pharmaceuticals", "therapeutics",
        "energy", "motors", "electronics", "semiconductor", "robotics", "networks", "software", "solutions",
        "entertainment", "media", "telecom", "bank", "securities", "investment", "investments", "industries",
        "aerospace", "airlines", "logistics", "foods", "chemicals", "materials", "mobility", "cloud", "web",
    ]
}
