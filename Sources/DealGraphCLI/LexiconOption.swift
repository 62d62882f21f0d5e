import DealGraph
import Foundation

/// `--lexicon FILE`: a user's own entries (same TSV format as the shipped lexicons), added to
/// the built-in ones; theirs win where both name the same thing.
enum LexiconOption {
    struct Failure: Error {
        let message: String
    }

    static func load(_ arguments: Arguments) throws(Failure) -> Lexicon {
        guard Lexicon.builtInFolder != nil else {
            throw Failure(message: "the built-in lexicons are missing: keep the DealGraph_DealGraph.resources folder beside the dealgraph binary")
        }
        guard let path = arguments.options["lexicon"] else { return .builtIn }
        let bytes: [UInt8]
        do {
            bytes = try DocumentReader.bytes(of: path)
        } catch {
            throw Failure(message: "--lexicon \(error.description)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(message: "--lexicon \(path): not UTF-8 text")
        }
        do {
            return Lexicon.builtIn.merging(try Lexicon(tsv: text))
        } catch {
            throw Failure(message: "--lexicon \(path): \(error)")
        }
    }

    /// The lexicon to use, or nil after telling the user on stderr why their file cannot be used.
    static func loadReporting(_ arguments: Arguments) -> Lexicon? {
        do {
            return try load(arguments)
        } catch {
            Console.error(error.message)
            return nil
        }
    }
}
