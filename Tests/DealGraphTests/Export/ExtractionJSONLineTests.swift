import Foundation
import Testing
@testable import DealGraph

/// `ExtractionJSON.line` must give exactly the bytes `JSONEncoder` gives (more cases in
/// `ExtractionJSONWriterTests`).
@Suite struct ExtractionJSONLineTests {
    private func foundationLine<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try ExtractionJSON.encoder(pretty: false).encode(value), as: UTF8.self)
    }

    @Test func extractionsOfTheFixturesAreByteForByteJSONEncoders() throws {
        let folder = Fixtures.root.appendingPathComponent("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count >= 2)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let (document, warnings) = try DocumentReader.article(bytes: bytes, path: name, published: CalendarDay(iso: "2023-04-29"))
            let extraction = Pipeline.extract(document, warnings: warnings)
            #expect(!extraction.entities.isEmpty)
            #expect(try ExtractionJSON.line(extraction) == foundationLine(extraction), "\(name)")
        }
    }

    @Test func hostileTextAndExactAmounts() throws {
        let text = "따옴표 \" 역슬래시 \\ 슬래시 / 탭\t줄\n바꿈\r 제어 \u{0}\u{1}\u{1F}\u{7F} 줄구분 \u{2028} 이모지 🇰🇷 <b>&amp;</b>"
        var extraction = Pipeline.extract(Document(id: "h\"\\/", source: "s\n", published: nil, text: text))
        extraction.amounts = [
            MoneyAmount(id: "m1", currency: "KRW", value: Decimal(string: "150000000")!, approximate: true, bound: .range,
                        upper: Decimal(string: "99999999999999999999")!, equivalentOf: nil, role: .upfront,
                        span: Span(start: 0, end: 3, text: "1.5억")),
            MoneyAmount(id: "m2", currency: "USD", value: Decimal(string: "0.35")!, approximate: false, bound: .exact,
                        upper: nil, equivalentOf: "m1", role: nil, span: Span(start: 4, end: 9, text: "$0.35")),
        ]
        extraction.warnings = ["\u{1B}[31m경고\u{1B}[0m"]
        #expect(try ExtractionJSON.line(extraction) == foundationLine(extraction))
    }
}
