/// The keys of a name trie as scalars and as strings, side by side: a match written exactly as
/// its key (most are) takes the key's string rather than building its own. A `String` made from
/// scalars is encoded and, past 15 bytes, allocated; the lexicon's keys and an article's own
/// names are matched thousands of times a megabyte.
struct KeyTexts: Sendable {
    /// The keys' scalars, as the trie is built from them.
    let scalars: [[Unicode.Scalar]]
    private let texts: [String]

    init(scalars: [[Unicode.Scalar]]) {
        self.scalars = scalars
        texts = scalars.map { String(scalars: $0) }
    }

    init(texts: [String]) {
        self.texts = texts
        scalars = texts.map { Array($0.unicodeScalars) }
    }

    /// Key `key`'s string when `match` is written exactly as the key (no other case, no line
    /// break inside), else nil.
    func text(ofKey key: Int, matching match: ArraySlice<Unicode.Scalar>) -> String? {
        scalars[key].elementsEqual(match) ? texts[key] : nil
    }
}
