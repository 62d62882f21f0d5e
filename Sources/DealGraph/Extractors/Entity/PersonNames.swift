/// Tables for recognising people: surnames, titles, and words that look like names but are not.
enum PersonNames {
    /// Common Korean surnames (one syllable), most frequent first.
    static let surnames: ScalarSet = ScalarSet("김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁봉")

    /// Two-syllable surnames.
    static let doubleSurnames: [[Unicode.Scalar]] = scalarPhrases(["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"])

    /// A title written next to a name.
    struct Title: Sendable {
        let text: [Unicode.Scalar]
        /// What short references compare: 국무총리 and 총리 are both 총리, 대표이사 and CEO both 대표.
        let base: String
        /// The holder leads the organisation named with the title (대표, 회장, 원장 …).
        let leads: Bool
        /// A company title: an unknown word between a name and this title is the company.
        let corporate: Bool
        /// May be written glued after a unit ("제품개발본부장", "서울시장"); `requiresUnit` when it
        /// is a title only so ("시장" alone is a market).
        let gluedUnit: Bool
        let requiresUnit: Bool
        /// A title only after an organisation ("이서진 카이로스벤처스 파트너"; "전략적 파트너" is none).
        var requiresOrganisation = false
    }

    private static func t(_ text: String, _ base: String? = nil, leads: Bool = false, corporate: Bool = false,
                          glued: Bool = false, requiresUnit: Bool = false) -> Title {
        Title(text: Array(text.unicodeScalars), base: base ?? text, leads: leads, corporate: corporate,
              gluedUnit: glued || requiresUnit, requiresUnit: requiresUnit)
    }

    /// Titles of the heads of local governments: "포항시장" heads 포항시, "경북도지사" 경북도.
    static let localGovernmentHeads: WordSet = ["시장", "도지사", "지사", "군수", "구청장"]
    /// The same as scalars: "경상남도(도지사 박진호)" names the province's head in a bracket.
    static let localGovernmentHeadScalars: [[Unicode.Scalar]] = scalarPhrases(localGovernmentHeads.words)

    /// A head's title written apart after the place and the name ("거제시 윤태섭 시장"): the title,
    /// how the place's name ends, and the title's base.
    struct PlaceHead: Sendable {
        let title: [Unicode.Scalar]
        let placeEnd: Unicode.Scalar
        let base: String
    }

    static let placeHeads: [PlaceHead] = [
        PlaceHead(title: Array("시장".unicodeScalars), placeEnd: "시", base: "시장"),
        PlaceHead(title: Array("도지사".unicodeScalars), placeEnd: "도", base: "지사"),
        PlaceHead(title: Array("지사".unicodeScalars), placeEnd: "도", base: "지사"),
        PlaceHead(title: Array("군수".unicodeScalars), placeEnd: "군", base: "군수"),
    ]
    static let placeHeadFirsts = ScalarSet(placeHeads.map { $0.title[0] })

    /// Deputies of those heads, who sign for the government too ("이수민 충청북도 경제부지사와
    /// … 사장이 … 협약을 체결한 뒤"); they lead nothing.
    static let placeDeputies: [PlaceHead] = [
        ("부지사", "도"), ("경제부지사", "도"), ("행정부지사", "도"), ("정무부지사", "도"),
        ("부시장", "시"), ("경제부시장", "시"), ("행정부시장", "시"), ("정무부시장", "시"),
        ("부군수", "군"), ("부구청장", "구"),
    ].map { PlaceHead(title: Array($0.0.unicodeScalars), placeEnd: $0.1, base: $0.0) }

    /// The deputy's title `word` is, particles after it allowed ("경제부지사와").
    static func placeDeputy(_ word: ArraySlice<Unicode.Scalar>) -> PlaceHead? {
        title(of: word, among: placeDeputies)
    }

    /// The head's title `word` is, particles after it allowed ("시장은", "도지사가").
    static func placeHead(_ word: ArraySlice<Unicode.Scalar>) -> PlaceHead? {
        guard let first = word.first, placeHeadFirsts.contains(first) else { return nil }
        return title(of: word, among: placeHeads)
    }

    private static func title(of word: ArraySlice<Unicode.Scalar>, among titles: [PlaceHead]) -> PlaceHead? {
        titles.first { word.hasScalarPrefix($0.title) && Josa.isParticleTail(word.dropFirst($0.title.count)) }
    }
    /// How the names of the places those governments govern end.
    static let localGovernmentEnds: ScalarSet = ["시", "도", "군", "구"]

