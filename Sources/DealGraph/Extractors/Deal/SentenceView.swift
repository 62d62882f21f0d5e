/// One sentence as the deal rules see it: its scalars, the organisations named in it, and
/// which scalars belong to any entity name (so cue words inside names are not read as cues).
///
/// A class: the rules hand views around constantly, and a view never changes once made, so a
/// copy is one reference rather than the six arrays it holds.
final class SentenceView {
    struct Organisation {
        let entityID: String
        let range: Range<Int>
    }

    let sentence: Sentence
    /// Companies and institutions, in text order, one per place.
    let organisations: [Organisation]
    /// Cities, counties and districts named as places ("청주시·충주시·음성군"), which host the
    /// plants a province's investment pacts are for.
    let localGovernments: [Organisation]
    /// Places named that the article also names as bodies ("경상남도-한국가스공사-…" in a list of
    /// pacts, where "경상남도는 … 밝혔다" named the province's government; "경남도-…" when the lexicon
    /// knows 경남도 as a name of 경상남도), as those bodies; kept for items of a list only.
    let placesAsBodies: [Organisation]
    /// People named who lead an organisation ("권 대표"), as that organisation at the person's place.
    let heads: [Organisation]
    /// For each scalar, whether it lies inside an entity mention.
    let inName: [Bool]
    /// Clause ranges: a sentence splits after a connective ending and a comma ("체결했으며,",
    /// "맺고,") and after "…하는 등", where Korean news chains one deal to the next.
    let clauses: [Range<Int>]

    /// `holdsItems` is `DealRules.holdsItems(sentence.scalars)` when the caller has already asked it.
    init(_ sentence: Sentence, mentions: [EntityMention], types: [TextKey: EntityType], leaders: [TextKey: String] = [:],
         bodiesOfPlaces: [TextKey: String] = [:], holdsItems: Bool? = nil) {
        self.sentence = sentence
        var inName = [Bool](count: sentence.scalars.count, copiedFrom: FilledBlocks.falses)
        var organisations: [Organisation] = []
        var localGovernments: [Organisation] = []
        var placesAsBodies: [Organisation] = []
        let isItem = holdsItems ?? DealRules.holdsItems(sentence.scalars)
        var heads: [Organisation] = []
        let inOrder: (EntityMention, EntityMention) -> Bool = {
            ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
        }
        // Mentions mostly come in that order already, with no two alike: then they are read as
        // they are, without a sorted copy (the same order any sort would give).
        let strictlyInOrder = mentions.indices.dropFirst().allSatisfy { inOrder(mentions[$0 - 1], mentions[$0]) }
        for mention in strictlyInOrder ? mentions : mentions.sorted(by: inOrder) {
            let range = mention.range.clamped(to: 0..<sentence.scalars.count)
            for i in range { inName[i] = true }
            guard let type = types[TextKey(mention.entityID)] else { continue }
            if type == .person {
                if !leaders.isEmpty, let led = leaders[TextKey(mention.entityID)] { heads.append(Organisation(entityID: led, range: range)) }
                // "엔젤투자자인 정민우 전 스터디플러스 대표가 참여했다": a person investing is a party,
                // read with the title after the name.
                if let end = DealRules.angelInvestor(at: range, in: sentence.scalars) {
                    if let last = organisations.last, last.range.overlaps(range.lowerBound..<end) { continue }
                    organisations.append(Organisation(entityID: mention.entityID, range: range.lowerBound..<end))
                }
                continue
            }
            // ("location:" and two syllables or more: the id's UTF-8 length is read without decoding it)
            // (only items of a list ask for them: other sentences make no key for their places)
            if type == .location, isItem, let body = bodiesOfPlaces[TextKey(mention.entityID)] {
                placesAsBodies.append(Organisation(entityID: body, range: range))
            } else if type == .location, isItem, mention.entityID.utf8.count >= Self.locationPrefixLength + 9,
               case let body = "institution:" + mention.entityID.dropFirst(Self.locationPrefixLength),
               types[TextKey(body)] == .institution {
                placesAsBodies.append(Organisation(entityID: body, range: range))
            }
            if type == .location, mention.entityID.utf8.count >= Self.locationPrefixLength + 9,
               let last = mention.entityID.unicodeScalars.last, Self.localGovernmentEnds.contains(last) {
                // The county the article also names as a body ("진안군수", "진안군청") is that body.
                let body = "institution:" + mention.entityID.dropFirst(Self.locationPrefixLength)
                let id = types[TextKey(body)] == .institution ? body : mention.entityID
                localGovernments.append(Organisation(entityID: id, range: range))
                continue
            }
            guard type == .company || type == .institution else { continue }
            if let last = organisations.last, last.range.overlaps(range) { continue }
            organisations.append(Organisation(entityID: mention.entityID, range: range))
        }
        self.organisations = organisations
        self.localGovernments = localGovernments
        self.placesAsBodies = placesAsBodies
        self.heads = heads
        self.inName = inName
        self.clauses = SentenceView.clauses(of: sentence.scalars, inName: inName)
    }

