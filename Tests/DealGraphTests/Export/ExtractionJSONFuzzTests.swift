import Foundation
import Testing
@testable import DealGraph

/// What the fuzzer found about the extraction JSON.
@Suite struct ExtractionJSONFuzzTests {
    /// A U+FEFF (a byte-order mark pasted mid-text) is dropped by the cleaner but stays in the
    /// source, so spans over it carry it verbatim, and the JSON keeps it: `ExtractionJSON.decode`
    /// reads it back, where Foundation's `JSONSerialization` on Linux drops U+FEFF inside strings
    /// — the fuzzer's first "crash" was that, in its own checker.
    @Test func aByteOrderMarkInsideTheTextStaysInSpansAndJSON() throws {
        let text = "한빛전자는\u{FEFF} 카이스트와 반도체 공동연구 업무협약을 체결했다."
        let extraction = Pipeline.extract(Document(id: "f", source: "f", published: CalendarDay(iso: "2024-03-05"), text: text))
        let evidence = try #require(extraction.deals.first?.evidence.first)
        #expect(evidence.text.unicodeScalars.contains("\u{FEFF}"))
        #expect(slice(text, evidence) == evidence.text)
        let back = try ExtractionJSON.decode(Data(try ExtractionJSON.line(extraction).utf8))
        #expect(back == extraction)
        #expect(back.deals.first?.evidence.first?.text.unicodeScalars.contains("\u{FEFF}") == true)
    }

    /// The input as found: a JSON Lines record with a BOM after its first key and invalid UTF-8,
    /// read as an article.
    @Test func fuzzBOMInsideCorpusLine() throws {
        let extractions = try FuzzInputs.extractAndCheck(try FuzzInputs.bytes("bom-inside-corpus-line.txt"))
        #expect(extractions[0].deals.first?.evidence.first?.text.unicodeScalars.contains("\u{FEFF}") == true)
    }
}