    /// Titles, longest first.
    static let titles: [Title] = [
        t("대통령"), t("부통령"), t("국무총리", "총리"), t("총리"), t("부총리"), t("장관", leads: true, glued: true),
        t("차관", glued: true), t("청장", leads: true, glued: true), t("처장", leads: true, glued: true), t("실장", glued: true),
        t("국장", glued: true), t("위원장", leads: true, glued: true), t("부위원장", glued: true), t("의장", leads: true),
        t("대표", leads: true, corporate: true), t("대표이사", "대표", leads: true, corporate: true),
        t("공동대표", "대표", leads: true, corporate: true), t("각자대표", "대표", leads: true, corporate: true),
        t("회장", leads: true, corporate: true), t("부회장", corporate: true), t("명예회장", "회장", corporate: true),
        t("사장", leads: true, corporate: true), t("부사장", corporate: true), t("전무", corporate: true),
        t("상무", corporate: true), t("이사장", leads: true), t("교수"), t("원장", leads: true, glued: true),
        t("부원장"), t("단장", leads: true, glued: true), t("센터장", leads: true, glued: true),
        t("소장", leads: true, glued: true), t("총장", leads: true), t("학장", glued: true), t("의원", glued: true),
        t("시장", leads: true, requiresUnit: true), t("도지사", "지사", leads: true), t("지사", leads: true, requiresUnit: true),
        t("군수", leads: true, glued: true), t("구청장", leads: true, glued: true), t("CEO", "대표", leads: true, corporate: true),
        t("CFO", corporate: true), t("CTO", corporate: true), t("COO", corporate: true),
        t("본부장", glued: true), t("부문장", glued: true), t("부행장", corporate: true), t("행장", leads: true, corporate: true, glued: true),
        t("은행장", "행장", leads: true, corporate: true, glued: true), t("사업부장", glued: true), t("팀장", glued: true),
        t("대사"), t("총영사"), t("상무관"), t("총괄", corporate: true, glued: true), t("총재", leads: true), t("총경리", leads: true, corporate: true), t("부총재"), t("사무총장", leads: true), t("법인장", glued: true),
        t("지점장", glued: true), t("연구소장", "소장", glued: true), t("창업자", corporate: true),
        t("의장", leads: true), t("이사", corporate: true), t("대표변호사", "대표"), t("공동창업자", "창업자", corporate: true),
        // The C-suite spelled out in Korean, usually glossed: "최고경영자(CEO)", "최고기술책임자(CTO)".
        t("최고경영자", "대표", leads: true, corporate: true), t("최고기술책임자", "CTO", corporate: true),
        t("최고재무책임자", "CFO", corporate: true), t("최고운영책임자", "COO", corporate: true),
        t("최고전략책임자", corporate: true), t("최고투자책임자", corporate: true), t("최고사업책임자", corporate: true),
        t("최고구매책임자", corporate: true), t("최고마케팅책임자", corporate: true), t("최고인사책임자", corporate: true),
        t("최고정보책임자", corporate: true), t("최고데이터책임자", corporate: true), t("최고디지털책임자", corporate: true),
        t("최고의학책임자", corporate: true), t("최고과학책임자", corporate: true), t("최고제품책임자", corporate: true),
        t("최고혁신책임자", corporate: true), t("최고보안책임자", corporate: true), t("최고상업책임자", corporate: true),
        // analysts and investment staff: "김도윤 한결투자증권 연구원", "이준서 새봄벤처파트너스 수석심사역"
        t("연구원"), t("책임연구원", "연구원"), t("선임연구원", "연구원"), t("수석연구원", "연구원"), t("애널리스트"),
        t("심사역"), t("수석심사역", "심사역"), t("책임심사역", "심사역"),
        t("연구위원"), t("수석연구위원", "연구위원"), t("선임연구위원", "연구위원"), t("책임연구위원", "연구위원"),
        // the head of a cooperative: "청림농협(조합장 윤상철)", "이광수 조합장"
        t("조합장", leads: true),
        // the head of a hospital, written as one word: "한빛기독병원(병원장 정윤호)", "정 병원장"
        t("병원장", leads: true), t("의료원장", leads: true),
        // the head of a province's office of education: "강원특별자치도교육청(교육감 최민규)"
        t("교육감", leads: true),
        t("제1차관", "차관"), t("제2차관", "차관"), t("1차관", "차관"), t("2차관", "차관"),
        t("부지사"), t("경제부지사", "부지사"), t("행정부지사", "부지사"), t("정무부지사", "부지사"),
        t("부시장"), t("경제부시장", "부시장"), t("행정부시장", "부시장"),
        // full-time officers of an association: "정명수 한국원자력산업협회 상근부회장"
        t("상근부회장", "부회장"), t("상임부회장", "부회장"), t("상근이사", "이사"), t("상임이사", "이사"),
        t("차장"), t("차관보", "차관", glued: true), t("부대표", corporate: true), partner, t("대표파트너", "대표", leads: true, corporate: true), t("창업주", "창업자", corporate: true),
    ].sorted { $0.text.count > $1.text.count }

