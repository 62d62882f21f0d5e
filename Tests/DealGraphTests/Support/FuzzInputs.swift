import Foundation
import Testing
@testable import DealGraph

/// Inputs the fuzzer (`scripts/fuzz.sh`, `Sources/DealGraphFuzz`) found, kept under
/// `Fixtures/fuzz/`, and the path they crashed: the core of `FuzzTarget.run`, with its checks as
/// expectations.
enum FuzzInputs {
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.root.appendingPathComponent("fuzz/\(name)")))
    }

    /// Reads `bytes` as an article (its format told from the content, then the other format),
    /// extracts, writes JSON, reads it back, and checks every span against the input.
    @discardableResult
    static func extractAndCheck(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> [Extraction] {
        let (document, warnings) = try DocumentReader.article(bytes: bytes, path: "fuzz.txt", published: nil)
        var other = document
        other.format = document.format == .html ? .text : .html
        other.published = CalendarDay(iso: "2024-03-05")
        var out: [Extraction] = []
        for document in [document, other] {
            let extraction = Pipeline.extract(document, warnings: warnings)
            let line = try ExtractionJSON.line(extraction)
            #expect(!line.contains("\n"), sourceLocation: sourceLocation)
            let back = try ExtractionJSON.decode(Data(line.utf8))
            #expect(back == extraction, sourceLocation: sourceLocation)
            #expect(try ExtractionJSON.line(back) == line, sourceLocation: sourceLocation)
            let scalars = Array(document.text.unicodeScalars)
            for span in spans(in: back) {
                #expect(0 <= span.start && span.start <= span.end && span.end <= scalars.count, sourceLocation: sourceLocation)
                guard span.end <= scalars.count, span.start <= span.end else { continue }
                let slice = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                #expect(slice.unicodeScalars.elementsEqual(span.text.unicodeScalars), sourceLocation: sourceLocation)
            }
            out.append(extraction)
        }
        let graph = GraphBuilder.build(out)
        #expect(DOTWriter.render(graph).hasSuffix("}\n"), sourceLocation: sourceLocation)
        #expect(GraphMLWriter.render(graph).contains("</graphml>"), sourceLocation: sourceLocation)
        return out
    }

    /// Every `Span` in `value`, found by reflection.
    static func spans(in value: Any) -> [Span] {
        if let span = value as? Span { return [span] }
        if value is String || value is Int || value is Double || value is Bool { return [] }
        return Mirror(reflecting: value).children.flatMap { spans(in: $0.value) }
    }
}
