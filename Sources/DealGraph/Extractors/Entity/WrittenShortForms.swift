/// Short forms an article writes for an organisation it names, without ever glossing them:
/// "국립수산과학원은 … 수과원은", "과학기술정보통신부 … 과기정통부가", "한국생산기술연구원과 … 생기원은".
/// Reporters shorten a name by keeping some of its syllables in order, its last one among them;
/// a word written so is that organisation, as a bracketed abbreviation would be.
extension EntityScan {
    /// A short form written in the article and the organisation it stands for.
    struct WrittenShortForm {
        let surface: String
        let key: String
        let type: EntityType
        let sectors: [Sector]
    }

    /// The words (without their particles) that are written short forms of exactly one
    /// organisation the article names (`isWrittenShortForm`), and are no name or word known
    /// otherwise: not in the lexicon (its abbreviations are its own: "산업부"), not a name found in
    /// the article ("서울병원" is another hospital, not 서울대학교병원), not a generic stem or
    /// descriptor. Each word is compared with the organisations whose name (after a public
    /// opener) starts with its first syllable: a bounded number of comparisons per word.
    func writtenShortForms() -> [WrittenShortForm] {
        // The organisations the article names, each under the forms a short form is taken from,
        // by the first syllable a short form of each starts with.
        var organisations: [(base: ShortenableName, key: String, type: EntityType, sectors: [Sector])] = []
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        var seenKeys: Set<TextKey> = []
        for found in found {
            for k in found.indices where found[k].type != nil {
                // (the shortest names, and names once seen, passed over before any string is made)
                guard let type = found[k].type, type == .company || type == .institution, !found[k].facility,
                      found[k].range.count >= 4, organisations.count < 64,
                      seenKeys.insert(TextKey(found[k].key + "\t" + found[k].surface)).inserted
                else { continue }
                let name = Array(found[k].surface.unicodeScalars)
                guard name.count >= 4, name.allSatisfy(ScalarKind.isHangul) else { continue }
                for base in Self.shortenableNames(name, type: type) {
                    byFirst[base.body[base.body.startIndex], default: []].append(organisations.count)
                    organisations.append((base, found[k].key, type, found[k].sectors))
                }
            }
        }
        guard !byFirst.isEmpty else { return [] }
        // The names found, made only when a word is a short form of one of them (few articles hold one).
        lazy var names = Set(found.lazy.flatMap { $0 }.filter { $0.type != nil }.map { TextKey($0.surface) })
        var result: [WrittenShortForm] = []
        var tried: Set<TextKey> = []
        // The first and last syllables of the names (at most 64 names, mostly a few syllables): a
        // short form starts and ends in one ("수과원": 수, 원), asked of every word without hashing.
        var firsts: [Unicode.Scalar] = []
        var lasts: [Unicode.Scalar] = []
        for o in organisations {
            if let c = o.base.body.first, !firsts.contains(c) { firsts.append(c) }
            if let c = o.base.body.last, !lasts.contains(c) { lasts.append(c) }
        }
        for sw in words {
            for w in sw.words.indices {
                // (asked on the sentence's buffer first: most words start with no name's syllable,
                // or hold none of their last syllables where a short form could end)
                guard sw.word(w, satisfies: { word in
                    word.count >= 3 && firsts.contains(word[word.startIndex])
                        && (3...min(word.count, Self.longestWrittenShortForm)).contains { lasts.contains(word[word.startIndex + $0 - 1]) }
                }) else { continue }
                let word = sw.slice(w)
                guard let candidates = byFirst[word[word.startIndex]] else { continue }
                for n in stride(from: min(word.count, Self.longestWrittenShortForm), through: 3, by: -1)
                where lasts.contains(word[word.startIndex + n - 1]) && (n == word.count || Josa.isStem(word, n)) {
                    let short = word.prefix(n)
                    guard short.allSatisfy(ScalarKind.isHangul) else { continue }
                    // (the organisations asked first, on scalars: most words are no short form, and
                    // are passed over without a string made for them)
                    let owners = candidates.filter { Self.isWrittenShortForm(short, of: organisations[$0].base) }
                    guard let owner = owners.first else { continue }
                    let surface = String(scalars: short)
                    guard tried.insert(TextKey(surface)).inserted,
                          owners.allSatisfy({ TextKey(organisations[$0].key) == TextKey(organisations[owner].key) }),
                          !names.contains(TextKey(surface)), lexicon.kind(ofScalars: short) == nil,
                          DocumentNames.isUsableShortForm(surface) else { continue }
                    let o = organisations[owner]
                    result.append(WrittenShortForm(surface: surface, key: o.key, type: o.type, sectors: o.sectors))
                }
            }
        }
        return result
    }

    /// Short forms reporters write have few syllables ("과기정통부").
    private static let longestWrittenShortForm = 6

    /// A form of a name a short form is taken from.
    struct ShortenableName {
        /// The form, after a public opener (국립, 한국 …), which short forms leave out ("수과원" of
        /// 국립수산과학원, "생기원" of 한국생산기술연구원).
        let body: ArraySlice<Unicode.Scalar>
        /// The form with a university's or an institute's ending shortened (대학교 → 대, 연구원 → 연):
        /// its start and that ending alone name another body ("중부대" is not 중부과학기술대).
        let endingShortened: Bool
    }

    /// The name, and for an institution the name with its ending shortened as reporters do
    /// ("중부과기대" of 중부과학기술대학교).
    static func shortenableNames(_ name: [Unicode.Scalar], type: EntityType) -> [ShortenableName] {
        var body = name[...]
        for opener in OrganizationShapes.publicOpeners where name.count > opener.count + 2 && name.hasScalarPrefix(opener) {
            body = name.dropFirst(opener.count)
            break
        }
        var result = [ShortenableName(body: body, endingShortened: false)]
        guard type == .institution else { return result }
        for (long, short) in DocumentNames.institutionEndingsShortened where body.count >= long.count + 2 && body.hasScalarSuffix(long) {
            result.append(ShortenableName(body: ArraySlice(body.dropLast(long.count) + short), endingShortened: true))
        }
        return result
    }

    /// Whether `short` is written with syllables of `name`'s body in order: at least three, fewer
    /// than the body's, starting with the body's first syllable and ending with its last ("수과원" of
    /// 국립수산과학원, "산업부" of 산업통상자원부). A tail of the name ("과학원", "연구원") and a short
    /// form opening with the opener ("국수원") are none, nor the start of a form with a shortened
    /// ending and that ending ("중부대").
    static func isWrittenShortForm(_ short: ArraySlice<Unicode.Scalar>, of name: ShortenableName) -> Bool {
        let body = name.body
        guard short.count >= 3, short.count < body.count, short.first == body.first, short.last == body.last,
              !body.hasScalarSuffix(Array(short)) else { return false }
        if name.endingShortened, body.hasScalarPrefix(Array(short.dropLast())) { return false }
        return body.holdsInOrder(short)
    }
}
