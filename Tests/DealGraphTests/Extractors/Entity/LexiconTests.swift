import Foundation
import Testing
@testable import DealGraph

@Suite("Lexicon")
struct EntityLexiconTests {
    @Test func readsTabSeparatedLines() throws {
        let lexicon = try Lexicon(tsv: """
        # 유형\t이름\t별칭\t분야
        company\t한빛바이오\tHanbit Bio|한빛\tbio
        기관\t한빛연구재단\t-\teducation, cluster

        ignore\t양사
        """)
        #expect(lexicon.entries.count == 3)
        #expect(lexicon.entries[0] == Lexicon.Entry(kind: .company, name: "한빛바이오", aliases: ["Hanbit Bio", "한빛"], sectors: [.bio]))
        #expect(lexicon.entries[1].kind == .institution)
        #expect(lexicon.entries[1].aliases.isEmpty)
        #expect(lexicon.entries[1].sectors == [.education, .cluster])
        #expect(lexicon.entries[2].kind == .ignore)
    }

    @Test func reportsTheBadLine() {
        #expect(throws: Lexicon.ParseError(line: 2, message: "unknown type 'firm'")) {
            try Lexicon(tsv: "company\t가나다전자\nfirm\t라마바\n")
        }
        #expect(throws: Lexicon.ParseError(line: 1, message: "unknown sector 'space'")) {
            try Lexicon(tsv: "company\t가나우주\t-\tspace\n")
        }
        #expect(throws: Lexicon.ParseError.self) { try Lexicon(tsv: "company 한 줄에 탭이 없음\n") }
    }

    @Test func everyShippedFileReads() throws {
        let files = Lexicon.resourceFiles()
        #expect(files.count >= 5)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(throws: Never.self) { try Lexicon(tsv: text) }
        }
    }

    @Test func builtInLexiconIsLargeAndCoversTheKinds() {
        let lexicon = Lexicon.builtIn
        #expect(lexicon.entries.count >= 300)
        let kinds = Set(lexicon.entries.map(\.kind))
        #expect(kinds.isSuperset(of: [.company, .institution, .location, .ignore]))
        #expect(lexicon.kind(of: "KAIST") == .institution)
        #expect(lexicon.kind(of: "kaist") == .institution)
        #expect(lexicon.kind(of: "한국수력원자력") == .company)
        #expect(lexicon.kind(of: "한국산업은행") == .institution)
        #expect(lexicon.kind(of: "보스턴") == .location)
    }

    @Test func aliasesOfOneEntryAreOneEntity() {
        let run = EntityRun("한국과학기술원은 올해 신입생을 늘린다. 카이스트 총장은 KAIST의 국제화를 강조했다.")
        let kaist = run.entity("한국과학기술원")
        #expect(kaist?.type == .institution)
        #expect(Set(kaist?.aliases ?? []) == ["카이스트", "KAIST"])
        #expect(kaist?.mentions.count == 3)
        #expect(run.entities.filter { $0.type == .institution }.count == 1)
    }

    @Test func mergedUserEntriesWinAndAddNames() throws {
        let user = try Lexicon(tsv: "company\t누리별로보틱스\t누리별\trobotics\ninstitution\t삼성\t-\n")
        let lexicon = Lexicon.builtIn.merging(user)
        let run = EntityRun("누리별로보틱스는 삼성과 협력한다고 밝혔다.", lexicon: lexicon)
        #expect(run.entity("누리별로보틱스")?.sectors == [.robotics])
        #expect(run.entity("삼성")?.type == .institution)
        #expect(EntityRun("누리별로보틱스는 삼성과 협력한다.").entity("삼성")?.type == .company)
    }

    @Test func longestMatchWins() {
        let run = EntityRun("삼성전자와 삼성바이오로직스, 삼성이 함께 참여한다.")
        #expect(run.names == ["삼성전자", "삼성바이오로직스", "삼성"])
        let electronics = run.entity("삼성전자")
        #expect(electronics?.mentions.map(\.text) == ["삼성전자"])
    }

    @Test func trieFindsTheKeysStartingWhereAsked() {
        let trie = ScalarTrie(keys: [Array("삼성".unicodeScalars), Array("삼성전자".unicodeScalars),
                                     Array("전자".unicodeScalars), Array("kt".unicodeScalars)])
        let text = Array("삼성전자와 KT".unicodeScalars)
        // Everywhere: overlapping keys, in the order of a left-to-right scan (by end, then start).
        #expect(trie.matches(in: text, startingAt: Array(text.indices)) == [
            .init(start: 0, end: 2, key: 0), .init(start: 0, end: 4, key: 1), .init(start: 2, end: 4, key: 2),
            .init(start: 6, end: 8, key: 3),
        ])
        // Where names may start, as the name rules ask: 전자 inside 삼성전자 is not read.
        let starts = SentenceWords(text).nameStarts
        #expect(starts == [0, 6])
        #expect(trie.matches(in: text, startingAt: starts) == [
            .init(start: 0, end: 2, key: 0), .init(start: 0, end: 4, key: 1), .init(start: 6, end: 8, key: 3),
        ])
    }

    /// Every occurrence of every key starting at one of `starts`, by brute force.
    private func naiveMatches(_ keys: [[Unicode.Scalar]], in text: [Unicode.Scalar], startingAt starts: [Int]) -> [ScalarTrie.Match] {
        let fold = { (scalars: ArraySlice<Unicode.Scalar>) in scalars.map(ScalarTrie.fold) }
        var found: [ScalarTrie.Match] = []
        for end in 1...text.count {
            for (key, scalars) in keys.enumerated() where !scalars.isEmpty && scalars.count <= end
                && starts.contains(end - scalars.count) && fold(text[(end - scalars.count)..<end]) == fold(scalars[...]) {
                found.append(.init(start: end - scalars.count, end: end, key: key))
            }
        }
        return found.sorted { ($0.end, $0.start, $0.key) < ($1.end, $1.start, $1.key) }
    }

    @Test func trieAgreesWithABruteForceSearch() {
        // Keys sharing prefixes and suffixes, a key written twice in two cases, an empty key,
        // and 300 single syllables so the root gets its direct table.
        var keys = ["삼성", "삼성전자", "성전", "전자", "자와", "KT", "kt", "케이티", "", "LG에너지솔루션", "에너지", "에너지솔루션은 가"]
            .map { Array($0.unicodeScalars) }
        keys += (0..<300).map { [Unicode.Scalar(0xAC00 + UInt32($0) * 28)!] }
        let text = Array("삼성전자와 KT, LG에너지솔루션은 가나다 에너지를 전자와 나눴다\n케이티".unicodeScalars)
        let trie = ScalarTrie(keys: keys)
        // A small key set: the root is read through its filter instead of a table.
        let few = Array(keys.prefix(12))
        let startSets = [Array(text.indices), SentenceWords(text).nameStarts, text.indices.filter { $0 % 3 != 1 }]
        for starts in startSets {
            #expect(trie.matches(in: text, startingAt: starts) == naiveMatches(keys, in: text, startingAt: starts))
            #expect(ScalarTrie(keys: few).matches(in: text, startingAt: starts) == naiveMatches(few, in: text, startingAt: starts))
        }
        #expect(ScalarTrie(keys: []).matches(in: text, startingAt: Array(text.indices)).isEmpty)
        #expect(trie.matches(in: [], startingAt: []).isEmpty)
    }

    @Test func spacedNamesAlsoMatchWithoutTheSpace() {
        let run = EntityRun("보스턴컨설팅그룹은 보고서를 냈다.")
        #expect(run.entity("보스턴컨설팅그룹")?.type == .company)
    }
}
