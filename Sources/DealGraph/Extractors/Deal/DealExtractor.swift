/// Finds the deals of an article — kind, parties, status, sectors, date, money — once each,
/// however often the article repeats them, and the totals it states (`AggregateExtractor`).
///
/// Works clause by clause on the sentences that are not repeats: a deal word (`DealCues.kinds`)
/// with a status (`DealCues.statuses`) and at least one named organisation makes a deal; the
/// organisations of the clause up to its verb are its parties, with "양사/두 회사" resolved to
/// the organisations named just before and a missing subject carried from the last sentence.
public enum DealExtractor {
    public static func extract(from sentences: [Sentence], source: SourceText, entities: [Entity],
                               mentions: [EntityMention], amounts: [MoneyAmount], dates: [DateMention],
                               reference: CalendarDay?, relations: [Relation])
        -> (deals: [Deal], aggregates: [Aggregate]) {
        // Entity ids are Hangul strings: keyed by their bytes, a lookup skips String's normalisation.
        let types = Dictionary(entities.map { (TextKey($0.id), $0.type) }, uniquingKeysWith: { a, _ in a })
        let sectorsByEntity = Dictionary(entities.map { (TextKey($0.id), $0.sectors) }, uniquingKeysWith: { a, _ in a })
        let mentionsOf = DealExtractor.mentionsBySentence(mentions, sentences)
        // The organisation each person leads (the first the text gives).
        let leaders = Dictionary(relations.filter { $0.kind == .leads }.map { (TextKey($0.source), $0.target) },
                                 uniquingKeysWith: { a, _ in a })
        // A place the article also names as a body under a name of which the place's is a short
        // form ("경남도" and "경상남도(도지사 박진호)는"): that body.
        // (institutions grouped by their first syllable, a few each: a crafted text naming thousands
        // of places and bodies stays linear)
        // (asked only by items of a list: articles without one pass over this)
        let holdsItems = sentences.map { DealRules.holdsItems($0.scalars) }
        let hasList = holdsItems.contains(true)
        var institutions: [Unicode.Scalar: [(id: String, names: [EntityScan.ShortenableName])]] = [:]
        for body in entities where hasList && body.type == .institution {
            let name = Array(body.name.unicodeScalars)
            guard let first = name.first, institutions[first, default: []].count < 8 else { continue }
            institutions[first, default: []].append((body.id, EntityScan.shortenableNames(name, type: .institution)))
        }
        var bodiesOfPlaces: [TextKey: String] = [:]
        if !institutions.isEmpty {
            for place in entities where place.type == .location {
                let forms = ([place.name] + place.aliases).prefix(4).map { Array($0.unicodeScalars) }
                if let body = forms.lazy.compactMap({ form in
                    form.first.flatMap { institutions[$0] }?.first { institution in
                        institution.names.contains { EntityScan.isWrittenShortForm(form[...], of: $0) }
                    }
                }).first {
                    bodiesOfPlaces[TextKey(place.id)] = body.id
                }
            }
        }
        let views = sentences.indices.filter { sentences[$0].repeats == nil }.map { (k: Int) -> SentenceView in
            SentenceView(sentences[k], mentions: mentionsOf(sentences[k].index), types: types, leaders: leaders,
                         bodiesOfPlaces: bodiesOfPlaces, holdsItems: holdsItems[k])
        }
        // A sentence and its repeats, by position; their spans (and texts) are cut when a deal
        // or total cites them.
        var copies: [Int: [Int]] = [:]
        for (position, sentence) in sentences.enumerated() {
            copies[sentence.repeats ?? sentence.index, default: []].append(position)
        }
        let evidence: (Sentence) -> [Span] = { sentence in
            copies[sentence.index].map { $0.map { sentences[$0].span } } ?? [sentence.span]
        }

        var builder = DealBuilder(views: views, amounts: amounts, dates: dates, reference: reference,
                                  sectorsByEntity: sectorsByEntity, evidence: evidence)
        for k in views.indices { builder.read(sentence: k) }
        builder.collectSupportingSentences()
        builder.collectContinuations()
        builder.mergeLeadsIntoDetails()
        builder.dateFromStatedTotals(aggregateDates(views, dates: dates))
        let deals = builder.finish()
        return (deals, AggregateExtractor.extract(views, source: source, evidence: evidence, told: deals))
    }

    /// The mentions of each sentence, by its index. The pipeline's sentence indices are their
    /// positions, and the mentions are then grouped in an array without hashing.
    static func mentionsBySentence(_ mentions: [EntityMention], _ sentences: [Sentence]) -> (Int) -> [EntityMention] {
        guard sentences.indices.allSatisfy({ sentences[$0].index == $0 }) else {
            let grouped = Dictionary(grouping: mentions, by: \.sentence)
            return { grouped[$0] ?? [] }
        }
        var grouped = [[EntityMention]](repeating: [], count: sentences.count)
        for mention in mentions where grouped.indices.contains(mention.sentence) {
            grouped[mention.sentence].append(mention)
        }
        return { grouped.indices.contains($0) ? grouped[$0] : [] }
    }

    /// Days on which the article says a number of deals of a kind were signed ("16일(현지시간)
    /// … 양해각서(MOU) 23건이 체결됐다"): every deal of that kind it names without a day of its
    /// own was signed then.
    static func aggregateDates(_ views: [SentenceView], dates: [DateMention]) -> [DealKind: CalendarDay] {
        var found: [DealKind: CalendarDay] = [:]
        // The dates by where they start, so each sentence's are found by a binary search, not by
        // reading them all (a long text dense with totals stays n log n).
        let byStart = dates.indices.sorted { dates[$0].span.start < dates[$1].span.start }
        for view in views where AggregateExtractor.mayCount(view) {
            let totals = AggregateExtractor.extract([view], source: SourceText(""), evidence: { _ in [] })
            guard let kind = totals.first?.kind, found[kind] == nil else { continue }
            let range = view.sentence.sourceRange
            var low = 0, high = byStart.count
            while low < high {
                let middle = (low + high) / 2
                if dates[byStart[middle]].span.start < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var day: CalendarDay? = nil
            var days = 0
            for d in byStart[low...] {
                let mention = dates[d]
                guard mention.span.start < range.upperBound else { break }
                guard mention.grain == .day, mention.span.end <= range.upperBound, !DealBuilder.isAnnouncementDate(mention, view) else { continue }
                days += 1
                day = mention.value.flatMap(CalendarDay.init(iso:))
            }
            if days == 1, let day { found[kind] = day }
        }
        return found
    }
}

/// The working state while deals are read sentence by sentence.
struct DealBuilder {
    struct Candidate {
        var kind: DealKind
        /// For investments the investee comes first.
        var parties: [String]
        var status: DealStatus
        var date: CalendarDay?
        /// When the clause says the deal happened, as a span of days ("지난해 9월" is all of
        /// September): the same parties at times that cannot meet are different deals.
        var when: ClosedRange<CalendarDay>?
        var sectors: Set<Sector>
        var amounts: [String]
        var evidence: [Span]
        var sentences: Set<Int>
        /// Told only by words of joining forces ("손잡았다"): dropped when its parties signed a
        /// deal of a kind (`DealCues.partnerships`).
        var loose = false
        /// Told as another deal than the one before ("회사는 앞서 지난해 8월 … 투자를 받으며"): it
        /// is the same as an undated one only if both are dated and their times meet.
        var another = false
        /// How many firms the deal counts without naming them ("15개 기업과 … MOU를 체결했다"); the
        /// firms told after it are each a deal of their own (`readFirmsCounted`).
        var firmsToName = 0
        /// Told again firm by firm, as deals of their own: dropped.
        var toldFirmByFirm = false
        /// One of the deals a clause told with each counterpart ("…병원, …병원과 각각 업무협약을").
        var toldEach = false
        /// Told with a counterpart the text does not name ("베트남의 한 양식 기업에", "비공개"): kept
        /// with the one party named.
        var counterpartUnnamed = false
        /// The stage of the round an investment is told as ("A" for 시리즈A, "pre-IPO"): rounds
        /// of different stages are different deals.
        var stage: String?
    }

    let views: [SentenceView]
    let amounts: [MoneyAmount]
    let dates: [DateMention]
    let reference: CalendarDay?
    let sectorsByEntity: [TextKey: [Sector]]
    let evidence: (Sentence) -> [Span]
    var deals: [Candidate] = []
    /// The deal a sentence last pointed back at ("이번 라운드는 …"), and that sentence.
    private var pointedBack: (deal: Int, sentence: Int)?
    /// The deal last told that counts firms it did not name (`Candidate.firmsToName`): kept here so
    /// that sentences do not search the deals for it.
    private var countingDeal: Int?

    init(views: [SentenceView], amounts: [MoneyAmount], dates: [DateMention], reference: CalendarDay?,
         sectorsByEntity: [TextKey: [Sector]], evidence: @escaping (Sentence) -> [Span]) {
        self.views = views
        self.amounts = amounts
        self.dates = dates
        self.reference = reference
        self.sectorsByEntity = sectorsByEntity
        self.evidence = evidence
    }

    mutating func read(sentence k: Int) {
        let view = views[k]
        readContractDay(sentence: k)
        // (firms told after a pact that counted them, in a sentence that told no deal of its own)
        let dealsBefore = deals.count
        defer {
            if deals.count == dealsBefore { readListItem(sentence: k) }
            if deals.count == dealsBefore { readInlineListItems(sentence: k) }
            if deals.count == dealsBefore { readFirmsCounted(sentence: k) }
        }
        for whole in view.clauses {
            // "협약 상대는 … 트래블링크다": the counterpart of the deal just told, though the clause
            // holds a deal word of its own.
            let start = opening(of: whole, in: view)
            if DealRules.counterpartOpenings.contains(where: { view.has($0, at: start) }), readCounterpartNamed(whole, sentence: k) {
                continue
            }
            var clause = whole
            if var trigger = firstTrigger(in: view, whole) {
                // "이번 협약은 한빛대와 첨단소재연이 2022년 맺은 … 공동연구 협약을 … 넓힌 것이다": the deal
                // told is the topic; the clause is read after it, for the deal signed before.
                if let rest = clauseAfterTopic(trigger, in: view, whole), let earlier = firstTrigger(in: view, rest) {
                    clause = rest
                    trigger = earlier
                }
                // "페이로직과의 협약과 별도로 이 회사에 … 투자를 단행해": the deal set apart is only
                // named; the clause tells the deal after it.
                if DealRules.apartFrom.contains(where: { view.has($0, at: trigger.range.upperBound) }),
                   let next = firstTrigger(in: view, trigger.range.upperBound..<whole.upperBound) {
                    trigger = next
                }
                let dealsRead = deals.count
                read(clause: clause, trigger: trigger, sentence: k)
                // "…매각하기로 의결하고, 같은 날 주식매매계약(SPA)을 맺었다": the contract of the deal
                // decided in the clause before, naming no party of its own.
                if deals.count == dealsRead, deals.last?.kind == trigger.kind { signDecidedDeal(clause, sentence: k) }
                // "지분투자 계약과 업무협약(MOU)을 동시에 체결했다": a second kind joined to the
                // first by 과/와 is a second deal of the same parties.
                if let joined = joinedTrigger(after: trigger, in: view, clause), joined.kind != trigger.kind {
                    read(clause: clause, trigger: joined, sentence: k)
                }
            } else if contains(DealRules.partnershipPhrases, in: view, clause),
                      let partnership = firstMatch(DealRules.partnershipLexicon, in: view, clause) {
                read(clause: clause, trigger: (partnership.value, partnership.range), sentence: k, loose: true)
            } else {
                // "…매각하기로 의결하고, 같은 날 계약을 맺었다": a deal decided in the clause before and
                // signed in this one, which names no deal of its own.
                signDecidedDeal(clause, sentence: k)
                readContractMention(clause, sentence: k)
            }
        }
    }

    /// "국가별 협약 내용은 다음과 같다. ○ 베트남(10일, 하이퐁) ▲경남도-하이퐁시 인민위원회 : 조선기자재
    /// 교류 협력": an item of a list that names no deal of its own, its parties joined by hyphens
    /// before what the deal is about, is a deal of the kind the lead-in names, with the status of
    /// the lead-in or the sentence before it, on the day of its group's heading ("○ 베트남(10일 …)")
    /// or of the lead-in.
    private mutating func readListItem(sentence k: Int) {
        let view = views[k]
        let s = view.scalars
        guard let mark = s.first, DealRules.listMarks.contains(mark), view.organisations.count + view.placesAsBodies.count >= 2,
              s.contains(where: { $0 == "-" || $0 == "–" }), let leadIn = listLeadIn(of: k),
              let trigger = firstTrigger(in: views[leadIn], 0..<views[leadIn].scalars.count) else { return }
        // The parties: names from the start (a province or city among them, "경상남도-…"), each
        // joined to the next by a hyphen.
        let parties = itemParties(view, 1..<s.count, joins: Self.hyphens)
        guard distinctCount(parties) >= 2 else { return }
        let whole = 0..<views[leadIn].scalars.count
        guard let status = self.status(in: views[leadIn], whole)
                ?? (leadIn > 0 ? self.status(in: views[leadIn - 1], 0..<views[leadIn - 1].scalars.count) : nil) else { return }
        // The day: of the nearest heading of the items' groups ("○ 베트남(10일, 하이퐁)"), else the lead-in's.
        var date: CalendarDay? = nil
        for j in stride(from: k - 1, to: leadIn, by: -1) where views[j].scalars.first.map(DealRules.groupMarks.contains) == true {
            date = dealDate(in: views[j], 0..<views[j].scalars.count, sentence: j)
            break
        }
        if date == nil { date = dealDate(in: views[leadIn], whole, sentence: leadIn) }
        let candidate = Candidate(kind: trigger.kind, parties: parties, status: status.value, date: date, when: nil,
                                  sectors: view.sectors(in: 0..<s.count).sectors, amounts: amountIDs(in: view, 0..<s.count),
                                  evidence: evidence(view.sentence), sentences: [k])
        if let same = deals.firstIndex(where: { sameDeal($0, candidate) }) { merge(candidate, into: same) } else { deals.append(candidate) }
    }

    /// "이날 맺은 주요 협약은 ▲전남도–하이퍼블레이드(Hyper Blade) 투자협약 ▲전남도·목포시·국립목포대학교·
    /// 오션윈드코리아 … 양성 협약 등이다": a list written inline. Each item names its parties first,
    /// joined by dashes or middle dots, then its deal (else the lead-in's kind); the words before the
    /// first item give the status and the day, else the sentence before gives them.
    private mutating func readInlineListItems(sentence k: Int) {
        let view = views[k]
        let s = view.scalars
        guard view.organisations.count + view.placesAsBodies.count >= 2, DealRules.holdsInlineList(s) else { return }
        let starts = DealRules.inlineItemStarts(s)
        let leadIn = 0..<starts[0]
        let leadKind = firstTrigger(in: view, leadIn)?.kind
        let before = k > 0 ? views[k - 1] : nil
        guard let status = self.status(in: view, leadIn) ?? before.flatMap({ self.status(in: $0, 0..<$0.scalars.count) }) else { return }
        let date = dealDate(in: view, leadIn, sentence: k) ?? before.flatMap { dealDate(in: $0, 0..<$0.scalars.count, sentence: k - 1) }
        for (n, start) in starts.enumerated() {
            let item = start..<(n + 1 < starts.count ? starts[n + 1] : s.count)
            guard let kind = firstTrigger(in: view, item)?.kind ?? leadKind else { continue }
            let parties = itemParties(view, (start + 1)..<item.upperBound, joins: Self.itemJoins)
            guard distinctCount(parties) >= 2 else { continue }
            let candidate = Candidate(kind: kind, parties: parties, status: status.value, date: date, when: nil,
                                      sectors: view.sectors(in: item).sectors, amounts: amountIDs(in: view, item),
                                      evidence: evidence(view.sentence), sentences: [k])
            if let same = deals.firstIndex(where: { sameDeal($0, candidate) }) { merge(candidate, into: same) } else { deals.append(candidate) }
        }
    }

    /// The parties an item of a list opens on within `range`: the names (places acting as bodies
    /// among them) from its start, each joined to the next by one of `joins`, up to the first
    /// name followed by anything else ("㈜" may stand before a name).
    private func itemParties(_ view: SentenceView, _ range: Range<Int>, joins: ScalarSet) -> [String] {
        let s = view.scalars
        let named = (view.organisations + view.placesAsBodies).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var parties: [String] = []
        var position = range.lowerBound
        for organisation in named where range.contains(organisation.range.lowerBound) && organisation.range.lowerBound >= position {
            let gap = s[position..<organisation.range.lowerBound]
            guard gap.allSatisfy({ ScalarKind.isSpace($0) || joins.contains($0) || $0 == "㈜" }),
                  parties.isEmpty || gap.contains(where: joins.contains) else { break }
            if !parties.containsID(organisation.entityID) { parties.append(organisation.entityID) }
            position = view.afterGlosses(organisation.range.upperBound)
        }
        return parties
    }

    /// What joins the parties of an item on its own line: "경상남도-하이퐁시 인민위원회".
    private static let hyphens: ScalarSet = ["-", "–"]
    /// What joins the parties of an item written inline: "전남도–남덴마크주", "전남도·목포시".
    private static let itemJoins: ScalarSet = ["-", "–", "—", "·", "ㆍ", ","]

    /// A deal decided in an earlier clause of sentence `k` (planned) is signed when `clause` signs.
    private mutating func signDecidedDeal(_ clause: Range<Int>, sentence k: Int) {
        let view = views[k]
        guard let last = deals.indices.last, deals[last].sentences.contains(k), deals[last].status == .planned,
              contains(DealRules.signing, in: view, clause), status(in: view, clause)?.value == .signed else { return }
        deals[last].status = .signed
    }

    /// "공시에 따르면 계약일은 지난 14일이며, …": the day of the deal told up to three sentences
    /// before (a disclosure's amount and share of revenue often come between), when it has none.
    private mutating func readContractDay(sentence k: Int) {
        let view = views[k]
        // The deals are asked first: most sentences follow no undated deal, and are not read.
        guard let last = deals.indices.last, deals[last].date == nil, deals[last].sentences.contains(where: { $0 < k && k - $0 <= 3 }),
              DealRules.contractDayStatements.occurs(in: view.scalars[...]) else { return }
        for clause in view.clauses {
            guard let at = (clause.lowerBound..<clause.upperBound).first(where: { i in
                DealRules.contractDayPhrases.contains { view.has($0, at: i) }
            }) else { continue }
            let stated = datesIn(view, at..<clause.upperBound).first { $0.grain == .day }
            if let value = stated?.value, let day = CalendarDay(iso: value) {
                deals[last].date = day
                deals[last].evidence = merged(deals[last].evidence, evidence(view.sentence))
                deals[last].sentences.insert(k)
            }
            return
        }
    }

