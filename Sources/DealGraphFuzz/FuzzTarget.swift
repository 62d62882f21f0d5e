import DealGraph
import Foundation

/// The whole extract path, from arbitrary bytes to every output format, with checks that turn
/// silent data loss into a crash the fuzzer can report.
///
/// The bytes are read the ways `dealgraph` reads them: as an article file (plain text, then the
/// same text forced to HTML and back), as a JSON Lines corpus, and as extractions written earlier
/// (what `graph` and `count` accept). Every document is cleaned and extracted, written as JSON,
/// read back, and linked into a graph rendered as node-link JSON, Cytoscape, DOT and GraphML.
enum FuzzTarget {
    /// A fixed day, so relative dates resolve; the text path uses none, so the page's own day is
    /// detected.
    static let day = CalendarDay(iso: "2024-03-05")

    static func run(_ bytes: [UInt8]) {
        var extractions: [Extraction] = []

        // An article file: its format told from the content, as for stdin.
        if let (document, warnings) = try? DocumentReader.article(bytes: bytes, path: "fuzz.txt", published: nil) {
            extractions.append(extract(document, warnings: warnings))
            // The same text read the other way (HTML as text, text as HTML).
            var other = document
            other.format = document.format == .html ? .text : .html
            other.published = day
            extractions.append(extract(other, warnings: warnings))
        }

        // A JSON Lines corpus, only when it looks like one (the JSON decoder is the slow part).
        if DocumentReader.looksLikeCorpus(bytes) {
            for case .success(let document) in DocumentReader.corpus(bytes: bytes, path: "fuzz.jsonl", published: nil).prefix(8) {
                extractions.append(extract(document, warnings: []))
            }
        }

        // Extractions written earlier, as `graph` and `count` read them.
        if ExtractionReader.looksLikeExtractions(bytes) {
            for case .success(let extraction) in ExtractionReader.read(bytes, path: "fuzz.jsonl").prefix(8) {
                extractions.append(extraction)
            }
        }

        link(extractions)
    }

    /// Cleans and extracts one document, writes it as JSON and checks what was written.
    static func extract(_ document: Document, warnings: [String]) -> Extraction {
        let extraction = Pipeline.extract(document, warnings: warnings)
        let line: String
        do {
            line = try ExtractionJSON.line(extraction)
            _ = try ExtractionJSON.pretty(extraction)
        } catch {
            fatalError("ExtractionJSON failed: \(error)")
        }
        checkSameAsJSONEncoder(line, extraction)
        check(line, against: document)
        _ = ExplainWriter.render(document, ArticleCleaner.clean(document))
        return extraction
    }

    /// `ExtractionJSON.line` writes with its own encoder and promises `JSONEncoder`'s bytes.
    static let reference: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func checkSameAsJSONEncoder(_ line: String, _ extraction: Extraction) {
        guard let data = try? reference.encode(extraction) else { fatalError("JSONEncoder failed where ExtractionJSON did not") }
        let expected = String(decoding: data, as: UTF8.self)
        guard line != expected else { return }
        let common = zip(line.utf8, expected.utf8).prefix { $0 == $1 }.count
        fatalError("ExtractionJSON.line differs from JSONEncoder at byte \(common): "
                   + "\(String(decoding: Array(line.utf8.dropFirst(max(0, common - 40)).prefix(120)), as: UTF8.self).debugDescription) vs "
                   + "\(String(decoding: Array(expected.utf8.dropFirst(max(0, common - 40)).prefix(120)), as: UTF8.self).debugDescription)")
    }

    /// The promises of the JSON: one line, read back to the same extraction (and written again
    /// to the same bytes), and every span in it the verbatim slice of the original input at its
    /// offsets. Spans are checked in the extraction read back, found by reflection: Foundation's
    /// `JSONSerialization` on Linux drops U+FEFF inside strings, so it cannot be the reference.
    static func check(_ line: String, against document: Document) {
        require(!line.contains("\n"), "a JSON Lines record holds a raw newline")
        let decoded: Extraction
        do {
            decoded = try ExtractionJSON.decode(Data(line.utf8))
        } catch {
            fatalError("the extraction's JSON does not read back: \(error)")
        }
        let again = (try? ExtractionJSON.line(decoded)) ?? ""
        require(again == line, "the extraction's JSON changes when read back and written again")
        let scalars = Array(document.text.unicodeScalars)
        checkSpans(in: decoded, scalars: scalars, field: "\(document.format.rawValue) extraction")
    }

    /// Every `Span` must lie inside the original input and say verbatim what is there.
    static func checkSpans(in value: Any, scalars: [Unicode.Scalar], field: String) {
        if let span = value as? Span {
            require(0 <= span.start && span.start <= span.end && span.end <= scalars.count,
                    "span \(field) [\(span.start), \(span.end)) outside the input of \(scalars.count) scalars")
            let slice = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            require(slice.unicodeScalars.elementsEqual(span.text.unicodeScalars),
                    "span \(field) [\(span.start), \(span.end)) says \(span.text.debugDescription), the input has \(slice.debugDescription)")
            return
        }
        if value is String || value is Int || value is Double || value is Bool { return }
        for child in Mirror(reflecting: value).children {
            checkSpans(in: child.value, scalars: scalars, field: child.label ?? field)
        }
    }

    /// `precondition`, but its message is printed in release builds too.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    /// Links the extractions into one graph and renders every format, and counts the deals.
    static func link(_ extractions: [Extraction]) {
        guard !extractions.isEmpty else { return }
        let corpus = LinkedCorpus(extractions)
        let graph = GraphBuilder.build(corpus)
        _ = NodeLinkJSONWriter.render(graph)
        _ = CytoscapeWriter.render(graph)
        let dot = DOTWriter.render(graph)
        let graphML = GraphMLWriter.render(graph)
        require(dot.hasSuffix("}\n") || dot.hasSuffix("}"), "DOT output is not closed")
        require(graphML.contains("</graphml>"), "GraphML output is not closed")
        let count = DealCounter.count(corpus)
        _ = CountWriter.table(count)
        _ = CountWriter.json(count)
        _ = CountWriter.csv(count)
    }
}
