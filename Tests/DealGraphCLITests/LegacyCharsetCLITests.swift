import Foundation
import Testing

/// Legacy Korean pages through the `dealgraph` binary: decoded, or refused with the file named.
extension CLITests {
    @Test func anEUCKRPageIsExtracted() throws {
        let result = try run(["extract", "Fixtures/legacy/euc-kr-mou.html", "--published", "2024-03-05"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let deals = json?["deals"] as? [[String: Any]]
        #expect(deals?.count == 1)
        #expect(deals?.first?["kind"] as? String == "mou")
        #expect(result.stdout.contains("삼성전자"))
    }

    @Test func aPageInAnUnsupportedCharsetIsRefusedWithItsName() throws {
        // "日本語" in Shift_JIS.
        let bytes = Array(#"<html><head><meta charset="shift_jis"></head><body>"#.utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA]
        let page = try temporaryFile("japanese.html", bytes)
        let result = try run(["extract", page.path, seed, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("dealgraph: \(page.path): skipped: declares charset \"shift_jis\""))
        #expect(result.stdout.split(separator: "\n").count == 1)  // the seed is still extracted
    }
}
