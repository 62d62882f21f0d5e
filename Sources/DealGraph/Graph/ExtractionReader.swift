import Foundation

/// Reads back what `dealgraph extract` wrote, so a corpus can be extracted once and linked later:
/// JSON Lines (one extraction per line) or one pretty-printed extraction.
public enum ExtractionReader {
    /// Whether the bytes hold extractions rather than articles or a `{"id", "text"}` corpus: the
    /// first JSON object (the first line, or the whole input) has top-level `document` and
    /// `entities` keys.
    public static func looksLikeExtractions(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first(where: { !isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
              first == UInt8(ascii: "{") else { return false }
        let firstLine = Data(bytes.prefix { $0 != 0x0A })
        let object = (try? JSONSerialization.jsonObject(with: firstLine)) ?? (try? JSONSerialization.jsonObject(with: Data(bytes)))
        guard let dictionary = object as? [String: Any] else { return false }
        return dictionary["document"] != nil && dictionary["entities"] != nil
    }

    /// The extractions in `bytes`: the whole input as one JSON object if it is one, otherwise one
    /// per non-blank line. A bad line gives an error naming `path:line`; the others are still read.
    public static func read(_ bytes: [UInt8], path: String) -> [Result<Extraction, InputError>] {
        let data = Data(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        if let whole = try? ExtractionJSON.decode(data) { return [.success(whole)] }
        var out: [Result<Extraction, InputError>] = []
        var start = data.startIndex
        var number = 0
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            number += 1
            let line = data[start..<end]
            start = end + 1
            if line.allSatisfy(isSpace) { continue }
            do {
                out.append(.success(try self.line(line, source: "\(path):\(number)")))
            } catch {
                out.append(.failure(error))
            }
        }
        return out
    }

    /// One line `extract` wrote, read back; `source` names it in the error.
    public static func line<Bytes: Collection<UInt8>>(_ bytes: Bytes, source: String) throws(InputError) -> Extraction {
        do {
            return try ExtractionJSON.decode(Data(bytes))
        } catch {
            throw InputError(source: source, reason: "not an extraction (\(describe(error)))")
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "invalid JSON" : "bad value at \(path(context.codingPath)): \(context.debugDescription)"
        default:
            return "invalid JSON"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
