/// The names an article introduces itself (shaped names, bracket aliases, people, their short
/// forms), matched again in every sentence in one pass: "HII와", "정세균·정의선", "아임뉴런은".
struct DocumentNames {
    fileprivate struct Name {
        let key: String
        let type: EntityType?
        let sectors: [Sector]
    }

    fileprivate let names: [Name]
    fileprivate let trie: ScalarTrie
    /// Per name, the surface its trie key was made from, as scalars and as the string.
    fileprivate let surfaces: KeyTexts

    /// Descriptors a company name may be written without ("마이크론테크놀로지" → "마이크론").
    static let droppableDescriptors: [[Unicode.Scalar]] = scalarPhrases([
        "테크놀로지스", "테크놀로지", "약품공업", "공업", "반도체", "그룹", "홀딩스", "바이오사이언스", "인더스트리즈",
        "인더스트리", "코퍼레이션", "파마슈티컬스", "테라퓨틱스",
        // "넥스필드게임즈" → 넥스필드, "리버튼 모터스" → 리버튼
        "게임즈", "엔터테인먼트", "인터랙티브", "모터스", "오토모티브", "로보틱스", "랩스", "시스템즈", "솔루션즈",
        // "메리디안자산운용" → 메리디안
        "자산운용", "인베스트먼트",
    ]).sorted { $0.count > $1.count }

    /// Names of `scan.found` that did not come from the lexicon, with their short forms when
    /// `shortForms` is set.
    init(scan: EntityScan, shortForms: Bool) {
        // Surfaces and keys are compared by their bytes (`TextKey`).
        var surfaces: [TextKey: Name] = [:]
        var order: [TextKey] = []
        var ambiguous: Set<TextKey> = []
        func add(_ surface: String, _ name: Name) {
            guard surface.unicodeScalars.count >= 2 else { return }
            let key = TextKey(surface)
            if let existing = surfaces[key] {
                if TextKey(existing.key) != TextKey(name.key) && existing.type != nil { ambiguous.insert(key) }
                return
            }
            surfaces[key] = name
            order.append(key)
        }
        var seen: [(surface: String, name: Name)] = []
        // Candidates are read in place: a copy of one is a reference to count, and most are
        // the lexicon's.
        for names in scan.found {
            for k in names.indices where names[k].origin != .lexicon {
                seen.append((names[k].surface, Name(key: names[k].key, type: names[k].type, sectors: names[k].sectors)))
            }
        }
        for (surface, name) in seen { add(surface, name) }
        for surface in scan.facilities { add(surface.text, Name(key: "facility", type: nil, sectors: [])) }
        // Short forms of organisations the article introduced, institutions' first: a firm named
        // after one ("동명과기대 기술지주") leaves it its short form ("동명과기대"), not shared.
        var institutionShortForms: Set<TextKey> = []
        for type in [EntityType.institution, .company] {
            for (surface, name) in seen where shortForms && name.type == type {
                for short in DocumentNames.shortForms(of: surface, type: type)
                where scan.lexicon.kind(of: short) == nil && DocumentNames.isUsableShortForm(short) {
                    if type == .institution {
                        institutionShortForms.insert(TextKey(short))
                    } else if institutionShortForms.contains(TextKey(short)) {
                        continue
                    }
                    add(short, name)
                }
            }
        }
        // Short forms written in the article without a gloss ("수과원은" after 국립수산과학원).
        if shortForms {
            for short in scan.writtenShortForms() { add(short.surface, Name(key: short.key, type: short.type, sectors: short.sectors)) }
        }
        let kept = order.filter { !ambiguous.contains($0) }
        names = kept.map { surfaces[$0]! }
        self.surfaces = KeyTexts(texts: kept.map(\.text))
        trie = ScalarTrie(keys: self.surfaces.scalars)
    }

    /// "얀센 바이오텍" → 얀센; "마이크론테크놀로지" → 마이크론; "한국석유공사" → 석유공사.
    static func shortForms(of surface: String, type: EntityType) -> [String] {
        var result: [String] = []
        let scalars = Array(surface.unicodeScalars)
        if let space = scalars.firstIndex(of: " ") {
            // "알 나흐다 푸드 인더스트리" → 알 나흐다: a foreign name's particle keeps the word after it.
            if OrganizationShapes.foreignNameParticles.contains(scalars[..<space]),
               let next = scalars[(space + 1)...].firstIndex(of: " ") {
                result.append(String(scalars: scalars[..<next]))
            } else if OrganizationShapes.foreignLeadWords.contains(scalars[..<space]) {
                // "그루포 알타미라" → 알타미라; "방코 산타루시아 브라질" → 산타루시아 브라질, 산타루시아
                let rest = scalars[(space + 1)...]
                result.append(String(scalars: rest))
                if let next = rest.firstIndex(of: " ") { result.append(String(scalars: rest[..<next])) }
            } else {
                result.append(String(scalars: scalars[..<space]))
            }
        }
        if type == .company {
            // "오노약품공업" → 오노 (약품공업) and 오노약품 (공업)
            var stems = [scalars]
            var k = 0
            while k < stems.count && k < 6 {
                let stem = stems[k]
                k += 1
                for descriptor in droppableDescriptors where stem.count >= descriptor.count + 2 && stem.hasScalarSuffix(descriptor) {
                    var short = Array(stem.dropLast(descriptor.count))
                    while short.last == " " { short.removeLast() }
                    guard short.count >= 2, !stems.contains(short) else { continue }
                    stems.append(short)
                    result.append(String(scalars: short))
                }
            }
            // "한울투자증권" → 한울증권, "새한생명보험" → 새한생명: how reporters shorten a firm's kind
            result += endingsShortened(scalars[...], companyEndingsShortened)
        } else {
            // "한국석유공사" → 석유공사, "국립한빛대학교" → 한빛대학교
            var body = scalars[...]
            for opener in institutionOpeners where body.count >= opener.count + 3 && body.hasScalarPrefix(opener) && body[body.startIndex + opener.count] != " " {
                body = body.dropFirst(opener.count)
                result.append(String(scalars: body))
                break
            }
            // "한빛대학교" → 한빛대, "첨단소재연구원" → 첨단소재연: how reporters shorten universities and institutes
            // (with the opener kept too: "국립순천대학교" → 국립순천대)
            result += endingsShortened(body, institutionEndingsShortened)
            if body.count < scalars.count { result += endingsShortened(scalars[...], institutionEndingsShortened) }
            // "세봄대학교 산학협력단" → 세봄대 산학협력단: a university's unit named with the short form
            if let space = body.firstIndex(of: " "), case let university = body[..<space],
               university.count >= 5, university.hasScalarSuffix(universityEnding) {
                result.append(String(scalars: university.dropLast(universityEnding.count) + shortUniversity + body[space...]))
            }
        }
        return result
    }

