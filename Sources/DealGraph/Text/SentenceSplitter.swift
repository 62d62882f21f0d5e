/// Splits a paragraph of Korean news into sentences.
///
/// A sentence ends at `.`, `?`, `!` or `。` followed by space or the end, taking closing quotes
/// and brackets with it ("…했다.”"). It does not end inside numbers (1.5억, 2024.03.05),
/// after Latin abbreviations and initials (Inc., U.S., J. Kim), inside ellipses, or before a
/// quotative ending ("…했다”고 말했다"). Over-long runs without an ending are cut at a space,
/// so no sentence grows without bound.
public enum SentenceSplitter {
    /// Latin abbreviations that end in a period mid-sentence.
    static let abbreviations: Set<String> = [
        "inc", "co", "corp", "ltd", "llc", "plc", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "vs",
        "no", "vol", "etc", "fig", "dept", "univ", "prof", "gen", "gov", "sen", "rep", "mt", "ave",
        "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "al",
        // legal forms written with a period: "TravelLink Pte. Ltd.", "Medifor Zrt."
        "pte", "pty", "bhd", "sdn", "zrt", "kft", "nv", "bv", "sa", "kk", "spa", "srl", "oy",
    ]

    /// A sentence longer than this is cut at its last space before the limit.
    public static let maxLength = 1_000

    /// The `RemovedBlock` reason for the tail of a run cut at `maxLength`.
    public static let droppedReason = "word longer than a sentence"

    /// Local ranges of the sentences of `text`, leading and trailing spaces left out.
    public static func split(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var dropped: [Range<Int>] = []
        return split(text, droppedFragments: &dropped)
    }

    /// The same; a run of more than `maxLength` scalars without a space (a 10,000-digit number,
    /// a line of one syllable) cannot be a word of a sentence: it is cut, and the rest of the
    /// run after the cut goes to `droppedFragments` instead of starting a sentence, so no
    /// extractor reads the tail of a broken number as a number.
    public static func split(_ text: [Unicode.Scalar], droppedFragments: inout [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let n = text.count
        var start = 0
        var i = 0

        func close(at end: Int) {
            var lower = start
            var upper = end
            while lower < upper, text[lower] == " " || text[lower] == "\n" { lower += 1 }
            while upper > lower, text[upper - 1] == " " || text[upper - 1] == "\n" { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
            start = end
        }

        while i < n {
            if i - start >= maxLength {
                var cut = i
                while cut > start + maxLength / 2, text[cut] != " " { cut -= 1 }
                if cut <= start + maxLength / 2 {
                    close(at: i)
                    var wordEnd = i
                    while wordEnd < n, text[wordEnd] != " ", text[wordEnd] != "\n" { wordEnd += 1 }
                    droppedFragments.append(i..<wordEnd)
                    start = wordEnd
                    i = wordEnd
                    continue
                }
                close(at: cut)
            }
            let c = text[i]
            // Syllables and most letters lie above every line end and sentence ender ("。" is
            // U+3002): passed over with one comparison.
            if c.value > 0x3002 {
                i += 1
                continue
            }
            if c == "\n" {
                close(at: i)
                i += 1
                continue
            }
            // Only an ender can end a sentence: the others are passed over without a call.
            if c == "." || c == "?" || c == "!" || c == "。", let end = boundary(after: i, in: text) {
                close(at: end)
                i = end
                continue
            }
            i += 1
        }
        close(at: n)
        return result
    }

    /// If a sentence ends with the scalar at `i`, the offset just past the ending and its closers.
    private static func boundary(after i: Int, in text: [Unicode.Scalar]) -> Int? {
        let c = text[i]
        let n = text.count
        guard c == "." || c == "?" || c == "!" || c == "。" else { return nil }
        var end = i + 1
        // Runs of enders: "?!", "!!"; a run of periods is an ellipsis, not an ending.
        while end < n, text[end] == "?" || text[end] == "!" { end += 1 }
        if c == "." {
            if end < n, text[end] == "." { return nil }
            if i > 0, text[i - 1] == "." { return nil }
            if i > 0, ScalarKind.isDigit(text[i - 1]) {
                // 1.5억, 2024.03.05: a number goes on; a number at the paragraph end closes it.
                if end < n, ScalarKind.isDigit(text[end]) { return nil }
                if end < n { return nil }
            }
            if i > 0, ScalarKind.isLatin(text[i - 1]), isAbbreviation(endingAt: i, in: text) { return nil }
        }
        while end < n, NoiseRules.closers.contains(text[end]) { end += 1 }
        if end == n { return end }
        let next = text[end]
        if next == " " || next == "\n" { return end }
        // "…했다.이어" (no space after the period) still ends after a sentence-final syllable.
        if c == ".", ScalarKind.isHangul(next), i > 0, text[i - 1] == "다" || text[i - 1] == "요", end == i + 1 {
            return end
        }
        return nil
    }

    private static func isAbbreviation(endingAt period: Int, in text: [Unicode.Scalar]) -> Bool {
        var k = period - 1
        while k >= 0, ScalarKind.isLatin(text[k]) || text[k] == "." { k -= 1 }
        let word = String(scalars: text[(k + 1)..<period]).lowercased()
        if word.count == 1 { return true }  // an initial: "J. Kim", "U."
        return abbreviations.contains(word)
    }
}
