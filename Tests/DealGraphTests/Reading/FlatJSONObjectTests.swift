import Foundation
import Testing
@testable import DealGraph

/// The JSON Lines fast path reads exactly what `JSONDecoder` reads, and leaves the rest to it.
@Suite struct FlatJSONObjectTests {
    private struct Record: Decodable, Equatable {
        let id: String?
        let published: String?
        let text: String?
        let html: String?
    }

    private func members(_ line: String) -> [String: String]? {
        FlatJSONObject.stringMembers(Array(line.utf8)[...])
    }

    @Test func readsARecordAsJSONDecoderDoes() throws {
        let lines = [
            #"{"id":"a1","published":"2024-03-05","text":"셀트리온은 3일 바이넥스와 계약을 맺었다."}"#,
            #" { "id" : "a2" , "html" : "<p>유한양행 \"렉라자\"<\/p>\n<p>2\t3\r\\끝</p>" } "#,
            #"{"text":"\uc140\ud2b8\ub9ac\uC628 \u00e9 \u2026","extra":"무시"}"#,
            #"{"id":"","text":""}"#,
        ]
        for line in lines {
            let fast = try #require(members(line), "\(line)")
            let decoded = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            #expect(Record(id: fast["id"], published: fast["published"], text: fast["text"], html: fast["html"]) == decoded)
        }
        #expect(members(#"{"text":"\uc140\ud2b8"}"#)?["text"] == "셀트")
    }

    @Test func leavesEverythingElseToJSONDecoder() {
        let unusual = [
            #"{"id":1,"text":"숫자 id"}"#,
            #"{"id":null,"text":"null"}"#,
            #"{"text":"중복","text":"키"}"#,
            #"{"te\u0078t":"이스케이프된 키"}"#,
            #"{"본문":"한글 키"}"#,
            #"{"text":"서로게이트 \ud83d\ude00"}"#,
            #"{"text":"NUL \u0000"}"#,
            #"{"text":"잘린 \u12"}"#,
            #"{"text":"알 수 없는 \q"}"#,
            "{\"text\":\"제어 문자 \u{01}\"}",
            #"{}"#,
            #"{"text":"뒤에 남은 글"} x"#,
            #"{"text":"닫히지 않음""#,
            #"["text"]"#,
            #"{"tags":["a"],"text":"배열"}"#,
        ]
        for line in unusual { #expect(members(line) == nil, "\(line)") }
        #expect(FlatJSONObject.stringMembers([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D][...]) == nil)
    }

    @Test func corpusRecordsReadTheSameEitherWay() {
        let fast = DocumentReader.record(Array(#"{"id":"x","published":"2024-03-05","text":"본문"}"#.utf8)[...],
                                         path: "c.jsonl", line: 1, published: nil)
        let slow = DocumentReader.record(Array(#"{"id":"x","published":"2024-03-05","text":"본문","n":1}"#.utf8)[...],
                                         path: "c.jsonl", line: 1, published: nil)
        guard case .success(let a) = fast, case .success(let b) = slow else {
            Issue.record("records not read")
            return
        }
        #expect(a.id == b.id && a.text == b.text && a.published == b.published && a.format == b.format)
    }
}
