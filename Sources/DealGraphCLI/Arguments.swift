/// A command line, split into the command, its options and its inputs.
///
/// Exit code 64 (EX_USAGE) for every mistake here, as swift-argument-parser does.
struct Arguments {
    struct UsageError: Error {
        let message: String
    }

    var command: String?
    var options: [String: String] = [:]
    var flags: Set<String> = []
    var inputs: [String] = []

    /// Options that take a value; everything else starting with `--` is a flag.
    static let valued: Set<String> = ["published", "format", "kind", "sector", "party", "by", "lexicon", "jobs"]
    static let knownFlags: Set<String> = ["explain", "help", "version", "progress"]

    /// The options and flags each command takes (besides --help and --version).
    static let accepted: [String: Set<String>] = [
        "extract": ["published", "format", "explain", "lexicon", "jobs", "progress"],
        "graph": ["published", "format", "kind", "sector", "party", "lexicon", "jobs", "progress"],
        "count": ["published", "format", "kind", "sector", "party", "by", "lexicon", "jobs", "progress"],
    ]

    /// Rejects an option the command does not take, so `extract --kind mou` is not silently ignored.
    func checkOptions() throws(UsageError) {
        guard let command, let allowed = Arguments.accepted[command] else { return }
        let given = options.keys.sorted() + flags.subtracting(["help", "version"]).sorted()
        for name in given where !allowed.contains(name) {
            throw UsageError(message: "option '--\(name)' does not apply to '\(command)'")
        }
    }

    init(_ raw: [String]) throws(UsageError) {
        var rest = raw[...]
        var onlyInputs = false
        while let word = rest.popFirst() {
            if onlyInputs || word == "-" || !word.hasPrefix("-") {
                if command == nil && !onlyInputs && word != "-" { command = word } else { inputs.append(word) }
                continue
            }
            if word == "--" { onlyInputs = true; continue }
            if word == "-h" { flags.insert("help"); continue }
            guard word.hasPrefix("--") else { throw UsageError(message: "unknown option '\(word)'") }
            var name = String(word.dropFirst(2))
            var value: String? = nil
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if Arguments.valued.contains(name) {
                if value == nil {
                    guard let next = rest.popFirst() else { throw UsageError(message: "option '--\(name)' needs a value") }
                    value = next
                }
                options[name] = value
            } else if Arguments.knownFlags.contains(name) {
                guard value == nil else { throw UsageError(message: "option '--\(name)' takes no value") }
                flags.insert(name)
            } else {
                throw UsageError(message: "unknown option '--\(name)'")
            }
        }
    }
}
