/// Totals an article states without naming every deal: "총 9건의 바이오 분야 MOU",
/// "양해각서(MOU) 23건", "기술수출은 모두 13건", "바이오기업 15곳이 … 투자를 끌어들인",
/// and "이 가운데 9곳은 …" (a part of the total just stated, same kind and sector).
enum AggregateExtractor {
    /// How far a deal word may stand from its count.
    static let wordAfterCount = 24
    static let wordBeforeCount = 12
    /// How far before the count a sector word still qualifies it ("에너지 분야에서만 6건").
    static let sectorReach = 25
    /// How many sentences after a total one opening on 분야별로 still divides it: a list of the
    /// main pacts, one sentence an item, often stands between ("이날 서명된 주요 MOU는 다음과
    /// 같다. ▲… ▲… 분야별로는 에너지가 6건으로 가장 많았고").
    static let dividedTotalReach = 10

    private static let theRest = Array("나머지 ".unicodeScalars)
    private static let partOfPrevious = scalarPhrases(["이 가운데 ", "이 중 ", "이중 ", "그중 ", "그 중 ", "이 가운데서 "])
    /// A sentence opening on these right after a total divides it, every count in it a part
    /// ("분야별로 보면 에너지가 5건으로 가장 많았고, 바이오 4건, 관광 3건이 뒤를 이었다").
    private static let partsOfPrevious = scalarPhrases(["분야별로", "분야별로는", "업종별로", "부문별로", "국가별로", "나라별로",
                                                       "모달리티별로", "유형별로", "지역별로", "단계별로"])
    /// Counts of deals named as such: "투자 건수는 2,184건", "AI 분야 투자 건수가 412건", and
    /// investments counted right after the word ("국내 스타트업 투자는 모두 14건").
    private static let countedDeals = ScalarLexicon<DealKind>([
        ("투자 건수", .investment), ("투자건수", .investment), ("기술수출 건수", .techExport), ("협약 건수", .mou),
        ("MOU 건수", .mou), ("투자", .investment), ("기술수출 계약 건수", .techExport), ("투자 계약 건수", .investment),
        ("공급 계약 건수", .supply), ("수주 건수", .supply),
    ])