    /// A venture capital partner: a title only after the firm's name.
    private static let partner: Title = {
        var title = t("파트너", corporate: true)
        title.requiresOrganisation = true
        return title
    }()

    /// First scalars of titles, to turn away a bracket before its words are compared.
    static let titleFirsts = ScalarSet(titles.compactMap(\.text.first))

    /// Last scalars of titles (and of "…장" for heads of known institutions).
    static let titleEnds = ScalarSet(titles.compactMap(\.text.last)).union(["장"])

    /// `titles` by their last scalar, longest first: a word is tried only against those it can end in.
    static let titlesByLast = ScalarMap(Dictionary(grouping: titles) { $0.text.last! })

    /// Words that start with a surname and sit next to titles but are not names
    /// ("이번 회장", "신임 대표", "공동 대표", "전 장관" …).
    static let notNames: WordSet = [
        "이번", "이날", "이후", "이어", "이미", "이상", "이하", "이전", "이외", "이제", "이에", "이는", "이를", "이와",
        "이의", "이들", "이런", "이같은", "이달", "이곳", "이중", "이사", "이사회", "이사장", "이끈", "이끄는", "이끌",
        "신임", "신규", "신설", "신년", "신약", "신한", "전임", "전직", "전문", "전략", "전체", "전사", "전무", "전원",
        "전국", "전년", "전날", "전자", "전기", "전담", "전세계", "공동", "공식", "공개", "공영", "공사", "공장",
        "주요", "주식", "주주", "주최", "주관", "주재", "주자", "주력", "주도", "주간", "주식회사", "최근", "최고",
        "최대", "최초", "최종", "최소", "최저", "한국", "한편", "한때", "한국의", "한미", "한중", "한일", "한층", "정부",
        "정식", "정규", "정상", "정책", "정기", "정도", "정보", "현재", "현직", "현지", "현대", "현장", "현행",
        "차기", "차세대", "차관", "명예", "각자", "고문", "고위", "고객", "조직", "조합", "조합장", "조사", "지난",
        "지역", "지원", "지주", "지사", "국내", "국가", "국제", "여러", "여야", "여성", "상임", "상근", "원래", "원장",
        "기존", "기업", "기관", "기술", "박사", "임시", "임기", "임원", "장기", "장관", "소속", "소장", "남편", "노사",
        "방문", "모든", "양사", "양측", "양국", "양가", "오는", "오랜", "오후", "오전", "우리", "유력", "유일", "유관",
        "안팎", "성공", "손자", "위원", "위원장", "민간", "진행", "나머지", "남은", "문제", "마련", "도입", "연구",
        "연구원", "연합", "선임", "선대", "설립", "석좌", "석사", "구성", "구단", "구청장", "심사", "하반기", "상반기",
        "황금", "배터리", "서울", "부산", "대표", "사장", "회장", "송도", "김포", "강남", "제주", "천안", "인천", "경기",
        "권한", "홍보", "마케팅", "반도체", "추진", "노조", "허가", "허브", "왕복", "육성", "채용", "인사", "인수",
        "금융", "금액", "백신", "백악관", "변경", "함께", "염두", "하나", "하지만", "조직위", "조정", "진출",
        "맹추격", "탁월", "표준", "위해", "위한", "엄격", "나라", "지난해", "이사진", "이사국", "서명", "성장", "성과",
        "강화", "장재", "정원", "명의", "민관", "민주", "봉사", "안전", "안정", "오너", "유한", "윤리", "윤활",
        "연구팀", "연구진", "연구단", "지주사", "지주회사", "모회사", "고객사", "하청", "신사업", "신성장", "신기술", "신제품", "신소재", "기획",
        "방송", "임상", "강의", "정년", "구매", "구조", "송전", "배급", "유통", "여신", "채널", "노선", "차량", "설계",
        "인프라", "위기", "금속", "유럽", "남북", "하청업체", "원청", "도입", "조달", "조정", "김치", "한전", "한수원",
        "박물관", "최적", "최신", "최상", "성능", "성장", "문화", "공정", "공급", "공항", "공동체", "장비", "장치",
        "연간", "연말", "연초", "연내", "연구개발", "임대", "임금", "신용", "신청", "전환", "전력", "전용", "정비",
        // the source a sentence cites before the person it names: "업계에 따르면 류현석 … 사장은"
        "따르면", "의하면",
        // nouns a title may follow: "대표 이미지" (a representative image), "조합원 대표"
        "이미지", "조합원", "이용자", "이용객", "이해관계자", "연구실", "지분", "지분율", "보유",
        // "대표 주관사" (the lead underwriter), "CEO 인터뷰"
        "주관사", "인터뷰",
        // verbs made nouns after a word for firms: "딥테크 스타트업 키우기에 나선다"
        "키우기", "살리기", "돕기", "만들기", "알리기", "늘리기", "잡기", "지키기", "모시기", "찾기",
        // verbs that open the rest of a list: "서 대표를 비롯해 작목반 농가 대표 등"
        "비롯해", "비롯한", "비롯하여", "포함해", "포함한", "포함하여", "제외한", "제외하고",
        // households and crop groups at a signing, no firms: "작목반 농가 대표"
        "농가", "작목반", "농민", "어가", "어민",
        // verbs and verbal nouns that start with a surname, next to a title: "지분 10% 남겨 이사회 의장
        // 유지", "지분을 남기고 의장을 맡는다", "투자 유치"
        "남겨", "남기고", "남긴", "남기며", "남기는", "남아", "남게", "유지", "유치", "유입", "유출", "유도",
    ]

