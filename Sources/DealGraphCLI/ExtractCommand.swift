import DealGraph

/// `dealgraph extract`: reads each input and prints its extraction (or `--explain` report).
struct ExtractCommand {
    enum Format: String { case json, jsonl }

    let inputs: [String]
    let published: CalendarDay?
    let format: Format?
    let explain: Bool
    let arguments: Arguments

    init(_ arguments: Arguments) throws(Arguments.UsageError) {
        guard !arguments.inputs.isEmpty else {
            throw Arguments.UsageError(message: "extract needs at least one input (a file, a directory, or - for stdin)")
        }
        inputs = arguments.inputs
        if let text = arguments.options["published"] {
            guard let day = CalendarDay(iso: text) else {
                throw Arguments.UsageError(message: "--published wants a date as YYYY-MM-DD, not '\(text)'")
            }
            published = day
        } else {
            published = nil
        }
        if let text = arguments.options["format"] {
            guard let chosen = Format(rawValue: text) else {
                throw Arguments.UsageError(message: "--format is json or jsonl, not '\(text)'")
            }
            format = chosen
        } else {
            format = nil
        }
        explain = arguments.flags.contains("explain")
        self.arguments = arguments
    }

    /// Reads everything, prints results in input order; returns the exit code.
    func run() -> Int32 {
        guard let lexicon = LexiconOption.loadReporting(arguments) else { return ExitCode.failure }
        var failed = false
        var documents: [(Document, [String])] = []
        for item in DocumentReader.expand(inputs) {
            switch item {
            case .failure(let error):
                Console.error(error.description)
                failed = true
            case .success(let input):
                do {
                    let bytes = try DocumentReader.bytes(of: input.path)
                    if input.isCorpus || (input.path == "-" && DocumentReader.looksLikeCorpus(bytes)) {
                        for record in DocumentReader.corpus(bytes: bytes, path: input.path, published: published) {
                            switch record {
                            case .success(let document): documents.append((document, []))
                            case .failure(let error): Console.error(error.description); failed = true
                            }
                        }
                    } else {
                        documents.append(try DocumentReader.article(bytes: bytes, path: input.path, published: published))
                    }
                } catch {
                    Console.error(error.description)
                    failed = true
                }
            }
        }
        let lines = format == .jsonl || (format == nil && documents.count > 1)
        for (document, warnings) in documents {
            for warning in warnings { Console.error("\(document.source): \(warning)") }
            if explain {
                Console.out(ExplainWriter.render(document, ArticleCleaner.clean(document)) + "\n")
                continue
            }
            let extraction = Pipeline.extract(document, lexicon: lexicon, warnings: warnings)
            do {
                Console.out((lines ? try ExtractionJSON.line(extraction) : try ExtractionJSON.pretty(extraction)) + "\n")
            } catch {
                Console.error("\(document.source): could not write JSON: \(error)")
                failed = true
            }
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
