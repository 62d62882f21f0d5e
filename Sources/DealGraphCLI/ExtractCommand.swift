import DealGraph
import Foundation

/// `dealgraph extract`: reads each input and prints its extraction (or `--explain` report).
struct ExtractCommand {
    enum Format: String { case json, jsonl }

    let inputs: [String]
    let published: CalendarDay?
    let format: Format?
    let explain: Bool
    let jobs: Int
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
        jobs = try JobsOption.jobs(arguments)
        self.arguments = arguments
    }

    /// Streams the inputs through extraction on `--jobs` threads and prints the results in input
    /// order as they come; returns the exit code.
    func run() -> Int32 {
        guard let lexicon = LexiconOption.loadReporting(arguments) else { return ExitCode.failure }
        let runner = OrderedParallelMap(jobs: jobs)
        var items = CorpusItems(paths: inputs)
        let (files, anyCorpus) = items.fileCount
        let progress = ProgressReporter(forced: arguments.flags.contains("progress"), totalBytes: items.knownTotalBytes,
                                        totalDocuments: anyCorpus ? nil : files)
        // One article alone prints as pretty JSON; anything more as JSON Lines.
        let ahead = items.peek(2)
        let single: Bool
        if ahead.count == 1, case .file = ahead[0] { single = true } else { single = false }
        let lines = format == .jsonl || (format == nil && !single)
        let published = self.published
        let explain = self.explain

        var failed = false
        runner.run(&items, size: \.byteCount, transform: { item -> ItemOutput in
            ExtractCommand.output(of: item, published: published, lexicon: lexicon, explain: explain, lines: lines)
        }, deliver: { output in
            for message in output.messages { progress.message(message) }
            if let data = output.data { Console.out(data) }
            failed = failed || output.failed
            progress.advance(documents: output.data == nil ? 0 : 1, bytes: output.bytes)
        })
        progress.finish()
        return failed ? ExitCode.failure : ExitCode.success
    }

    /// What one item prints: its extraction (or explain report) and its messages.
    struct ItemOutput: Sendable {
        /// What goes to stdout, newline included.
        var data: Data?
        var messages: [String] = []
        var failed = false
        var bytes = 0
    }

    static func output(of item: CorpusItem, published: CalendarDay?, lexicon: Lexicon, explain: Bool, lines: Bool) -> ItemOutput {
        var output = ItemOutput(bytes: item.byteCount)
        switch item.document(published: published) {
        case .failure(let error):
            output.messages = [error.description]
            output.failed = true
        case .success(let (document, warnings)):
            if explain {
                output.messages = warnings.map { "\(document.source): \($0)" }
                output.data = Data((ExplainWriter.render(document, ArticleCleaner.clean(document)) + "\n").utf8)
                return output
            }
            let extraction = Pipeline.extract(document, lexicon: lexicon, warnings: warnings)
            output.messages = extraction.warnings.map { "\(document.source): \($0)" }
            do {
                output.data = lines ? ExtractionJSON.lineData(extraction) : Data((try ExtractionJSON.pretty(extraction) + "\n").utf8)
            } catch {
                output.messages.append("\(document.source): could not write JSON: \(error)")
                output.failed = true
            }
        }
        return output
    }
}

/// `--jobs N`: how many threads extract at once (all cores by default).
enum JobsOption {
    static func jobs(_ arguments: Arguments) throws(Arguments.UsageError) -> Int {
        guard let text = arguments.options["jobs"] else { return OrderedParallelMap.availableCores }
        guard let jobs = Int(text), jobs >= 1, jobs <= 1024 else {
            throw Arguments.UsageError(message: "--jobs wants a number of threads from 1 to 1024, not '\(text)'")
        }
        return jobs
    }
}
