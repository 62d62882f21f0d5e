import Testing
@testable import DealGraph

/// The word tables the entity rules ask with slices of a sentence.
@Suite struct ScalarTablesTests {
    @Test func wordSetAnswersForSlicesAndStrings() {
        let generic: WordSet = ["바이오", "제약", "에너지", "신재생에너지", "바이오"]
        #expect(generic.count == 4)
        #expect(generic.words == ["바이오", "제약", "에너지", "신재생에너지"])
        let sentence = Array("유한양행은 신재생에너지 사업에 진출했다".unicodeScalars)
        #expect(generic.contains(sentence[6..<12]))      // "신재생에너지"
        #expect(generic.contains(sentence[9..<12]))      // "에너지"
        #expect(!generic.contains(sentence[6..<11]))     // "신재생에너"
        #expect(!generic.contains(sentence[0..<4]))      // "유한양행"
        #expect(generic.contains("제약") && !generic.contains("제약사") && !generic.contains(""))
    }

    @Test func wordMapKeepsEveryKeyAsItGrows() {
        var map = WordMap<Int>()
        // Syllables 가, 각, 갂 …: many short keys that differ in one scalar, past several regrowths.
        let words = (0..<2_000).map { [Unicode.Scalar(0xAC00 + UInt32($0))!, "사"] }
        for (index, word) in words.enumerated() { map[word] = index }
        #expect(map.count == 2_000)
        for (index, word) in words.enumerated() { #expect(map[word] == index) }
        map[words[7]] = -7
        #expect(map.count == 2_000 && map[words[7]] == -7)
        #expect(map.value(for: "가") == nil && map.value(for: "가사") == 0)
        #expect(map.value(for: Array("가사".unicodeScalars)[...]) == 0)
    }

    @Test func wordMapTurnsAwayByFirstScalarWithoutLosingAnyKey() {
        var map = WordMap<Int>()
        map[Array("Ax".unicodeScalars)] = 1
        map[Array("한빛".unicodeScalars)] = 2
        // Ł (U+0141) shares its low byte with A: it passes the first-scalar filter and is
        // then told apart by the table; 빛 shares nothing with a first scalar at all.
        #expect(map.value(for: "Ax") == 1 && map.value(for: "Łx") == nil && map.value(for: "빛한") == nil)
        #expect(map.value(for: "한빛") == 2 && map.value(for: "한빛".unicodeScalars) == 2)
        // The empty word is a key like any other, once added.
        #expect(map.value(for: "") == nil)
        map[[]] = 0
        #expect(map.value(for: "") == 0 && map.value(for: "Ax") == 1)
    }

    @Test func scalarMapFindsKeysNearAndFar() {
        // Hangul keys only.
        let particles = ScalarMap<[String]>(["은": ["은"], "는": ["는"], "에": ["에", "에서", "에게"]])
        #expect(particles["에"] == ["에", "에서", "에게"])
        #expect(particles["은"] == ["은"] && particles["을"] == nil && particles["A"] == nil && particles["힣"] == nil)
        // ASCII and Hangul keys, far apart: found by their rank among the keys all the same.
        let brands = ScalarMap<String>(["S": "SK", "L": "LG", "삼": "삼성", "현": "현대차"])
        #expect(brands["S"] == "SK" && brands["삼"] == "삼성" && brands["현"] == "현대차")
        #expect(brands["K"] == nil && brands["사"] == nil && brands["😀"] == nil)
        let empty = ScalarMap<Int>([:])
        #expect(empty["가"] == nil)
        // `contains` answers what the subscript does, without the value.
        for scalar in "은는에을SLK삼현사😀".unicodeScalars {
            #expect(particles.contains(scalar) == (particles[scalar] != nil), "\(scalar)")
            #expect(brands.contains(scalar) == (brands[scalar] != nil), "\(scalar)")
            #expect(!empty.contains(scalar))
        }
    }
}