    /// `told` are the deals the article names: a total that counts the deal just told ("이번 수주로
    /// … 올해 들어 총 11건") takes its kind and sector, and firms counted whose deals are all named
    /// are no total ("이차전지 소재 기업 3곳을 … 끌어들였다", each of the three told after).
    static func extract(_ views: [SentenceView], source: SourceText, evidence: (Sentence) -> [Span],
                        told: [Deal] = []) -> [Aggregate] {
        var found = FoundTotals()
        // Which of `found` are parts of a divided total ("바이오 4건"), not totals of their own.
        var parts = Set<Int>()
        // The deal "이번 계약" stands for: the one the article tells first.
        let thisDeal = told.min { ($0.evidence.first?.start ?? Int.max) < ($1.evidence.first?.start ?? Int.max) }
        var previousInSentence: Aggregate? = nil
        // The last total stated, and how many sentences ago: a sentence dividing it may follow
        // sentences of something else ("…12건의 MOU를 맺었다. 경상북도는 … 귀국한다고 밝혔다.
        // 분야별로 보면 …"), a list of the main pacts among them.
        var lastTotal: (aggregate: Aggregate, age: Int)? = nil
        // The total the sentence before divided into parts.
        var dividedInPrevious: Aggregate? = nil
        for view in views {
            let previousSentence = previousInSentence
            previousInSentence = nil
            if let total = lastTotal { lastTotal = total.age < dividedTotalReach ? (total.aggregate, total.age + 1) : nil }
            // No counter, no count: most sentences are passed over without reading their numbers.
            let dividedBefore = dividedInPrevious
            dividedInPrevious = nil
            guard mayCount(view) else {
                // "■ 2023년 분야별 업무협약 현황" over a list of counts: the list divides the last total.
                if let total = lastTotal, headsDivision(view) { dividedInPrevious = total.aggregate }
                continue
            }
            let counted = counts(in: view)
            var dividesPrevious = lastTotal != nil && dividesTotal(view)
            var previous = dividesPrevious ? lastTotal?.aggregate : previousSentence
            // "분야별로는 에너지가 6건으로 가장 많았고 … 나머지 5건은 바이오와 AI …", "● 핀테크 3건": the
            // rest of the total divided in the sentence before, or the next item of its list.
            // "업종별로 보면 AI 분야 투자 건수가 412건으로 가장 많았다. 바이오·의료가 365건, 유통·서비스가
            // 298건으로 뒤를 이었다": so do the next sentence's counts with no other kind, one of them
            // after a field ("이 회사는 특허 5건을" names none).
            if !dividesPrevious, let dividedBefore,
               view.has(theRest, at: 0) || view.scalars.first.map(DealRules.listMarks.contains) == true
                || counted.allSatisfy({ count in kind(for: count, in: view).map { $0.0 == dividedBefore.kind } ?? !count.isPlaces })
                && counted.contains(where: { count in
                    let before = max(0, count.range.lowerBound - sectorReach)..<count.range.lowerBound
                    return !view.sectors(in: before).sectors.isEmpty || before.contains { view.has(fieldWord, at: $0) }
                }) {
                dividesPrevious = true
                previous = dividedBefore
            }
            // "MOU 37건을 분야별로 보면 에너지가 9건 …": a total divided in its own sentence.
            var totalHere: (aggregate: Aggregate, end: Int)? = nil
            // Where the count before ends: a sector word before it qualifies that count, not this one.
            var previousEnd = 0
            for count in counted {
                defer { previousEnd = count.range.upperBound }
                let s = view.scalars
                var aggregate: Aggregate? = nil
                if !dividesPrevious, let total = totalHere,
                   (total.end..<count.range.lowerBound).contains(where: { i in partsOfPrevious.contains { view.has($0, at: i) } }) {
                    dividesPrevious = true
                    previous = total.aggregate
                }
                // Counterparts counted are deals only in bulk: three or more, no count of deals
                // beside them ("해외 9개사와 총 12건 MOU"), no one deal of several parties ("원자력연구기관
                // 2곳과 … 3자 MOU").
                if count.counterparts, count.value < 3 || counted.contains(where: { !$0.isPlaces }) || namesOneDeal(after: count, in: view) {
                    continue
                }
                // "23개 기업 가운데 9곳은 …", "15건 가운데 이차전지 관련 협약이 6건": the count before
                // 가운데 is the total the rest of the sentence divides, stated before or here.
                if !dividesPrevious, divided(count, in: view) {
                    var total = found.items.last { $0.count == count.value }
                    if total == nil, let (kind, _) = kind(for: count, in: view, lookingAfter: false) {
                        let named = view.sectors(in: max(previousEnd, count.range.lowerBound - sectorReach)..<count.range.upperBound)
                        let stated = Aggregate(kind: kind, sector: named.mixed || named.sectors.count != 1 ? nil : named.sectors.first,
                                               count: count.value, approximate: count.approximate, evidence: evidence(view.sentence))
                        if count.value >= 2 { found.append(stated) }
                        total = stated
                    }
                    if let total {
                        dividesPrevious = true
                        previous = total
                        continue
                    }
                }
                // "이 가운데 시리즈B 이상 후기 라운드가 4건으로": the sentence's first count is the part.
                let isPart = previous != nil && partOfPrevious.contains(where: { view.has($0, at: 0) })
                    && (count.range.lowerBound < 12 || previousEnd == 0 && count.range.lowerBound < 32)
                    || dividesPrevious
                // Asked only when the count lacks a kind or a sector: most counts have both.
                lazy var countsThisDeal = thisDeal != nil && !count.isPlaces && countsDealJustTold(before: count, in: view)
                var kindFound = kind(for: count, in: view)
                if kindFound == nil, countsThisDeal, let thisDeal { kindFound = (thisDeal.kind, count.range.upperBound) }
                if let (kind, kindEnd) = kindFound, !isPart || kind == previous?.kind {
                    let windowStart = sectorWindowStart(from: max(previousEnd, count.range.lowerBound - sectorReach), after: previousEnd,
                                                 before: count.range.lowerBound, in: s)
                    let window = windowStart..<min(s.count, max(kindEnd, count.range.upperBound))
                    let clause = view.clauses.first { $0.contains(count.range.lowerBound) } ?? 0..<s.count
                    let named = view.sectors(in: window.clamped(to: clause))
                    var sector = named.mixed || named.sectors.count != 1 ? nil : named.sectors.first
                    if sector == nil { sector = fieldNamedAfter(count, in: view, clause) }
                    if isPart && sector == nil { sector = previous?.sector }
                    if sector == nil, countsThisDeal, let thisDeal, thisDeal.kind == kind {
                        // The sector the sentence names before the count, else the deal's own, for
                        // what one firm counts (its orders, its licences); pacts a government counts
                        // ("이번 협약을 포함해 … 모두 7건의 투자협약") span sectors.
                        let named = view.sectors(in: 0..<count.range.lowerBound)
                        sector = named.mixed ? nil : named.sectors.count == 1 ? named.sectors.first
                            : named.sectors.isEmpty && kind != .mou && thisDeal.sectors.count == 1 ? thisDeal.sectors.first : nil
                    }
                    aggregate = Aggregate(kind: kind, sector: sector, count: count.value, approximate: count.approximate,
                                          evidence: evidence(view.sentence))
                } else if isPart, let previous {
                    // The part's own sector word, right before it ("바이오 4건") or as the field after it
                    // ("6건이 바이오·의료 분야였고"), else the total's.
                    let clause = view.clauses.first { $0.contains(count.range.lowerBound) } ?? 0..<s.count
                    let window = max(previousEnd, count.range.lowerBound - sectorReach)..<count.range.upperBound
                    let named = view.sectors(in: window.clamped(to: clause))
                    let sector = named.mixed || named.sectors.count != 1
                        ? fieldNamedAfter(count, in: view, clause) ?? previous.sector : named.sectors.first
                    aggregate = Aggregate(kind: previous.kind, sector: sector, count: count.value,
                                          approximate: count.approximate, evidence: evidence(view.sentence))
                }
                if dividesPrevious { dividedInPrevious = previous }
                // One deal is a deal, not a total ("투자 계약 1건"); nor are firms counted whose deals
                // are all named (a part of a total is read against the total), one deal each or one
                // deal of them all ("기업 3곳과 한꺼번에 투자 업무협약", the three parties named). A
                // province's investment from firms is told as its investment pacts ("5개 기업으로부터 …
                // 투자를 끌어냈다").
                guard let aggregate, aggregate.count >= 2,
                      isPart || !count.isPlaces || !dealsNamed(aggregate, told) else { continue }
                // The parts of a divided total are read against that total, not against each other.
                if !dividesPrevious {
                    previousInSentence = aggregate
                    lastTotal = (aggregate, 0)
                    if totalHere == nil { totalHere = (aggregate, count.range.upperBound) }
                }
                let isTotal = !isPart && !dividesPrevious
                // "이 가운데 6건이 바이오 분야였고, 우주항공 분야가 3건으로 뒤를 이었다": after a first
                // part, the sentence's other counts are parts of the same total.
                if isPart, !dividesPrevious, previous != nil, partOfPrevious.contains(where: { view.has($0, at: 0) }) {
                    dividesPrevious = true
                }
                if let same = found.first(aggregate.kind, aggregate.sector, aggregate.count) {
                    found.addEvidence(aggregate.evidence, at: same)
                } else if isTotal, let same = found.first(aggregate.kind, aggregate.count, where: { k in
                    // A headline's total without its field and the lead's with it ("중소기업 8곳과
                    // … 협약식" then "AI 기반 … 중소기업 8곳과 … 협약식을 열었다") are one total.
                    !parts.contains(k) && (found.items[k].sector == nil) != (aggregate.sector == nil)
                }) {
                    if found.items[same].sector == nil { found.setSector(aggregate.sector, at: same) }
                    found.addEvidence(aggregate.evidence, at: same)
                } else {
                    if !isTotal { parts.insert(found.items.count) }
                    found.append(aggregate)
                }
            }
        }
        return found.items
    }