    /// One-syllable words that are determiners or prefixes, never part of a foreign name ("이 회사", "각 사").
    static let notNameSyllables: ScalarSet = ScalarSet("이그저각전현신구두세네한첫본당동해모총약등및또새옛고양의")

    /// Last syllables no personal name ends in: "연구팀", "회사측", "기업들".
    static let notNameEnds: ScalarSet = ScalarSet("팀측들층")

    /// Verbal nouns that, with 한/된/할 …, describe the person a title names rather than name
    /// them: "양사가 추천한 이사", "새로 선임된 대표", "이번에 영입한 사장".
    static let titleVerbNouns: WordSet = [
        "추천", "선임", "임명", "지명", "선출", "위촉", "연임", "주재", "방문", "배석", "발탁", "영입", "내정",
        "선정", "신임", "재선", "승진", "전보", "파견",
        // what the person did at the signing: "협약서에 서명한 김철수 회장", "함께 참석한 …"
        "서명", "참석", "동행", "체결", "참여", "합의", "취임", "발표", "주도", "투자", "인수", "설립", "창업", "방한",
    ]

    /// Verb endings that link a clause to what follows, so a name may start after them:
    /// "일본을 방문해 야마모토 겐지 사장과", "…했고, 클라우스 마이어 CEO는".
    static let linkingVerbEndings: [[Unicode.Scalar]] = scalarPhrases([
        "해", "하고", "하며", "하여", "해서", "했고", "했으며", "했는데", "고", "며", "면서", "따르면", "의하면",
    ])

    /// The source a sentence cites, a word of its own, after which a name may start: "업계에 따르면
    /// 라르스 에릭센 …".
    static let citingWords: WordSet = ["따르면", "의하면"]

    /// Verbs of going to meet someone, words of their own, after which a name may start: "본사를
    /// 찾아 히카르두 알메이다(Ricardo Almeida) 최고경영자와 만났다".
    static let meetingVerbs: WordSet = ["찾아", "찾아가", "만나", "맞아", "불러", "초청해", "예방해"]

    /// A founder named in apposition, after which a name starts: "헬리오스의 창업자 얀 더프리스(Jan
    /// de Vries) 최고경영자(CEO)는".
    static let foundingRoles: WordSet = ["창업자", "공동창업자", "설립자", "창업주"]

