/// What one corpus item gives: its extractions (made now, or read back from `extract` output),
/// the messages for stderr, and whether it failed.
public struct ItemOutcome: Sendable {
    public var extractions: [Extraction]
    public var messages: [String]
    public var failed: Bool

    public init(extractions: [Extraction] = [], messages: [String] = [], failed: Bool = false) {
        self.extractions = extractions
        self.messages = messages
        self.failed = failed
    }
}

extension CorpusItem {
    /// The article this item holds, decoded, with the decoding warnings; an error for an input
    /// that could not be read and for a line holding an extraction.
    public func document(published: CalendarDay?) -> Result<(Document, [String]), InputError> {
        switch self {
        case .failure(let error):
            return .failure(error)
        case .file(let path, let bytes):
            do {
                return .success(try DocumentReader.article(bytes: bytes, path: path, published: published))
            } catch {
                return .failure(error)
            }
        case .line(let path, let line, let bytes, let holdsExtractions):
            if holdsExtractions {
                return .failure(InputError(source: "\(path):\(line)", reason: "an extraction (what extract writes), not an article"))
            }
            return DocumentReader.record(bytes[...], path: path, line: line, published: published).map { ($0, []) }
        }
    }

    /// The extractions of this item: an article extracted with `lexicon`, or (for `graph` and
    /// `count`) what `extract` wrote, read back.
    public func extractions(published: CalendarDay?, lexicon: Lexicon) -> ItemOutcome {
        switch self {
        case .line(let path, let line, let bytes, true):
            do {
                return ItemOutcome(extractions: [try ExtractionReader.line(bytes, source: "\(path):\(line)")])
            } catch {
                return ItemOutcome(messages: [error.description], failed: true)
            }
        case .file(let path, let bytes) where ExtractionReader.looksLikeExtractions(bytes):
            var outcome = ItemOutcome()
            for record in ExtractionReader.read(bytes, path: path) {
                switch record {
                case .success(let extraction): outcome.extractions.append(extraction)
                case .failure(let error): outcome.messages.append(error.description); outcome.failed = true
                }
            }
            return outcome
        default:
            switch document(published: published) {
            case .failure(let error):
                return ItemOutcome(messages: [error.description], failed: true)
            case .success(let (document, warnings)):
                let extraction = Pipeline.extract(document, lexicon: lexicon, warnings: warnings)
                return ItemOutcome(extractions: [extraction], messages: extraction.warnings.map { "\(document.source): \($0)" })
            }
        }
    }
}
