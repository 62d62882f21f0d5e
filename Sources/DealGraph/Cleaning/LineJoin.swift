/// When a line break falls inside a sentence ("…업무협약(MOU)\n을 체결했다고 3\n일 밝혔다").
enum LineJoin {
    /// nil when `next` starts a new paragraph; otherwise whether to put a space between the lines
    /// (`true` for a break between words, `false` for a break inside a word or number phrase).
    static func joiner(_ previous: ArraySlice<Unicode.Scalar>, _ next: ArraySlice<Unicode.Scalar>,
                       previousIsTitle: Bool) -> Bool? {
        guard let last = previous.last, let first = next.first else { return nil }
        if LineClassifier.endsSentence(previous) { return nil }
        if NoiseRules.listBullets.contains(first) { return nil }
        let glued = startsWithBoundSyllables(next)
        if previousIsTitle && !glued { return nil }
        let endsInNumber = ScalarKind.isDigit(last)
        guard previous.count >= 40 || glued || endsInNumber else { return nil }
        if glued && (ScalarKind.isHangul(last) || ScalarKind.isDigit(last) || last == ")") { return false }
        return true
    }

    /// Whether the line opens with one or two syllables bound to what came before: a particle
    /// or ending ("을 체결", "다.", "원)의") rather than a word of its own.
    private static func startsWithBoundSyllables(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var run = 0
        var i = line.startIndex
        while i < line.endIndex, ScalarKind.isHangul(line[i]) { run += 1; i += 1 }
        guard run >= 1, run <= 2 else { return false }
        return i == line.endIndex || !ScalarKind.isWord(line[i])
    }
}
