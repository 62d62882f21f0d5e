/// Press releases and official notices write the past and the connective in full ("체결하였다",
/// "서명하였으며", "체결되었다", "협력하여") where news contracts them ("체결했다", "서명했으며",
/// "체결됐다", "협력해"). The cues are written the way news writes them; each is asked in both
/// forms.
enum FormalEndings {
    /// Contracted syllables spelled in full anywhere in a cue: 했 → 하였, 됐 → 되었.
    static let anywhere: [Unicode.Scalar: [Unicode.Scalar]] = ["했": ["하", "였"], "됐": ["되", "었"]]
    /// Contracted connectives spelled in full at a cue's end or before a space: 해 → 하여, 돼 → 되어.
    static let connectives: [Unicode.Scalar: [Unicode.Scalar]] = ["해": ["하", "여"], "돼": ["되", "어"]]
    /// Syllables before which 해 is a year, not a verb: "지난해", "올해", "같은 해".
    static let yearBefore: Set<Unicode.Scalar> = ["난", "올", " "]

    /// The cue in full, or nil when it holds nothing contracted. (Read on scalars: every cue
    /// list of the deal rules is asked once a process.)
    static func fullForm(of cue: String) -> String? {
        let scalars = Array(cue.unicodeScalars)
        var full: [Unicode.Scalar] = []
        full.reserveCapacity(scalars.count + 2)
        var changed = false
        for (i, c) in scalars.enumerated() {
            if let spelled = anywhere[c] {
                full += spelled
                changed = true
            } else if let spelled = connectives[c], i + 1 == scalars.count || scalars[i + 1] == " ",
                      !(i == 0 || yearBefore.contains(scalars[i - 1])) {
                full += spelled
                changed = true
            } else {
                full.append(c)
            }
        }
        return changed ? String(String.UnicodeScalarView(full)) : nil
    }

    /// The cues, each followed by its full form when it has one.
    static func adding(_ cues: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(cues.count * 2)
        for cue in cues {
            result.append(cue)
            if let full = fullForm(of: cue) { result.append(full) }
        }
        return result
    }

    /// The cues with their values, each followed by its full form with the same value.
    static func adding<Value>(_ cues: [(String, Value)]) -> [(String, Value)] {
        var result: [(String, Value)] = []
        result.reserveCapacity(cues.count * 2)
        for (cue, value) in cues {
            result.append((cue, value))
            if let full = fullForm(of: cue) { result.append((full, value)) }
        }
        return result
    }
}