    var scalars: [Unicode.Scalar] { sentence.scalars }

    /// How the names of cities, counties and districts end.
    static let localGovernmentEnds: ScalarSet = ["시", "군", "구"]
    /// "location:" before a place's name in its id.
    static let locationPrefixLength = "location:".unicodeScalars.count

    /// Whether the scalars at `position` spell `phrase`.
    func has(_ phrase: [Unicode.Scalar], at position: Int) -> Bool {
        guard position >= 0, position + phrase.count <= scalars.count else { return false }
        return scalars[position..<(position + phrase.count)].elementsEqual(phrase)
    }

    /// Whether `phrase` starts within `window` scalars after `position`.
    func has(_ phrase: [Unicode.Scalar], within window: Int, after position: Int) -> Bool {
        let upper = min(scalars.count, position + window + phrase.count)
        guard position < upper else { return false }
        return scalars[position..<upper].containsScalars(phrase)
    }

    /// The clauses of `s`, empty ones left out.
    private static func clauses(of scalars: [Unicode.Scalar], inName: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        // Every scalar of every sentence is read here: through a buffer, without bounds checks.
        scalars.withUnsafeBufferPointer { s in
            var i = 1
            while i < s.count {
                var cut: Int? = nil
                if s[i] == ",", i >= 2, DealCues.clauseEndings.contains(s[i - 1]), ScalarKind.isHangul(s[i - 2]), !inName[i - 1] {
                    cut = i + 1
                } else if s[i] == ",", i >= 3, s[i - 1] == "어", s[i - 2] == "이", s[i - 3] == " ",
                          !namesSubject(s, inName, before: i) {
                    // "(…곳은 세종에어로스페이스다.) 스텔라샛을 인수한 데 이어, 올해 2월에는 …와 합작법인을
                    // 세웠다": one deal after another, the subject carried from before for both (a
                    // sentence opening on its subject reads its deals as one clause, as before)
                    cut = i + 1
                } else if s[i] == "등", i >= 2, s[i - 1] == " ", s[i - 2] == "는", i + 1 < s.count, s[i + 1] == " " {
                    cut = i + 1
                }
                if let cut {
                    if start < cut { result.append(start..<cut) }
                    start = cut
                }
                i += 1
            }
        }
        if start < scalars.count { result.append(start..<scalars.count) }
        return result
    }

    /// Whether a name before `end` is marked as a subject or topic (은, 는, 이, 가 and a space).
    private static func namesSubject(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ inName: [Bool], before end: Int) -> Bool {
        var j = 0
        while j + 2 < end {
            if inName[j], !inName[j + 1], Josa.subjectMarks.contains(s[j + 1]), s[j + 2] == " " { return true }
            j += 1
        }
        return false
    }