    /// The totals found, indexed by what makes two of them one, so a text stating thousands of
    /// totals is read in linear time.
    private struct FoundTotals {
        private(set) var items: [Aggregate] = []
        private struct Key: Hashable { let kind: DealKind; let sector: Sector?; let count: Int }
        private struct KindCount: Hashable { let kind: DealKind; let count: Int }
        /// Indices in ascending order.
        private var byKey: [Key: [Int]] = [:]
        private var byKindCount: [KindCount: [Int]] = [:]

        mutating func append(_ aggregate: Aggregate) {
            byKey[Key(kind: aggregate.kind, sector: aggregate.sector, count: aggregate.count), default: []].append(items.count)
            byKindCount[KindCount(kind: aggregate.kind, count: aggregate.count), default: []].append(items.count)
            items.append(aggregate)
        }

        func first(_ kind: DealKind, _ sector: Sector?, _ count: Int) -> Int? {
            byKey[Key(kind: kind, sector: sector, count: count)]?.first
        }

        func first(_ kind: DealKind, _ count: Int, where test: (Int) -> Bool) -> Int? {
            byKindCount[KindCount(kind: kind, count: count)]?.first(where: test)
        }

        mutating func setSector(_ sector: Sector?, at i: Int) {
            let old = items[i]
            byKey[Key(kind: old.kind, sector: old.sector, count: old.count)]?.removeAll { $0 == i }
            let key = Key(kind: old.kind, sector: sector, count: old.count)
            var indices = byKey[key, default: []]
            indices.insert(i, at: indices.firstIndex { $0 > i } ?? indices.count)
            byKey[key] = indices
            items[i].sector = sector
        }

