import Testing
@testable import DealGraph

/// Keys hashed by their UTF-8 bytes: equal text is one key, however the strings were built.
@Suite struct TextKeyTests {
    @Test func equalTextBuiltTwoWaysIsOneKey() {
        let written = "company:대웅제약"
        let built = "company:" + String(scalars: Array("대웅제약 ".unicodeScalars).dropLast())
        var counts: [TextKey: Int] = [:]
        counts[TextKey(written), default: 0] += 1
        counts[TextKey(built), default: 0] += 1
        counts[TextKey("company:대웅"), default: 0] += 1
        #expect(counts[TextKey(written)] == 2)
        #expect(counts.count == 2)
        #expect(TextKey("") == TextKey(String(scalars: [Unicode.Scalar]())))
        #expect(TextKey("대웅제약") != TextKey("대웅제약공업"))
    }

    /// Decomposed Hangul (NFD) is other bytes, so another key; extractors build keys from one input.
    @Test func canonicallyEqualButDifferentBytesAreTwoKeys() {
        let composed = "한"
        let decomposed = "\u{1112}\u{1161}\u{11AB}"
        #expect(composed == decomposed)
        #expect(TextKey(composed) != TextKey(decomposed))
    }

    @Test func keyUnionJoinsClustersUnderTheLexiconKey() {
        var union = KeyUnion()
        union.union("company:카이스트", "institution:KAIST")
        union.union("institution:KAIST", "L#12")
        #expect(union.find("company:카이스트") == "L#12")
        #expect(union.find("institution:KAIST") == "L#12")
        union.attach("company:한빛전자", to: "company:한빛")
        #expect(union.find("company:한빛전자") == "company:한빛")
        #expect(union.find("person:홍길동") == "person:홍길동")
    }
}
