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
        var starts: [Int] = []
        var position = 0
        for word in words {
            starts.append(position)
            position += word.count
        }
        let opens = words.flatMap { $0 }.map(ScalarKind.initialConsonant)
        guard !opens.isEmpty, opens.count <= 32, !opens.contains(where: { $0 == nil }) else { return false }
        let latinWords = latin.split(separator: " ").map { $0.lowercased() }.filter { word in
            !NameKey.englishLegalForms.contains(word.filter { $0 != "." }) && !joiningWords.contains(word)
        }
        guard !latinWords.isEmpty, latinWords.count <= min(opens.count, 8) else { return false }
        var initials: [[Int]] = []
        for word in latinWords {
            let letters = Array(word.unicodeScalars)
            guard let entry = table.first(where: { letters.starts(with: $0.latin) }) else { return false }
            initials.append(entry.initials)
        }
        guard let first = opens[0], initials[0].contains(first) else { return false }
        var failed = Set<Int>()
        return aligns(initials, 1, from: 1, opens, starts: Set(starts), failed: &failed)
    }

    /// Whether Latin words `n…` can open syllables from `from` on, in order, so that every Hangul
    /// word's first syllable is opened by one ("메이플리프 리소시스" for "Mapleleaf Resources": R
    /// opens 리소시스, not the 리 inside 메이플리프). A syllable starting a Hangul word may not be
    /// passed over.
    /// `failed` remembers the (word, syllable) states already found to fail, so a crafted gloss stays
    /// polynomial.
    private static func aligns(_ initials: [[Int]], _ n: Int, from: Int, _ opens: [Int?], starts: Set<Int>,
                               failed: inout Set<Int>) -> Bool {
        if n == initials.count { return !starts.contains { $0 >= from } }
        let state = n * (opens.count + 1) + from
        if failed.contains(state) { return false }
        var i = from
        while i < opens.count {
            if let open = opens[i], initials[n].contains(open),
               aligns(initials, n + 1, from: i + 1, opens, starts: starts, failed: &failed) {
                return true
            }
            // (a word's first syllable left unopened: no later choice can open it)
            if starts.contains(i) { break }
            i += 1
        }
        failed.insert(state)
        return false
    }

    private static let joiningWords: Set<String> = ["of", "and", "&", "the", "de", "du", "la", "von", "van"]
}