    /// The position after `end` once parenthesised glosses are skipped: "존슨앤드존슨(J&J)의" → "의".
    func afterGlosses(_ end: Int) -> Int {
        var i = end
        while i < scalars.count, scalars[i] == "(" {
            guard let close = scalars[i...].prefix(60).firstIndex(of: ")") else { break }
            i = close + 1
        }
        return i
    }

    /// Whether the sector word at `start..<end` says where, not what ("미국 소재 제약사").
    private func saysWhere(_ start: Int, _ end: Int) -> Bool {
        guard DealRules.alsoLocative.contains(where: { $0.count == end - start && has($0, at: start) }) else { return false }
        let afterName = start >= 2 && scalars[start - 1] == " " && inName[start - 2]
        let locativeEnding = end < scalars.count && (scalars[end] == "한" || scalars[end] == "지")
        return afterName || locativeEnding
    }

    /// Whether the word holding `position` is the name of an event ("해양항공우주 전시회").
    private func inEventName(_ position: Int) -> Bool {
        var end = position
        while end < scalars.count, ScalarKind.isWord(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] == " " { end += 1 }
        return DealRules.eventNouns.contains { has($0, at: end) }
    }

    /// Sectors named in `range`, entity names and event names left out.
    func sectors(in range: Range<Int>) -> (sectors: Set<Sector>, mixed: Bool) {
        var found = Set<Sector>()
        var mixed = false
        var i = range.lowerBound
        // Read once: each read of a static costs more than a scalar's test.
        let sectorLexicon = DealRules.sectorLexicon, mixedLexicon = DealRules.mixedLexicon, scalars = self.scalars
        while i < range.upperBound {
            if inName[i] { i += 1; continue }
            if let hit = sectorLexicon.match(in: scalars, at: i), hit.end <= range.upperBound,
               !(i..<hit.end).contains(where: { inName[$0] }) {
                if !inEventName(i), !saysWhere(i, hit.end) { found.insert(hit.value) }
                i = hit.end
                continue
            }
            if !mixed, mixedLexicon.match(in: scalars, at: i) != nil { mixed = true }
            i += 1
        }
        return (found, mixed)
    }
}

