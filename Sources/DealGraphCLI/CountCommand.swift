import DealGraph

/// `dealgraph count`: deals across the inputs by sector, kind, party or month (MOUs by sector
/// unless told otherwise).
struct CountCommand {
    enum Format: String { case table, json, csv }

    let inputs: [String]
    let arguments: Arguments
    let published: CalendarDay?
    let jobs: Int
    let format: Format
    let by: CountDimension
    let filter: GraphFilter

    init(_ arguments: Arguments) throws(Arguments.UsageError) {
        try CorpusInputs.needInputs(arguments, "count")
        self.arguments = arguments
        inputs = arguments.inputs
        published = try CorpusInputs.published(arguments)
        jobs = try JobsOption.jobs(arguments)
        let text = arguments.options["format"] ?? "table"
        guard let chosen = Format(rawValue: text) else {
            throw Arguments.UsageError(message: "--format is table, json or csv, not '\(text)'")
        }
        format = chosen
        let byText = arguments.options["by"] ?? "sector"
        guard let dimension = CountDimension(rawValue: byText) else {
            throw Arguments.UsageError(message: "--by is sector, kind, party or month, not '\(byText)'")
        }
        by = dimension
        // MOUs unless told otherwise; by kind, every kind.
        filter = try CorpusInputs.filter(arguments, defaultKind: dimension == .kind ? nil : .mou)
    }

    func run() -> Int32 {
        guard let lexicon = LexiconOption.loadReporting(arguments) else { return ExitCode.failure }
        let (extractions, failed) = CorpusInputs.read(inputs, published: published, lexicon: lexicon, jobs: jobs,
                                                       progress: arguments.flags.contains("progress"))
        let result = DealCounter.count(extractions, by: by, filter: filter)
        switch format {
        case .table: Console.out(CountWriter.table(result))
        case .json: Console.out(CountWriter.json(result))
        case .csv: Console.out(CountWriter.csv(result))
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
