import Foundation

/// Why an input could not be read.
public struct InputError: Error, CustomStringConvertible, Equatable {
    /// The path (or `path:line` for a JSON Lines record) the error is about.
    public let source: String
    public let reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "\(source): \(reason)" }
}

/// Turns the inputs a user names into documents: article files (plain text or HTML),
/// directories of them, JSON Lines corpora, and standard input (`-`).
public enum DocumentReader {
    /// File extensions read from directories.
    public static let articleExtensions: Set<String> = ["txt", "html", "htm", "jsonl"]

    /// One readable thing: a file (or stdin) to read as an article or a corpus.
    public struct Input: Sendable, Equatable {
        public let path: String
        public let isCorpus: Bool
    }

    /// Expands paths into inputs: files stay, directories become their article files
    /// (recursively, sorted by path), `-` is standard input. Problems come back as errors,
    /// in order, and never stop the other paths.
    public static func expand(_ paths: [String]) -> [Result<Input, InputError>] {
        var out: [Result<Input, InputError>] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                out.append(.success(Input(path: "-", isCorpus: false)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                out.append(.failure(InputError(source: path, reason: "no such file or directory")))
                continue
            }
            if !isDirectory.boolValue {
                out.append(.success(Input(path: path, isCorpus: path.lowercased().hasSuffix(".jsonl"))))
                continue
            }
            let found = articleFiles(under: path)
            if found.isEmpty {
                out.append(.failure(InputError(source: path, reason: "a directory with no *.txt, *.html, *.htm or *.jsonl files")))
            }
            out += found.map { .success(Input(path: $0, isCorpus: $0.lowercased().hasSuffix(".jsonl"))) }
        }
        return out
    }

    private static func articleFiles(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(ext) else { continue }
            let full = (root as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Reads the bytes of a file, or of standard input for `-`.
    public static func bytes(of path: String) throws(InputError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(source: path, reason: "cannot open for reading (permissions?)")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw InputError(source: path, reason: "read failed: \(error.localizedDescription)")
        }
    }

    /// One article from its bytes: decoded, its format told from the extension or content.
    public static func article(bytes: [UInt8], path: String, published: CalendarDay?) throws(InputError) -> (Document, [String]) {
        let decoded: TextDecoding.Result
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            throw InputError(source: path, reason: "skipped: \(error.description)")
        }
        let lower = path.lowercased()
        let isHTML = lower.hasSuffix(".html") || lower.hasSuffix(".htm") || HTMLTextExtractor.looksLikeHTML(decoded.text)
        let document = Document(id: documentID(for: path), source: path, published: published,
                                text: decoded.text, format: isHTML ? .html : .text)
        return (document, decoded.warnings)
    }

    /// The records of a JSON Lines corpus: one `{"id", "published", "text" | "html"}` object per
    /// line. A bad line gives an error for that line and the others are still read.
    public static func corpus(bytes: [UInt8], path: String, published: CalendarDay?) -> [Result<Document, InputError>] {
        var out: [Result<Document, InputError>] = []
        var lineNumber = 0
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            out.append(record(line, path: path, line: lineNumber, published: published))
        }
        return out
    }

    /// Whether bytes read from stdin look like a JSON Lines corpus rather than an article.
    public static func looksLikeCorpus(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
              first == UInt8(ascii: "{") else { return false }
        let firstLine = bytes.prefix { $0 != 0x0A }
        return (try? JSONSerialization.jsonObject(with: Data(firstLine))) is [String: Any]
    }

    private struct Record: Decodable {
        let id: String?
        let published: String?
        let text: String?
        let html: String?
    }

    /// Line `number` of a JSON Lines corpus as a document; an error naming `path:number` otherwise.
    public static func record(_ line: ArraySlice<UInt8>, path: String, line number: Int, published: CalendarDay?) -> Result<Document, InputError> {
        let source = "\(path):\(number)"
        let record: Record
        if let members = FlatJSONObject.stringMembers(line) {
            record = Record(id: members["id"], published: members["published"], text: members["text"], html: members["html"])
        } else {
            do {
                record = try JSONDecoder().decode(Record.self, from: Data(line))
            } catch {
                return .failure(InputError(source: source, reason: "not a JSON object with string fields id, published, text or html"))
            }
        }
        guard let body = record.html ?? record.text else {
            return .failure(InputError(source: source, reason: "record has neither \"text\" nor \"html\""))
        }
        var day = published
        if day == nil, let stated = record.published, !stated.isEmpty {
            guard let parsed = CalendarDay(iso: String(stated.prefix(10))) else {
                return .failure(InputError(source: source, reason: "\"published\" is not a yyyy-mm-dd date: \(stated)"))
            }
            day = parsed
        }
        let id = record.id ?? "\(documentID(for: path))#\(number)"
        return .success(Document(id: id, source: source, published: day, text: body,
                                 format: record.html != nil ? .html : .text))
    }

    /// The file name without folder and extension; "stdin" for `-`.
    static func documentID(for path: String) -> String {
        if path == "-" { return "stdin" }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
