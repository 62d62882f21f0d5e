/// Where a sentence speaks in the past tense or of a plan (예정, "-ㄹ 계획/방침/전망/것"), to choose between a past and a
/// coming day for a partial date ("18일" written on the 17th).
///
/// Built in one pass; each question is then O(1). A cue counts from the end of the date to the
/// end of its clause: the sentence end, or a quotative ending (…다고, …라고, …다며, …다는), so the
/// reporting verb of "…할 예정이라고 17일 밝혔다" does not make the clause past.
struct DateTenseCues {
    private let pastBefore: [Int]
    private let planBefore: [Int]
    private let nextStop: [Int]

    init(_ text: DateScalarReader) {
        let n = text.count
        var past = [Int](count: n + 1, copiedFrom: FilledBlocks.zeroInts)
        var plan = [Int](count: n + 1, copiedFrom: FilledBlocks.zeroInts)
        // Tables read once, not at every scalar; the counts written through buffers.
        let planWords = DatePatterns.planWords, planNouns = DatePatterns.planNouns
        let planWordStarts = Self.planWordStarts
        // Every position of stops is written below; the end is its own stop.
        var stops = [Int](count: n + 1, copiedFrom: FilledBlocks.zeroInts)
        text.scalars.withUnsafeBufferPointer { s in
            past.withUnsafeMutableBufferPointer { past in
                plan.withUnsafeMutableBufferPointer { plan in
                    for i in 0..<n {
                        let c = s[i]
                        let final = DateScalarReader.finalConsonant(c)
                        let isPast = final == DateScalarReader.finalSsangSiot && c != "있" && c != "겠"
                        past[i + 1] = past[i] + (isPast ? 1 : 0)
                        var isPlan = planWordStarts.contains(c) && planWords.contains { text.matches($0, at: i) }
                        if !isPlan, final == DateScalarReader.finalRieul, i + 1 < n, DateScalarReader.isSpace(s[i + 1]) {
                            isPlan = planNouns.contains { text.matches($0, at: i + 2) }
                        }
                        plan[i + 1] = plan[i] + (isPlan ? 1 : 0)
                    }
                }
            }
            stops.withUnsafeMutableBufferPointer { stops in
                stops[n] = n
                var stop = n
                for i in stride(from: n - 1, through: 0, by: -1) {
                    if Self.isQuotativeEnding(s, at: i) { stop = i }
                    stops[i] = stop
                }
            }
        }
        pastBefore = past
        planBefore = plan
        nextStop = stops
    }

    /// First scalars of the plan words: elsewhere no plan word needs trying.
    private static let planWordStarts = ScalarSet(DatePatterns.planWords.compactMap(\.first))

    /// Past tense and plan words between `i` and the end of its clause.
    func cues(after i: Int) -> (past: Bool, future: Bool) {
        let from = max(0, min(i, nextStop.count - 1))
        let to = max(from, nextStop[from])
        return (pastBefore[to] > pastBefore[from], planBefore[to] > planBefore[from])
    }

    /// "…했다고", "…라며", "…다는": a quotation ends at `i` (read through the sentence's buffer).
    private static func isQuotativeEnding(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        let c = s[i]
        guard c == "고" || c == "며" || c == "는", i > 0, s[i - 1] == "다" || s[i - 1] == "라" else { return false }
        return i + 1 >= s.count || !DateScalarReader.isHangul(s[i + 1])
    }
}
