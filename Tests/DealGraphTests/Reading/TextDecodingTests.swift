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
}
