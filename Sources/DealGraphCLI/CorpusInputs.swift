import Foundation
import DealGraph

/// The inputs of `graph` and `count`: articles (extracted now, like `extract`) and extractions
/// `extract` wrote earlier (JSON Lines, or one JSON document), told apart by their content.
enum CorpusInputs {
    /// Every extraction read, in input order; errors go to stderr and set `failed`.
    static func read(_ paths: [String], published: CalendarDay?, lexicon: Lexicon) -> (extractions: [Extraction], failed: Bool) {
        var extractions: [Extraction] = []
        var failed = false
        for item in DocumentReader.expand(paths) {
            switch item {
            case .failure(let error):
                Console.error(error.description)
                failed = true
            case .success(let input):
                do {
                    let bytes = try DocumentReader.bytes(of: input.path)
                    if ExtractionReader.looksLikeExtractions(bytes) {
                        for record in ExtractionReader.read(bytes, path: input.path) {
                            switch record {
                            case .success(let extraction): extractions.append(extraction)
                            case .failure(let error): Console.error(error.description); failed = true
                            }
                        }
                    } else if input.isCorpus || (input.path == "-" && DocumentReader.looksLikeCorpus(bytes)) {
                        for record in DocumentReader.corpus(bytes: bytes, path: input.path, published: published) {
                            switch record {
                            case .success(let document): extractions.append(Pipeline.extract(document, lexicon: lexicon))
                            case .failure(let error): Console.error(error.description); failed = true
                            }
                        }
                    } else {
                        let (document, warnings) = try DocumentReader.article(bytes: bytes, path: input.path, published: published)
                        for warning in warnings { Console.error("\(document.source): \(warning)") }
                        extractions.append(Pipeline.extract(document, lexicon: lexicon, warnings: warnings))
                    }
                } catch {
                    Console.error(error.description)
                    failed = true
                }
            }
        }
        return (extractions, failed)
    }

    /// `--published`, `--kind`, `--sector` and `--party`, checked.
    static func published(_ arguments: Arguments) throws(Arguments.UsageError) -> CalendarDay? {
        guard let text = arguments.options["published"] else { return nil }
        guard let day = CalendarDay(iso: text) else {
            throw Arguments.UsageError(message: "--published wants a date as YYYY-MM-DD, not '\(text)'")
        }
        return day
    }

    static func filter(_ arguments: Arguments, defaultKind: DealKind?) throws(Arguments.UsageError) -> GraphFilter {
        var filter = GraphFilter(kind: defaultKind)
        if let text = arguments.options["kind"] {
            if text == "all" {
                filter.kind = nil
            } else {
                guard let kind = DealKind(rawValue: text.replacingOccurrences(of: "-", with: "_").lowercased()) else {
                    let known = DealKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw Arguments.UsageError(message: "--kind is one of \(known) or all, not '\(text)'")
                }
                filter.kind = kind
            }
        }
        if let text = arguments.options["sector"] {
            guard let sector = Sector(rawValue: text.lowercased()) else {
                let known = Sector.allCases.map(\.rawValue).joined(separator: ", ")
                throw Arguments.UsageError(message: "--sector is one of \(known), not '\(text)'")
            }
            filter.sector = sector
        }
        if let party = arguments.options["party"] {
            guard !party.isEmpty else { throw Arguments.UsageError(message: "--party wants a name") }
            filter.party = party
        }
        return filter
    }

    static func needInputs(_ arguments: Arguments, _ command: String) throws(Arguments.UsageError) {
        guard !arguments.inputs.isEmpty else {
            throw Arguments.UsageError(message: "\(command) needs at least one input (articles, extractions, a directory, or - for stdin)")
        }
    }
}
