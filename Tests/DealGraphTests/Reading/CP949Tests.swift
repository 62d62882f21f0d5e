import Testing
@testable import DealGraph

@Suite struct CP949Tests {
    /// "삼성전자" in EUC-KR (and so in CP949).
    static let samsung: [UInt8] = [0xBB, 0xEF, 0xBC, 0xBA, 0xC0, 0xFC, 0xC0, 0xDA]
    /// "똠", a syllable only CP949's extension has: EUC-KR cannot encode it.
    static let ttom: [UInt8] = [0x8C, 0x63]

    @Test func decodesEUCKRBytes() {
        #expect(CP949.decode(Self.samsung[...]) == CP949.Decoded(text: "삼성전자", replaced: 0))
    }

    @Test func decodesTheCP949ExtensionThatEUCKRLacks() {
        #expect(CP949.decode((Self.ttom + Array(" MOU".utf8))[...]) == CP949.Decoded(text: "똠 MOU", replaced: 0))
        // A strict EUC-KR decoder does not know the syllable and reads other characters.
        #expect(CP949.decode(Self.ttom[...], charset: "EUC-KR")?.text != "똠")
    }

    @Test func anInvalidByteBecomesOneReplacementAndDecodingGoesOn() {
        let decoded = CP949.decode((Self.samsung + [0xFF] + Self.samsung)[...])
        #expect(decoded == CP949.Decoded(text: "삼성전자\u{FFFD}삼성전자", replaced: 1))
    }

    @Test func aTruncatedSequenceAtTheEndBecomesOneReplacement() {
        let decoded = CP949.decode((Self.samsung + [0xBB])[...])
        #expect(decoded == CP949.Decoded(text: "삼성전자\u{FFFD}", replaced: 1))
    }

    @Test func longInputCrossesTheOutputChunk() {
        let bytes = Array([[UInt8]](repeating: Self.samsung + [0x20], count: 20_000).joined())
        let decoded = CP949.decode(bytes[...])
        #expect(decoded?.replaced == 0)
        #expect(decoded?.text == String(repeating: "삼성전자 ", count: 20_000))
    }

    @Test func aMissingConverterIsNil() {
        #expect(CP949.decode(Self.samsung[...], charset: "NO-SUCH-CHARSET") == nil)
    }

    @Test func koreanTextLooksKorean() {
        let sentence = Self.samsung + Array("(005930)".utf8) + [0xB4, 0xC2, 0x20] + Self.samsung + Self.ttom
        #expect(CP949.looksLikeKorean(sentence[...]))
    }

    @Test func tooFewSyllablesAreNoEvidence() {
        #expect(!CP949.looksLikeKorean(Self.samsung[...]))
    }

    @Test func otherLegacyEncodingsDoNotLookKorean() {
        // "日本語の記事です。提携を発表した。" in Shift_JIS.
        let shiftJIS: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x8B, 0x4C, 0x8E, 0x96, 0x82, 0xC5,
                                 0x82, 0xB7, 0x81, 0x42, 0x92, 0xF1, 0x8C, 0x67, 0x82, 0xF0, 0x94, 0xAD, 0x95, 0x5C,
                                 0x82, 0xB5, 0x82, 0xBD, 0x81, 0x42]
        #expect(!CP949.looksLikeKorean(shiftJIS[...]))
        // Latin-1 prose: lone high bytes between ASCII.
        let latin1 = Array(String(repeating: "Caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e. ", count: 10).unicodeScalars.map { UInt8($0.value) })
        #expect(!CP949.looksLikeKorean(latin1[...]))
    }
}
