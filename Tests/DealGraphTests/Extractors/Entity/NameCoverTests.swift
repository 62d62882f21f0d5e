import Testing
@testable import DealGraph

/// `NameCover` answers what `EntityScan.name(covering:in:among:)` does, for every word at once.
@Suite struct NameCoverTests {
    private func candidate(_ range: Range<Int>, _ surface: String, origin: NameCandidate.Origin = .lexicon) -> NameCandidate {
        NameCandidate(position: 0, range: range, type: .company, surface: surface, key: "company:\(surface)",
                      origin: origin, sectors: [])
    }

    @Test func eachWordGetsTheFirstNameHoldingItsFirstScalar() {
        // 한빛전자는 | 미국 | 노바백스사와 | 협약을 | 맺었다
        let text = "한빛전자는 미국 노바백스사와 협약을 맺었다"
        let words = SentenceWords(Array(text.unicodeScalars))
        let names = [candidate(0..<4, "한빛전자"), candidate(6..<8, "미국"), candidate(9..<13, "노바백스"),
                     candidate(9..<15, "노바백스사와", origin: .cue)]
        let cover = NameCover(words, names)
        let scan = EntityScan(sentences: [Sentence(text)], lexicon: .builtIn)
        for w in words.words.indices {
            #expect(cover[w]?.surface == scan.name(covering: w, in: 0, among: names)?.surface, "word \(w)")
        }
        #expect(cover[2]?.surface == "노바백스")
        #expect(cover[3] == nil && cover[4] == nil)
    }

    @Test func aNameStartingInsideAWordDoesNotCoverIt() {
        let text = "(주)한빛전자와 카이스트"
        let words = SentenceWords(Array(text.unicodeScalars))
        // Words: 주 | 한빛전자와 | 카이스트
        let inside = NameCover(words, [candidate(4..<7, "빛전자"), candidate(9..<13, "카이스트")])
        #expect(inside[0] == nil && inside[1] == nil)
        #expect(inside[2]?.surface == "카이스트")
        let whole = NameCover(words, [candidate(3..<7, "한빛전자")])
        #expect(whole[1]?.surface == "한빛전자")
    }

    @Test func coversAndWholeWordsAnswerWithoutTheName() {
        let text = "미국 노바백스사와 한국 정부"
        let words = SentenceWords(Array(text.unicodeScalars))
        // Words: 미국 | 노바백스사와 | 한국 | 정부
        let place = NameCandidate(position: 0, range: 0..<2, type: .location, surface: "미국", key: "L#1", origin: .lexicon, sectors: [])
        let cover = NameCover(words, [place, candidate(3..<7, "노바백스"), candidate(10..<12, "한국")])
        #expect(cover.covers(0) && cover.covers(1) && cover.covers(2) && !cover.covers(3))
        #expect(cover.isWhole(0, .location))
        #expect(!cover.isWhole(0, .company))            // a place, not a company
        #expect(!cover.isWhole(1, .company))            // 노바백스 is only part of 노바백스사와
        #expect(cover.isWhole(2, .company) && !cover.isWhole(3, .company))
    }

    @Test func orderedCandidatesWithoutOverlapsStayAsTheyAre() {
        let ordered = [candidate(0..<4, "한빛전자"), candidate(6..<8, "미국"), candidate(9..<13, "노바백스")]
        #expect(ordered.resolvingOverlaps().map(\.surface) == ["한빛전자", "미국", "노바백스"])
        // Out of order, or overlapping: the longest wins, then text order.
        let mixed = [candidate(9..<13, "노바백스"), candidate(0..<4, "한빛전자"), candidate(9..<15, "노바백스사와", origin: .cue)]
        #expect(mixed.resolvingOverlaps().map(\.surface) == ["한빛전자", "노바백스사와"])
    }

    @Test func aWordIsAskedWhatItsSliceHolds() {
        // Words: 셀트리온은 | 미국 | 자회사 | 셀트리온USA와 | 1 | 000억원 | J&J에 (the "&" stays inside)
        let text = "셀트리온은 미국 자회사 셀트리온USA와 1,000억원(J&J에)"
        let words = SentenceWords(Array(text.unicodeScalars))
        let tests: [(Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool] = [
            { $0.first == "셀" },
            { $0.contains("&") },
            { $0.count >= 4 },
            { OrganizationShapes.subsidiaryCues.contains($0) },
        ]
        #expect(words.words.count == 7 && words.wordText(6) == "J&J에")
        for test in tests {
            for w in words.words.indices {
                let expected = Array(words.slice(w)).withUnsafeBufferPointer { test($0[...]) }
                #expect(words.word(w, satisfies: test) == expected, "word \(w): \(words.wordText(w))")
            }
        }
        let cues = words.words.indices.filter { words.word($0, satisfies: { OrganizationShapes.subsidiaryCues.contains($0) }) }
        #expect(cues == [2])
    }
}
