/// Press releases and official notices write the past and the connective in full ("체결하였다",
/// "서명하였으며", "체결되었다", "협력하여") where news contracts them ("체결했다", "서명했으며",
/// "체결됐다", "협력해"). The cues are written the way news writes them; each is asked in both
/// forms.
enum FormalEndings {
    /// Contracted syllables and their full spelling, anywhere in a cue.
    static let anywhere: [(contracted: String, full: String)] = [("했", "하였"), ("됐", "되었")]
    /// Contracted connectives and their full spelling, at a cue's end or before a space.
    static let connectives: [(contracted: String, full: String)] = [("해", "하여"), ("돼", "되어")]

    /// Words where 해 is a year, not a verb: "지난해", "올해", "같은 해".
    static let years = ["지난해", "올해", " 해"]

    /// The cue in full, or nil when it holds nothing contracted.
    static func fullForm(of cue: String) -> String? {
        var full = cue
        for (contracted, spelled) in anywhere { full = full.replacingOccurrences(of: contracted, with: spelled) }
        for (contracted, spelled) in connectives where !years.contains(where: { full.hasSuffix($0) || full.contains($0 + " ") }) {
            if full.hasSuffix(contracted) { full = String(full.dropLast()) + spelled }
            full = full.replacingOccurrences(of: contracted + " ", with: spelled + " ")
        }
        return full == cue ? nil : full
    }

    /// The cues, each followed by its full form when it has one.
    static func adding(_ cues: [String]) -> [String] {
        cues.flatMap { cue in [cue] + (fullForm(of: cue).map { [$0] } ?? []) }
    }

    /// The cues with their values, each followed by its full form with the same value.
    static func adding<Value>(_ cues: [(String, Value)]) -> [(String, Value)] {
        cues.flatMap { cue, value in [(cue, value)] + (fullForm(of: cue).map { [($0, value)] } ?? []) }
    }
}
