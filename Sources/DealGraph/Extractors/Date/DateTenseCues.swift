/// Where a sentence speaks in the past tense or of a plan (예정, "-ㄹ 계획/방침/전망/것"), to choose between a past and a
/// coming day for a partial date ("18일" written on the 17th).
///
/// A cue counts from the end of the date to the end of its clause: the sentence end, or a
/// quotative ending (…다고, …라고, …다며, …다는), so the reporting verb of "…할 예정이라고 17일
/// 밝혔다" does not make the clause past. Only that stretch is read, for each date asked about:
/// most sentences hold one date or none, and its clause is a part of the sentence.
struct DateTenseCues {
    private let text: DateScalarReader
    // Tables read once per sentence, not at every scalar.
    private let planWords = DatePatterns.planWords
    private let planNouns = DatePatterns.planNouns
    private let planWordStarts = Self.planWordStarts

    init(_ text: DateScalarReader) {
        self.text = text
    }

    /// First scalars of the plan words: elsewhere no plan word needs trying.
    private static let planWordStarts = ScalarSet(DatePatterns.planWords.compactMap(\.first))

    /// Past tense and plan words between `i` and the end of its clause.
    func cues(after i: Int) -> (past: Bool, future: Bool) {
        let n = text.count
        var past = false, future = false
        var k = max(0, min(i, n))
        while k < n, !(past && future), !Self.isQuotativeEnding(text, at: k) {
            let c = text.scalars[k]
            if DateScalarReader.isPastTenseSyllable(c) { past = true }
            if !future, isPlanCue(c, at: k) { future = true }
            k += 1
        }
        return (past, future)
    }

    /// A plan word starting at `i`, or "-ㄹ" at `i` then a space and a plan noun ("할 계획").
    private func isPlanCue(_ c: Unicode.Scalar, at i: Int) -> Bool {
        if planWordStarts.contains(c), planWords.contains(where: { text.matches($0, at: i) }) { return true }
        guard DateScalarReader.hasFinalRieul(c), i + 1 < text.count, DateScalarReader.isSpace(text.scalars[i + 1]) else { return false }
        return planNouns.contains { text.matches($0, at: i + 2) }
    }

    private static func isQuotativeEnding(_ text: DateScalarReader, at i: Int) -> Bool {
        guard let c = text[i], c == "고" || c == "며" || c == "는",
              text[i - 1] == "다" || text[i - 1] == "라" else { return false }
        return !DateScalarReader.isHangul(text[i + 1])
    }
}
