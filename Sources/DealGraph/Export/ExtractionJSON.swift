import Foundation

/// The JSON form of extractions: snake_case keys, sorted, so the same input gives the same bytes.
public enum ExtractionJSON {
    /// Pretty-printed JSON for one extraction.
    public static func pretty(_ extraction: Extraction) throws -> String {
        try encode(extraction, pretty: true)
    }

    /// One line of JSON (for JSON Lines output), without a newline: the bytes `JSONEncoder`
    /// would write, from a writer made for these types. It never fails; it stays `throws` for
    /// the callers written against `JSONEncoder`.
    public static func line(_ extraction: Extraction) throws -> String {
        ExtractionJSONWriter.line(extraction)
    }

    /// `line(extraction) + "\n"` as UTF-8 bytes, for writing a JSON Lines stream without
    /// building, checking and copying a String per record.
    public static func lineData(_ extraction: Extraction) -> Data {
        ExtractionJSONWriter.lineData(extraction)
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    }

    /// Reads an extraction back from its JSON.
    public static func decode(_ data: Data) throws -> Extraction {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Extraction.self, from: data)
    }
}
