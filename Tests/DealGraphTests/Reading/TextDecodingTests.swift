import Testing
@testable import DealGraph

@Suite struct TextDecodingTests {
    @Test func plainUTF8IsReadAsIs() throws {
        let result = try TextDecoding.decode(Array("대웅제약은 기술수출 계약을 체결했다.".utf8))
        #expect(result.text == "대웅제약은 기술수출 계약을 체결했다.")
        #expect(result.warnings.isEmpty)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let result = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("카카오헬스케어".utf8))
        #expect(result.text == "카카오헬스케어")
        #expect(result.text.unicodeScalars.first == "카")
    }

    @Test func invalidSequencesAreReplacedWithAWarning() throws {
        let bytes = Array("구글과 ".utf8) + [0xFF, 0xC3] + Array(" MOU".utf8)
        let result = try TextDecoding.decode(bytes)
        #expect(result.text.hasPrefix("구글과 "))
        #expect(result.text.hasSuffix(" MOU"))
        #expect(result.text.unicodeScalars.contains("\u{FFFD}"))
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].contains("invalid UTF-8"))
    }

    @Test func binaryDataIsRefused() {
        #expect(throws: TextDecoding.Failure.binary) {
            try TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A])
        }
    }

    @Test func emptyInputIsEmptyText() throws {
        #expect(try TextDecoding.decode([]).text == "")
    }

    @Test func crlfTextCleansLikeLF() throws {
        let lf = "한빛전자는 카이스트와 업무협약을 체결했다.\n양 기관은 공동연구를 진행한다.\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = ArticleCleaner.clean(Document(id: "a", source: "a", text: lf)).sentences.map(\.text)
        let b = ArticleCleaner.clean(Document(id: "b", source: "b", text: crlf)).sentences.map(\.text)
        #expect(a == ["한빛전자는 카이스트와 업무협약을 체결했다.", "양 기관은 공동연구를 진행한다."])
        #expect(a == b)
    }

    // MARK: legacy Korean encodings

    /// "삼성전자는 카이스트와 업무협약을 체결했다." in EUC-KR/CP949, and "똠" from CP949's extension.
    static let samsung: [UInt8] = [0xBB, 0xEF, 0xBC, 0xBA, 0xC0, 0xFC, 0xC0, 0xDA]
    static let sentence: [UInt8] = samsung + [0xB4, 0xC2, 0x20, 0xC4, 0xAB, 0xC0, 0xCC, 0xBD, 0xBA, 0xC6, 0xAE,
                                             0xBF, 0xCD, 0x20, 0xBE, 0xF7, 0xB9, 0xAB, 0xC7, 0xF9, 0xBE, 0xE0, 0xC0, 0xBB,
                                             0x20, 0xC3, 0xBC, 0xB0, 0xE1, 0xC7, 0xDF, 0xB4, 0xD9, 0x2E]
    static let ttom: [UInt8] = [0x8C, 0x63]

    func page(_ meta: String, _ body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(meta)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    @Test func declaredEUCKRIsDecodedAsCP949() throws {
        let result = try TextDecoding.decode(page(#"<meta charset="euc-kr">"#, Self.sentence + [0x20] + Self.ttom))
        #expect(result.text == "<html><head><meta charset=\"euc-kr\"></head><body><p>삼성전자는 카이스트와 업무협약을 체결했다. 똠</p></body></html>")
        #expect(result.encoding == .cp949)
        #expect(result.warnings.isEmpty)
    }

    @Test func httpEquivCP949IsDecoded() throws {
        let meta = #"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ks_c_5601-1987">"#
        let result = try TextDecoding.decode(page(meta, Self.samsung))
        #expect(result.text.contains("<p>삼성전자</p>"))
        #expect(result.encoding == .cp949)
    }

    @Test func aPageLabelledEUCKRButWrittenInUTF8IsReadAsUTF8() throws {
        let bytes = page(#"<meta charset="euc-kr">"#, Array("삼성전자는 카이스트와 업무협약을 체결했다.".utf8))
        let result = try TextDecoding.decode(bytes)
        #expect(result.text.contains("<p>삼성전자는 카이스트와 업무협약을 체결했다.</p>"))
        #expect(result.encoding == .utf8)
        #expect(result.warnings.isEmpty)
    }

    @Test func aMislabelledUTF8PageWithOneBadByteStaysUTF8() throws {
        let body = Array("삼성전자는 카이스트와 ".utf8) + [0xFF] + Array("업무협약을 체결했다.".utf8)
        let result = try TextDecoding.decode(page(#"<meta charset="euc-kr">"#, body))
        #expect(result.text.contains("<p>삼성전자는 카이스트와 \u{FFFD}업무협약을 체결했다.</p>"))
        #expect(result.encoding == .utf8)
        #expect(result.warnings == ["invalid UTF-8: 1 sequence(s) replaced with U+FFFD"])
    }

    @Test func aTruncatedSequenceAtTheEndIsReplacedWithAWarning() throws {
        let result = try TextDecoding.decode(page("<meta charset=cp949>", []) + Self.samsung + [0xBB])
        #expect(result.text.hasSuffix("</html>삼성전자\u{FFFD}"))
        #expect(result.encoding == .cp949)
        #expect(result.warnings == ["invalid CP949 (EUC-KR): 1 sequence(s) replaced with U+FFFD"])
    }

    @Test func anUnknownDeclaredCharsetIsRefused() {
        // "日本語" in Shift_JIS.
        let bytes = page("<meta charset=Shift_JIS>", [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA])
        #expect(throws: TextDecoding.Failure.unsupportedCharset("shift_jis")) { try TextDecoding.decode(bytes) }
        #expect(TextDecoding.Failure.unsupportedCharset("shift_jis").description.contains("\"shift_jis\""))
    }

    @Test func anUnknownCharsetOverUTF8IsReadAsUTF8() throws {
        let result = try TextDecoding.decode(page(#"<meta charset="big5">"#, Array("업무협약".utf8)))
        #expect(result.text.contains("<p>업무협약</p>"))
        #expect(result.encoding == .utf8)
    }

    @Test func undeclaredKoreanIsReadAsCP949WithAWarning() throws {
        let result = try TextDecoding.decode(Self.sentence + [0x0A])
        #expect(result.text == "삼성전자는 카이스트와 업무협약을 체결했다.\n")
        #expect(result.encoding == .cp949)
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].contains("read as CP949"))
    }

    @Test func undeclaredButTooShortOrNotCleanStaysUTF8() throws {
        for bytes in [Self.samsung, Self.sentence + [0xFF, 0x20], Self.sentence + [0xBB]] {
            let result = try TextDecoding.decode(bytes)
            #expect(result.encoding == .utf8)
            #expect(result.warnings.count == 1)
            #expect(result.warnings[0].contains("invalid UTF-8"))
        }
    }

    @Test func declaredUTF8AndAByteOrderMarkAreNotSecondGuessed() throws {
        for bytes in [page("<meta charset=utf-8>", Self.sentence), [0xEF, 0xBB, 0xBF] + Self.sentence] {
            let result = try TextDecoding.decode(bytes)
            #expect(result.encoding == .utf8)
            #expect(result.warnings[0].contains("invalid UTF-8"))
        }
    }
}