    /// "충주시가 … 15개 기업과 … MOU를 체결했다. … 규모가 가장 큰 곳은 … 한강에너지머티리얼즈다. 이
    /// 회사는 … 3,500억원을 들여 … 공장을 짓는다": the firms a deal counted without naming, told
    /// after it each with what it pledges, each signed that deal with its other parties.
    private mutating func readFirmsCounted(sentence k: Int) {
        guard let d = countingDeal, deals[d].firmsToName > 0, let told = deals[d].sentences.max(), told < k, k - told <= 8 else { return }
        let view = views[k]
        let s = view.scalars
        // "참여 기업은 … 해솔테크, … 다온센서 및 … 비전마린 등이다": the firms counted, all listed.
        let listed = DealRules.participantsListed.contains { view.has($0, at: 0) }
        let firms = view.organisations.filter { firm in
            guard firm.entityID.hasPrefix(DealRules.companyIDPrefix) else { return false }
            // (a topic, or the firm the sentence ends on: "… 한강에너지머티리얼즈다.", "… 에이치엠케미칼이다.")
            return listed || role(of: firm, in: view) == .topic
        }
        guard !firms.isEmpty else { return }
        // What the firm pledges, told in the sentence or in the next one opening on "이 회사는".
        var pledged = listed || contains(DealRules.pledges, in: view, 0..<s.count)
        if !pledged, k + 1 < views.count, let next = views[k + 1].clauses.first,
           DealRules.companySelfReferences.contains(where: { views[k + 1].has($0, at: opening(of: next, in: views[k + 1])) }) {
            pledged = contains(DealRules.pledges, in: views[k + 1], 0..<views[k + 1].scalars.count)
        }
        guard pledged else { return }
        let counted = deals[d]
        // The cities and counties named with the pact host the firms' plants.
        let hosts = counted.sentences.min().map { views[$0].localGovernments.map(\.entityID) } ?? []
        for firm in firms where deals[d].firmsToName > 0 {
            guard !deals.contains(where: { $0.kind == counted.kind && $0.parties.containsID(firm.entityID) }) else { continue }
            var candidate = counted
            let host = hostGovernment(of: firm.entityID, among: hosts, from: k).flatMap { counted.parties.containsID($0) ? nil : $0 }
            candidate.parties = counted.parties + (host.map { [$0] } ?? []) + [firm.entityID]
            candidate.firmsToName = 0
            candidate.toldFirmByFirm = false
            candidate.amounts = []
            candidate.evidence = merged(counted.evidence, evidence(view.sentence))
            candidate.sentences.insert(k)
            if let clause = view.clauses.first(where: { $0.contains(firm.range.lowerBound) }) {
                let own = view.sectors(in: clause).sectors
                if !own.isEmpty { candidate.sectors = own }
            }
            deals[d].firmsToName -= 1
            deals[d].toldFirmByFirm = true
            deals.append(candidate)
        }
    }

    /// "충청북도는 … 그린셀에너지, 오성정밀 … 등 4개 기업 및 청주시·충주시·음성군·진천군과 투자협약식을
    /// 열었다. … 그린셀에너지는 청주 오창과학산업단지에 …": of the cities and counties that signed with a
    /// province, the one a firm builds in, named (whole or without 시/군) after the firm in one
    /// clause of the sentences that follow.
    private func hostGovernment(of firm: String, among hosts: [String], from k: Int) -> String? {
        guard hosts.count >= 2 else { return nil }
        // (an id's name after its type: "location:청주시", "institution:청주시")
        let stems = hosts.map { id in Array(id.unicodeScalars.drop(while: { $0 != ":" }).dropFirst().dropLast()) }
        for j in k..<min(views.count, k + 8) {
            let view = views[j]
            for named in view.organisations where TextKey(named.entityID) == TextKey(firm) {
                guard let clause = view.clauses.first(where: { $0.contains(named.range.lowerBound) }) else { continue }
                // (up to the next firm: "다온푸드는 음성 …에 800억 원, … 케이로보틱스는 진천 …")
                let end = view.organisations.first {
                    $0.range.lowerBound > named.range.upperBound && clause.contains($0.range.lowerBound)
                        && $0.entityID.hasPrefix(DealRules.companyIDPrefix)
                }?.range.lowerBound ?? clause.upperBound
                let after = view.scalars[named.range.upperBound..<end]
                let found = hosts.indices.filter { h in after.containsScalars(stems[h]) }
                if found.count == 1 { return hosts[found[0]] }
            }
        }
        return nil
    }

    /// "투자 계약은 지난달 28일 체결됐으며": the deal word as the clause's topic, no party named,
    /// right after a deal of its kind without a day: the day of that deal.
    private mutating func datesDealTold(clause: Range<Int>, trigger: (kind: DealKind, range: Range<Int>), named: Int, sentence k: Int) {
        let view = views[k]
        let after = trigger.range.upperBound
        guard named == 0, after + 1 < view.scalars.count, view.scalars[after] == "은" || view.scalars[after] == "는",
              ScalarKind.isSpace(view.scalars[after + 1]),
              let last = deals.indices.last, deals[last].kind == trigger.kind, deals[last].date == nil,
              deals[last].sentences.contains(where: { $0 <= k && k - $0 <= 2 }),
              let day = dealDate(in: view, clause, sentence: k) else { return }
        deals[last].date = day
        deals[last].evidence = merged(deals[last].evidence, evidence(view.sentence))
        deals[last].sentences.insert(k)
    }

    /// "회사는 지난 10일 미국에서 계약을 맺었다": a contract without a kind, right after a deal,
    /// naming no other organisation, tells more of that deal (here, its day).
    private mutating func readContractMention(_ clause: Range<Int>, sentence k: Int) {
        let view = views[k]
        if readInvestorsJoining(clause, sentence: k) || readCounterpartNamed(clause, sentence: k) { return }
        guard contains(DealRules.contractSigned, in: view, clause),
              let last = deals.indices.last, deals[last].kind != .mou,
              deals[last].sentences.contains(where: { k - $0 <= 2 }) else { return }
        let named = candidates(view, clause, kind: deals[last].kind)
        guard Set(named.map(\.entityID)).isSubset(of: Set(deals[last].parties)) else {
            // "이튿날에는 … 타이프레시와 120만달러 규모의 계약을 맺었다": a contract with a new
            // counterpart, right after a deal, is another deal of that kind.
            if named.contains(where: { !deals[last].parties.containsID($0.entityID) && role(of: $0, in: view) == .counterpart }),
               let at = firstMatch(DealRules.contractWordLexicon, in: view, clause) {
                read(clause: clause, trigger: (deals[last].kind, at.range), sentence: k)
            }
            return
        }
        deals[last].evidence = merged(deals[last].evidence, evidence(view.sentence))
        deals[last].sentences.insert(k)
        if deals[last].date == nil { deals[last].date = dealDate(in: view, clause, sentence: k) }
    }

    /// "이번 라운드는 A가 주도했다. B, C 및 D가 함께 이름을 올렸다": investors joining the round
    /// of the sentence before, with no deal word of their own.
    private mutating func readInvestorsJoining(_ clause: Range<Int>, sentence k: Int) -> Bool {
        let view = views[k]
        guard contains(DealRules.roundJoining, in: view, clause),
              var last = deals.lastIndex(where: { $0.kind == .investment }) else { return false }
        // "…가 주도했다. 빛고을벤처파트너스는 … 25억원을 넣었다. A가 10억원, B가 10억원을 각각 보탰다":
        // a sentence between, telling no deal, whose subject is one of the round's parties goes on with it.
        let toldJustBefore = deals[last].sentences.contains(k - 1)
            || k >= 2 && deals[last].sentences.contains(k - 2) && !deals.contains { $0.sentences.contains(k - 1) }
                && views[k - 1].organisations.first(where: { role(of: $0, in: views[k - 1]) == .topic })
                    .map { deals[last].parties.containsID($0.entityID) } == true
        // "…시리즈A 투자 유치를 마무리했다. (…) "라이트하우스벤처스가 40억원을 넣으면서 라운드를 이끌었고,
        // A와 B가 나머지를 나눠 맡았습니다"": a round told with no investor yet, the last deal told,
        // waits for them while the sentences between name no other organisation (an interview's
        // caption and question between).
        // A round with investors named goes on the same way for three sentences: "…프리IPO 라운드를
        // 마무리했다. 이번 라운드의 핵심은 가미야쇼보다. … 이 출판사가 50억엔을 넣어 … 나머지는 A와 B가 채웠다".
        let pending = deals[last]
        let reach = pending.parties.count == 1 || pending.sentences.contains(k) ? 12 : 3
        let awaitingInvestors = last == deals.indices.last
            && pending.sentences.max().map { told in
                // (told may be k itself: a clause of this sentence joined it)
                told <= k && k - told <= reach
                    && views[min(told + 1, k)..<k].allSatisfy { $0.organisations.allSatisfy { pending.parties.containsID($0.entityID) } }
            } == true
        if !toldJustBefore {
            // ("유한양행이 … 투자했고, 킹고투자파트너스 등이 나머지를 채웠다": the rest of the round told
            // the sentence before, not of the investment this clause follows)
            if contains(DealRules.roundRest, in: view, clause),
               let round = deals.lastIndex(where: { $0.kind == .investment && $0.sentences.contains(k - 1) }) {
                last = round
            } else if !awaitingInvestors {
                return false
            }
        }
        let joining = candidates(view, clause, kind: .investment).filter { !fundsAFund($0, in: view, clause) }
            .map(\.entityID).filter { !deals[last].parties.containsID($0) }
        guard !joining.isEmpty, !joining.contains(where: { $0 == deals[last].parties.first }) else { return false }
        deals[last].parties = union(deals[last].parties, joining)
        deals[last].evidence = merged(deals[last].evidence, evidence(view.sentence))
        deals[last].sentences.insert(k)
        return true
    }

