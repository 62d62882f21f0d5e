/// Whether Hangul syllables can be a transliteration of a Latin name: "서던리튬" of "Southern
/// Lithium", "노르딕 아머" of "Nordic Armor". Each Latin word's first sound must open a syllable,
/// in order, the first word the first syllable; the sound is read from the word's first letters
/// (`initials`), as Korean spells loanwords.
///
/// A gloss that spells a common noun ("인공지능(Artificial Intelligence)", "자율주행(Autonomous
/// Driving)") fails: its Hangul is a translation, not a spelling of the sounds.
enum Transliteration {
    /// Initial consonants (ㄱ = 0 … ㅎ = 18, Unicode's order) a Latin word may open with, by its
    /// first letters; the longest spelling listed wins ("Ch" before "C").
    static let initials: [(latin: String, jamo: String)] = [
        ("ch", "ㅊㅋ"), ("ph", "ㅍ"), ("sh", "ㅅ"), ("th", "ㅅㄷㅌ"), ("kn", "ㄴ"), ("wr", "ㄹ"), ("sch", "ㅅ"),
        ("a", "ㅇ"), ("e", "ㅇ"), ("i", "ㅇ"), ("o", "ㅇ"), ("u", "ㅇ"), ("y", "ㅇ"), ("w", "ㅇ"), ("h", "ㅎㅇ"),
        ("b", "ㅂㅃ"), ("c", "ㅋㅅㅊㄲ"), ("d", "ㄷㄸ"), ("f", "ㅍ"), ("g", "ㄱㅈㄲ"), ("j", "ㅈㅉ"),
        ("k", "ㅋㄱㄲ"), ("l", "ㄹ"), ("m", "ㅁ"), ("n", "ㄴ"), ("p", "ㅍㅃ"), ("q", "ㅋ"), ("r", "ㄹ"),
        ("s", "ㅅㅆㅈㅊ"), ("t", "ㅌㄸㅊㄷ"), ("v", "ㅂ"), ("x", "ㅈㅅㅇ"), ("z", "ㅈㅉ"),
    ]

    /// The compatibility jamo of the initial consonants, in the order of the syllables' blocks.
    private static let choseong = Array("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".unicodeScalars)

    /// Each spelling's initials as indices into the syllable blocks, longest spelling first.
    private static let table: [(latin: [Unicode.Scalar], initials: [Int])] = initials
        .map { (Array($0.latin.unicodeScalars), $0.jamo.unicodeScalars.compactMap { choseong.firstIndex(of: $0) }) }
        .sorted { $0.latin.count > $1.latin.count }

    /// Whether `words` (of Hangul syllables, nothing else) spell the sounds of `latin`'s words; legal
    /// forms and small joining words ("of", "and") are left out of the Latin. Each Hangul word must
    /// open where a Latin word does ("조선소 걸프포트 마린웍스" is no spelling of "Gulfport Marine
    /// Works": 걸 opens no word).
    static func matches(_ words: [ArraySlice<Unicode.Scalar>], _ latin: String) -> Bool {
        var starts = Set<Int>()
        var position = 0
        for word in words {
            starts.insert(position)
            position += word.count
        }
        guard let opened = wordOpenings(words.flatMap { $0 }, latin) else { return false }
        return starts.isSubset(of: opened)
    }

    /// Where each Latin word's sound opens a syllable, first match after the one before; nil if
    /// some word's sound opens none.
    private static func wordOpenings(_ syllables: [Unicode.Scalar], _ latin: String) -> Set<Int>? {
        let opens = syllables.map(ScalarKind.initialConsonant)
        guard !opens.isEmpty, !opens.contains(where: { $0 == nil }) else { return nil }
        let words = latin.split(separator: " ").map { $0.lowercased() }.filter { word in
            !NameKey.englishLegalForms.contains(word.filter { $0 != "." }) && !joiningWords.contains(word)
        }
        guard !words.isEmpty, words.count <= opens.count else { return nil }
        var opened = Set<Int>()
        var next = 0
        for (n, word) in words.enumerated() {
            let letters = Array(word.unicodeScalars)
            guard let entry = table.first(where: { letters.starts(with: $0.latin) }) else { return nil }
            if n == 0 {
                guard let first = opens[0], entry.initials.contains(first) else { return nil }
                opened.insert(0)
                next = 1
                continue
            }
            guard let found = opens[next...].firstIndex(where: { $0.map(entry.initials.contains) ?? false }) else { return nil }
            opened.insert(found)
            next = found + 1
        }
        return opened
    }

    private static let joiningWords: Set<String> = ["of", "and", "&", "the", "de", "du", "la", "von", "van"]
}