/// The cue tables compiled for matching at scalar positions.
enum DealRules {
    static let kindLexicon = ScalarLexicon(FormalEndings.adding(DealCues.kinds))
    static let partnershipLexicon = ScalarLexicon(FormalEndings.adding(DealCues.partnerships))
    /// The same phrases, asked first: most clauses hold none, and a phrase list skips along them.
    static let partnershipPhrases = ScalarPhraseList(FormalEndings.adding(DealCues.partnerships.map(\.0)))
    static let heldBy = scalarPhrases(FormalEndings.adding(DealCues.heldBy))
    static let notDealsBefore = DealCues.notDealsBefore.map { ($0.0, Array($0.1.unicodeScalars)) }
    static let purposeOf = Array(DealCues.purposeOf.unicodeScalars)
    static let nonBindingWords = scalarPhrases(FormalEndings.adding(DealCues.nonBindingWords))
    static let raising = ScalarPhraseList(FormalEndings.adding(DealCues.raising))
    static let anotherDeal = ScalarPhraseList(FormalEndings.adding(DealCues.anotherDeal))
    static let alsoThen = ScalarPhraseList(FormalEndings.adding(DealCues.alsoThen))
    static let stakeSwaps = ScalarPhraseList(FormalEndings.adding(DealCues.stakeSwaps))
    static let jointVentureReferences = scalarPhrases(FormalEndings.adding(DealCues.jointVentureReferences))
    static let ventureWords = ScalarPhraseList(FormalEndings.adding(DealCues.ventureWords))
    static let apartFrom = scalarPhrases(FormalEndings.adding(DealCues.apartFrom))
    static let statusLexicon = ScalarLexicon(FormalEndings.adding(DealCues.statuses))
    static let collectiveLexicon = ScalarLexicon(FormalEndings.adding(DealCues.collectiveParties))
    /// Whether a collective word (`DealCues.collectiveParties`) counts firms only: spelled out with
    /// 회사 or 기업 and no 기관 ("두 기업", "세 회사", "3개 기업"; not 양사, which reporters also write
    /// for a firm and a public body, nor "5개 기관·기업").
    static func countsFirmsOnly(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        (word.hasScalarSuffix(firmWord) || word.hasScalarSuffix(companyWord) || word.hasScalarSuffix(countedFirms)
            || word.last == "곳" && word.dropLast().last.map(ScalarKind.isDigit) == true || word.elementsEqual(bothFirms))
            && !word.containsScalars(bodyWord)
    }
    private static let firmWord = Array("기업".unicodeScalars), companyWord = Array("회사".unicodeScalars)
    private static let countedFirms = Array("개사".unicodeScalars)
    /// 양사 (兩社): two companies, where 양측 and 양 기관 may be any bodies.
    private static let bothFirms = Array("양사".unicodeScalars)
    private static let bodyWord = Array("기관".unicodeScalars)
    /// "대학 및 두 기업과": 및 joins what it links as 와 does.
    static let andWord = Array(" 및 ".unicodeScalars)
    /// A minister, vice minister or agency head as a counterpart: " 장관과", " 차관과", " 청장과".
    static let ministersSigning = scalarPhrases([" 장관과", " 차관과", " 청장과", " 장관 등과"])
    /// What makes a deal word the occasion of another told after it: "이번 협약을 계기로", "MOU에 이어".
    static let eventsAfter = scalarPhrases(FormalEndings.adding(DealCues.eventsAfter))
    static let pledges = ScalarPhraseList(FormalEndings.adding(DealCues.pledges))
    static let denials = ScalarPhraseList(FormalEndings.adding(DealCues.denials))
    static let rumours = ScalarPhraseList(FormalEndings.adding(DealCues.rumours))
    static let firmsOwners = scalarPhrases(FormalEndings.adding(DealCues.firmsOwners))
    static let shareholderAfter = scalarPhrases(FormalEndings.adding(DealCues.shareholderAfter))
    static let unnamedCounterparts = ScalarPhraseList(FormalEndings.adding(DealCues.unnamedCounterparts))
    static let thisCompany = ScalarPhraseList(FormalEndings.adding(DealCues.thisCompany))
    static let thisCompanyAsCounterpart = ScalarPhraseList(FormalEndings.adding(DealCues.thisCompanyAsCounterpart))
    static let sharesHeld = scalarPhrases(["지분", "주식", " 지분", " 주식"])
    /// "이번 협약을 계기로", "투자 계약 서명식에서": the deal told is the occasion of the next.
    static let occasionAfter = scalarPhrases(["을 계기로", "를 계기로", "에 이어 ", " 체결에 이어 ",
                                              " 서명식에서", " 체결식에서", "식에서"])
    static let subsidiaryWords = scalarPhrases(FormalEndings.adding(DealCues.subsidiaryWords))
    static let adnominals = scalarPhrases(FormalEndings.adding(DealCues.adnominals))
    /// Marks that open the items of a list: "▲A-B '… MOU'".
    static let listMarks: ScalarSet = ["▲", "■", "●", "◆", "△", "□", "○", "◇", "•"]
    /// Whether a sentence is an item of a list ("▲A-B '… MOU'") or holds a list written inline
    /// ("… ▲A–B 협약 ▲C–D 협약").
    static func holdsItems(_ s: [Unicode.Scalar]) -> Bool {
        s.first.map(listMarks.contains) == true || holdsInlineList(s)
    }

    /// Whether two items or more of a list are written inline; asked of every sentence, so it
    /// stops at the second item and makes no list.
    static func holdsInlineList(_ s: [Unicode.Scalar]) -> Bool {
        var items = 0
        for i in s.indices.dropFirst() where startsInlineItem(s, i) {
            items += 1
            if items == 2 { return true }
        }
        return false
    }