    /// A one-word name with each ending of `table` it has replaced by the ending's short form, at
    /// least two scalars kept before it.
    private static func endingsShortened(_ name: ArraySlice<Unicode.Scalar>,
                                         _ table: [([Unicode.Scalar], [Unicode.Scalar])]) -> [String] {
        guard !name.contains(" ") else { return [] }
        return table.filter { long, _ in name.count >= long.count + 2 && name.hasScalarSuffix(long) }
            .map { long, short in String(scalars: name.dropLast(long.count) + short) }
    }

    private static let companyEndingsShortened = [(Array("투자증권".unicodeScalars), Array("증권".unicodeScalars)),
                                                  (Array("생명보험".unicodeScalars), Array("생명".unicodeScalars)),
                                                  (Array("손해보험".unicodeScalars), Array("손보".unicodeScalars)),
                                                  (Array("자동차".unicodeScalars), Array("차".unicodeScalars))]
    private static let institutionOpeners = [Array("한국".unicodeScalars), Array("국립".unicodeScalars)]
    private static let universityEnding = Array("대학교".unicodeScalars), shortUniversity = Array("대".unicodeScalars)
    static let institutionEndingsShortened = [(Array("대학교".unicodeScalars), Array("대".unicodeScalars)),
                                                      (Array("연구원".unicodeScalars), Array("연".unicodeScalars)),
                                                      // "동남대학교병원" → 동남대병원
                                                      (Array("대학교병원".unicodeScalars), Array("대병원".unicodeScalars)),
                                                      (Array("대학병원".unicodeScalars), Array("대병원".unicodeScalars)),
                                                      // "동명과학기술대학교" → 동명과기대, "한빛외국어대학교" → 한빛외대
                                                      (Array("과학기술대학교".unicodeScalars), Array("과기대".unicodeScalars)),
                                                      (Array("과학기술원".unicodeScalars), Array("과기원".unicodeScalars)),
                                                      (Array("외국어대학교".unicodeScalars), Array("외대".unicodeScalars)),
                                                      (Array("교육대학교".unicodeScalars), Array("교대".unicodeScalars))]

    static func isUsableShortForm(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.allSatisfy({ ScalarKind.isHangul($0) || ScalarKind.isLatin($0) || $0 == " " }) else { return false }
        if scalars.allSatisfy(ScalarKind.isLatin) && scalars.count < 3 { return false }
        return !OrganizationShapes.genericStems.contains(text) && !PersonNames.notNames.contains(text)
            && !OrganizationShapes.descriptorWords.contains(text)
    }
}

extension EntityScan {
    /// Matches of `names` in sentence `p` that start and end where a name may. (A method of the
    /// scan, so the rules that call it in their loops do not hand over a copy of the scan.)
    func candidates(of names: DocumentNames, in p: Int) -> [NameCandidate] {
        let s = sentences[p].scalars
        var result: [NameCandidate] = []
        for match in names.trie.matches(in: s, startingAt: words[p].nameStarts) {
            let name = names.names[match.key]
            let range = match.start..<match.end
            // "칼데라 헬스 코리아는": the firm's Korean subsidiary, a company of its own.
            if name.type == .company, let end = koreanSubsidiaryEnd(p, after: range.upperBound) {
                result.append(candidate(p, range.lowerBound..<end, .company, origin: .document, sectors: name.sectors))
                continue
            }
            guard acceptsEnd(p, range.upperBound, firm: name.type == .company) else { continue }
            let surface = names.surfaces.text(ofKey: match.key, matching: s[range]) ?? text(p, range)
            result.append(NameCandidate(position: p, range: range, type: name.type, surface: surface,
                                        key: name.key, origin: .document, sectors: name.sectors))
        }
        return result
    }

    /// Where "코리아" ends when it follows a firm's name, spaced or not, as a word's last part
    /// before its particle ("브라이트워터 포토닉스 코리아는"), not inside a longer word.
    private func koreanSubsidiaryEnd(_ p: Int, after end: Int) -> Int? {
        let s = sentences[p].scalars
        var start = end
        if start < s.count, s[start] == " " { start += 1 }
        guard start + Self.korea.count <= s.count, s[start..<start + Self.korea.count].elementsEqual(Self.korea) else { return nil }
        let after = start + Self.korea.count
        return acceptsEnd(p, after, firm: true) ? after : nil
    }

    private static let korea: [Unicode.Scalar] = Array("코리아".unicodeScalars)
}