    /// Syllables of foreign words written in Hangul that Korean given names do not use: a
    /// word holding one after its first syllable is no Korean name ("마커스", "제니퍼", "모션랩",
    /// "유키" of "다나카 유키").
    static let foreignSyllables: ScalarSet = ScalarSet("스크트프즈츠드브르퍼커피쿠푸슈션랩셀텍닉믹릭틱렉카키케코타토슨")

    /// How a bracket glosses a person's name.
    enum NameGloss {
        /// "Klaus Weber", "Khalid Al-Otaibi": two to four capitalised words, as many Hangul words;
        /// "Jan de Vries": small words between them, written as words of their own or not ("얀
        /// 더프리스", "헨드릭 반 데이크").
        case latin(words: Int, particles: Int)
        /// "田中浩", "陳志偉": two to four Han characters, for one or two Hangul words.
        case han
    }

    /// The gloss a bracket's content is of a person's name, if it is one (company forms such as
    /// "Nordkraft AB" and acronyms are none); accented letters count ("João Pereira").
    static func nameGloss(_ gloss: ArraySlice<Unicode.Scalar>) -> NameGloss? {
        // Most brackets hold neither: a capital letter or a Han character starts a name's gloss.
        guard let first = gloss.first, first.value >= 0x41 && first.value <= 0x5A || first.value >= 0x4E00 && first.value <= 0x9FFF,
              gloss.count <= 40 else { return nil }
        if (2...4).contains(gloss.count), gloss.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) { return .han }
        let all = gloss.split(separator: " ")
        let tokens = all.filter { !Self.latinNameParticles.contains($0) }
        guard (2...4).contains(tokens.count), all.count - tokens.count <= 2 else { return nil }
        for token in tokens {
            guard let first = token.first, first.value >= 0x41, first.value <= 0x5A, token.count >= 2,
                  token.allSatisfy({ ScalarKind.isLatin($0) || ScalarKind.isAccentedLatin($0) || $0 == "-" || $0 == "'" || $0 == "." }),
                  token.contains(where: { $0.value >= 0x61 && $0.value <= 0x7A }) else { return nil }
        }
        if OrganizationShapes.hasLatinLegalForm(String(String.UnicodeScalarView(gloss))) { return nil }
        return .latin(words: tokens.count, particles: all.count - tokens.count)
    }

    /// Small words inside Latin names, in lower case: "Jan de Vries", "Hendrik van Dijk".
    static let latinNameParticles: WordSet = ["de", "da", "di", "du", "del", "der", "den", "van", "von", "la", "le", "bin", "al", "el"]

    /// Words for a title held before ("정민우 전 스터디플러스 대표", "제프리 마틴 전 미국
    /// 원자력규제위원회 위원장"): the organisation after them is named, but not led now.
    static let formerWords: WordSet = ["전", "前"]
    /// Words for a title held now, written like `formerWords`: "홍길동 현 한결전자 대표".
    static let presentWords: WordSet = ["현", "現"]

    /// Titles of heads written glued after their organisation's name ("한솔대병원장", "가람전자사장"),
    /// longest first. Heads of units (센터장, 소장, 단장, 학장) are left out: the unit is part of
    /// the organisation, not one.
    static let gluedHeadTitles: [Title] = titles.filter {
        ["병원장", "의료원장", "원장", "총장", "사장", "회장", "이사장"].contains(String(scalars: $0.text[...]))
    }

    /// The titles of a university's heads, written after its short form ("한빛대 총장").
    static let universityHeads: Set<String> = ["총장", "부총장", "학장"]

    /// Endings that make such a verbal noun describe a noun: "추천한", "선임된", "임명할".
    static let adnominalEnds: ScalarSet = ScalarSet("한된할될던")

    /// Words that may stand between a name and its title without being an organisation
    /// ("홍길동 전 대표", "홍길동 신임 사장").
    static let titleModifiers: WordSet = [
        "전", "현", "신임", "전임", "초대", "공동", "각자", "명예", "상임", "비상임", "수석", "총괄", "대표", "당시",
        "차기", "부", "겸", "직무대행", "대행", "내정자", "후보", "당선인", "당선자", "前", "現", "新",
        // the region a foreign firm's officer heads: "에밀리 카터 아시아 총괄", "한국 지사장"
        "아시아", "아태", "아시아태평양", "북미", "남미", "유럽", "중동", "동남아", "글로벌", "해외", "한국",
    ]
}