        /// Evidence told later in the text is appended; anything else is merged in order.
        mutating func addEvidence(_ evidence: [Span], at i: Int) {
            if let last = items[i].evidence.last, let first = evidence.first, last.start < first.start,
               zip(evidence, evidence.dropFirst()).allSatisfy({ $0.start < $1.start }) {
                items[i].evidence += evidence
            } else {
                items[i].evidence = (items[i].evidence + evidence).sortedUnique()
            }
        }
    }

    /// Where a sector window starting at `start` begins once widened to the start of the word it
    /// cuts, not before `floor`: "바이오·이차전지·반도체 분야 … 총 12건" names three sectors, not 반도체.
    /// An ellipsis before the count closes what came before it: a headline's "바이오 스타트업 공동
    /// 육성 협약…올해 협약 12건" tells one pact's field and then a count of every pact.
    private static func sectorWindowStart(from start: Int, after floor: Int, before count: Int, in s: [Unicode.Scalar]) -> Int {
        var i = min(start, s.count)
        while i > floor, i > 0, !ScalarKind.isSpace(s[i - 1]) { i -= 1 }
        var j = min(count, s.count)
        while j > i { if s[j - 1] == "…" { return j }; j -= 1 }
        return i
    }

    /// Words heading a list that divides a total ("■ 2023년 분야별 업무협약 현황").
    private static let divisionHeads = scalarPhrases(["분야별 ", "업종별 ", "부문별 ", "국가별 "])

