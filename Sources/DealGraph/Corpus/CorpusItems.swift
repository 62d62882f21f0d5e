import Foundation

/// One unit of work read from the inputs, before any decoding: a whole file, or one line of a
/// JSON Lines file. Reading is cheap and serial; decoding and extraction happen later, in parallel.
public enum CorpusItem: Sendable {
    /// A whole file (or standard input): an article, or one extraction `extract` printed.
    case file(path: String, bytes: [UInt8])
    /// Line `line` of a JSON Lines file: a `{"id", "text" | "html"}` record, or (when
    /// `holdsExtractions`, told by the file's first line) one extraction `extract` wrote.
    case line(path: String, line: Int, bytes: [UInt8], holdsExtractions: Bool)
    /// An input that could not be read; the others go on.
    case failure(InputError)

    /// Input bytes this item holds, for batching and progress.
    public var byteCount: Int {
        switch self {
        case .file(_, let bytes), .line(_, _, let bytes, _): return bytes.count
        case .failure: return 0
        }
    }
}

/// The items of the inputs a user names, read lazily in input order: files whole, JSON Lines
/// files line by line (never whole), so memory does not grow with the corpus.
///
/// A `.jsonl` file, or standard input whose first line is a JSON object, is read as lines; any
/// other file as one item. Directories give their article files in path order.
public struct CorpusItems: IteratorProtocol {
    /// A file over this is refused: an article is a few kilobytes; this much is not news.
    public static let maxFileSize = 64 << 20

    private var pending: [Result<DocumentReader.Input, InputError>]
    private var nextInput = 0
    private var lines: LineReader?
    private var linesHoldExtractions = false
    private var kindKnown = false
    /// Items read ahead by `peek`.
    private var queued: [CorpusItem] = []

    public init(paths: [String]) {
        pending = DocumentReader.expand(paths)
    }

    /// Total bytes of the named files (standard input unknown): for progress and ETA.
    public var knownTotalBytes: Int? {
        var total = 0
        for case .success(let input) in pending {
            if input.path == "-" { return nil }
            let size = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
            total += size
        }
        return total
    }

    /// How many files the inputs name: documents, when none is a corpus.
    public var fileCount: (files: Int, anyCorpus: Bool) {
        var files = 0
        var corpus = false
        for case .success(let input) in pending {
            files += 1
            corpus = corpus || input.isCorpus || input.path == "-"
        }
        return (files, corpus)
    }

    /// The next `count` items (fewer at the end), read ahead; `next()` still returns them.
    public mutating func peek(_ count: Int) -> [CorpusItem] {
        while queued.count < count, let item = read() { queued.append(item) }
        return Array(queued.prefix(count))
    }

    public mutating func next() -> CorpusItem? {
        if !queued.isEmpty { return queued.removeFirst() }
        return read()
    }

    private mutating func read() -> CorpusItem? {
        while true {
            if let reader = lines {
                do {
                    if let line = try reader.next() {
                        if Self.isBlank(line.bytes) { continue }
                        if !kindKnown {
                            // The first record says what the file holds: articles or extractions.
                            linesHoldExtractions = ExtractionReader.looksLikeExtractions(line.bytes)
                            kindKnown = true
                        }
                        return .line(path: reader.path, line: line.number, bytes: line.bytes, holdsExtractions: linesHoldExtractions)
                    }
                    lines = nil
                } catch {
                    return .failure(error)   // one bad line; the reader goes on after it
                }
                continue
            }
            guard nextInput < pending.count else { return nil }
            let input = pending[nextInput]
            nextInput += 1
            switch input {
            case .failure(let error):
                return .failure(error)
            case .success(let input):
                if let item = open(input) { return item }
            }
        }
    }

    /// Starts reading `input`: returns its item when it is one whole file, or nil once it is set up
    /// to be read as lines.
    private mutating func open(_ input: DocumentReader.Input) -> CorpusItem? {
        if input.path != "-" {
            guard let size = (try? FileManager.default.attributesOfItem(atPath: input.path))?[.size] as? Int else {
                return .failure(InputError(source: input.path, reason: "cannot read its size (permissions?)"))
            }
            if !input.isCorpus {
                guard size <= Self.maxFileSize else {
                    return .failure(InputError(source: input.path,
                                               reason: "larger than \(Self.maxFileSize >> 20) MiB: not an article (split a corpus into JSON Lines)"))
                }
                do {
                    return .file(path: input.path, bytes: try DocumentReader.bytes(of: input.path))
                } catch {
                    return .failure(error)
                }
            }
        }
        do {
            let reader = try LineReader(path: input.path)
            if input.path == "-" {
                guard let first = try reader.peekFirstContentLine() else {
                    let bytes = try reader.rest(limit: Self.maxFileSize)
                    return bytes.isEmpty ? .failure(InputError(source: "-", reason: "empty input")) : .file(path: "-", bytes: bytes)
                }
                if !DocumentReader.looksLikeCorpus(first) {
                    // Standard input holding one article: every byte, so offsets stay true.
                    return .file(path: "-", bytes: try reader.rest(limit: Self.maxFileSize))
                }
            }
            lines = reader
            kindKnown = false
            return nil
        } catch {
            return .failure(error)
        }
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
