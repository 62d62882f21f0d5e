import DealGraph

/// The inputs of `graph` and `count`: articles (extracted now, like `extract`) and extractions
/// `extract` wrote earlier (JSON Lines, or one JSON document), told apart by their content.
enum CorpusInputs {
    /// Every extraction read, in input order: articles extracted on `--jobs` threads, `extract`
    /// output read back. Errors go to stderr and set `failed`.
    static func read(_ paths: [String], published: CalendarDay?, lexicon: Lexicon, jobs: Int,
                     progress forced: Bool) -> (extractions: [Extraction], failed: Bool) {
        let runner = OrderedParallelMap(jobs: jobs)
        var items = CorpusItems(paths: paths)
        let (files, anyCorpus) = items.fileCount
        let progress = ProgressReporter(forced: forced, totalBytes: items.knownTotalBytes,
                                        totalDocuments: anyCorpus ? nil : files)
        var extractions: [Extraction] = []
        var failed = false
        runner.run(&items, size: \.byteCount, transform: { item in
            (item.extractions(published: published, lexicon: lexicon), item.byteCount)
        }, deliver: { outcome, bytes in
            for message in outcome.messages { progress.message(message) }
            extractions += outcome.extractions
            failed = failed || outcome.failed
            progress.advance(documents: outcome.extractions.count, bytes: bytes)
        })
        progress.finish()
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
