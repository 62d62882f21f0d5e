/// A line wrapped inside a word: "…한빛리튬·세진케미칼·그린메탈솔루" then "션즈와 총 4320억 원 …".
/// The two halves are one word when the article writes them joined elsewhere ("그린메탈솔루션즈는"),
/// which a break between two words ("이차전지 소재" then "기업과") seldom is.
struct WrappedWords {
    private let text: [Unicode.Scalar]
    /// Scalars the searches may still read: four times the text, so an article wrapped at every
    /// line stays linear in its length.
    private var budget: Int

    /// How far from the break the joined word is looked for, each way.
    private static let window = 4_000

    init(_ text: [Unicode.Scalar]) {
        self.text = text
        budget = 4 * text.count + 4_096
    }

    /// Whether `previous` (a line ending at `position`) and `next` (the line after it) split one
    /// word: both sides are syllables, and the joined word (its last syllable left out, a particle
    /// perhaps) opens a word elsewhere in the text.
    mutating func splitsWord(_ previous: ArraySlice<Unicode.Scalar>, _ next: ArraySlice<Unicode.Scalar>, at position: Int) -> Bool {
        let head = previous.reversed().prefix(while: ScalarKind.isHangul).count
        let tail = next.prefix(while: ScalarKind.isHangul).count
        guard head >= 2, tail >= 2, head + tail <= 16 else { return false }
        let probe = Array(previous.suffix(head)) + Array(next.prefix(tail - 1))
        let lower = max(0, position - Self.window), upper = min(text.count, position + Self.window)
        guard budget >= upper - lower else { return false }
        budget -= upper - lower
        return occursAsWordStart(probe, in: lower..<upper)
    }

    private func occursAsWordStart(_ probe: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var rest = text[range]
        while let i = rest.firstOffset(of: probe) {
            if i == 0 || !ScalarKind.isHangul(text[i - 1]) { return true }
            rest = text[(i + 1)..<range.upperBound]
        }
        return false
    }
}