    /// "발주처는 그리스 선사 에게안 메리디안 쉬핑이다": the counterpart of a deal told with one
    /// party, in the next two sentences.
    private mutating func readCounterpartNamed(_ clause: Range<Int>, sentence k: Int) -> Bool {
        let view = views[k]
        // (the deals first: most clauses follow none that waits for its counterpart)
        guard let last = deals.indices.last, !deals[last].parties.isEmpty, deals[last].kind != .investment,
              deals[last].sentences.contains(where: { $0 < k && k - $0 <= 2 }) else { return false }
        guard contains(DealRules.counterpartNamed, in: view, clause) || {
            let start = opening(of: clause, in: view)
            return DealRules.partnerNamed.contains { view.has($0, at: start) }
        }() else { return false }
        // ("협약 상대는 진안군과 진안마이산농협이다": a county named as a place is a party here)
        let organisations = (candidates(view, clause, kind: deals[last].kind)
            + view.localGovernments.filter { clause.contains($0.range.lowerBound) })
            .filter { !deals[last].parties.containsID($0.entityID) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        var named = organisations.map(\.entityID)
        // "협약 상대는 한국과학기술원(KAIST) 실험실 창업 기업으로 출발한 … 셀로닉스다": of several, the
        // one the sentence ends on, by 다 or 이다, and those listed with it ("진안군과 진안마이산농협이다").
        if named.count > 1 {
            let s = view.scalars
            guard let end = organisations.firstIndex(where: { o in
                let after = view.afterGlosses(o.range.upperBound)
                return after < s.count && s[after] == "다" || view.has(DealRules.copula, at: after)
            }) else { return false }
            var first = end
            while first > 0, ListWords.joinsItems(s, organisations[first - 1].range.upperBound..<organisations[first].range.lowerBound) {
                first -= 1
            }
            named = organisations[first...end].map(\.entityID)
        }
        guard !named.isEmpty, named.count <= 4 else { return false }
        deals[last].parties += named
        deals[last].evidence = merged(deals[last].evidence, evidence(view.sentence))
        deals[last].sentences.insert(k)
        return true
    }

    /// The deal word joined to `trigger` by 과/와 ("…투자 계약과 업무협약을"), if the next words hold one.
    private func joinedTrigger(after trigger: (kind: DealKind, range: Range<Int>), in view: SentenceView,
                               _ clause: Range<Int>) -> (kind: DealKind, range: Range<Int>)? {
        let s = view.scalars
        var i = trigger.range.upperBound
        // "지분투자 계약과": the kind's own contract word may come first.
        if i < clause.upperBound, ScalarKind.isSpace(s[i]) { i += 1 }
        if let contract = DealRules.contractWordLexicon.match(in: s, at: i) { i = contract.end } else { i = trigger.range.upperBound }
        guard i + 1 < clause.upperBound, s[i] == "과" || s[i] == "와", ScalarKind.isSpace(s[i + 1]) else { return nil }
        // The joined deal word starts within the next few words.
        return firstTrigger(in: view, (i + 2)..<min(clause.upperBound, i + 24))
    }

    /// Whether an adnominal deal word ("출자한") is followed by the fund it describes: a quoted
    /// name or a word ending in 펀드, next.
    private func namesFundAfter(_ end: Int, in view: SentenceView, _ clause: Range<Int>) -> Bool {
        let s = view.scalars
        guard end >= 1, s[end - 1] == "한", end + 1 < clause.upperBound, s[end] == " " else { return false }
        if ScalarKind.closingQuote(of: s[end + 1]) != nil { return true }
        var i = end + 1
        while i < clause.upperBound, ScalarKind.isHangul(s[i]) || ScalarKind.isLatin(s[i]) { i += 1 }
        return i - (end + 1) >= 2 && view.has(Self.fundWord, at: i - Self.fundWord.count)
    }

    private static let boughtAndThen = Array("사들여 ".unicodeScalars)
    private static let fundedWith = scalarPhrases(["함께 ", "공동으로 ", "공동 "])
    private static let funded = Array("출자한".unicodeScalars)

    /// Whether `organisation` is the subject of a relative clause describing a fund ("빛고을벤처파트너스는
    /// 모태펀드와 광주광역시가 함께 출자한 '광주 AI 혁신펀드'를 통해 25억원을 넣었다"): a funder of the
    /// fund, no investor of the round.
    private func fundsAFund(_ organisation: SentenceView.Organisation, in view: SentenceView, _ clause: Range<Int>) -> Bool {
        let s = view.scalars
        var i = view.afterGlosses(organisation.range.upperBound)
        guard i + 1 < s.count, s[i] == "가" || s[i] == "이", s[i + 1] == " " else { return false }
        i += 2
        if let adverb = Self.fundedWith.first(where: { view.has($0, at: i) }) { i += adverb.count }
        return view.has(Self.funded, at: i) && namesFundAfter(i + Self.funded.count, in: view, clause)
    }

    /// "A(…)과 한국의 B": A is joined by 과/와 to B, a word ending in 의 (a place) between.
    private func joinedAcrossPlace(_ a: SentenceView.Organisation, _ b: SentenceView.Organisation, in view: SentenceView) -> Bool {
        let s = view.scalars
        var i = view.afterGlosses(a.range.upperBound)
        if i < s.count, s[i] == ")" { i += 1 }
        guard i + 1 < b.range.lowerBound, s[i] == "과" || s[i] == "와", s[i + 1] == " " else { return false }
        i += 2
        guard i < b.range.lowerBound else { return false }
        var end = i
        while end < b.range.lowerBound, ScalarKind.isHangul(s[end]) { end += 1 }
        return end - i >= 2 && s[end - 1] == "의" && end + 1 == b.range.lowerBound && s[end] == " "
    }

    private static let fundWord = Array("펀드".unicodeScalars)

    private func firstTrigger(in view: SentenceView, _ clause: Range<Int>) -> (kind: DealKind, range: Range<Int>)? {
        var start = clause.lowerBound
        while let hit = firstMatch(DealRules.kindLexicon, in: view, start..<clause.upperBound) {
            // "해외투자보험 인수를": no deal; the next deal word may be one.
            if DealRules.notDealsBefore.contains(where: { kind, before in
                kind == hit.value && hit.range.lowerBound >= before.count && view.has(before, at: hit.range.lowerBound - before.count)
            }) {
                start = hit.range.upperBound
                continue
            }
            // "…에 신약 후보를 넘겼다": a technology handed over, said before the verb; anything
            // else handed over ("경영권을 넘겼다", "바통을 넘겼다") is no licence.
            if hit.value == .techExport, view.scalars[hit.range.lowerBound] == "넘",
               !contains(DealRules.handedOver, in: view, clause.lowerBound..<hit.range.lowerBound) {
                start = hit.range.upperBound
                continue
            }
            // "'2024 충주 미래산업 투자유치 설명회'를 열고": the name of an event, no deal;
            // "모태펀드와 광주광역시가 함께 출자한 '광주 혁신펀드'를 통해": the fund a relative clause
            // describes.
            if DealRules.eventsAfter.contains(where: { view.has($0, at: hit.range.upperBound) })
                || hit.value == .investment && namesFundAfter(hit.range.upperBound, in: view, clause) {
                start = hit.range.upperBound
                continue
            }
            // "이번 협약을 계기로 … SES와의 공급 계약도": the deal told is the occasion of the next.
            if DealRules.occasionAfter.contains(where: { view.has($0, at: hit.range.upperBound) }),
               firstMatch(DealRules.kindLexicon, in: view, hit.range.upperBound..<clause.upperBound) != nil {
                start = hit.range.upperBound
                continue
            }
            // "…온새바이오의 ADC 후보물질 'OS-207'을 사들였다": rights to a technology bought, a
            // licence, not a takeover.
            if hit.value == .acquisition, boughtTechnology(in: view, before: hit.range.lowerBound) {
                return (.techExport, hit.range)
            }
            // "MHP 전량을 10년간 사들이는 장기 구매 계약": goods bought under a contract, a supply;
            // "보통주 1000만 달러어치를 사들이는 전략적 투자": shares bought as an investment.
            if hit.value == .acquisition,
               let next = firstMatch(DealRules.kindLexicon, in: view, hit.range.upperBound..<min(clause.upperBound, hit.range.upperBound + 12)),
               next.value == .supply || next.value == .investment {
                return (next.value, next.range)
            }
            // "합작법인 설립을 위한 양해각서": the MOU, for the joint venture.
            if hit.value != .mou, let purpose = (hit.range.upperBound..<min(clause.upperBound, hit.range.upperBound + 16))
                .first(where: { view.has(DealRules.purposeOf, at: $0) }),
               let mou = firstMatch(DealRules.kindLexicon, in: view, (purpose + DealRules.purposeOf.count)..<clause.upperBound),
               mou.value == .mou, mou.range.lowerBound - purpose < 24,
               DealRules.nonBindingWords.contains(where: { view.has($0, at: mou.range.lowerBound) }) {
                return (mou.value, mou.range)
            }
            return (hit.value, hit.range)
        }
        return nil
    }

    /// Whether the object right before a verb of buying at `end` is a technology: "후보물질
    /// 'OS-207'을", "전 세계 판권을", "링커 기술을" (a quoted name between the noun and 을/를 passed over).
    private func boughtTechnology(in view: SentenceView, before end: Int) -> Bool {
        let s = view.scalars
        var i = end
        while i > 0, ScalarKind.isSpace(s[i - 1]) { i -= 1 }
        guard i > 0, s[i - 1] == "을" || s[i - 1] == "를" else { return false }
        i -= 1
        if i > 0, DealRules.quoteMarks.contains(s[i - 1]) {
            var j = i - 1
            while j > 0, i - j < 40, !DealRules.quoteMarks.contains(s[j - 1]) { j -= 1 }
            guard j > 0, DealRules.quoteMarks.contains(s[j - 1]) else { return false }
            i = j - 1
            while i > 0, ScalarKind.isSpace(s[i - 1]) { i -= 1 }
        }
        return DealRules.technologyNouns.contains { noun in i >= noun.count && view.has(noun, at: i - noun.count) }
    }

    /// The rest of a clause whose deal word `hit`, pointed back at, is its topic ("이번 협약은") and
    /// is followed by a deal of its kind that a relative verb describes as signed ("…이 2022년 맺은
    /// … 협약을"); nil for any other clause.
    private func clauseAfterTopic(_ hit: (kind: DealKind, range: Range<Int>), in view: SentenceView, _ clause: Range<Int>) -> Range<Int>? {
        let s = view.scalars
        guard hit.range.upperBound + 1 < clause.upperBound, s[hit.range.upperBound] == "은" || s[hit.range.upperBound] == "는",
              DealRules.topicReferences.contains(where: { hit.range.lowerBound >= $0.count && view.has($0, at: hit.range.lowerBound - $0.count) }),
              let later = firstMatch(DealRules.kindLexicon, in: view, (hit.range.upperBound + 1)..<clause.upperBound),
              later.value == hit.kind else { return nil }
        let lookBack = max(hit.range.upperBound, later.range.lowerBound - 24)..<later.range.lowerBound
        guard lookBack.contains(where: { i in DealRules.signedRelatives.contains { view.has($0, at: i) } }) else { return nil }
        return (hit.range.upperBound + 1)..<clause.upperBound
    }

    private func firstMatch<Value>(_ lexicon: ScalarLexicon<Value>, in view: SentenceView, _ range: Range<Int>) -> (value: Value, range: Range<Int>)? {
        var i = range.lowerBound
        let scalars = view.scalars, inName = view.inName
        while i < range.upperBound {
            if !inName[i], let hit = lexicon.match(in: scalars, at: i), hit.end <= range.upperBound {
                return (hit.value, i..<hit.end)
            }
            i += 1
        }
        return nil
    }

    private func contains(_ phrases: ScalarPhraseList, in view: SentenceView, _ range: Range<Int>) -> Bool {
        phrases.occurs(in: view.scalars[range.clamped(to: 0..<view.scalars.count)])
    }

    private mutating func read(clause: Range<Int>, trigger: (kind: DealKind, range: Range<Int>), sentence k: Int, loose: Bool = false) {
        let view = views[k]
        let kind = trigger.kind
        let status = self.status(in: view, clause)
        let partyEnd = max(status?.end ?? trigger.range.upperBound, trigger.range.upperBound)
        var organisations = candidates(view, clause.lowerBound..<partyEnd, kind: kind)
        // "다솜식품을 340억 원에 사들여": buying goes on to what it led to; a firm or shares bought make
        // it a deal ("외부 역량을 사들여 격차를 좁히겠다" buys none).
        if kind == .acquisition, view.has(Self.boughtAndThen, at: trigger.range.lowerBound),
           !organisations.contains(where: { isObject($0, in: view) }),
           !DealRules.sharesHeld.contains(where: { share in (clause.lowerBound..<trigger.range.lowerBound).contains { view.has(share, at: $0) } }) {
            return
        }
        // "뇌르가드 윈드와는 … 협의하고 있으며, 이르면 내년 상반기 MOU를 맺을 수 있을 것으로": a clause
        // naming no one goes on with the counterparts of the clause before, when it named only them.
        if organisations.isEmpty, needsTwoParties(kind),
           let before = view.clauses.last(where: { $0.upperBound <= clause.lowerBound }) {
            let named = candidates(view, before, kind: kind)
            if !named.isEmpty, named.allSatisfy({ role(of: $0, in: view) == .counterpart }),
               !subjectNamed(before: named[0].range.lowerBound, in: view, before, alsoMarks: true) {
                organisations = named
            }
        }

        // A deal named as the basis of what follows ("협약에 따라") or pointed back at
        // ("이번 협약", "이번 라운드에는 …이 참여했다") adds to the deal already read.
        let basedOn = DealRules.basedOn.contains { view.has($0, at: trigger.range.upperBound) }
            || DealRules.afterTheDeal.contains { view.has($0, at: trigger.range.upperBound) }
                // (a deal word written as a verb, "…을 인수한 뒤", tells a deal of its own)
                && !Self.adnominalEnds.contains(view.scalars[trigger.range.upperBound - 1])
        let pointsBack = DealRules.backReferences.contains { phrase in
            trigger.range.lowerBound >= phrase.count && view.has(phrase, at: trigger.range.lowerBound - phrase.count)
        } || contains(DealRules.backReferenceNouns, in: view, clause.lowerBound..<trigger.range.upperBound)
            || opensOnRound(trigger, in: view, clause, sentence: k)
        let restates = contains(DealRules.restatements, in: view, clause) && !contains(DealRules.toldAsBefore, in: view, clause)
        if basedOn || pointsBack || restates, let last = lastToldDeal(of: kind) {
            let siblings = toldWith(last)
            if siblings.count >= 2, organisations.allSatisfy({ o in siblings.contains { deals[$0].parties.containsID(o.entityID) } }) {
                // "협약식에는 … 두 병원장이 참석해 각각 협약서에 서명했다": every deal told with each.
                for d in siblings {
                    deals[d].evidence = merged(deals[d].evidence, evidence(view.sentence))
                    deals[d].sentences.insert(k)
                }
                return
            }
            // ("회사는 이번 협약으로 개발하는 솔루션을 … 식약처 허가를 받을 계획이다": what the deal
            // brings about, not who signed it)
            let e = trigger.range.upperBound, ts = view.scalars
            let through = e + 1 < ts.count && (ts[e] == "으" && ts[e + 1] == "로" || ts[e] == "로" && ScalarKind.isSpace(ts[e + 1]))
            if pointsBack && !basedOn && !restates && !through {
                // ("이번 라운드는 60억 원을 넣은 A가 이끌었고 B, C, D가 함께했다": every backer the
                // clause names, after its verb too)
                let named = kind == .investment ? candidates(view, clause, kind: kind).filter { !fundsAFund($0, in: view, clause) } : organisations
                deals[last].parties = union(deals[last].parties, named.map(\.entityID))
                pointedBack = (deal: last, sentence: k)
            }
            deals[last].evidence = merged(deals[last].evidence, evidence(view.sentence))
            deals[last].sentences.insert(k)
            return
        }
        // "이날 서명된 주요 MOU는 다음과 같다. ▲A-B '… MOU' ▲C-D '… MOU'": an item of a list takes
        // the status and the day of the sentence that leads the list in.
        let leadIn = status == nil ? listLeadIn(of: k) : nil
        guard var status = status ?? leadIn.flatMap({ self.status(in: views[$0], 0..<views[$0].scalars.count) }) else { return }
        if needsTwoParties(kind), contains(DealRules.signing, in: view, clause) {
            organisations = signingThroughHeads(organisations, view, clause.lowerBound..<partyEnd)
        }
        // "해외 기업 인수를 검토하거나 추진한 사실이 없다": a deal denied is none. One reported and
        // denied by a side ("탐라원 인수를 추진하고 있다는 관측이 나왔지만, 탐라원은 "사실무근"이라며")
        // is still expected.
        if contains(DealRules.denials, in: view, clause) {
            guard contains(DealRules.rumours, in: view, clause) else { return }
            status.value = .expected
        }

        var groups: [[String]]
        var firmsToName = 0
        if kind == .investment, organisations.isEmpty, contains(DealRules.raising, in: view, clause),
           let company = companyReferred(in: view, clause, sentence: k) ?? topicOfClauseBefore(clause, in: view, sentence: k)
            // ("2021년 윤지호 대표가 창업했으며, 2022년 시리즈A에서 90억원을 유치했다": clauses before
            // that name no organisation)
            ?? (!view.organisations.contains { $0.range.lowerBound < clause.lowerBound }
                ? topicCarried(to: k).flatMap { $0.hasPrefix(DealRules.companyIDPrefix) ? $0 : nil } : nil) {
            // "회사는 앞서 지난해 8월 기존 투자자들로부터 … 브릿지 투자를 받으며": the company's round;
            // "노바케어랩은 … 창업한 기업으로, 지난 3월 시리즈A 투자 유치를 마쳤다": the subject of
            // the clause before; "로지브레인은 2019년 … 설립됐다. … 2022년 3월에는 180억원 규모
            // 시리즈B를 마감했다": the company the paragraph tells of.
            groups = [[company]]
        } else if kind == .investment {
            groups = investmentParties(view, clause, organisations, sentence: k)
            // "두 회사는 … 지분 맞교환 계약을 체결하고": a swap is between the two firms a collective
            // stands for.
            if groups.count <= 1, groups.first?.count ?? 0 <= 1, contains(DealRules.stakeSwaps, in: view, clause),
               let collective = countedCollective(in: view, clause),
               case let resolved = resolveCollective(collective.value, before: k, clauseStart: clause.lowerBound, firmsOnly: false),
               resolved.count == collective.value {
                groups = [resolved]
            } else if groups.count <= 1, groups.first?.count ?? 0 <= 1, contains(DealRules.stakeSwaps, in: view, clause),
                      let told = deals.last(where: { $0.sentences.contains(k) && distinctCount($0.parties) == 2 }),
                      groups.first.map({ $0.allSatisfy(told.parties.containsID) }) ?? true {
                // "…파트너십 협약'을 맺고, 이와 별도로 … 주식 교환 계약에도 서명했다": a swap between the
                // two parties of the deal the sentence told before it.
                groups = [told.parties]
            }
        } else {
            var parties = organisations.map(\.entityID)
            if let collective = countedCollective(in: view, clause) {
                let size = collective.value
                // "경상북도, 포항시와 두 회사 사이의 … MOU": the two firms join the parties named.
                let at = collective.range.lowerBound
                let joined = at >= 2 && (view.scalars[at - 2] == "와" || view.scalars[at - 2] == "과") && ScalarKind.isSpace(view.scalars[at - 1])
                    || view.has(DealRules.andWord, at: at - DealRules.andWord.count)
                // "두 회사는 오는 5월 2일 경상북도, 포항시와 투자협약을 체결할 예정이다": the collective is
                // the subject, those named after it its counterparts.
                let end = collective.range.upperBound
                let asSubject = end < view.scalars.count && Josa.subjectMarks.contains(view.scalars[end])
                    && organisations.allSatisfy { $0.range.lowerBound > end && role(of: $0, in: view) != .topic }
                // "한울식품은 … 사리부미 본사에서 두 곳과 … 체결했다": with the collective the only
                // counterpart, a firm named besides the subject (the place) is one of those it counts.
                let counts = end < view.scalars.count && (view.scalars[end] == "와" || view.scalars[end] == "과")
                    && !organisations.contains { role(of: $0, in: view) == .counterpart }
                let subjects = counts ? organisations.filter { role(of: $0, in: view) == .topic }.map(\.entityID) : []
                if counts, !(parties.count < size || joined || asSubject), distinctCount(subjects) + size > distinctCount(parties) {
                    let resolved = resolveCollective(size, before: k, clauseStart: clause.lowerBound, besides: subjects)
                    if resolved.count == size { parties = union(subjects, union(parties, resolved)) }
                } else if parties.count < size || joined || asSubject {
                    // "대학 및 두 기업과": the firms, not the university named with them.
                    let firmsOnly = DealRules.countsFirmsOnly(view.scalars[collective.range])
                    // ("머니스퀘어는 … 두 회사와": two firms besides the subject; "두 회사는 … 스마트러닝코리아
                    // 본사에서" may name one of them as the place)
                    let end = collective.range.upperBound
                    let counterparts = end < view.scalars.count && (view.scalars[end] == "와" || view.scalars[end] == "과")
                    // (of a joint venture's founders, not the venture: "합작법인 '태성오프티마'를 해산하기로 …
                    // 두 회사는 … 합작계약을 체결하고 … 태성오프티마를 세웠다")
                    let resolved = resolveCollective(size, before: k, clauseStart: clause.lowerBound, firmsOnly: firmsOnly,
                                                     besides: (counterparts ? parties : []) + (kind == .jointVenture ? venturesNamed(upTo: k) : []))
                    // "15개 기업과 … MOU를 체결했다": firms not named yet, perhaps named after.
                    if resolved.isEmpty, firmsOnly, size >= 2 { firmsToName = size }
                    parties = union(parties, resolved)
                }
            }
            for government in localGovernmentsReferred(in: view, clause, sentence: k).reversed() where !parties.containsID(government) {
                parties.insert(government, at: 0)
            }
            if distinctCount(parties) < 2 {
                for body in bodiesReferredAsCounterparts(in: view, clause.lowerBound..<partyEnd, sentence: k) where !parties.containsID(body) {
                    parties.append(body)
                }
            }
            if let company = companyReferred(in: view, clause, sentence: k), !parties.containsID(company) {
                parties.insert(company, at: 0)
            }
            if let venture = jointVentureReferred(in: view, clause.lowerBound..<trigger.range.lowerBound, sentence: k),
               !parties.containsID(venture) {
                parties.insert(venture, at: 0)
            }
            // "현성모터스가 … 짓기로 하고, 오는 29일 전라남도, 영암군과 … 3자 업무협약(MOU)을 체결할
            // 예정": a pact of more parties than the clause names takes the subject of the clause before.
            if let stated = statedPartyCount(before: trigger.range.lowerBound, in: view), distinctCount(parties) < stated,
               let subject = topicOfClauseBefore(clause, in: view, sentence: k), !parties.containsID(subject) {
                parties.insert(subject, at: 0)
            }
            // "로보링크스는 … 계약을 맺었고, 같은 해 11월에는 한국로봇산업진흥원과 … 협약을 체결하며": a
            // later clause naming only its counterpart, and no subject of its own, goes on with the
            // sentence's subject.
            if needsTwoParties(kind), distinctCount(parties) == 1, organisations.count == 1,
               role(of: organisations[0], in: view) == .counterpart,
               !subjectNamed(before: organisations[0].range.lowerBound, in: view, clause, alsoMarks: false, sparing: DealRules.adnominals),
               let subject = topicOfClauseBefore(clause, in: view, sentence: k), !parties.containsID(subject) {
                parties.insert(subject, at: 0)
            }
            // "이튿날인 6일에는 … 하우스마크와 업무협약을 맺었다": only counterparts named, the subject
            // is the one the article is telling of.
            let onlyCounterparts = onlyCounterpartsListed(organisations, in: view, clause, kind: kind, dealWord: trigger.range)
            if onlyCounterparts, parties.count == organisations.count,
               let subject = announcer(after: trigger.range.upperBound, in: view, sentence: k) ?? storySubject(before: k), !parties.containsID(subject) {
                parties.insert(subject, at: 0)
            }
            // "A는 자회사 B를 C에 매각했다": a firm sold is the party, not its seller; a stake in a
            // plant or a business ("발전소 지분 49%를 공무원연금공단에 매각") leaves the seller one.
            // A sale with no buyer named tells no deal ("매각한 자산을 정리했다").
            if kind == .acquisition, view.has(Self.saleWord, at: trigger.range.lowerBound) {
                if organisations.contains(where: { isObject($0, in: view) }) {
                    let sellers = organisations.filter { role(of: $0, in: view) == .topic }.map(\.entityID)
                    parties = parties.filter { !sellers.containsID($0) }
                }
                if distinctCount(parties) < 2 { parties = [] }
            }
            // "(한강에쿼티파트너스는 …). 2020년 시트 부품사 우진씨앤에스를 인수해 …": the firm bought
            // named alone, the buyer is the topic carried from the sentence before.
            if kind == .acquisition, parties.count == 1, organisations.count == 1, onlyObjectNamed(organisations[0], in: view, clause),
               let buyer = topicCarried(to: k), buyer != parties[0] {
                parties.insert(buyer, at: 0)
            }
            // "(프레시하우스는 …). 리버사이드PE는 2021년 이 회사 지분 70%를 … 인수한 바 있어": the firm
            // bought is the one "이 회사" stands for, the topic carried from the sentence before.
            if kind == .acquisition, parties.count == 1, organisations.count == 1, role(of: organisations[0], in: view) == .topic,
               contains(DealRules.thisCompany, in: view, organisations[0].range.upperBound..<clause.upperBound),
               let target = topicCarried(to: k), target != parties[0] {
                parties.append(target)
            }
            // "(볼트릭스 에너지는 …). 한빛레이저가 이 회사로부터 물량을 따낸 것은 지난해 8월 맺은 … 납품
            // 계약에 이어": the counterpart is the firm "이 회사" stands for.
            if kind == .supply || kind == .mou, parties.count == 1, organisations.count == 1,
               contains(DealRules.thisCompanyAsCounterpart, in: view, organisations[0].range.upperBound..<clause.upperBound),
               let target = topicCarried(to: k), target != parties[0] {
                parties.append(target)
            }
            groups = [parties]
            // "전남도는 … 광양시, 한빛리튬·세진케미칼·그린메탈솔루션즈와 투자협약식을 열었다": a local
            // government's investment pact is one with each firm (each pledges its own plant), which
            // the governments named all sign.
            if kind == .mou, let opening = DealRules.investmentPactOpenings.first(where: { trigger.range.lowerBound >= $0.count
                && view.has($0, at: trigger.range.lowerBound - $0.count) }),
               // ("전라남도는 … 여수시, 한결수소에너지, 선라이즈솔라텍과 4자 투자협약을 체결했다": one pact of all)
               statedPartyCount(before: trigger.range.lowerBound - opening.count, in: view) != distinctCount(parties) {
                // (firms named in the clause: "두 회사" are the partners of one project)
                let firms = organisations.map(\.entityID).filter { $0.hasPrefix(DealRules.companyIDPrefix) }
                var governments = parties.filter { !$0.hasPrefix(DealRules.companyIDPrefix) }
                if firms.count >= 2, firms.count == parties.count - governments.count, !governments.isEmpty {
                    var hosts = view.localGovernments.filter { clause.contains($0.range.lowerBound) }.map(\.entityID)
                    // Cities and counties the text names as bodies ("청주시·충주시·음성군·진천군과"),
                    // two or more beside a province, host too.
                    let listed = governments.filter { id in id.unicodeScalars.last.map(SentenceView.localGovernmentEnds.contains) ?? false }
                    if listed.count >= 2, listed.count < governments.count {
                        hosts += listed
                        governments = governments.filter { !listed.containsID($0) }
                    }
                    groups = firms.map { firm in governments + (hostGovernment(of: firm, among: hosts, from: k).map { [$0] } ?? []) + [firm] }
                }
            }
            // "(한울모바일은) 텔비아, 노르웨이브와 각각 양해각서를 교환했다": one deal with each
            // counterpart, for the subject named or carried.
            if parties.count >= 3, contains(DealRules.distributive, in: view, clause) {
                let subjects = organisations.filter { role(of: $0, in: view) == .topic }
                if onlyCounterparts, parties.count == organisations.count + 1 {
                    groups = parties.dropFirst().map { [parties[0], $0] }
                } else if subjects.count == 1, let subject = subjects.first, subject.entityID == organisations.first?.entityID,
                          case let after = min(clause.upperBound, view.afterGlosses(subject.range.upperBound) + 1),
                          onlyCounterpartsListed(Array(organisations.dropFirst()), in: view, after..<clause.upperBound) {
                    groups = organisations.dropFirst().map { [subject.entityID, $0.entityID] }
                } else if parties.count == organisations.count + 1, !organisations.contains(where: { $0.entityID == parties[0] }),
                          let first = organisations.first,
                          onlyCounterpartsListed(organisations, in: view, first.range.lowerBound..<clause.upperBound) {
                    // "연구원은 … ㈜그린폴리텍, 대영케미칼과 각각 기술이전 계약을 맺고": the subject is
                    // the body the clause opens on, referred to by its kind.
                    groups = parties.dropFirst().map { [parties[0], $0] }
                }
            }
        }
        // "(한림조선해양은 두 건의 선박 건조 계약을 맺었다. …) 다른 한 건은 이스트윈드 라인즈가 발주한 …
        // 4척으로": an order told by its buyer alone is placed with the maker of the orders just told.
        if kind == .supply, groups.count == 1, groups[0].count == 1, view.has(Self.ordered, at: trigger.range.lowerBound),
           let maker = deals.last(where: { $0.kind == .supply && $0.sentences.contains { k - $0 <= Self.orderReach } })?.parties.first,
           maker != groups[0][0] {
            groups = [[maker, groups[0][0]]]
        }
        // A deal that needs two parties and names one is kept until the text names the other
        // ("도는 … 협약을 맺는다. 협약에는 강원대학교와 … 메디웨이브가 참여한다"); `finish` drops it if not.
        groups = groups.filter { !$0.isEmpty }
        guard !groups.isEmpty else {
            datesDealTold(clause: clause, trigger: trigger, named: organisations.count, sentence: k)
            return
        }

        var when = timeSpan(in: view, clause) ?? timeReferredBack(in: view, clause, sentence: k)
        let stage = kind == .investment ? roundStage(in: view, clause) : nil
        // "트랙봇은 지난 4월 … 시리즈A 투자를 유치했다. 라운드는 블루웨일인베스트먼트가 이끌었다": a
        // round told on in the next sentence, with no time of its own and not as "이번" round, is
        // the round of that time.
        if when == nil, kind == .investment, groups.count == 1, k > 0,
           let told = deals.last(where: { $0.kind == .investment && $0.sentences.contains(k - 1) && $0.when != nil }),
           told.parties.first == groups[0].first, told.stage == nil || stage == nil || told.stage == stage,
           !contains(DealRules.thisRound, in: view, clause) {
            when = told.when
        }
        var date = dealDate(in: view, clause, sentence: k)
        if date == nil, let leadIn { date = dealDate(in: views[leadIn], 0..<views[leadIn].scalars.count, sentence: leadIn) }
        if date == nil, when == nil, contains(DealRules.alsoSigned, in: view, clause), !contains(DealRules.separately, in: view, clause),
           let previous = deals.last(where: { $0.kind == kind && $0.sentences.contains(k - 1) }),
           k > 0, views[k - 1].sentence.paragraph == view.sentence.paragraph {
            date = previous.date
        }
        // Sectors: the clause's words, else those of an earlier deal led by the same company,
        // else the sentence's words.
        var sectors = view.sectors(in: clause).sectors
        if sectors.isEmpty, let lead = groups.first?.first,
           let earlier = deals.last(where: { $0.parties.first == lead && !$0.sectors.isEmpty }) {
            sectors = earlier.sectors
        }
        if sectors.isEmpty { sectors = view.sectors(in: 0..<view.scalars.count).sectors }
        let clauseAmounts = amountIDs(in: view, clause)
        // "대원정밀은 20일 이사회에서 인수를 결의하고 같은 날 주식매매계약(SPA)을 체결했다": one party
        // of the deal told in the sentence before, no counterpart and no word of another deal: that deal.
        // Farther on, with no other deal of the kind between and no day other than the deal's (or a
        // day the deal lacks), and no 에도: "해담식품은 지난 3일(현지시간) … 하비스트레인 본사에서 …
        // 납품하는 계약에 서명했다" tells the contract of the lead again, its counterpart named only as
        // the place. Of a purchase, the firm bought may be the one named ("노르소 윈드 최대주주인 …과
        // 주식매매계약(SPA)을 체결했다").
        if kind != .investment, groups.count == 1, groups[0].count == 1, !contains(DealRules.anotherDeal, in: view, clause),
           !contains(DealRules.alsoThen, in: view, clause),
           let last = deals.lastIndex(where: { $0.kind == kind && $0.sentences.contains(k - 1) })
               ?? deals.lastIndex(where: { $0.kind == kind }).flatMap({ d in
                   deals[d].date == nil || deals[d].date == date ? d : nil }),
           deals[last].parties.count >= 2,
           deals[last].parties.first == groups[0][0] || kind == .acquisition && deals[last].parties.containsID(groups[0][0]) {
            // ("두 병원과 합동 협약식을 열고": every deal told with each, when it was one of them)
            for d in toldWith(last) {
                deals[d].evidence = merged(deals[d].evidence, evidence(view.sentence))
                deals[d].sentences.insert(k)
                if deals[d].date == nil { deals[d].date = date }
            }
            return
        }
        // "협약은 기업별로 따로 맺었다. 세 회사는 각각 도지사·시장과 함께 협약서에 서명했다": a collective
        // standing for the firms of deals just told one by one tells those deals again.
        if groups.count == 1, organisations.isEmpty, groups[0].count >= 2 {
            let recent = deals.indices.filter { d in
                deals[d].kind == kind && deals[d].sentences.contains { $0 < k && k - $0 <= 3 } && deals[d].parties.contains(where: groups[0].containsID)
            }
            if recent.count >= 2, groups[0].allSatisfy({ p in recent.contains { deals[$0].parties.containsID(p) } }) {
                for d in recent {
                    deals[d].evidence = merged(deals[d].evidence, evidence(view.sentence))
                    deals[d].sentences.insert(k)
                }
                return
            }
        }
        if groups.count >= 2 { splitJointTelling(into: groups, kind: kind, when: when) }
        for parties in groups {
            var candidate = Candidate(kind: kind, parties: parties, status: status.value, date: date, when: when,
                                      sectors: sectors, amounts: groups.count == 1 ? clauseAmounts : [],
                                      evidence: evidence(view.sentence), sentences: [k])
            candidate.loose = loose
            candidate.toldEach = groups.count >= 2
            candidate.counterpartUnnamed = parties.count == 1 && contains(DealRules.unnamedCounterparts, in: view, clause)
            candidate.stage = stage
            if groups.count == 1 { candidate.firmsToName = firmsToName }
            // (a month or more before the article: "앞서 … 지난 17일 계약을 맺었다고 공시했다" is the same deal)
            if let when, let reference, let monthBefore = reference.adding(days: -30), when.upperBound < monthBefore {
                candidate.another = contains(DealRules.anotherDeal, in: view, clause)
            }
            if let each = dealsToldEach(jointly: candidate) {
                // "두 병원과 합동 협약식을 열고": the deals told with each counterpart, told together.
                for d in each {
                    var told = candidate
                    told.parties = deals[d].parties
                    told.amounts = []
                    merge(told, into: d)
                }
            } else if let round = roundJoined(by: candidate, in: view, clause, sentence: k) {
                merge(candidate, into: round)
            } else if let same = deals.firstIndex(where: { sameDeal($0, candidate) }) ?? deals.lastIndex(where: { retells($0, candidate, at: k) }) {
                merge(candidate, into: same)
                if candidate.firmsToName > 0, deals[same].firmsToName == 0 { deals[same].firmsToName = candidate.firmsToName }
                if deals[same].firmsToName > 0 { countingDeal = same }
            } else {
                deals.append(candidate)
                if candidate.firmsToName > 0 { countingDeal = deals.count - 1 }
            }
        }
    }

    /// "이번 라운드는 누리인베스트먼트가 주도했고 … 참여했다. … 오르비탈 캐피털(Orbital Capital)도
    /// 2000만 유로를 넣어 …": an investor marked with 도, in an investment of the investee of a round
    /// told in the two sentences before, joins that round.
    private func roundJoined(by candidate: Candidate, in view: SentenceView, _ clause: Range<Int>, sentence k: Int) -> Int? {
        guard candidate.kind == .investment, candidate.parties.count >= 2, !candidate.another,
              let investee = candidate.parties.first else { return nil }
        let joinsToo = view.organisations.contains { o in
            clause.contains(o.range.lowerBound) && TextKey(o.entityID) != TextKey(investee) && candidate.parties.containsID(o.entityID)
                && view.has(DealRules.too, at: view.afterGlosses(o.range.upperBound))
        }
        guard joinsToo else { return nil }
        return deals.lastIndex { deal in
            deal.kind == .investment && deal.parties.count >= 2 && deal.parties.first.map({ TextKey($0) == TextKey(investee) }) == true
                && deal.sentences.contains { $0 < k && k - $0 <= 2 } && DateSpans.compatible(deal.when, candidate.when, reference: reference)
                && (deal.stage == nil || candidate.stage == nil || deal.stage == candidate.stage)
        }
    }

    /// The one stage the clause names its round by ("시리즈B", "프리IPO"); nil when it names none,
    /// or several ("시리즈A에 이어 시리즈B까지").
    private func roundStage(in view: SentenceView, _ clause: Range<Int>) -> String? {
        let s = view.scalars
        var found: String?
        var i = clause.lowerBound
        while i < clause.upperBound {
            guard let hit = DealRules.roundStages.match(in: s, at: i), hit.end <= clause.upperBound else { i += 1; continue }
            // "시리즈A" in "시리즈AB" or "시리즈Alpha" names no stage
            if hit.end < s.count, ScalarClass.isASCIILetter(s[hit.end]) { i = hit.end; continue }
            if let found, found != hit.value { return nil }
            found = hit.value
            i = hit.end
        }
        return found
    }

    /// "루멘에이아이, 서울도담병원·한결대병원과 '맞손'" told first, then "서울도담병원, 한결대학교병원과
    /// 각각 업무협약(MOU)을 맺고": the deal of three told first is the deals with each, one by one.
    /// The deal read first becomes the first group's; the others start as its copies, so the groups'
    /// candidates merge into them.
    private mutating func splitJointTelling(into groups: [[String]], kind: DealKind, when: ClosedRange<CalendarDay>?) {
        guard let common = groups[0].first,
              groups.allSatisfy({ $0.count == 2 && $0[0] == common && $0[1] != common }) else { return }
        let all = [common] + groups.map { $0[1] }
        guard let j = deals.firstIndex(where: { deal in
            deal.kind == kind && distinctCount(deal.parties) == distinctCount(all) && all.allSatisfy(deal.parties.containsID)
                && DateSpans.compatible(deal.when, when, reference: reference)
        }) else { return }
        let joint = deals[j]
        deals[j].parties = groups[0]
        deals[j].toldEach = true
        for parties in groups.dropFirst() {
            var copy = joint
            copy.parties = parties
            copy.amounts = []
            copy.firmsToName = 0
            copy.toldEach = true
            deals.append(copy)
        }
    }

    /// The deal and, if a clause told it with each counterpart, the deals it told with it: same
    /// kind, same first party, a sentence in common.
    private func toldWith(_ d: Int) -> [Int] {
        guard deals[d].toldEach, let common = deals[d].parties.first else { return [d] }
        return deals.indices.filter { o in
            o == d || (deals[o].toldEach && deals[o].kind == deals[d].kind && deals[o].parties.first == common
                && !deals[o].sentences.isDisjoint(with: deals[d].sentences))
        }
    }

    /// The deals told with each counterpart (`Candidate.toldEach`) that a deal of three or more
    /// parties tells together: two or more of the kind, sharing one party, covering its parties.
    private func dealsToldEach(jointly candidate: Candidate) -> [Int]? {
        guard distinctCount(candidate.parties) >= 3 else { return nil }
        let each = deals.indices.filter { d in
            deals[d].toldEach && deals[d].kind == candidate.kind && distinctCount(deals[d].parties) == 2
                && deals[d].parties.allSatisfy(candidate.parties.containsID)
                && DateSpans.compatible(deals[d].when, candidate.when, reference: reference)
        }
        guard each.count >= 2, let common = deals[each[0]].parties.first,
              each.allSatisfy({ deals[$0].parties.first == common }),
              candidate.parties.allSatisfy({ p in each.contains { deals[$0].parties.containsID(p) } }) else { return nil }
        return each
    }

    private static let saleWord = Array("매각".unicodeScalars)

    /// The sentence that leads in the list sentence `k` is an item of ("▲…", "■…"): the first
    /// sentence before the run of items, in the paragraphs just before.
    private func listLeadIn(of k: Int) -> Int? {
        func isItem(_ j: Int) -> Bool { views[j].scalars.first.map(DealRules.listMarks.contains) ?? false }
        guard isItem(k) else { return nil }
        var j = k - 1
        while j >= 0, k - j <= 12, isItem(j) { j -= 1 }
        return j >= 0 && k - j <= 12 ? j : nil
    }

    /// The parties a deal word says it has, written just before it: "3자 업무협약", "4자 MOU".
    private func statedPartyCount(before trigger: Int, in view: SentenceView) -> Int? {
        let s = view.scalars
        var i = trigger
        while i > 0, trigger - i < 2, ScalarKind.isSpace(s[i - 1]) { i -= 1 }
        guard i >= 2, s[i - 1] == "자", let digit = ScalarClass.digit(s[i - 2]),
              i == 2 || !ScalarKind.isDigit(s[i - 3]), digit >= 2 else { return nil }
        return digit
    }

    /// The company a sentence opens on as its subject ("노바케어랩은 …", "회사는 …"), when `clause`
    /// comes after that clause and names no subject of its own.
    private func topicOfClauseBefore(_ clause: Range<Int>, in view: SentenceView, sentence k: Int) -> String? {
        guard let first = view.clauses.first, first.upperBound <= clause.lowerBound else { return nil }
        if let subject = view.organisations.first, first.contains(subject.range.lowerBound),
           subject.entityID.hasPrefix(DealRules.companyIDPrefix), role(of: subject, in: view) == .topic {
            return subject.entityID
        }
        if let referred = companyReferred(in: view, first, sentence: k) { return referred }
        // "(…곳은 세종에어로스페이스다.) 지난해 스텔라샛을 인수한 데 이어, 올해 2월에는 …와 합작법인을
        // 세웠다": a first clause naming no subject of its own went on with one from before; the
        // deal it told leads with it.
        guard !view.organisations.contains(where: { first.contains($0.range.lowerBound) && role(of: $0, in: view) == .topic }),
              let told = deals.last, told.sentences.contains(k), let lead = told.parties.first,
              lead.hasPrefix(DealRules.companyIDPrefix),
              !view.organisations.contains(where: { $0.entityID == lead }) else { return nil }
        return lead
    }

    /// Whether an organisation is the object of its clause ("우진씨앤에스를", "B(Bee)를").
    private func isObject(_ organisation: SentenceView.Organisation, in view: SentenceView) -> Bool {
        let s = view.scalars
        let i = view.afterGlosses(organisation.range.upperBound)
        return i < s.count && (s[i] == "을" || s[i] == "를") && (i + 1 == s.count || !ScalarKind.isHangul(s[i + 1]))
    }

    /// The deal of `kind` that "이번 인수", "협약에 따라" point back at: the last one read, unless
    /// it was done long before the article ("하이게이트 파트너스는 2019년 라이트웰을 사들인 뒤 …"),
    /// which the article tells only in passing, or told as another, earlier deal ("앞서 구미시는
    /// 지난해 9월 … 투자협약을 맺었다. 이번 협약으로 경북도가 …" points back at the article's own).
    private func lastToldDeal(of kind: DealKind) -> Int? {
        deals.lastIndex { $0.kind == kind && !isLongPast($0) && !$0.another } ?? deals.lastIndex { $0.kind == kind }
    }

    /// Whether the deal was done half a year or more before the article.
    private func isLongPast(_ deal: Candidate) -> Bool {
        guard let when = deal.when, let longBefore = reference?.adding(days: -180) else { return false }
        return when.upperBound < longBefore
    }

    /// "투자에는 A와 B가 새로 참여했다", "협약에는 강원대학교와 … 메디웨이브가 참여한다" opening a
    /// sentence right after a deal of that kind is that deal again, as "이번 투자에는" would be.
    private func opensOnRound(_ trigger: (kind: DealKind, range: Range<Int>), in view: SentenceView, _ clause: Range<Int>,
                              sentence k: Int) -> Bool {
        guard view.scalars[clause.lowerBound..<trigger.range.lowerBound].allSatisfy(ScalarKind.isSpace) else { return false }
        let end = view.afterGlosses(trigger.range.upperBound)
        guard trigger.range.count > 2 && view.has(Self.onTopic, at: trigger.range.upperBound - 2) || view.has(Self.onTopic, at: end)
        else { return false }
        return deals.contains { $0.kind == trigger.kind && $0.sentences.contains { $0 < k && k - $0 <= 2 } }
    }

    private static let onTopic = Array("에는".unicodeScalars)

    /// The strongest doubt among the status cues of the clause, and where the last cue of a
    /// signing or plan ends (the parties stand before it).
    private func status(in view: SentenceView, _ clause: Range<Int>) -> (value: DealStatus, end: Int)? {
        var best: DealStatus? = nil
        var end = clause.lowerBound
        var i = clause.lowerBound
        // "…과 업무협약을 맺고 … 운영하기로 했다": signed, then a plan under the deal.
        var signedThen = false
        // Read once: each read of a static or a computed view property costs more than a scalar's test.
        let lexicon = DealRules.statusLexicon, scalars = view.scalars, inName = view.inName
        while i < clause.upperBound {
            if !inName[i], let hit = lexicon.match(in: scalars, at: i), hit.end <= clause.upperBound,
               !(i > 0 && ScalarKind.isHangul(scalars[i - 1]) && DealRules.wordInitialStatuses.contains { view.has($0, at: i) && $0.count == hit.end - i }) {
                let planUnderDeal = signedThen && hit.value == .planned
                    && DealRules.plansAfterSigning.contains { view.has($0, at: i) && $0.count == hit.end - i }
                if hit.value == .signed, scalars[hit.end - 1] == "고", hit.end < clause.upperBound { signedThen = true }
                if planUnderDeal {
                    i = hit.end
                    continue
                }
                if best == nil || DealCues.precedence(hit.value) > DealCues.precedence(best!) { best = hit.value }
                if hit.value == .signed || hit.value == .planned { end = max(end, hit.end) }
                i = hit.end
                continue
            }
            i += 1
        }
        return best.map { ($0, end) }
    }

    private func needsTwoParties(_ kind: DealKind) -> Bool {
        kind == .mou || kind == .techExport || kind == .jointVenture
    }

    /// Organisations of `range` that can be parties: not a parent in the possessive
    /// ("부광약품의 자회사"), a sponsor ("…협회 후원으로"), someone's affiliation ("…중공업
    /// 특수선사업 대표와") or a holding named as context ("지주회사 LS는").
    private func candidates(_ view: SentenceView, _ range: Range<Int>, kind: DealKind) -> [SentenceView.Organisation] {
        var result: [SentenceView.Organisation] = []
        let s = view.scalars
        for organisation in view.organisations where range.contains(organisation.range.lowerBound) {
            // A gloss in brackets right after a name ("존슨앤드존슨(J&J)") is that name again.
            let start = organisation.range.lowerBound
            if start > 0, s[start - 1] == "(", view.organisations.contains(where: { $0.range.upperBound == start - 1 }) { continue }
            // So is a short form it defines: "산업통상자원부(이하 산업부)는", "국토교통부(장관 한승규, 이하
            // 국토부)는".
            if definedInBracketAfterName(start, in: view) { continue }
            let next = view.afterGlosses(organisation.range.upperBound)
            if DealRules.nonPartyRoles.contains(where: { view.has($0, at: next) || view.has($0, at: organisation.range.upperBound) }) { continue }
            if parentBeforeItsUnit(next, in: view) { continue }
            if coHosts(organisation, next: next, in: view) { continue }
            // ("무빙랩의 시리즈A에는": the round's investee, not a possessor of context)
            if kind != .acquisition, next < s.count, s[next] == "의",
               kind != .investment || !DealRules.roundsAfterPossessive.contains(where: { view.has($0, at: Self.afterRoundSize(s, next + 1)) }) { continue }
            // "…컨벤션센터(LVCC)에서", "병원 헬스케어혁신파크에서": where it was signed, not who
            // (an investor may be written "…에서 투자를 받았다").
            if kind != .investment, DealRules.venueAfterName.contains(where: { view.has($0, at: next) }) { continue }
            if DealRules.contextPrefixes.contains(where: { organisation.range.lowerBound >= $0.count && view.has($0, at: organisation.range.lowerBound - $0.count) }) { continue }
            if titleFollows(view, next), !ministerSigning(view, next) { continue }
            // A topic marked 은/는 may only tell of the deal:
            if next < s.count, s[next] == "은" || s[next] == "는" {
                // "협회는 … 보고서에서 국내 조선사들이 … 수주했다고 밝혔다": firms the clause leaves
                // unnamed did the deal.
                if contains(DealRules.unnamedFirmsAsSubject, in: view, next..<max(next, range.upperBound)) { continue }
                // "산업부는 한국남동발전과 PLN이 … 합작투자계약을 체결했다고 22일 밝혔다": the clause's first
                // name announces what the subjects after it did (an investee announcing its investors
                // stays a party).
                // (A firm announcing one firm's contract is its counterpart: "태산전력기기는 이코이
                // 일렉트릭이 지난 14일 … 구매 계약에 서명했다고 16일 밝혔다".)
                if kind != .investment, view.organisations.first(where: { range.contains($0.range.lowerBound) })?.range == organisation.range,
                   announcesSubjectsAfter(organisation, in: view, range), !announcesItsCounterpart(organisation, in: view, range) { continue }
                // "블룸버그통신은 … 두 회사가 … 계약서에 서명할 수 있다고 보도했다": the sentence's first
                // name is the medium reporting ("A와 B가 … 협상을 벌이고 있다고 보도했다" keeps B).
                if role(at: next, in: view) == .topic, view.organisations.first?.range == organisation.range,
                   contains(DealRules.mediaReports, in: view, 0..<s.count) { continue }
            }
            // "스카이브릿지파트너스와 창업자 등이 보유한 로보링크 지분": the sellers of the shares.
            if kind == .acquisition, isSeller(organisation, in: view, range) { continue }
            if result.lazy.map(\.entityID).containsID(organisation.entityID) { continue }
            result.append(organisation)
        }
        return result
    }

    /// Where a round's name may start after "X의": past its size, "로보웨이브의 120억원 규모 시리즈A".
    /// `start` is the scalar after 의; the result is the space before the round's name.
    private static func afterRoundSize(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var i = start
        // Words of the size: digits and units ("120억원", "1,500만", "달러"), "약", "규모", "규모의".
        while i < s.count, s[i] == " " {
            var end = i + 1
            while end < s.count, s[end] != " " { end += 1 }
            let word = s[(i + 1)..<end]
            let sizeWord = word.elementsEqual(Self.aboutWord) || word.elementsEqual(Self.sizeWord) || word.elementsEqual(Self.sizeWordOf)
                || (!word.isEmpty && ScalarKind.isDigit(word[word.startIndex]) && word.allSatisfy { ScalarKind.isDigit($0) || Self.amountScalars.contains($0) })
            guard sizeWord, end - i <= 16 else { break }
            i = end
        }
        return i
    }
    /// How many sentences after a round an investor's earlier bet on the same company may be told.
    private static let earlierBetReach = 6
    private static let aboutWord = Array("약".unicodeScalars)
    private static let sizeWord = Array("규모".unicodeScalars)
    private static let sizeWordOf = Array("규모의".unicodeScalars)
    private static let amountScalars: Set<Unicode.Scalar> = [",", ".", "만", "억", "조", "천", "원", "달", "러", "유", "로", "엔", "의"]

    /// "화성그룹의 에너지 계열사 화성에너지가": a name followed by 의, at most one word, a word for a
    /// subsidiary and then another organisation is that organisation's parent, named as context.
    /// "수리야푸드는 … 수리야그룹의 식품 계열사다", "수리야그룹 계열 편의점": the group a firm
    /// belongs to, named as such, is none of the two firms "양사" stands for.
    private func ownsTheUnit(_ organisation: SentenceView.Organisation, in view: SentenceView) -> Bool {
        let s = view.scalars
        let next = view.afterGlosses(organisation.range.upperBound)
        guard next + 1 < s.count else { return false }
        if s[next] == " " { return DealRules.unitWords.contains { view.has($0, at: next + 1) } }
        guard s[next] == "의", s[next + 1] == " " else { return false }
        let rest = (next + 2)..<min(s.count, next + 14)
        return rest.contains { i in ScalarKind.isSpace(s[i - 1]) && DealRules.unitWords.contains { view.has($0, at: i) } }
    }

    private func parentBeforeItsUnit(_ next: Int, in view: SentenceView) -> Bool {
        let s = view.scalars
        guard next < s.count, s[next] == "의", next + 1 < s.count, s[next + 1] == " " else { return false }
        var i = next + 2
        for _ in 0..<2 {
            if let unit = DealRules.subsidiaryWords.first(where: { view.has($0, at: i) }) {
                let after = i + unit.count
                return view.organisations.contains(where: { $0.range.lowerBound == after })
            }
            // One describing word before it ("에너지 계열사"), no more.
            guard let space = s[i...].prefix(12).firstIndex(of: " "), space > i else { return false }
            i = space + 1
        }
        return false
    }

    /// "권 대표는 같은 날 오후 현지 방산업체 로마텍(Romatech)의 안드레이 이오네스쿠 최고경영자(CEO)와
    /// 만나 … 양해각서(MOU)에 서명했다": heads who sign, as subject or counterpart, sign for what they
    /// lead: a person known to lead an organisation, or one named with a title after "organisation의".
    /// Asked only of a signing clause that names fewer than two parties.
    private func signingThroughHeads(_ found: [SentenceView.Organisation], _ view: SentenceView,
                                     _ range: Range<Int>) -> [SentenceView.Organisation] {
        var result = found
        for head in view.heads where range.contains(head.range.lowerBound) {
            let role = role(at: afterTitle(view, head.range.upperBound), in: view)
            guard role == .topic || role == .counterpart, !result.lazy.map(\.entityID).containsID(head.entityID) else { continue }
            result.append(SentenceView.Organisation(entityID: head.entityID, range: head.range))
        }
        let s = view.scalars
        for organisation in view.organisations where range.contains(organisation.range.lowerBound) {
            let next = view.afterGlosses(organisation.range.upperBound)
            // "석종훈 방위사업청(DAPA) 청장과 메흐메트 일디즈 튀르키예 방위산업청(SSB) 청장은 …에 서명했다":
            // the head's title right after the organisation, the head signing.
            if next + 1 < s.count, s[next] == " ", let title = DealRules.titles.first(where: { view.has($0, at: next + 1) }),
               case let after = view.afterGlosses(next + 1 + title.count),
               role(at: after, in: view) == .topic || role(at: after, in: view) == .counterpart,
               !result.lazy.map(\.entityID).containsID(organisation.entityID) {
                result.append(organisation)
                continue
            }
            guard next + 1 < s.count, s[next] == "의", s[next + 1] == " ",
                  !result.lazy.map(\.entityID).containsID(organisation.entityID) else { continue }
            // (up to three words of a name before the title: "안드레이 이오네스쿠 최고경영자(CEO)와")
            var i = next + 1
            for _ in 0..<3 {
                guard i < s.count, s[i] == " " else { break }
                let start = i + 1
                if DealRules.titles.contains(where: { view.has($0, at: start) }) {
                    if role(at: afterTitle(view, i), in: view) == .counterpart {
                        result.append(organisation)
                    }
                    break
                }
                i = start
                while i < s.count, s[i] != " " { i += 1 }
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where the words after a person's name end once their organisation, title and gloss are passed
    /// ("권태민 대표는" → 는, "오태현 한빛디펜스 대표는" → 는, "이오네스쿠 최고경영자(CEO)와" → 와);
    /// `end` is where the name ends.
    private func afterTitle(_ view: SentenceView, _ end: Int) -> Int {
        let s = view.scalars
        var i = end
        if i < s.count, s[i] == " ", let organisation = view.organisations.first(where: { $0.range.lowerBound == i + 1 }) {
            i = organisation.range.upperBound
        }
        if i + 1 < s.count, s[i] == " ", let title = DealRules.titles.first(where: { view.has($0, at: i + 1) }) {
            i += 1 + title.count
        }
        return view.afterGlosses(i)
    }

    /// "대한무역투자진흥공사(KOTRA)와 카자흐스탄 투자청(Kazakh Invest)이 공동 주최한": a name joined
    /// by 와/과 to the next, which hosts, hosts with it.
    private func coHosts(_ organisation: SentenceView.Organisation, next: Int, in view: SentenceView) -> Bool {
        let s = view.scalars
        guard next + 1 < s.count, s[next] == "와" || s[next] == "과", ScalarKind.isSpace(s[next + 1]),
              let host = view.organisations.first(where: { $0.range.lowerBound > next && $0.range.lowerBound <= next + 12 })
        else { return false }
        let after = view.afterGlosses(host.range.upperBound)
        return DealRules.hostRoles.contains { view.has($0, at: after) }
    }

    /// Whether the organisations named are a list of counterparts and no subject: "사쿠라링크 및
    /// 아틀라스클라우드(Atlas Cloud)와", "하우스마크(Hausmark)와".
    /// A word before them that may be a subject the recognisers missed ("IBK기업은행는 고려아연과"),
    /// or a Latin word after the last that may be a name they missed ("카이스트와 MGH 등"), makes
    /// it no such list.
    private func onlyCounterpartsListed(_ organisations: [SentenceView.Organisation], in view: SentenceView,
                                        _ clause: Range<Int>, kind: DealKind? = nil, dealWord: Range<Int>? = nil) -> Bool {
        let s = view.scalars
        guard let first = organisations.first, let last = organisations.last,
              role(of: last, in: view) == .counterpart || kind == .supply && suppliedTo(last, in: view),
              organisations.indices.dropLast().allSatisfy({ i in
                  joinsListed(s, organisations[i].range.upperBound..<organisations[i + 1].range.lowerBound)
              }) else { return false }
        // ("올해 마지막 협약은 지난 19일 … 크빌레 마린과 맺었다": the deal word as the topic is no subject)
        let topicDealWord = dealWord.map { view.afterGlosses($0.upperBound) }
        guard !subjectNamed(before: first.range.lowerBound, in: view, clause, alsoMarks: true, sparing: DealRules.adnominals,
                            except: topicDealWord) else { return false }
        var next = view.afterGlosses(last.range.upperBound) + 1
        while next < s.count, ScalarKind.isSpace(s[next]) { next += 1 }
        // A Latin name after them, marked as a subject or an item ("…과 LG가"), is another party;
        // a Latin word that is none ("한국과학기술원(KAIST)과 AI 인재 양성을 위한 협약") names no one.
        var end = next
        while end < s.count, ScalarKind.isLatin(s[end]) || ScalarKind.isDigit(s[end]) { end += 1 }
        guard end > next else { return true }
        return !(view.organisations.contains { $0.range.lowerBound == next } || end < s.count && Self.markedNameEnds.contains(s[end]))
    }
    private static let markedNameEnds = ScalarSet("이가은는와과도")

    /// Whether the organisation is what a supply goes to: "그린웨이마트(Greenway Mart)에 냉동김밥을
    /// 납품하는 계약", "…에게".
    private func suppliedTo(_ organisation: SentenceView.Organisation, in view: SentenceView) -> Bool {
        let s = view.scalars
        let i = view.afterGlosses(organisation.range.upperBound)
        guard i < s.count, s[i] == "에" else { return false }
        return i + 1 == s.count || !ScalarKind.isHangul(s[i + 1]) || s[i + 1] == "게" && (i + 2 == s.count || !ScalarKind.isHangul(s[i + 2]))
    }

    /// Whether the organisation is the clause's object ("우진씨앤에스를") and no word before it ends
    /// in a subject's particle.
    private func onlyObjectNamed(_ organisation: SentenceView.Organisation, in view: SentenceView, _ clause: Range<Int>) -> Bool {
        let s = view.scalars
        let after = view.afterGlosses(organisation.range.upperBound)
        guard after < s.count, s[after] == "을" || s[after] == "를",
              after + 1 == s.count || !ScalarKind.isHangul(s[after + 1]) else { return false }
        return !subjectNamed(before: organisation.range.lowerBound, in: view, clause, alsoMarks: false)
    }

    /// Whether a word before `position` in the clause ends in a subject's particle (은, 는, 이, 가,
    /// and 도 when `alsoMarks`), "…에는" and "…에서는" left out.
    private func subjectNamed(before position: Int, in view: SentenceView, _ clause: Range<Int>, alsoMarks: Bool,
                              sparing spared: [[Unicode.Scalar]] = [], except particle: Int? = nil) -> Bool {
        let s = view.scalars
        let particles = alsoMarks ? Self.subjectOrAlsoParticles : Self.subjectParticles
        var i = clause.lowerBound
        while i < position {
            let end = i + 1 == position || ScalarKind.isSpace(s[i + 1])
            // (a name's last syllable is no particle: "노르웨이 조선기자재 기업 …")
            if end, i != particle, particles.contains(s[i]), !view.inName[i], i > clause.lowerBound, ScalarKind.isHangul(s[i - 1]),
               !(s[i - 1] == "에" || s[i - 1] == "서"),
               !spared.contains(where: { i + 1 >= $0.count && view.has($0, at: i + 1 - $0.count)
                   && (i + 1 == $0.count || ScalarKind.isSpace(s[i - $0.count])
                       // (a quote may open on it: "\"오는 5월 2일 …와 협약을 체결할 예정이다\"")
                       || ScalarKind.closingQuote(of: s[i - $0.count]) != nil) }) {
                return true
            }
            i += 1
        }
        return false
    }
    private static let subjectParticles = Josa.subjectMarks
    private static let subjectOrAlsoParticles = ScalarSet("은는이가도")

    /// Whether two organisations are items of one list: a separator between them, then at most
    /// a few words saying what the next one is ("사쿠라링크 및 미국 클라우드 기업 아틀라스클라우드").
    private func joinsListed(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        if ListWords.joinsItems(s, gap) { return true }
        guard gap.count <= 24 else { return false }
        let start = ListWords.afterGloss(s, gap)
        for join in ListWords.itemJoins where join.count >= 2 {
            guard s[start..<gap.upperBound].starts(with: join) else { continue }
            // The words after the separator end in no particle: "미국 클라우드 기업 ".
            let rest = s[(start + join.count)..<gap.upperBound]
            var wordEnd = rest.startIndex
            for i in rest.indices where ScalarKind.isSpace(s[i]) {
                if i > wordEnd, "은는이가을를에의도로와과".unicodeScalars.contains(s[i - 1]) { return false }
                wordEnd = i + 1
            }
            return rest.split(whereSeparator: ScalarKind.isSpace).count <= 3
        }
        return false
    }

    /// Whether the organisation owns the shares bought ("A와 창업자 등이 보유한 B 지분"): "보유한"
    /// follows it in the range, with another organisation or the shares after it ("…가 가진 지분을").
    private func isSeller(_ organisation: SentenceView.Organisation, in view: SentenceView, _ range: Range<Int>) -> Bool {
        // "노르소 윈드 최대주주인 (덴마크 인프라 투자사) 발트캐피털과 주식매매계약(SPA)을": the
        // shareholder selling, a few words of description allowed between.
        let start = organisation.range.lowerBound
        let from = max(range.lowerBound, start - 24, view.organisations.last(where: { $0.range.upperBound <= start })?.range.upperBound ?? 0)
        if from < start, DealRules.shareholderBefore.contains(where: { view.scalars[from..<start].containsScalars($0) }) { return true }
        // (from after its gloss: "머라이언 파트너스(Merlion Partners)가 보유한")
        var i = view.afterGlosses(organisation.range.upperBound)
        // "탐라원 창업주 일가가 보유한 지분": the firm's own people hold its shares; it is what is bought.
        if i + 1 < view.scalars.count, view.scalars[i] == " ", DealRules.firmsOwners.contains(where: { view.has($0, at: i + 1) }) {
            return false
        }
        if DealRules.shareholderAfter.contains(where: { view.has($0, at: i) }) { return true }
        let limit = min(range.upperBound, i + 16)
        while i < limit {
            if let held = DealRules.heldBy.first(where: { view.has($0, at: i) }) {
                // "…가 가진 지분을 인수해": the shares themselves, their firm told before.
                return view.organisations.contains { $0.range.lowerBound > i && $0.range.lowerBound < range.upperBound }
                    || DealRules.sharesHeld.contains { view.has($0, at: i + held.count) }
            }
            i += 1
        }
        return false
    }

    /// Whether one of the next two words is a title ("대표와", "사장이").
    private func titleFollows(_ view: SentenceView, _ position: Int) -> Bool {
        let s = view.scalars
        var i = position
        for _ in 0..<2 {
            guard i < s.count, s[i] == " " else { return false }
            i += 1
            let start = i
            while i < s.count, s[i] != " " { i += 1 }
            for title in DealRules.titles where view.has(title, at: start) && (i - start) - title.count <= 2 {
                return true
            }
        }
        return false
    }

    /// "… 우즈베키스탄 디지털기술부 장관과 양해각서에 서명했다": a minister signing with another
    /// signs for the ministry, which is the counterpart; a firm named before its head's title stays
    /// no party ("협약식에는 이도현 한빛전자 대표와 …가 참석했다").
    private func ministerSigning(_ view: SentenceView, _ position: Int) -> Bool {
        DealRules.ministersSigning.contains { view.has($0, at: position) }
    }

    private enum Role { case topic, roundOwner, from, counterpart, other }

    /// What follows a party and gives its role: made once, not at every question.
    /// "웨이브링크 라운드", "…에는", "웨이브링크가 진행하는 … 시리즈B 라운드에 참여해": whose round it is.
    private static let roundOwnerWords = scalarPhrases([" 라운드", "에는", "가 진행하는 ", "이 진행하는 ", "가 진행한 ", "이 진행한 ", "가 진행 중인 ", "이 진행 중인 "])
    private static let sourceWords = scalarPhrases(["로부터", "으로부터"])
    private static let listedTopicWords = scalarPhrases([" 등이", " 등은"])

    private func role(of organisation: SentenceView.Organisation, in view: SentenceView) -> Role {
        role(at: view.afterGlosses(organisation.range.upperBound), in: view)
    }

    /// The role the words at `i`, after a party, give it.
    private func role(at start: Int, in view: SentenceView) -> Role {
        let s = view.scalars
        var i = start
        if Self.roundOwnerWords.contains(where: { view.has($0, at: i) }) { return .roundOwner }
        // "무빙랩의 시리즈A에는"
        if i < s.count, s[i] == "의", DealRules.roundsAfterPossessive.contains(where: { view.has($0, at: Self.afterRoundSize(s, i + 1)) }) { return .roundOwner }
        if Self.sourceWords.contains(where: { view.has($0, at: i) }) { return .from }
        if Self.listedTopicWords.contains(where: { view.has($0, at: i) }) { return .topic }
        guard i < s.count else { return .other }
        if s[i] == "와" || s[i] == "과" { return .counterpart }
        // "가장 공격적인 곳은 세종에어로스페이스다.": the firm a sentence ends on, by a copula, is
        // what the article goes on to tell of.
        if Self.endsOnCopula(s, at: i) { return .topic }
        // "세 번째 투자처는 수전해 스택 개발사 하이드로젠포스.": so does a sentence ending on the firm
        // without a verb.
        if s[i] == ".", i + 1 == s.count { return .topic }
        let c = s[i]
        i += 1
        let ends = i >= s.count || !ScalarKind.isHangul(s[i])
        return (Josa.subjectMarks.contains(c) && ends) ? .topic : .other
    }

    /// Whether the words at `i` are a copula ending its word: "다" or "이다", no syllable after.
    private static func endsOnCopula(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let j = s[i] == "이" ? i + 1 : i
        guard j < s.count, s[j] == "다" else { return false }
        return j + 1 == s.count || !ScalarKind.isHangul(s[j + 1])
    }

    private static let fromPlace = Array("에서".unicodeScalars)
    private static let etcetera = Array(" 등".unicodeScalars)

    /// "알파웨이브벤처스 등에서 … 투자를 받았다": 등 closes a list of which the name is the first;
    /// the particle after it gives the name its role. (" 등이", " 등은" stay as they are: they
    /// mark a list's subjects.)
    private func afterEtc(_ i: Int, in view: SentenceView) -> Int {
        let s = view.scalars
        guard view.has(Self.etcetera, at: i), i + 2 < s.count, s[i + 2] == "에" || s[i + 2] == "으" || s[i + 2] == "로" else { return i }
        return i + 2
    }

    /// "기존 투자사(소담인베스트먼트, 케이로드벤처스)가 …": names listed in brackets after the word
    /// for what they are take the particle after the bracket; `i` is where a name's words end.
    /// A bracket after a name ("한빛(주)") is no such list.
    private func afterListInBrackets(_ i: Int, in view: SentenceView) -> Int {
        let s = view.scalars
        guard i < s.count, s[i] == ")" else { return i }
        var j = i - 1
        while j > 0, s[j] != "(", s[j] != ")", i - j <= 80 { j -= 1 }
        guard j > 0, s[j] == "(", ScalarKind.isHangul(s[j - 1]),
              !view.organisations.contains(where: { $0.range.contains(j - 1) }) else { return i }
        return i + 1
    }

    /// Investments name an investee and its investors in many ways: "X는 Y로부터 …을 유치했다",
    /// "X는 …, Z는 … 각각 유치했다" (one deal each), "X 라운드에는 A, B 등이 참여했다",
    /// "A는 X와 Z에도 투자했다" (one deal per investee), "A가 … 투자했다" (the investee of the
    /// deal just read).
    private func investmentParties(_ view: SentenceView, _ clause: Range<Int>,
                                   _ organisations: [SentenceView.Organisation], sentence k: Int) -> [[String]] {
        guard !organisations.isEmpty else { return [] }
        let ends = organisations.map { afterEtc(afterListInBrackets(view.afterGlosses($0.range.upperBound), in: view), in: view) }
        var roles = ends.map { role(at: $0, in: view) }
        let ids = organisations.map(\.entityID)
        // "액셀러레이터 블루랩스에서 시드 투자 5억원을 받은": 에서 with a word of raising money
        // names an investor.
        if roles.indices.contains(where: { roles[$0] == .other && view.has(Self.fromPlace, at: ends[$0]) }),
           contains(DealRules.raising, in: view, clause) {
            for i in roles.indices where roles[i] == .other && view.has(Self.fromPlace, at: ends[i]) { roles[i] = .from }
        }
        // "넥스트챕터벤처스와 라이트하우스파트너스로부터": an item joined to an investor named with
        // 로부터 is one too.
        for i in roles.indices.reversed().dropFirst() where roles[i] == .counterpart && roles[i + 1] == .from
            && ListWords.joinsItems(view.scalars, organisations[i].range.upperBound..<organisations[i + 1].range.lowerBound) {
            roles[i] = .from
        }
        // "Y가 주도한 라운드에서": Y describes the round; the subject of the clause is its investee.
        let describesRound = organisations.map { organisation -> Bool in
            let after = view.afterGlosses(organisation.range.upperBound) + 2  // particle, space
            return DealRules.roundLeaders.contains { view.has($0, at: after) }
        }
        // ("메리디안은 … 시큐어노드가 발행한 … 전환사채(CB)를 인수했는데": the subject of a relative
        // clause is no topic; the issuer is what the topic invests in)
        let relativeSubject = organisations.map { subjectOfRelativeClause($0, in: view) }
        let topics = ids.indices.filter { roles[$0] == .topic && !describesRound[$0] && !relativeSubject[$0] }
        // "베리봇은 스프라우트벤처스가 주도한 시드 라운드에 A와 B가 참여해 …": the topic marked by
        // 은/는, before subjects marked by 이/가 that take part, is what they invest in.
        let marks = ends.map { $0 < view.scalars.count ? view.scalars[$0] : " " }
        if topics.count >= 2, let first = topics.first, first == 0, marks[first] == "은" || marks[first] == "는",
           topics.dropFirst().allSatisfy({ marks[$0] == "이" || marks[$0] == "가" }),
           // (or investing right after them: "세미노바는 한빛벤처스와 새봄인베스트먼트가 50억원을 투자했다고
           // 밝혔다", not "산업은행은 … 퓨리오사AI가 자금 조달에 애를 먹자 … 투자를 집행한")
           contains(DealRules.takingPart, in: view, clause)
            || contains(DealRules.investingVerbs, in: view, Self.window(from: ends[topics.last!], reach: Self.investingReach, within: clause)) {
            return [[ids[first]] + ids.indices.dropFirst().map { ids[$0] }]
        }
        let investing = contains(DealRules.investingVerbs, in: view, clause)
        if let owner = ids.indices.first(where: { roles[$0] == .roundOwner }) {
            let round = [ids[owner]] + ids.indices.filter { $0 != owner }.map { ids[$0] }
            // "보이스펄스 라운드에는 …가 함께 이름을 올렸고": the round of an investee just told
            // (not one the clause dates: "2022년 리브핀의 시리즈A 때도 투자를 이끈 곳이다").
            if timeSpan(in: view, clause) == nil,
               let told = deals.last(where: { $0.kind == .investment && $0.parties.first == ids[owner] && $0.sentences.contains { $0 < k && k - $0 <= 3 } }) {
                return [union(told.parties, round)]
            }
            if round.count == 1, investing, let investor = investorGoingOn(before: k), investor != ids[owner] {
                return [round + [investor]]
            }
            // "두 기존 투자사는 2022년 오비탈뷰의 … 시리즈A에도 함께 투자했다": the investors a collective
            // before the round's owner counts.
            if round.count == 1, investing, let collective = countedCollective(in: view, clause),
               collective.range.upperBound <= organisations[owner].range.lowerBound {
                let resolved = resolveCollective(collective.value, before: k, clauseStart: clause.lowerBound, firmsOnly: true, besides: round)
                if resolved.count == collective.value { return [round + resolved] }
            }
            return [round]
        }
        if investing {
            // "A와 B가 … 합류했다": A is joined to the subject, and invests too ("A는 X와 Z에
            // 투자했다" keeps X an investee: no subject follows it).
            let joinsSubject = ids.indices.map { i -> Bool in
                guard roles[i] == .counterpart, i + 1 < ids.count, roles[i + 1] == .topic else { return false }
                let after = view.afterGlosses(organisations[i].range.upperBound) + 1
                let next = organisations[i + 1].range.lowerBound
                return after <= next && view.scalars[after..<next].allSatisfy(ScalarKind.isSpace)
            }
            // "기존 투자자인 온새미벤처스도 후속 투자에 나섰다": a subject marked by 도 invests too.
            let alsoSubject = ends.map { i -> Bool in
                return i < view.scalars.count && view.scalars[i] == "도"
                    && (i + 1 == view.scalars.count || !ScalarKind.isHangul(view.scalars[i + 1]))
            }
            var investing = ids.indices.map { roles[$0] == .topic && !relativeSubject[$0] || joinsSubject[$0] || alsoSubject[$0] }
            // "케이브릿지인베스트먼트와 온누리벤처파트너스, 동서기술투자도 투자를 단행했다": items listed
            // before an investor are investors too.
            // (and across a place: "일본의 Sakura Frontier Capital(사쿠라 프런티어 캐피털)과 한국의 새빛벤처파트너스,
            // 한국산업은행이 신규 투자자로 참여했으며")
            for i in ids.indices.reversed().dropFirst() where !investing[i] && investing[i + 1] && roles[i] != .from
                && (ListWords.joinsItems(view.scalars, organisations[i].range.upperBound..<organisations[i + 1].range.lowerBound)
                    || joinedAcrossPlace(organisations[i], organisations[i + 1], in: view)) {
                investing[i] = true
            }
            let investors = ids.indices.filter { investing[$0] }.map { ids[$0] }
            let investees = ids.indices.filter { !investing[$0] }.map { ids[$0] }
            if investors.isEmpty, investees.count == 1, let investor = investorGoingOn(before: k), investor != investees[0] {
                return [investees + [investor]]
            }
            if investees.isEmpty {
                // "이번 라운드는 KT가 주도했고, A와 B가 합류했다": the clause goes on with the round
                // this sentence pointed back at.
                if let pointedBack, pointedBack.sentence == k, deals[pointedBack.deal].kind == .investment {
                    return [union(deals[pointedBack.deal].parties, investors)]
                }
                // Else investors told right after a round join it ("기존 투자자인 B도 후속 투자에 나섰다"),
                // unless the clause dates another round ("지난해 … 20억원의 브릿지 투자를 했다").
                // An investor alone, with no round told, spends on itself: "삼성전자는 평택 공장에
                // 20조원을 투자했다" is no deal.
                guard let last = deals.last(where: { $0.kind == .investment && $0.sentences.contains { k - $0 <= 3 } }),
                      let investee = last.parties.first else {
                    // "에이아이루멘은 … 상장했다. 상장 전 프리IPO 라운드에서는 A가 리드 투자자로 나섰고 B가
                    // 참여해 250억원을 모았다": a round named with its investors only is the round of
                    // the company the paragraph tells of (not an investor the sentence before told
                    // of: "A가 40억원을 넣으면서 라운드를 이끌었고 … B는 2023년 시드 라운드 때 12억원을
                    // 투자했던 곳인데").
                    if contains(DealRules.roundNames, in: view, clause), let company = topicCarried(to: k),
                       company.hasPrefix(DealRules.companyIDPrefix), !investors.contains(company),
                       !contains(DealRules.investingVerbs, in: views[k - 1], 0..<views[k - 1].scalars.count) {
                        return [[company] + investors]
                    }
                    return []
                }
                // "…는 펀드를 통해 지금까지 모두 14개 기업에 투자했다": a tally of investees, no round.
                if DealRules.countedCounterparts.occurs(in: view.scalars[clause]) { return [] }
                if timeSpan(in: view, clause) == nil { return [union(last.parties, investors)] }
                return [[investee] + investors.filter { $0 != investee }]
            }
            return investees.map { [$0] + investors }
        }
        let distributive = contains(DealRules.distributive, in: view, clause)
        if topics.count >= 2 || (distributive && ids.count >= 2) {
            // One deal per investee, each with the investors named after it ("…로부터").
            let heads = topics.count >= 2 ? topics : ids.indices.filter { roles[$0] != .from }
            return heads.enumerated().map { n, head in
                let next = n + 1 < heads.count ? heads[n + 1] : ids.count
                return [ids[head]] + (head + 1..<next).filter { roles[$0] == .from }.map { ids[$0] }
            }
        }
        // "회사는 … A로부터 시드 투자를 받았다", "지난해 3월에는 한빛벤처스가 주도한 시리즈A에서
        // 60억원을 확보했다": only investors named, the investee is the company the article is
        // telling of (the last round's investee, or the subject carried over).
        if topics.isEmpty, ids.indices.allSatisfy({ roles[$0] == .from || describesRound[$0] }),
           // ("회사는 2019년 … 출발했으며, 설립 당시 서울대기술지주로부터 시드 투자를 받았다": the
           // company the sentence opens on, in a clause before)
           let investee = view.clauses.first.flatMap({ $0.upperBound <= clause.lowerBound ? companyReferred(in: view, $0, sentence: k) : nil })
            ?? deals.last(where: { $0.kind == .investment && $0.sentences.contains { k - $0 <= 3 } })?.parties.first
            ?? carriedSubject(before: k) ?? topicCarried(to: k)
            // "2022년 시리즈A 때는 케이스톤벤처스로부터 60억원을 투자받았다", paragraphs after the round
            // told: the article's investee.
            ?? deals.first(where: { $0.kind == .investment && $0.parties.count >= 2 })?.parties.first,
           !ids.contains(investee) {
            return [[investee] + ids]
        }
        // "회사는 … 케이스톤벤처스, 포레스트인베스트먼트와 … 프리IPO 투자 계약을 맺었다": the company
        // the clause opens on, with the firms it signed with.
        if topics.isEmpty, let company = companyReferred(in: view, clause, sentence: k), !ids.contains(company) {
            return [[company] + ids]
        }
        // "(…시리즈B … 이번 라운드는 도담벤처파트너스가 주도했다.) 도담벤처파트너스는 2022년 시리즈A 때도
        // 120억원을 넣은 바 있다": an investor of the round just told, alone in a clause naming
        // another round, made an earlier bet on the same company.
        // (the round may be told a few paragraphs before: "…가 주도했고 … 이름을 올렸다. (the company's
        // story) 라이트하우스벤처스는 2022년 시리즈A 라운드에서도 95억원을 단독으로 투자한 바 있다")
        if ids.count == 1, topics == [0], contains(DealRules.roundNames, in: view, clause),
           let round = deals.last(where: { $0.kind == .investment && $0.sentences.contains { $0 < k && k - $0 <= Self.earlierBetReach } }),
           let company = round.parties.first, company != ids[0], round.parties.dropFirst().containsID(ids[0]) {
            return [[company, ids[0]]]
        }
        let investee = topics.first ?? ids.indices.first { roles[$0] != .from } ?? 0
        return [[ids[investee]] + ids.indices.filter { $0 != investee }.map { ids[$0] }]
    }

    /// "시는 이날 … 업무협약을 체결했다", "교육청은 지난해 5월 KT와 …": a clause opening on 시는,
    /// 도는, 교육청은 … (`DealCues.bodiesReferred`, as "회사는" is the company) names the body of
    /// that kind named just before; "도와 시는 …" names two.
    private func localGovernmentsReferred(in view: SentenceView, _ clause: Range<Int>, sentence k: Int) -> [String] {
        let s = view.scalars
        let start = opening(of: clause, in: view)
        guard start + 2 < clause.upperBound, start == 0 || !ScalarKind.isHangul(s[start - 1]) else { return [] }
        if let first = DealRules.localGovernmentsJoined.first(where: { view.has($0.word, at: start) }),
           let second = DealRules.localGovernmentWords.first(where: { view.has($0.word, at: start + first.word.count) }) {
            return [first.ending, second.ending].compactMap { localGovernment(ofKind: $0, before: start, in: view, sentence: k) }
        }
        guard let kind = DealRules.localGovernmentWords.first(where: { view.has($0.word, at: start) })?.ending else { return [] }
        return localGovernment(ofKind: kind, before: start, in: view, sentence: k).map { [$0] } ?? []
    }

    /// "중기부는 지난 11일 … 협회와 '…업무협약'을 맺었다": a body referred to by its kind as a
    /// counterpart, a word of its own outside any name, is the body of that kind named last.
    private func bodiesReferredAsCounterparts(in view: SentenceView, _ range: Range<Int>, sentence k: Int) -> [String] {
        // (one pass over the clause first: most hold none of the words)
        guard contains(DealRules.bodiesAsCounterpartPhrases, in: view, range) else { return [] }
        let s = view.scalars
        var found: [String] = []
        for i in range where i > 0 && s[i - 1] == " " && !view.inName[i] {
            // ("두 병원과", "5개 협회와": bodies counted, not the one named)
            guard i < 2 || !(Self.countWordEnds.contains(s[i - 2]) || ScalarKind.isDigit(s[i - 2])),
                  let kind = DealRules.bodiesAsCounterparts.first(where: { view.has($0.word, at: i) })?.ending,
                  let body = localGovernment(ofKind: kind, before: i, in: view, sentence: k), !found.containsID(body) else { continue }
            found.append(body)
        }
        return found
    }

    /// How many sentences back a reference to a body may reach: a long article's length.
    private static let articleReach = 60

    /// How words that count end: "두 병원", "3개 대학", "세 곳", "양 기관", "여러 협회".
    private static let countWordEnds: ScalarSet = ["두", "세", "네", "섯", "양", "각", "개", "곳", "러", "든"]

    /// The body of a kind (시, 도, 교육청 …) named last before `start` in sentence `k` or in the
    /// sentences before it: the article's city is "시" however far back it named it (within an
    /// article's length, so a crafted text of many sentences stays linear).
    private func localGovernment(ofKind kind: String, before start: Int, in view: SentenceView, sentence k: Int) -> String? {
        // (a city, province or county is its government; 공사 may be a company: 한국수자원공사)
        let needsInstitution = kind.unicodeScalars.count == 1
        let endings = DealCues.bodiesReferredEndings[kind] ?? [kind]
        var j = k
        while j >= 0 && k - j <= Self.articleReach {
            for organisation in views[j].organisations.reversed() where j < k || organisation.range.lowerBound < start {
                if (!needsInstitution || organisation.entityID.hasPrefix("institution:")) && endings.contains(where: { organisation.entityID.hasSuffix($0) }) {
                    return organisation.entityID
                }
            }
            j -= 1
        }
        return nil
    }

    /// Where a clause's words start, spaces and one linking adverb left out: "앞서 도는 …" opens on
    /// "도는", as "도는 …" does.
    private func opening(of clause: Range<Int>, in view: SentenceView) -> Int {
        let s = view.scalars
        var start = clause.lowerBound
        while start < clause.upperBound, ScalarKind.isSpace(s[start]) { start += 1 }
        if let adverb = DealRules.openingAdverbs.first(where: { view.has($0, at: start) }), start + adverb.count < clause.upperBound {
            return start + adverb.count
        }
        return start
    }

    /// "회사는 지난해 … 픽셀오르를 인수하며": a clause opening on 회사는 names the company leading
    /// a deal told in the three sentences before, else the company last the subject of one of
    /// them, else the company leading the deal told last.
    private func companyReferred(in view: SentenceView, _ clause: Range<Int>, sentence k: Int) -> String? {
        let s = view.scalars
        let start = opening(of: clause, in: view)
        guard start == 0 || !ScalarKind.isHangul(s[start - 1]),
              DealRules.companySelfReferences.contains(where: { view.has($0, at: start) }) else { return nil }
        // The company leading a deal told in the three sentences before ("이번 시리즈B는 A가 이끌었다.
        // 회사는 …": the investee, not the investor just named).
        if let lead = leadOfRecentDeal(before: k), lead.hasPrefix("company:") { return lead }
        var j = k - 1
        while j >= 0 && k - j <= 3 {
            if let subject = views[j].organisations.first(where: { $0.entityID.hasPrefix("company:") && role(of: $0, in: views[j]) == .topic }) {
                // ("미나토네트웍스는 …" told of the counterpart of the article's deal: "회사는" is
                // still the firm leading it)
                if let led = deals.first(where: { $0.parties.count >= 2 && $0.parties.first != subject.entityID
                    && $0.parties.containsID(subject.entityID) })?.parties.first, led.hasPrefix("company:") {
                    return led
                }
                return subject.entityID
            }
            j -= 1
        }
        // Else the company that leads the deal told last.
        return deals.last?.parties.first.flatMap { $0.hasPrefix("company:") ? $0 : nil }
    }

    /// "(…신설 법인의 이름은 '리본브라반트 리사이클링'으로 정했다.) 업계에서는 합작사가 독일 폭스바겐과
    /// … 공급 계약을 …": the joint venture set up by the last joint-venture deal told, its company
    /// named after that deal, in a sentence that speaks of the venture ("신설 법인의 이름은 …"), and
    /// none of its founders.
    private func jointVentureReferred(in view: SentenceView, _ range: Range<Int>, sentence k: Int) -> String? {
        let s = view.scalars
        // (every phrase starts with 합 or 신: other scalars are passed over on one comparison)
        guard range.contains(where: { i in
            (s[i] == "합" || s[i] == "신") && (i == 0 || ScalarKind.isSpace(s[i - 1]))
                && DealRules.jointVentureReferences.contains { view.has($0, at: i) }
        }), let venture = deals.last(where: { $0.kind == .jointVenture }), let told = venture.sentences.min(), told < k else { return nil }
        for j in stride(from: k - 1, through: told, by: -1) where contains(DealRules.ventureWords, in: views[j], 0..<views[j].scalars.count) {
            // (a firm named before the venture was told is a founder's parent, a rival, a client: not
            // it; nor is one named in a sentence that does not speak of the venture)
            if let named = views[j].organisations.last(where: { organisation in
                organisation.entityID.hasPrefix(DealRules.companyIDPrefix) && !venture.parties.containsID(organisation.entityID)
                    && !views[..<told].contains { $0.organisations.contains { $0.entityID == organisation.entityID } }
            }) {
                return named.entityID
            }
        }
        return nil
    }

    /// "…페이브릿지와 … MOU를 맺었다고 시가 지난 3일 밝혔다": a deal told with only its counterpart
    /// and then announced by a body (named, or 시가, 도는 …) was signed by that body. `dealWord` is
    /// where the deal word ends.
    private func announcer(after dealWord: Int, in view: SentenceView, sentence k: Int) -> String? {
        let s = view.scalars
        // (the first "…다고 " after the deal word ends what was announced)
        guard let quoted = (dealWord..<max(dealWord, s.count - 2)).first(where: { j in
            s[j] == "다" && s[j + 1] == "고" && ScalarKind.isSpace(s[j + 2])
        }) else { return nil }
        var i = quoted + 3
        while i < s.count, ScalarKind.isSpace(s[i]) { i += 1 }
        guard i < s.count else { return nil }
        let named: String?
        if let organisation = view.organisations.first(where: { $0.range.lowerBound == i }) {
            named = role(of: organisation, in: view) == .topic ? organisation.entityID : nil
        } else {
            named = DealRules.localGovernmentWords.first { view.has($0.word, at: i) }
                .flatMap { localGovernment(ofKind: $0.ending, before: i, in: view, sentence: k) }
        }
        guard let named, (i..<s.count).contains(where: { j in
            j > 0 && ScalarKind.isSpace(s[j - 1]) && DealRules.announcementLexicon.match(in: s, at: j) != nil
        }) else { return nil }
        return named
    }

    /// The organisation the article is telling of before sentence `k`: the lead of a deal told
    /// in the three sentences before, else the subject of the nearest of them that has one, else
    /// the first party of the deal told last.
    private func storySubject(before k: Int) -> String? {
        // "이튿날인 6일에는 … 하우스마크와 업무협약을 맺었다" goes on with the company that signed the
        // day before.
        if let lead = leadOfRecentDeal(before: k) { return lead }
        var j = k - 1
        while j >= 0 && k - j <= 3 {
            // ("…크리오텍 마린은 … 검토 중이다. ¶ 앞서 지난 22일에는 … 쉬핑과 … 계약이 체결됐다": a
            // paragraph opening on a deal goes on with the article's dealer, not the last topic told)
            if views[j].sentence.paragraph != views[k].sentence.paragraph, let lead = deals.last?.parties.first { return lead }
            if let subject = views[j].organisations.first(where: { role(of: $0, in: views[j]) == .topic && !subjectOfRelativeClause($0, in: views[j]) }) {
                return subject.entityID
            }
            j -= 1
        }
        return deals.last?.parties.first
    }

    /// Whether `organisation`, marked 이/가, is the subject of a relative clause, not of its sentence:
    /// the next word is a verb's adnominal form ("한강대병원이 가진 폐암 환자 데이터", "…가 보유한",
    /// "…가 만든"). Adverbs of time that end the same way ("지난", "오는", "최근", "이번") are none.
    private func subjectOfRelativeClause(_ organisation: SentenceView.Organisation, in view: SentenceView) -> Bool {
        let s = view.scalars
        let i = view.afterGlosses(organisation.range.upperBound)
        guard i + 2 < s.count, s[i] == "이" || s[i] == "가", s[i + 1] == " " else { return false }
        var end = i + 2
        while end < s.count, ScalarKind.isHangul(s[end]) { end += 1 }
        guard end - (i + 2) >= 2, end < s.count, s[end] == " ", Self.adnominalEnds.contains(s[end - 1]) else { return false }
        return !Self.timeAdnominals.contains { $0.count == end - (i + 2) && view.has($0, at: i + 2) }
    }
    /// Last syllables of a verb's adnominal form: "가진", "보유한", "만든", "세운", "사들인", "체결된".
    private static let adnominalEnds: ScalarSet = ["진", "한", "든", "운", "던", "는", "은", "된", "인"]
    private static let timeAdnominals = scalarPhrases(["지난", "오는", "최근", "이번", "다가오는", "돌아오는"])

    /// The first party of the deal told last, when it was told in the three sentences before `k`
    /// (or in a clause of `k` already read): told last in the text, not read last ("하이게이트
    /// 파트너스는 2019년 라이트웰을 사들인 뒤 …. 해담식품은 이번 인수로 …. 회사는 …" goes on with
    /// 해담식품).
    private func leadOfRecentDeal(before k: Int) -> String? {
        var latest = -1
        var lead: String? = nil
        for deal in deals where !isLongPast(deal) {
            // (on a tie, the deal read later, as the last of `deals` was before)
            guard let told = deal.sentences.lazy.filter({ $0 <= k && k - $0 <= 3 }).max(), told >= latest else { continue }
            latest = told
            lead = deal.parties.first
        }
        return lead
    }

    /// The first collective of the clause ("양사", "세 기관", "17개사") and how many it counts; a
    /// count of fewer than two is none.
    private func countedCollective(in view: SentenceView, _ clause: Range<Int>) -> (value: Int, range: Range<Int>)? {
        guard var found = firstMatch(DealRules.collectiveLexicon, in: view, clause) else { return nil }
        let s = view.scalars
        // "17개사": the lexicon holds the last digit; the digits before it make the count.
        if ScalarKind.isDigit(s[found.range.lowerBound]) {
            var start = found.range.lowerBound, place = 10
            while start > clause.lowerBound, ScalarKind.isDigit(s[start - 1]), place <= 1000 {
                start -= 1
                found.value += Int(s[start].value - 0x30) * place
                place *= 10
            }
            if start > clause.lowerBound, ScalarKind.isDigit(s[start - 1]) { return nil }
            found.range = start..<found.range.upperBound
            // "중소기업 8곳과": places count parties only after a word for firms.
            if s[found.range.upperBound - 1] == "곳", !DealRules.firmsCountedByPlace.contains(where: { word in
                start >= word.count && view.has(word, at: start - word.count)
            }) { return nil }
        }
        return found.value >= 2 ? found : nil
    }

    /// The organisations "양사" or "세 기관" stand for: the parties of the deal just read when
    /// it has that many, else the first organisations of the nearest sentence naming enough.
    private func resolveCollective(_ size: Int, before k: Int, clauseStart: Int, firmsOnly: Bool = false,
                                   besides: [String] = []) -> [String] {
        if let last = deals.last, last.parties.count == size, last.sentences.contains(where: { k - $0 <= 3 }),
           !firmsOnly || last.parties.allSatisfy({ $0.hasPrefix(DealRules.companyIDPrefix) }) {
            return last.parties
        }
        var j = k
        // "세움바이오팜이 … 맡긴다. 상대는 … 라온바이오로직스다. 두 회사는 …": named over several
        // sentences, the parties are all the organisations of those sentences, when just as many.
        var named: [String] = []
        while j >= 0 && k - j <= 3 {
            let organisations = (j == k ? views[j].organisations.filter { $0.range.lowerBound < clauseStart } : views[j].organisations)
                .filter { (!firmsOnly || $0.entityID.hasPrefix(DealRules.companyIDPrefix)) && !ownsTheUnit($0, in: views[j])
                    && !besides.containsID($0.entityID) }
            var distinct: [String] = []
            for o in organisations where !distinct.contains(o.entityID) { distinct.append(o.entityID) }
            if distinct.count >= size { return Array(distinct.prefix(size)) }
            for id in distinct.reversed() where !named.contains(id) { named.insert(id, at: 0) }
            j -= 1
        }
        if named.count == size { return named }
        // "양사는 지난해 11월 … MOU를 맺은 뒤": farther on, the parties of the last deal of as many,
        // the firms the article is about.
        return deals.suffix(Self.articleReach).last(where: { distinctCount($0.parties) == size
            && (!firmsOnly || $0.parties.allSatisfy({ $0.hasPrefix(DealRules.companyIDPrefix) })) })?.parties ?? []
    }

    /// Whether a name starting at `start` follows "이하 " in a bracket opened right after another
    /// name: "(이하 산업부)", "(장관 한승규, 이하 국토부)".
    private func definedInBracketAfterName(_ start: Int, in view: SentenceView) -> Bool {
        let s = view.scalars
        guard start >= 4, s[start - 1] == " ", s[start - 2] == "하", s[start - 3] == "이" else { return false }
        var i = start - 4
        while i >= 0, start - i <= 40, s[i] != ")" {
            if s[i] == "(" { return view.organisations.contains { $0.range.upperBound == i } }
            i -= 1
        }
        return false
    }

    /// Whether organisations marked as subjects (이/가) follow `topic` in `range` and the sentence
    /// reports what they did ("…다고 밝혔다").
    private func announcesSubjectsAfter(_ topic: SentenceView.Organisation, in view: SentenceView, _ range: Range<Int>) -> Bool {
        let s = view.scalars
        guard view.organisations.contains(where: { o in
            guard o.range.lowerBound > topic.range.upperBound, range.contains(o.range.lowerBound) else { return false }
            let mark = view.afterGlosses(o.range.upperBound)
            guard mark + 1 < s.count, s[mark] == "이" || s[mark] == "가", s[mark + 1] == " " else { return false }
            // (not the subject of a relative clause: "머라이언 파트너스가 보유한 … 지분")
            var end = mark + 2
            while end < s.count, !ScalarKind.isSpace(s[end]) { end += 1 }
            let word = s[(mark + 2)..<end]
            return !(word.last.map { "한된던".unicodeScalars.contains($0) } ?? false)
                && !Self.relativeEndings.contains { word.hasScalarSuffix($0) }
        }) else { return false }
        return contains(DealRules.reportedThat, in: view, range.upperBound..<s.count)
    }

    /// Whether `topic`, a company, announces the deal of the one organisation named after it,
    /// which names no counterpart of its own: then the topic is that counterpart.
    private func announcesItsCounterpart(_ topic: SentenceView.Organisation, in view: SentenceView, _ range: Range<Int>) -> Bool {
        guard topic.entityID.hasPrefix(DealRules.companyIDPrefix) else { return false }
        // (a name's gloss is the name again: "이코이 일렉트릭(Ikoyi Electric)이")
        let after = view.organisations.filter { $0.range.lowerBound > topic.range.upperBound && range.contains($0.range.lowerBound) }
        guard let named = after.first, after.allSatisfy({ $0.entityID == named.entityID }) else { return false }
        return named.entityID != topic.entityID && role(of: named, in: view) != .counterpart
    }

    /// How far after the last subject its investing verb may stand ("…가 50억원을 공동 투자했다").
    private static let investingReach = 24

    /// Up to `reach` scalars from `start`, inside `clause` (empty when `start` lies past it: a
    /// name's gloss may run beyond its clause).
    private static func window(from start: Int, reach: Int, within clause: Range<Int>) -> Range<Int> {
        let upper = min(clause.upperBound, start + reach)
        return min(start, upper)..<upper
    }
    private static let relativeEndings = scalarPhrases(["하는", "되는", "있는"])

    /// Organisations named as a joint venture ("합작법인 '태성오프티마'", "합작사 누리미나토에너지는")
    /// in the sentences a collective may point back to, and the current one.
    private func venturesNamed(upTo k: Int) -> [String] {
        var result: [String] = []
        for j in stride(from: k, through: max(0, k - 3), by: -1) {
            let view = views[j], s = view.scalars
            for organisation in view.organisations {
                var i = organisation.range.lowerBound
                while i > 0, i > organisation.range.lowerBound - 3, "'‘\"“ ".unicodeScalars.contains(s[i - 1]) { i -= 1 }
                if DealRules.ventureNames.contains(where: { i >= $0.count && view.has($0, at: i - $0.count) }) { result.append(organisation.entityID) }
            }
        }
        return result
    }

    /// "기보는 … 큐리어스랩에 10억 원을 투자했다. 하이드로젠웍스에는 20억 원을 투자했다": a clause
    /// naming only what is invested in goes on with the one investor of the investment just told,
    /// when that investor is the subject carried from the sentence before.
    private func investorGoingOn(before k: Int) -> String? {
        guard let last = deals.last(where: { $0.kind == .investment && $0.sentences.contains { $0 < k && k - $0 <= 3 } }),
              distinctCount(last.parties) == 2, let investor = last.parties.last,
              carriedSubject(before: k) == investor || topicCarried(to: k) == investor else { return nil }
        return investor
    }

    /// The subject of the previous sentence, for a clause that names only the counterpart
    /// ("…와도 MOU를 따로 맺었다" after "삼성물산은 …").
    private func carriedSubject(before k: Int) -> String? {
        guard k > 0 else { return nil }
        let view = views[k - 1]
        return view.organisations.first { role(of: $0, in: view) == .topic }?.entityID
    }

    /// The topic a sentence without one goes on with: that of an earlier sentence of its paragraph
    /// when the sentences between name no organisation ("구름다리랩스는 … 개발했다. 고객사 140여 곳을
    /// 확보했고 … . 2022년에는 A와 B로부터 … 투자를 유치하기도 했다").
    private func topicCarried(to k: Int) -> String? {
        var j = k - 1
        while j >= 0, k - j <= 3, views[j].sentence.paragraph == views[k].sentence.paragraph {
            if let subject = views[j].organisations.first(where: { role(of: $0, in: views[j]) == .topic }) { return subject.entityID }
            guard views[j].organisations.isEmpty else { return nil }
            j -= 1
        }
        return nil
    }

    /// The date mentions inside a clause, in order.
    private func datesIn(_ view: SentenceView, _ clause: Range<Int>) -> [DateMention] {
        let lower = view.sentence.sourceOffset(of: clause.lowerBound)
        let upper = clause.upperBound >= view.scalars.count ? view.sentence.sourceRange.upperBound : view.sentence.sourceOffset(of: clause.upperBound)
        return dates.filter { $0.span.start >= lower && $0.span.start < upper }
    }

    /// When the clause dates the deal: its first date that is not the announcement's.
    private func timeSpan(in view: SentenceView, _ clause: Range<Int>) -> ClosedRange<CalendarDay>? {
        for mention in datesIn(view, clause) where !DealBuilder.isAnnouncementDate(mention, view) {
            if let span = DateSpans.days(of: mention) { return span }
        }
        return nil
    }

    /// "두 회사가 처음 거래를 튼 것은 2022년 8월이다. 대온정밀은 당시 … 1차 공급 계약을 맺으며": a
    /// clause dated by "당시" is dated by the last time the sentence before names.
    private func timeReferredBack(in view: SentenceView, _ clause: Range<Int>, sentence k: Int) -> ClosedRange<CalendarDay>? {
        guard k > 0, contains(DealRules.thatTime, in: view, clause) else { return nil }
        let previous = views[k - 1]
        for mention in datesIn(previous, 0..<previous.scalars.count).reversed() where !DealBuilder.isAnnouncementDate(mention, previous) {
            if let span = DateSpans.days(of: mention) { return span }
        }
        return nil
    }

    /// The signing day: a day-grain date of the clause that is not the announcement's day;
    /// "이 자리에서" takes the day of the sentence before.
    private func dealDate(in view: SentenceView, _ clause: Range<Int>, sentence k: Int) -> CalendarDay? {
        for mention in datesIn(view, clause) where mention.grain == .day && !DealBuilder.isAnnouncementDate(mention, view) {
            if let value = mention.value, let day = CalendarDay(iso: value) { return day }
        }
        if view.has(Array("이 자리에서".unicodeScalars), at: clause.lowerBound), k > 0 {
            let previous = views[k - 1]
            for mention in datesIn(previous, 0..<previous.scalars.count).reversed() where mention.grain == .day {
                if let value = mention.value, let day = CalendarDay(iso: value) { return day }
            }
        }
        return nil
    }

    /// "…체결했다고 5일 밝혔다": the day belongs to the announcement.
    static func isAnnouncementDate(_ mention: DateMention, _ view: SentenceView) -> Bool {
        let s = view.scalars
        guard let local = (0..<s.count).first(where: { view.sentence.sourceOffset(of: $0) >= mention.span.end }) else { return false }
        let limit = min(s.count, local + 8)
        for i in local..<limit where DealRules.announcementLexicon.match(in: s, at: i) != nil {
            return true
        }
        // "9일 금융권에 따르면 … 오는 14일 … 체결할 예정이다", "13일 투자은행(IB) 업계에 따르면": the
        // day a source told the news.
        return DealRules.sourceCitations.contains { view.has($0, within: 18, after: local) }
    }

    private func amountIDs(in view: SentenceView, _ clause: Range<Int>) -> [String] {
        let lower = view.sentence.sourceOffset(of: clause.lowerBound)
        let upper = clause.upperBound >= view.scalars.count ? view.sentence.sourceRange.upperBound : view.sentence.sourceOffset(of: clause.upperBound)
        return amounts.filter { $0.span.start >= lower && $0.span.start < upper }.map(\.id)
    }

    /// Same kind, the same parties (or one set inside the other; for investments, the same
    /// investee), and times that can meet.
    private func sameDeal(_ a: Candidate, _ b: Candidate) -> Bool {
        guard a.kind == b.kind else { return false }
        // Party lists hold a few ids: compared as sets without building any.
        let aInB = a.parties.allSatisfy(b.parties.containsID), bInA = b.parties.allSatisfy(a.parties.containsID)
        let nested = aInB || bInA
        let sameParties = (aInB && bInA) || (nested && distinctCount(a.parties) >= 2 && distinctCount(b.parties) >= 2)
            || (a.kind == .investment && nested && a.parties.first == b.parties.first)
        guard sameParties, a.stage == nil || b.stage == nil || a.stage == b.stage else { return false }
        if (a.another || b.another) && (a.when == nil || b.when == nil) { return false }
        // A deal still to be signed, told first undated and then with its time ("합작사를 세우기로
        // 했다. … 다음 달 합작 계약을 체결할 예정이다"): any time from now on can be its time.
        if a.status != .signed, b.status != .signed, (a.when == nil) != (b.when == nil),
           let known = a.when ?? b.when, let reference, known.upperBound >= reference {
            return true
        }
        return DateSpans.compatible(a.when, b.when, reference: reference)
    }

    /// "발주처인 코리아퍼시픽라인도 같은 날 … 신조선을 발주했다고 공시했다": one party of a deal just
    /// told (within two sentences), telling it alone, at a time and for amounts that agree, tells
    /// that deal again.
    private func retells(_ deal: Candidate, _ candidate: Candidate, at k: Int) -> Bool {
        deal.sentences.contains(where: { $0 < k && k - $0 <= 2 }) && tellsAlone(candidate, deal)
    }

    /// Whether `alone`, a deal of one party that needs no two, may be `full` told without its
    /// counterpart: same kind and status, its party among full's, times and amounts that agree.
    private func tellsAlone(_ alone: Candidate, _ full: Candidate) -> Bool {
        guard alone.kind == full.kind, !needsTwoParties(alone.kind), !alone.another, alone.status == full.status,
              distinctCount(alone.parties) == 1, let party = alone.parties.first,
              distinctCount(full.parties) >= 2, full.parties.containsID(party),
              alone.stage == nil || full.stage == nil || alone.stage == full.stage else { return false }
        return DateSpans.compatible(alone.when, full.when, reference: reference)
            && (alone.amounts.isEmpty || full.amounts.isEmpty || alone.amounts.contains(where: full.amounts.containsID)
                || roundedAmountAgrees(alone.amounts, full.amounts))
    }

    /// "약 1,200억 원 규모의 … 공급 계약을 따냈다" and then "계약 금액은 1,187억3,500만 원": an amount
    /// given as about one of the other's, in the same currency, within 5 %.
    private func roundedAmountAgrees(_ rounded: [String], _ exact: [String]) -> Bool {
        let told = amounts.filter { $0.approximate && rounded.containsID($0.id) }
        guard !told.isEmpty else { return false }
        return amounts.contains { other in
            exact.containsID(other.id) && told.contains { about in
                about.currency == other.currency && other.value > 0
                    && abs(about.value - other.value) * 20 <= other.value
            }
        }
    }

    private mutating func merge(_ candidate: Candidate, into index: Int) {
        var deal = deals[index]
        deal.parties = union(deal.parties, candidate.parties)
        // A deal told loosely first ("…와 손잡고 … 보급한다") takes the status its telling with a
        // deal word gives ("…협약을 체결할 예정이라고"); a loose retelling changes no status.
        if deal.loose != candidate.loose {
            if deal.loose { deal.status = candidate.status }
        } else if DealCues.precedence(candidate.status) < DealCues.precedence(deal.status) {
            deal.status = candidate.status
        }
        deal.date = deal.date ?? candidate.date
        deal.when = deal.when ?? candidate.when
        deal.stage = deal.stage ?? candidate.stage
        deal.sectors.formUnion(candidate.sectors)
        deal.amounts = union(deal.amounts, candidate.amounts)
        deal.evidence = merged(deal.evidence, candidate.evidence)
        deal.sentences.formUnion(candidate.sentences)
        deal.loose = deal.loose && candidate.loose
        deal.toldEach = deal.toldEach || candidate.toldEach
        deals[index] = deal
    }

    /// Sentences that name every party of a deal without naming a deal of their own ("HD현대가
    /// … 헌팅턴 잉걸스와 손잡고 …") support it: more evidence, and their sector words count.
    mutating func collectSupportingSentences() {
        var used = Set<Int>()
        for d in deals.indices where deals[d].parties.count >= 2 {
            let parties = deals[d].parties
            for (k, view) in views.enumerated() where !deals[d].sentences.contains(k) && !used.contains(k) {
                // Every party named in the sentence (a few ids against a few: no sets needed).
                guard parties.allSatisfy({ view.organisations.lazy.map(\.entityID).containsID($0) }),
                      firstTrigger(in: view, 0..<view.scalars.count) == nil,
                      contains(DealRules.cooperation, in: view, 0..<view.scalars.count) else { continue }
                deals[d].evidence = merged(deals[d].evidence, evidence(view.sentence))
                deals[d].sectors.formUnion(view.sectors(in: 0..<view.scalars.count).sectors)
                deals[d].sentences.insert(k)
                used.insert(k)
            }
        }
    }

    /// Money told in the sentences after a deal, in the same paragraph, with a role ("계약 규모는
    /// 약 2억2000만 달러(약 3000억원)다", "계약금은 …"), belongs to that deal; so do its equivalents.
    mutating func collectContinuations() {
        let roled = Set(amounts.filter { $0.role != nil }.map(\.id))
        for (k, view) in views.enumerated() {
            // A deal read just before comes first: it is cheap to look for, and most sentences
            // have none, so their triggers are not searched again.
            guard let d = deals.lastIndex(where: { deal in deal.sentences.contains { $0 < k && k - $0 <= 3 && views[$0].sentence.paragraph == view.sentence.paragraph } }),
                  firstTrigger(in: view, 0..<view.scalars.count) == nil
            else { continue }
            let here = amountIDs(in: view, 0..<view.scalars.count)
            guard here.contains(where: roled.contains) else { continue }
            deals[d].amounts = union(deals[d].amounts, here)
        }
        // Equivalents of a deal's amounts ("(약 3000억원)") are the deal's too.
        for d in deals.indices {
            let ids = Set(deals[d].amounts)
            deals[d].amounts = union(deals[d].amounts, amounts.filter { $0.equivalentOf.map(ids.contains) ?? false }.map(\.id))
        }
    }

    private func union(_ a: [String], _ b: [String]) -> [String] {
        a + b.filter { !a.containsID($0) }
    }

    private func distinctCount(_ ids: [String]) -> Int {
        ids.indices.filter { k in !ids[..<k].containsID(ids[k]) }.count
    }

    /// Evidence is gathered as it comes and put in order once, in `finish`: merging sorted
    /// lists at every mention would cost quadratic time on long articles.
    private func merged(_ a: [Span], _ b: [Span]) -> [Span] {
        a + b
    }

    /// A lead that tells a deal by one party ("한빛디펜스가 루마니아 정부로부터 … 수출 계약을
    /// 따냈다") and a body that tells it with its counterpart right after ("한빛디펜스는 10일 …
    /// 루마니아 국방부와 … 이행계약에 서명했다") tell one deal: the lead's joins the body's when
    /// exactly one later deal of the kind names its party, close by, with a status, a time and
    /// amounts that agree.
    mutating func mergeLeadsIntoDetails() {
        var absorbed = Set<Int>()
        for d in deals.indices where !deals[d].loose && distinctCount(deals[d].parties) == 1 {
            let lead = deals[d]
            guard let last = lead.sentences.max() else { continue }
            let details = deals.indices.filter { o in
                // (first told after the lead, leaving out leads absorbed before: a headline and then
                // the first sentence may both tell it alone)
                guard o != d, !absorbed.contains(o),
                      let first = deals[o].sentences.filter({ $0 > last }).min(), first - last <= 3,
                      deals[o].sentences.allSatisfy({ k in k > last || absorbed.contains(where: { deals[$0].sentences.contains(k) }) })
                else { return false }
                return tellsAlone(lead, deals[o])
            }
            guard details.count == 1, let o = details.first else { continue }
            merge(lead, into: o)
            absorbed.insert(d)
        }
        deals = deals.indices.filter { !absorbed.contains($0) }.map { deals[$0] }
    }

    mutating func dateFromStatedTotals(_ days: [DealKind: CalendarDay]) {
        for d in deals.indices where deals[d].date == nil && deals[d].when == nil {
            deals[d].date = days[deals[d].kind]
        }
    }

    /// "새봄벤처파트너스가 … 스타트업 세 곳에 투자를 단행했다. 새봄벤처파트너스는 보이스펄스에 25억원,
    /// 무빙랩에 30억원 …": a deal of one party that counts its counterparts tells in sum the deals
    /// named right after it.
    private func summarisesDealsNamedAfter(_ deal: Candidate) -> Bool {
        guard distinctCount(deal.parties) == 1, let party = deal.parties.first, let last = deal.sentences.max(),
              deal.sentences.contains(where: { DealRules.countedCounterparts.occurs(in: views[$0].scalars[...])
                  // ("…은 두 건의 선박 건조 계약을 맺었다": the deals counted, told one by one after)
                  || DealRules.countedDeals.occurs(in: views[$0].scalars[...]) }) else { return false }
        return deals.contains { other in
            other.kind == deal.kind && distinctCount(other.parties) >= 2 && other.parties.containsID(party)
                && other.sentences.contains { $0 > last && $0 - last <= 2 }
        }
    }

    /// "충청북도가 … 5곳에서 1조3400억원 규모의 투자를 끌어냈다": a province or city drawing
    /// firms' spending in, told alone, raises no round of its own.
    private static func isLocalGovernment(_ id: String) -> Bool {
        guard id.hasPrefix("institution:"), let last = id.unicodeScalars.last else { return false }
        return PersonNames.localGovernmentEnds.contains(last)
    }

    /// How far back the orders of a buyer's order may be told (a paragraph on the first order between).
    private static let orderReach = 8

    /// "…가 발주한", "…가 발주했다": an order told by the buyer.
    private static let ordered: [Unicode.Scalar] = ["발", "주"]

    func finish() -> [Deal] {
        // A partnership told loosely of parties that signed a deal of a kind is that deal; a deal
        // that needs two parties and found one is none, nor is a purchase with no firm bought or
        // no buyer named ("회사는 이를 연간 35억 원 규모로 사들이기로 했다": produce bought).
        let kept = deals.filter { deal in
            !((needsTwoParties(deal.kind) || deal.kind == .acquisition) && distinctCount(deal.parties) < 2 && !deal.counterpartUnnamed)
                && (!deal.loose || !deals.contains { other in !other.loose && deal.parties.allSatisfy(other.parties.containsID) })
                && !summarisesDealsNamedAfter(deal) && !deal.toldFirmByFirm
                && !(deal.kind == .investment && distinctCount(deal.parties) == 1 && Self.isLocalGovernment(deal.parties[0]))
        }
        return kept.enumerated().map { index, candidate in
            var sectors = candidate.sectors
            if sectors.isEmpty {
                // The lexicon's sectors of the parties; of an investment, the investee's only
                // (investors span every sector).
                let parties = candidate.kind == .investment ? Array(candidate.parties.prefix(1)) : candidate.parties
                for party in parties { sectors.formUnion(sectorsByEntity[TextKey(party)] ?? []) }
            }
            return Deal(id: "d\(index + 1)", kind: candidate.kind, parties: candidate.parties,
                        sectors: sectors.sorted(), status: candidate.status, date: candidate.date,
                        amounts: candidate.amounts, evidence: candidate.evidence.sortedUnique())
        }
    }
}

extension Sequence where Element == String {
    /// Whether the list holds this id. Ids (of entities, amounts) are compared by their bytes:
    /// `String`'s `==` compares Hangul by canonical equivalence, some 300 instructions a pair
    /// that differ, where ids that differ mostly differ in length.
    func containsID(_ id: String) -> Bool {
        contains { TextKey($0) == TextKey(id) }
    }
}