    /// Where the items of a list written inline start ("주요 협약은 ▲전남도–하이퍼블레이드 투자협약 ▲…").
    static func inlineItemStarts(_ s: [Unicode.Scalar]) -> [Int] {
        s.indices.dropFirst().filter { startsInlineItem(s, $0) }
    }

    /// An inline item starts at each "▲" after a space.
    private static func startsInlineItem(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s[i] == "▲" && ScalarKind.isSpace(s[i - 1])
    }
    static let angelWords = scalarPhrases(FormalEndings.adding(DealCues.angelInvestors))

    /// Where a person named after a word for an angel investor ends, with the title that may
    /// follow ("정민우 전 스터디플러스 대표"): the end of the name, or of a title within three words.
    static func angelInvestor(at range: Range<Int>, in s: [Unicode.Scalar]) -> Int? {
        guard angelWords.contains(where: { range.lowerBound >= $0.count && s[(range.lowerBound - $0.count)..<range.lowerBound].elementsEqual($0) })
        else { return nil }
        var i = range.upperBound
        for _ in 0..<3 {
            guard i < s.count, s[i] == " " else { break }
            let word = i + 1
            if let title = titles.first(where: { word + $0.count <= s.count && s[word..<(word + $0.count)].elementsEqual($0) }) {
                return word + title.count
            }
            guard let space = s[word...].prefix(16).firstIndex(of: " ") else { break }
            i = space
        }
        return range.upperBound
    }