    /// Whether a sentence without a count heads a list dividing the total before it: a title
    /// naming the division ("분야별 … 현황"), no longer than a title.
    private static func headsDivision(_ view: SentenceView) -> Bool {
        let s = view.scalars
        guard s.count <= 40 else { return false }
        return s.indices.contains { i in
            (i == 0 || !ScalarKind.isHangul(s[i - 1])) && divisionHeads.contains { view.has($0, at: i) }
        }
    }

    /// Whether the sentence divides the total before it: it opens on 분야별로 …, or on what was
    /// counted and then 분야별로 ("MOU를 분야별로 보면 …").
    private static func dividesTotal(_ view: SentenceView) -> Bool {
        let s = view.scalars
        return (0..<min(10, s.count)).contains { i in
            (i == 0 || ScalarKind.isSpace(s[i - 1])) && partsOfPrevious.contains { view.has($0, at: i) }
        }
    }

    /// "나머지 MOU 가운데 4건은 조선기자재 분야였다", "9곳은 바이오·의료기기 기업이다": the field
    /// named after the count.
    private static func fieldNamedAfter(_ count: Count, in view: SentenceView, _ clause: Range<Int>) -> Sector? {
        let after = count.range.upperBound..<min(clause.upperBound, count.range.upperBound + 16)
        // (not "분야별로", which divides a total)
        guard let field = after.first(where: { i in
            view.has(fieldWord, at: i) && !view.has(byFieldWord, at: i) || count.isPlaces && firmWords.contains { view.has($0, at: i) }
        }) else { return nil }
        let named = view.sectors(in: count.range.upperBound..<field)
        return named.mixed || named.sectors.count != 1 ? nil : named.sectors.first
    }

    private static let fieldWord = Array("분야".unicodeScalars)
    private static let byFieldWord = Array("분야별".unicodeScalars)
    private static let firmWords = scalarPhrases(["기업", "업체"])

    /// Whether the sentence has a counter ("건", "곳") a total needs: most have none, and are
    /// passed over without reading their numbers.
    static func mayCount(_ view: SentenceView) -> Bool {
        view.scalars.contains { $0 == "건" || $0 == "곳" || $0 == "개" }
    }

    struct Count {
        let value: Int
        let approximate: Bool
        /// The digits through "건"/"곳"/"개사".
        let range: Range<Int>
        let isPlaces: Bool
        /// Organisations counted as counterparts ("17개사와", "9곳과"): one deal with each.
        var counterparts = false
    }

    /// "9건", "30여 건", "15곳", with "약" before making it approximate.
    private static func counts(in view: SentenceView) -> [Count] {
        let s = view.scalars
        var result: [Count] = []
        var i = 0
        while i < s.count {
            guard ScalarKind.isDigit(s[i]), i == 0 || !ScalarKind.isDigit(s[i - 1]) && s[i - 1] != "." && s[i - 1] != "," else { i += 1; continue }
            var j = i
            var value = 0
            while j < s.count, ScalarKind.isDigit(s[j]), j - i < 6 { value = value * 10 + Int(s[j].value - 0x30); j += 1 }
            // "2,184건": thousands grouped by commas, three digits a group.
            while j - i <= 3, j + 3 < s.count, s[j] == ",", s[(j + 1)...(j + 3)].allSatisfy(ScalarKind.isDigit),
                  j + 4 >= s.count || !ScalarKind.isDigit(s[j + 4]), value < 100_000 {
                for d in s[(j + 1)...(j + 3)] { value = value * 10 + Int(d.value - 0x30) }
                j += 4
            }
            if j < s.count, ScalarKind.isDigit(s[j]) || s[j] == "," || s[j] == "." { i = j + 1; continue }
            // ("약 30건"; not "협약 12건", whose 약 ends a word)
            var approximate = i >= 2 && s[i - 1] == " " && s[i - 2] == "약" && (i == 2 || !ScalarKind.isHangul(s[i - 3]))
            if j < s.count, s[j] == "여" { approximate = true; j += 1 }
            if j < s.count, s[j] == " " { j += 1 }
            // "17개사와", "23개 기업과": firms counted, as 곳 counts them.
            var firms = j + 1 < s.count && s[j] == "개" && s[j + 1] == "사"
            var counter = firms ? j + 1 : j
            if !firms, j + 1 < s.count, s[j] == "개" {
                let noun = s[j + 1] == " " ? j + 2 : j + 1
                if let word = countedFirms.first(where: { phrase in
                    noun + phrase.count <= s.count && s[noun..<(noun + phrase.count)].elementsEqual(phrase)
                }) {
                    firms = true
                    counter = noun + word.count - 1
                }
            }
            if counter < s.count, s[counter] == "건" || s[counter] == "곳" || firms, value > 0,
               counter + 1 >= s.count || !ScalarKind.isHangul(s[counter + 1]) || "의이은과와도에만씩으을째인입".unicodeScalars.contains(s[counter + 1]) {
                var count = Count(value: value, approximate: approximate, range: i..<(counter + 1), isPlaces: s[counter] != "건")
                count.counterparts = count.isPlaces && counter + 1 < s.count && (s[counter + 1] == "과" || s[counter + 1] == "와")
                result.append(count)
            }
            i = j + 1
        }
        return result
    }

