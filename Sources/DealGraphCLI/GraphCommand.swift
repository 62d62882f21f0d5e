import DealGraph

/// `dealgraph graph`: links the inputs into one relation graph and prints it.
struct GraphCommand {
    enum Format: String { case json, cytoscape, dot, graphml }

    let inputs: [String]
    let arguments: Arguments
    let published: CalendarDay?
    let jobs: Int
    let format: Format
    let filter: GraphFilter

    init(_ arguments: Arguments) throws(Arguments.UsageError) {
        try CorpusInputs.needInputs(arguments, "graph")
        self.arguments = arguments
        inputs = arguments.inputs
        published = try CorpusInputs.published(arguments)
        jobs = try JobsOption.jobs(arguments)
        let text = arguments.options["format"] ?? "json"
        guard let chosen = Format(rawValue: text) else {
            throw Arguments.UsageError(message: "--format is json, cytoscape, dot or graphml, not '\(text)'")
        }
        format = chosen
        filter = try CorpusInputs.filter(arguments, defaultKind: nil)
    }

    /// Prints the graph of everything that could be read; 1 if an input could not be.
    func run() -> Int32 {
        guard let lexicon = LexiconOption.loadReporting(arguments) else { return ExitCode.failure }
        let (extractions, failed) = CorpusInputs.read(inputs, published: published, lexicon: lexicon, jobs: jobs,
                                                       progress: arguments.flags.contains("progress"))
        let graph = GraphBuilder.build(extractions, filter: filter)
        switch format {
        case .json: Console.out(NodeLinkJSONWriter.render(graph))
        case .cytoscape: Console.out(CytoscapeWriter.render(graph))
        case .dot: Console.out(DOTWriter.render(graph))
        case .graphml: Console.out(GraphMLWriter.render(graph))
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
