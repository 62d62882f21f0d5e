import Foundation
@testable import DealGraph

/// Reads files under the package's top-level `Fixtures/`, found from this source file's path.
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // DealGraphTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Fixtures")

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// An article fixture as a document, format told from its extension.
    static func document(_ name: String) throws -> Document {
        let text = try text("articles/\(name)")
        return Document(id: name, source: name, text: text, format: name.hasSuffix(".html") ? .html : .text)
    }
}

/// `source[span]` by Unicode scalar offsets, the way a Python user would slice it.
func slice(_ text: String, _ span: Span) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
}