    /// What "N개 …" counts when it counts firms or bodies ("23개 기업", "11개 스타트업").
    private static let countedFirms = scalarPhrases(["기업", "업체", "회사", "스타트업", "기관"])

    /// Whether the deals told name as many counterparts as `firms` counts: one deal with each, or
    /// one deal with them all.
    private static func dealsNamed(_ firms: Aggregate, _ told: [Deal]) -> Bool {
        let same = told.filter { $0.kind == firms.kind || (firms.kind == .investment && $0.kind == .mou) }
        return same.count >= firms.count || same.contains { $0.parties.count - 1 >= firms.count }
    }

    /// Whether `count` is followed by 가운데 or 중, the total a sentence then divides.
    private static func divided(_ count: Count, in view: SentenceView) -> Bool {
        partitives.contains { view.has($0, at: count.range.upperBound) }
    }

    /// Words saying a count includes the deal just told: "이번 건을 포함해", "이번 계약으로", "이번
    /// 수주로", "이로써".
    private static let thisDealWords = scalarPhrases(["이번 건", "이번 계약", "이번 수주", "이번 협약", "이번 투자",
                                                      "이번 기술수출", "이번 수출", "이번 공급 계약", "이번 인수"])
    private static let includingWords = scalarPhrases(["으로", "로", "을 포함", "를 포함", "까지", "을 더해", "를 더해"])
    private static let thereby = Array("이로써 ".unicodeScalars)

    private static func countsDealJustTold(before count: Count, in view: SentenceView) -> Bool {
        if view.has(thereby, at: 0) { return true }
        let s = view.scalars
        var i = 0
        while i + 3 < count.range.lowerBound {
            // Every phrase starts "이번 ": other positions are passed over on two scalars.
            guard s[i] == "이", s[i + 1] == "번" else { i += 1; continue }
            if let word = thisDealWords.first(where: { view.has($0, at: i) }),
               includingWords.contains(where: { view.has($0, at: i + word.count) }) {
                return true
            }
            i += 1
        }
        return false
    }

    /// "3자 MOU", "4자 협약": one deal of that many parties.
    private static func namesOneDeal(after count: Count, in view: SentenceView) -> Bool {
        let s = view.scalars
        var i = count.range.upperBound
        while i + 1 < s.count {
            if ScalarKind.isDigit(s[i]), s[i + 1] == "자" { return true }
            i += 1
        }
        return false
    }