    /// Marks of a heading over a group of items ("○ 베트남(10일, 하이퐁)" over "▲…" items).
    static let groupMarks: ScalarSet = ["○", "■", "□", "◆", "◇"]
    /// 도 after a name: "오르비탈 캐피털도 … 넣었다", one more of those just told.
    static let too: [Unicode.Scalar] = ["도", " "]
    static let shareholderBefore = scalarPhrases(FormalEndings.adding(DealCues.shareholderBefore))
    /// Round words after a possessive that make its owner the investee: "무빙랩의 시리즈A에는".
    /// ("…비스와 인슈어런스의 제3자 배정 유상증자에 참여해": new shares are the issuer's round too)
    static let roundsAfterPossessive = scalarPhrases([" 시리즈", " 라운드", " 투자 유치", " 프리IPO", " 시드", " 브릿지",
                                                      " 유상증자", " 제3자 배정", " 제3자배정", " 신주", " 전환사채", " 교환사채"])
    /// Deals counted, not named: "두 건의 선박 건조 계약", "3건의 공급 계약".
    static let countedDeals = ScalarPhraseList(["건의 "])
    /// Counterparts counted, not named: "스타트업 세 곳에", "중소기업 5개사와".
    static let countedCounterparts = ScalarPhraseList(["곳에 ", "곳과 ", "개사에", "개사와", "개 기업에", "개 기업과", "개 스타트업에", "개 업체에", "개 업체와"])
    /// What makes an MOU an investment pact: "투자협약", "투자 협약식", "투자 양해각서".
    static let investmentPactOpenings = scalarPhrases(["투자", "투자 "])
    /// "계약일은 지난 14일이며": asked of a sentence in one pass, then found clause by clause.
    static let contractDayStatements = ScalarPhraseList(FormalEndings.adding(DealCues.contractDayStatements))
    static let contractDayPhrases = scalarPhrases(FormalEndings.adding(DealCues.contractDayStatements))
    /// "이와 별도로 … 계약도 맺었다": another occasion, not the day of the deal just told.
    static let separately = ScalarPhraseList(["별도로"])
    static let thatTime = ScalarPhraseList(DealCues.thatTime)
    static let roundStages = ScalarLexicon(DealCues.roundStages, foldsCase: true)
    /// A technology as the object of "넘겼다": "신약 후보를 ", "플랫폼을 " (both particles made, the
    /// one that does not fit is never met).
    static let handedOver = ScalarPhraseList((DealCues.licensedTechnologies + DealCues.technologiesHandedOver)
        .flatMap { [$0 + "을 ", $0 + "를 "] } + ["기술 "])
    /// What a licence buys: "후보물질", "판권", "기술" (`DealBuilder.boughtTechnology`).
    static let technologyNouns = scalarPhrases(DealCues.licensedTechnologies)
    static let quoteMarks: ScalarSet = ["'", "‘", "’", "\"", "“", "”"]
    /// "이번 라운드", "이번 투자": the round the article is about, whatever was told just before.
    static let thisRound = ScalarPhraseList(["이번 "])
    /// What makes a deal word the topic of its clause, pointed back at: "이번 협약은", "해당 계약은".
    static let topicReferences = scalarPhrases(["이번 ", "해당 "])
    /// Relative verbs of a deal signed: "2022년 맺은 … 협약", "지난해 체결한 계약".
    static let signedRelatives = scalarPhrases(["맺은 ", "체결한 ", "체결했던 ", "맺었던 "])
    /// "업계에 따르면", "관계자에 의하면": a source cited.
    static let sourceCitations = [Array("에 따르면".unicodeScalars), Array("에 의하면".unicodeScalars)]
    /// The prefix of a company's entity id.
    static let companyIDPrefix = "company:"
    static let sectorLexicon = ScalarLexicon(SectorKeywords.table)
    static let mixedLexicon = ScalarLexicon(SectorKeywords.mixed.map { ($0, true) })
    static let announcementLexicon = ScalarLexicon(FormalEndings.adding(DealCues.announcements).map { ($0, true) })
    static let nonPartyRoles = scalarPhrases(FormalEndings.adding(DealCues.nonPartyRoles))
    static let hostRoles = scalarPhrases(FormalEndings.adding(DealCues.hostRoles))
    static let openingAdverbs = scalarPhrases(FormalEndings.adding(DealCues.openingAdverbs))
    static let backReferences = scalarPhrases(FormalEndings.adding(DealCues.backReferences))
    // Phrase lists only asked whether one occurs in a clause: one pass over the clause each.
    static let backReferenceNouns = ScalarPhraseList(FormalEndings.adding(DealCues.backReferenceNouns))
    static let basedOn = scalarPhrases(FormalEndings.adding(DealCues.basedOn))
    static let afterTheDeal = scalarPhrases(DealCues.afterTheDeal)
    static let investingVerbs = ScalarPhraseList(FormalEndings.adding(DealCues.investingVerbs))
    static let roundJoining = ScalarPhraseList(FormalEndings.adding(DealCues.roundJoining))
    static let roundRest = ScalarPhraseList(FormalEndings.adding(DealCues.roundRest))
    static let roundNames = ScalarPhraseList(DealCues.roundNames)
    static let ventureNames = scalarPhrases(DealCues.ventureNames)
    /// What was done, reported: "…체결했다고 22일 밝혔다".
    static let reportedThat = ScalarPhraseList(FormalEndings.adding(DealCues.announcements.map { "다고 " + $0 }
        + ["다고 1", "다고 2", "다고 3", "다고 4", "다고 5", "다고 6", "다고 7", "다고 8", "다고 9"]))
    static let unnamedFirmsAsSubject = ScalarPhraseList(DealCues.unnamedFirmsAsSubject)
    static let mediaReports = ScalarPhraseList(FormalEndings.adding(DealCues.mediaReports))
    static let unitWords = scalarPhrases(FormalEndings.adding(DealCues.unitWords))
    static let takingPart = ScalarPhraseList(FormalEndings.adding(DealCues.takingPart))
    static let distributive = ScalarPhraseList(FormalEndings.adding(DealCues.distributive))
    static let roundLeaders = scalarPhrases(FormalEndings.adding(DealCues.roundLeaders))
    /// 시는, 도가, 교육청은, 공사가 …: the body of that kind just named, and how its name ends. The
    /// particles follow the last syllable: 은/이 after a final consonant, 는/가 after none.
    static let localGovernmentWords: [(word: [Unicode.Scalar], ending: String)] = DealCues.bodiesReferred.flatMap { ending in
        (endsInConsonant(ending) ? ["은", "이"] : ["는", "가"]).map { (Array((ending + $0 + " ").unicodeScalars), ending) }
    }
    /// The same words joined to another by 와/과: "도와 시는 …".
    static let localGovernmentsJoined: [(word: [Unicode.Scalar], ending: String)] = DealCues.bodiesReferred.map { ending in
        (Array((ending + (endsInConsonant(ending) ? "과" : "와") + " ").unicodeScalars), ending)
    }
    /// The same words as a counterpart, two syllables or more ("협회와 …을 맺었다"; "도와" may be
    /// a verb).
    static let bodiesAsCounterparts = localGovernmentsJoined.filter { $0.ending.unicodeScalars.count >= 2 }
    /// `bodiesAsCounterparts` as one list, asked whether a clause holds any before each word is read.
    static let bodiesAsCounterpartPhrases = ScalarPhraseList(bodiesAsCounterparts.map { String(String.UnicodeScalarView($0.word)) })
    /// Whether a word's last syllable has a final consonant (교육청, 공단), which picks 은/이/과.
    private static func endsInConsonant(_ word: String) -> Bool {
        word.unicodeScalars.last.map(ScalarKind.hasFinalConsonant) ?? false
    }
    static let companySelfReferences = scalarPhrases(FormalEndings.adding(DealCues.companySelfReferences))
    static let counterpartNamed = ScalarPhraseList(FormalEndings.adding(DealCues.counterpartNamed))
    static let partnerNamed = scalarPhrases(FormalEndings.adding(DealCues.partnerNamed))
    static let firmsCountedByPlace = scalarPhrases(FormalEndings.adding(DealCues.firmsCountedByPlace))
    static let participantsListed = scalarPhrases(FormalEndings.adding(DealCues.participantsListed))
    static let copula = Array(DealCues.copula.unicodeScalars)
    /// The same words opening a clause that holds a deal word ("협약 상대는 …다").
    static let counterpartOpenings = scalarPhrases(DealCues.counterpartNamed.filter { $0.contains(" ") })
    static let contractWordLexicon = ScalarLexicon([("계약", true)])
    static let venueAfterName = scalarPhrases([
        // (not "본사에서": "닛세이통신 본사에서 … MOU를 맺었다" names the counterpart's own house)
        "에서 ", "에 마련한", "에서의 ", " 청사에서", " 부스에서", " 회의실에서", " 본점에서",
    ])
    static let titles = scalarPhrases(FormalEndings.adding(DealCues.titles))
    static let signing = ScalarPhraseList(FormalEndings.adding(DealCues.signing))
    static let contextPrefixes = scalarPhrases(FormalEndings.adding(DealCues.contextPrefixes))
    static let eventNouns = scalarPhrases(FormalEndings.adding(DealCues.eventNouns))
    static let alsoLocative = scalarPhrases(SectorKeywords.alsoLocative)
    static let wordInitialStatuses = scalarPhrases(FormalEndings.adding(DealCues.wordInitialStatuses))
    static let plansAfterSigning = scalarPhrases(FormalEndings.adding(DealCues.plansAfterSigning))
    static let restatements = ScalarPhraseList(FormalEndings.adding(DealCues.restatements))
    /// A deal told as done before, then what follows: "…시리즈A 때도 120억원을 넣은 바 있어 이번이 두 번째
    /// 베팅이다" tells the earlier deal, which "이번이 두 번째" does not restate.
    static let toldAsBefore = ScalarPhraseList(["바 있어 ", "바 있으며", "바 있고"])
    static let cooperation = ScalarPhraseList(FormalEndings.adding(DealCues.cooperation))
    static let contractSigned = ScalarPhraseList(FormalEndings.adding(DealCues.contractSigned))
    static let alsoSigned = ScalarPhraseList(FormalEndings.adding(DealCues.alsoSigned))
}
