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
        check(line, against: document)
        _ = ExplainWriter.render(document, ArticleCleaner.clean(document))
        return extraction
    }

    /// The promises of the JSON: one line, valid JSON, read back to the same extraction, and
    /// every span the verbatim slice of the original input at its offsets.
    static func check(_ line: String, against document: Document) {
        precondition(!line.contains("\n"), "a JSON Lines record holds a raw newline")
        let data = Data(line.utf8)
        let decoded: Extraction
        do {
            decoded = try ExtractionJSON.decode(data)
        } catch {
            fatalError("the extraction's JSON does not read back: \(error)")
        }
        let again = (try? ExtractionJSON.line(decoded)) ?? ""
        precondition(again == line, "the extraction's JSON changes when read back and written again")
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            fatalError("the extraction's JSON is not JSON to Foundation")
        }
        let scalars = Array(document.text.unicodeScalars)
        checkSpans(in: object, scalars: scalars, path: "$")
    }

    /// Every object with integer `start`, `end` and string `text` is a span: it must lie inside
    /// the original input and say verbatim what is there.
    static func checkSpans(in value: Any, scalars: [Unicode.Scalar], path: String) {
        if let array = value as? [Any] {
            for (index, item) in array.enumerated() { checkSpans(in: item, scalars: scalars, path: "\(path)[\(index)]") }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let start = (object["start"] as? NSNumber)?.intValue, let end = (object["end"] as? NSNumber)?.intValue,
           let text = object["text"] as? String, object.count == 3 {
            precondition(0 <= start && start <= end && end <= scalars.count,
                         "span \(path) [\(start), \(end)) outside the input of \(scalars.count) scalars")
            let slice = String(String.UnicodeScalarView(scalars[start..<end]))
            precondition(slice == text, "span \(path) [\(start), \(end)) says \(text.debugDescription), the input has \(slice.debugDescription)")
            return
        }
        for (key, item) in object { checkSpans(in: item, scalars: scalars, path: "\(path).\(key)") }
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
        precondition(dot.hasSuffix("}\n") || dot.hasSuffix("}"), "DOT output is not closed")
        precondition(graphML.contains("</graphml>"), "GraphML output is not closed")
        let count = DealCounter.count(corpus)
        _ = CountWriter.table(count)
        _ = CountWriter.json(count)
        _ = CountWriter.csv(count)
    }
}