    /// The kind of deal counted: a deal word right before ("MOU 2건", "기술수출은 모두 13건") or
    /// after it ("9건의 바이오 분야 MOU"); for "곳" (organisations), an investment in the clause.
    private static func kind(for count: Count, in view: SentenceView, lookingAfter: Bool = true) -> (DealKind, end: Int)? {
        let s = view.scalars
        let clause = view.clauses.first { $0.contains(count.range.lowerBound) } ?? 0..<s.count
        if count.isPlaces {
            if let kind = signedKind(before: count, in: view, clause: clause) { return (kind, count.range.upperBound) }
            // "바이오기업 15곳이 … 투자를 끌어들인": organisations counted are deals when they raised
            // money; counted as counterparts ("이차전지 기업 17개사와 … 투자협약을 체결했다"), a deal of
            // any kind with each.
            var i = count.range.upperBound
            while i < clause.upperBound {
                if let hit = DealRules.kindLexicon.match(in: s, at: i), hit.value == .investment || count.counterparts {
                    return (hit.value, count.range.upperBound)
                }
                i += 1
            }
            return nil
        }
        // After: "건의 [sector words] MOU"; nothing like another number or a verb ending between.
        var i = count.range.upperBound
        let afterLimit = lookingAfter ? min(clause.upperBound, i + wordAfterCount) : i
        while i < afterLimit {
            // (a comma ends the phrase: "협약이 5건, AI … 협약이 4건" names the kind before each; so do a
            // middle dot and an ellipsis in a headline: "협약 12건·바이오 기술수출 5건…")
            // ("총 41건, 612억 원의 보증연계투자를": the money of the deals counted, then their kind)
            if s[i] == ",", let after = moneyOfTheCounted(after: i, in: s, before: afterLimit) { i = after; continue }
            if ScalarKind.isDigit(s[i]) || s[i] == "다" || s[i] == "," || s[i] == "·" || s[i] == "…" { break }
            if let hit = DealRules.kindLexicon.match(in: s, at: i) ?? countedAfter.match(in: s, at: i), !view.inName[i] { return (hit.value, hit.end) }
            i += 1
        }
        // Before: "[kind](MOU) 23건", "기술수출은 모두 13건".
        var end = count.range.lowerBound
        let lowest = max(clause.lowerBound, end - wordBeforeCount - 8)
        while end > lowest {
            if s[end - 1] == ")" {
                // Skip a parenthesised gloss: "양해각서(MOU) 23건".
                var k = end - 1
                while k > lowest, s[k] != "(" { k -= 1 }
                if let hit = DealRules.kindLexicon.match(in: s, endingAt: end - 1) { return (hit.value, count.range.upperBound) }
                end = k
                continue
            }
            if let hit = DealRules.kindLexicon.match(in: s, endingAt: end) ?? countedDeals.match(in: s, endingAt: end), !view.inName[end - 1] {
                return (hit.value, count.range.upperBound)
            }
            // "기술이전 계약은 이번이 4건째다": the deal just told is the count's last.
            if end - 3 >= lowest, s[(end - 3)..<end].elementsEqual("이번이".unicodeScalars) { end -= 3; continue }
            // "보증연계투자 누적 41건": a running total's word between the kind and the count.
            if end - 2 >= lowest, s[(end - 2)..<end].elementsEqual(Self.cumulative) { end -= 2; continue }
            let c = s[end - 1]
            guard c == " " || "은는이가도총모두만약".unicodeScalars.contains(c) else { break }
            end -= 1
        }
        return partitiveKind(in: view, before: count) ?? topicKind(before: count, in: view, clause: clause)
    }

    private static let cumulative = Array("누적".unicodeScalars)
    /// Deal words read only after a count: "11건의 수주를 따내며" (as a word of its own, 수주 is
    /// often the business won, not a deal).
    private static let countedAfter = ScalarLexicon<DealKind>([("수주", .supply)])

    /// Where the kind may be read after ", 612억 원의 ": the money of the deals counted written
    /// between a count and its kind (digits, units, a currency, then 의).
    private static func moneyOfTheCounted(after comma: Int, in s: [Unicode.Scalar], before limit: Int) -> Int? {
        var i = comma + 1
        while i < limit, s[i] == " " { i += 1 }
        guard i < limit, ScalarKind.isDigit(s[i]) else { return nil }
        let end = min(limit, i + 16)
        while i < end, ScalarKind.isDigit(s[i]) || s[i] == "," || s[i] == " " || "만억조천원달러".unicodeScalars.contains(s[i]) { i += 1 }
        guard i + 1 < s.count, s[i] == "의", s[i + 1] == " ", "원러".unicodeScalars.contains(s[i - 1]) else { return nil }
        return i + 2
    }

    /// Words before a count that make it a running total: "총", "모두", "누적", "벌써", "이미".
    private static let runningTotal = scalarPhrases(["총 ", "모두 ", "누적 ", "벌써 ", "이미 "])
    private static let topicReach = 45

    /// "체결된 양해각서는 정부 간, 기업 간을 합쳐 총 12건에 이른다", "기술수출이 벌써 5건에
    /// 이른": the deal word the clause is about, marked as its topic or subject, when the count is a
    /// running total.
    private static func topicKind(before count: Count, in view: SentenceView, clause: Range<Int>) -> (DealKind, end: Int)? {
        let s = view.scalars
        guard runningTotal.contains(where: { $0.count <= count.range.lowerBound && view.has($0, at: count.range.lowerBound - $0.count) })
        else { return nil }
        var end = count.range.lowerBound - 1
        let lowest = max(clause.lowerBound + 1, count.range.lowerBound - topicReach)
        while end > lowest {
            // A particle ending the word before a space: "양해각서는 ", "기술수출이 ".
            if s[end] == " ", "은는이가".unicodeScalars.contains(s[end - 1]), !view.inName[end - 1] {
                var wordEnd = end - 1
                if wordEnd > 0, s[wordEnd - 1] == ")", let open = s[lowest..<wordEnd].lastIndex(of: "(") { wordEnd = open }
                if let hit = DealRules.kindLexicon.match(in: s, endingAt: wordEnd), !view.inName[wordEnd - 1] {
                    return (hit.value, count.range.upperBound)
                }
            }
            end -= 1
        }
        return nil
    }

    /// The deal the organisations counted signed, written before the count in its clause: the last
    /// deal word followed by its particle and a relative verb (`DealRules.signedRelatives`: "…협약을
    /// 맺은 기업은 모두 187곳"), not a deal word after the count ("투자 유치액은").
    private static func signedKind(before count: Count, in view: SentenceView, clause: Range<Int>) -> DealKind? {
        let s = view.scalars
        var found: DealKind? = nil
        var i = clause.lowerBound
        while i < count.range.lowerBound {
            if let hit = DealRules.kindLexicon.match(in: s, at: i), !view.inName[i] {
                // "협약을 맺은", "협약 맺은"
                var verb = hit.end
                if verb < count.range.lowerBound, s[verb] == "을" || s[verb] == "를" { verb += 1 }
                if verb < count.range.lowerBound, s[verb] == " ",
                   DealRules.signedRelatives.contains(where: { view.has($0, at: verb + 1) }) { found = hit.value }
                i = hit.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// "체결된 MOU 가운데 에너지 분야가 5건으로 가장 많았고, 소재 분야가 3건으로 뒤를 이었다": a
    /// sentence opening on the deals it divides counts them by part.
    private static let partitives = scalarPhrases([" 가운데", " 중 ", "중에서"])

    private static func partitiveKind(in view: SentenceView, before count: Count) -> (DealKind, end: Int)? {
        let s = view.scalars
        for i in 0..<min(count.range.lowerBound, 16) {
            guard let hit = DealRules.kindLexicon.match(in: s, at: i), !view.inName[i] else { continue }
            let after = view.afterGlosses(hit.end)
            if partitives.contains(where: { view.has($0, at: after) }) { return (hit.value, count.range.upperBound) }
        }
        return nil
    }
}
