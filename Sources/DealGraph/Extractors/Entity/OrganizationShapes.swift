/// How the names of companies and institutions end, as tables: "…제약", "…홀딩스", "…진흥원".
///
/// A word (particles set aside) that ends in one of these suffixes after a name-like stem is an
/// organisation of the suffix's type. Each suffix says what its stem must look like, because
/// many suffixes are also common nouns ("시스템반도체", "데이터센터", "건설공사").
enum OrganizationShapes {
    /// What the stem in front of a suffix must be.
    enum StemRule: Sendable {
        /// Any name-like stem of at least two scalars that is not a generic word.
        case name
        /// Latin letters in the stem, or a stem that is a known group name ("LG에너지솔루션", "한화시스템"):
        /// for suffixes that mostly end generic compounds ("보안솔루션", "결제시스템").
        case brand
        /// A stem starting with 한국/국가/국립/a place, or holding a public-body word
        /// (진흥, 연구, 지원, 혁신 …): "한국가스공사", "경기창조경제혁신센터".
        case publicBody
        /// A stem ending in Hangul, for Latin suffixes that also end Latin words: "미래브릿지PE"
        /// (private equity), not "HDPE" (a plastic).
        case hangulName
        /// Any name-like stem, generic words too: the suffix is a coined word no common noun ends
        /// in ("스마트로직스").
        case coined
    }

    struct Suffix: Sendable {
        let text: [Unicode.Scalar]
        let type: EntityType
        let rule: StemRule
        let sectors: [Sector]
        /// A part of an organisation when written right after one ("현대자동차 남양연구소").
        let facility: Bool
        /// May stand as its own word after a foreign-looking name ("아임뉴런 바이오사이언스").
        let spaced: Bool
    }

    private static func s(_ text: String, _ type: EntityType, _ rule: StemRule = .name, _ sectors: [Sector] = [],
                          facility: Bool = false, spaced: Bool = false) -> Suffix {
        Suffix(text: Array(text.unicodeScalars), type: type, rule: rule, sectors: sectors, facility: facility, spaced: spaced)
    }

    /// Company suffixes.
    static let companySuffixes: [Suffix] = [
        s("제약", .company, .name, [.bio]), s("약품", .company, .name, [.bio]), s("약품공업", .company, .name, [.bio]),
        s("바이오", .company, .name, [.bio]), s("바이오로직스", .company, .name, [.bio], spaced: true),
        s("바이오사이언스", .company, .name, [.bio], spaced: true), s("바이오텍", .company, .name, [.bio], spaced: true),
        s("바이오테크", .company, .name, [.bio], spaced: true), s("바이오팜", .company, .name, [.bio]),
        s("바이오파마", .company, .name, [.bio], spaced: true), s("사이언스", .company, .name, [.bio], spaced: true),
        s("테라퓨틱스", .company, .name, [.bio], spaced: true), s("테라퓨틱", .company, .name, [.bio], spaced: true),
        s("파마", .company, .name, [.bio], spaced: true), s("파마슈티컬스", .company, .name, [.bio], spaced: true),
        s("헬스케어", .company, .name, [.bio]), s("메디칼", .company, .name, [.bio]), s("메디컬", .company, .name, [.bio]),
        s("메디텍", .company, .name, [.bio]), s("텍", .company),
        s("전자", .company), s("전기", .company, .brand), s("전선", .company, .name, [.energy]),
        s("일렉트릭", .company), s("일렉트로닉스", .company, .name, [], spaced: true),
        s("화학", .company, .name, [.materials]), s("케미칼", .company, .name, [.materials]),
        s("케미컬", .company, .name, [.materials]), s("소재", .company, .brand, [.materials]),
        s("중공업", .company, .name, [.shipbuilding]), s("조선", .company, .name, [.shipbuilding]),
        s("조선해양", .company, .name, [.shipbuilding]), s("조선소", .company, .name, [.shipbuilding], facility: true, spaced: true), s("오션", .company, .brand, [.shipbuilding]),
        s("건설", .company), s("엔지니어링", .company, .name, [], spaced: true), s("이앤씨", .company), s("이엔씨", .company), s("이엔지", .company),
        s("물산", .company), s("상사", .company), s("산업", .company, .brand), s("공업", .company),
        // Japanese makers' 製作所: "일본 오카모토제작소에"
        s("제작소", .company),
        s("광업", .company, .name, [.materials]), s("정밀", .company),
        s("증권", .company, .name, [.finance]), s("은행", .company, .name, [.finance]),
        s("저축은행", .company, .name, [.finance]), s("캐피탈", .company, .name, [.finance], spaced: true),
        s("캐피털", .company, .name, [.finance], spaced: true), s("카드", .company, .name, [.finance]),
        s("생명", .company, .name, [.finance]), s("화재", .company, .brand, [.finance]),
        s("손해보험", .company, .name, [.finance]), s("생명보험", .company, .name, [.finance]), s("금융지주", .company, .name, [.finance]),
        s("금융그룹", .company, .name, [.finance]), s("자산운용", .company, .name, [.finance]),
        s("인베스트먼트", .company, .name, [.finance], spaced: true), s("벤처투자", .company, .name, [.finance]), s("기술투자", .company, .name, [.finance]),
        // an asset manager's investment arm and private equity: "코어에셋투자", "미래브릿지PE"
        s("에셋투자", .company, .name, [.finance]), s("PE", .company, .hangulName, [.finance]),
        // a university's technology holding company ("부산대학교기술지주", "동남대 기술지주")
        s("기술지주", .company, .name, [.finance], spaced: true), s("기술지주회사", .company, .name, [.finance], spaced: true),
        s("투자파트너스", .company, .name, [.finance]), s("프라이빗에쿼티", .company, .name, [.finance], spaced: true),
        s("에쿼티", .company, .name, [.finance]), s("파트너스", .company, .name, [.finance], spaced: true),
        s("벤처스", .company, .name, [.finance], spaced: true), s("창업투자", .company, .name, [.finance]),
        s("홀딩스", .company, .name, [], spaced: true), s("지주", .company, .brand), s("그룹", .company, .name, [], facility: true),
        s("테크", .company), s("테크놀로지", .company, .name, [], spaced: true),
        s("테크놀로지스", .company, .name, [], spaced: true), s("랩스", .company, .name, [], spaced: true),
        s("모빌리티", .company, .name, [.automotive]), s("모터스", .company, .name, [.automotive], spaced: true),
        s("자동차", .company, .name, [.automotive]), s("오토모티브", .company, .name, [.automotive], spaced: true),
        s("에너지", .company, .name, [.energy]), s("에너빌리티", .company, .name, [.energy]),
        s("솔루션", .company, .brand), s("솔루션즈", .company, .name), s("시스템", .company, .brand),
        s("시스템즈", .company, .name), s("반도체", .company, .name, [.semiconductor]),
        s("디스플레이", .company, .brand), s("텔레콤", .company, .name, [.telecom]), s("통신", .company, .name, [.telecom]), s("정보통신", .company, .name, [.telecom]),
        s("네트웍스", .company), s("소프트", .company, .name, [.software]),
        s("소프트웨어", .company, .brand, [.software]), s("엔터테인먼트", .company, .name, [.culture]),
        s("게임즈", .company, .name, [.culture]), s("스튜디오", .company, .brand, [.culture]),
        s("푸드", .company, .name, [.agriculture]), s("식품", .company, .name, [.agriculture]),
        s("제당", .company, .name, [.agriculture]), s("항공", .company, .brand, [.aerospace]),
        s("에어로스페이스", .company, .name, [.aerospace], spaced: true), s("스페이스", .company, .brand, [.aerospace]),
        s("해운", .company), s("철강", .company, .brand, [.materials]), s("스틸", .company, .name, [.materials]),
        s("회계법인", .company), s("농협", .company, .name, [.agriculture]), s("영농조합법인", .company, .name, [.agriculture]), s("영농조합", .company, .name, [.agriculture]), s("코스메틱", .company), s("코스메틱스", .company, .name, [], spaced: true), s("제철", .company, .name, [.materials]), s("제강", .company, .name, [.materials]), s("에어로", .company, .name, [.aerospace]),
        s("로보틱스", .company, .name, [.robotics], spaced: true), s("오토메이션", .company, .name, [.robotics], spaced: true),
        s("디펜스", .company, .name, [.defense]), s("머티리얼즈", .company, .name, [.materials]),
        s("머티리얼스", .company, .name, [.materials]), s("머티리얼", .company, .name, [.materials]),
        s("하이드로젠", .company, .name, [.energy]), s("로직스", .company, .coined), s("배터리", .company, .name, [.battery]), s("로지스틱스", .company, .name, [], spaced: true),
        s("액셀러레이터", .company, .name, [.finance]), s("엑셀러레이터", .company, .name, [.finance]),
        s("다이나믹스", .company, .name, [.robotics], spaced: true), s("인더스트리", .company, .name, [], spaced: true),
        s("인더스트리즈", .company, .name, [], spaced: true), s("인더스트리얼", .company, .name, [], spaced: true), s("코퍼레이션", .company, .name, [], spaced: true),
        s("AI", .company, .name, [.ai]), s("에이아이", .company, .name, [.ai]), s("코리아", .company),
        // "지엘팜" (not "스마트팜": a generic stem), "대원글로벌"; "온세라퓨틱스", whatever its stem
        s("팜", .company), s("글로벌", .company), s("농기계", .company, .name, [.agriculture]), s("퓨틱스", .company, .coined, [.bio]),
    ]

    /// Institution suffixes.
    static let institutionSuffixes: [Suffix] = [
        s("진흥원", .institution), s("진흥공단", .institution), s("진흥회", .institution), s("공단", .institution),
        s("공사", .institution, .publicBody), s("위원회", .institution), s("협의회", .institution),
        s("연합회", .institution), s("협회", .institution), s("학회", .institution), s("조합", .institution),
        s("협동조합", .institution), s("재단", .institution), s("상공회의소", .institution),
        s("대학교", .institution, .name, [.education]), s("대학", .institution, .name, [.education], facility: true),
        s("과학기술원", .institution, .name, [.education]), s("대학원", .institution, .publicBody, [.education]),
        s("병원", .institution, .name, [.bio]), s("의료원", .institution, .name, [.bio]),
        s("연구원", .institution), s("연구소", .institution, .name, [], facility: true),
        s("단과대학", .institution, .name, [.education], facility: true), s("대학원대학교", .institution, .name, [.education]),
        s("연구센터", .institution, .name, [], facility: true), s("기술원", .institution), s("개발원", .institution),
        s("평가원", .institution), s("정보원", .institution), s("교육원", .institution), s("관리원", .institution),
        s("보건원", .institution), s("인증원", .institution), s("시험원", .institution), s("연수원", .institution),
        s("과학원", .institution), s("문화원", .institution), s("센터", .institution, .publicBody, [], facility: true),
        s("청", .institution, .publicBody), s("안전원", .institution, .publicBody), s("금융원", .institution),
        // local councils: "포항시의회", "경기도의회"
        s("의회", .institution, .publicBody),
        // local offices of the state: "논산경찰서", "수원세무서"
        s("경찰서", .institution), s("소방서", .institution), s("세무서", .institution), s("지방청", .institution), s("테크노파크", .institution, .name, [.cluster]),
        s("얼라이언스", .institution), s("진흥재단", .institution), s("거래소", .institution, .publicBody, [.finance]),
        s("사업단", .institution, .publicBody), s("대사관", .institution, .publicBody),
        // a university's foundation for industry cooperation ("동남대학교 산학협력단")
        s("산학협력단", .institution, .name, [.education], spaced: true),
    ]

    /// Units a university sets up, written after its name ("경북대학교 산학협력단", "부산대 기술지주").
    static let universityUnits: WordSet = ["산학협력단", "기술지주", "기술지주회사"]
    /// How a university's name ends: "…대학교", "…대학".
    static let universityEnds: [[Unicode.Scalar]] = scalarPhrases(["대학교", "대학"])

    /// The last syllable of a city, county or district, before 청: the building, not an agency.
    static let localUnitEnds = ScalarSet("시군구")

    /// The suffix of agencies ("방위사업청"), also the end of a city hall's name ("포항시청").
    static let agencyEnd: [Unicode.Scalar] = ["청"]

    /// Every suffix, longest first, so "바이오로직스" is tried before "바이오".
    static let allSuffixes: [Suffix] = (companySuffixes + institutionSuffixes).sorted { $0.text.count > $1.text.count }

    /// The suffixes by their last scalar, longest first: a word is tried only against those it can end in.
    static let suffixesByLast = ScalarMap(Dictionary(grouping: allSuffixes) { $0.text.last! })
    /// The last scalars of all suffixes, asked first: a bitmap answers without copying a list.
    static let suffixEnds = ScalarSet(allSuffixes.compactMap(\.text.last))

    /// The suffixes that may stand as a word of their own after a name ("아임뉴런 바이오사이언스"),
    /// by their text (the first of `allSuffixes` when two share it).
    static let spacedSuffixes: WordMap<Suffix> = {
        var map = WordMap<Suffix>()
        for suffix in allSuffixes where suffix.spaced && map[suffix.text] == nil { map[suffix.text] = suffix }
        return map
    }()

    /// The last scalars of `spacedSuffixes`: a prefix ending in another is no spaced suffix.
    static let spacedSuffixEnds = ScalarSet(allSuffixes.filter(\.spaced).compactMap(\.text.last))

    /// Stems that make a suffix a common noun ("신재생에너지", "시스템반도체", "바이오의약품", "데이터센터").
    static let genericStems: WordSet = [
        // industries and adjectives
        "신재생", "재생", "친환경", "청정", "수소", "태양광", "풍력", "해상풍력", "원자력", "전력", "석유", "정밀", "석유화학",
        "시스템", "메모리", "비메모리", "차량용", "전력용", "화합물", "첨단", "차세대", "미래", "신", "신규", "글로벌",
        "국내", "해외", "국내외", "세계", "디지털", "모바일", "스마트", "인공지능", "데이터", "클라우드", "플랫폼", "그린",
        "클린", "헬스", "레드", "화이트", "바이오", "제약", "의료", "의약", "종합", "중앙", "시중", "지방", "인터넷",
        "투자", "출자", "상업", "정책", "국책", "국영", "외국계", "외국", "민간", "공공", "벤처", "스타트업", "중소", "중견", "대형",
        "대기업", "기업", "지역", "국가", "국립", "사립", "공립", "명문", "주요", "유력", "전문", "일반", "전통",
        "우수", "희귀", "완제", "원료", "전문의", "푸드", "핀", "에듀", "애그", "딥", "기후", "빅", "프롭", "리걸",
        "펫", "뷰티", "스페이스", "도심항공", "마이크로", "자율주행", "전기차", "수소차", "자동차", "완성차",
        // kinds of telecoms: "이동통신", "위성통신", "양자통신"
        "이동", "위성", "저궤도위성", "무선", "유선", "양자", "해저", "차량", "사물", "초고속", "기간", "별정", "근거리",
        "시외", "시내", "비상", "재난", "광대역", "광",
        // kinds of food: "신선식품", "가공식품", "건강기능식품"
        "신선", "가공", "냉동", "냉장", "건강기능", "즉석", "간편", "유기농", "대체", "발효", "기능성", "할랄", "비건",
        "농산", "농수산", "농축산",
        // banks of things, no lenders: "문제은행" (exam questions), "혈액은행", "종자은행"
        "문제", "혈액", "정자", "난자", "제대혈", "종자", "조혈모세포",
        // kinds of food as loanwords: "패스트푸드", "로컬푸드", "K푸드"
        "패스트", "슬로", "정크", "슈퍼", "수퍼", "로컬", "K", "프리미엄", "헬시", "시니어", "키즈", "실버", "홈",
        "다이어트", "웰니스", "길거리", "스트리트", "씨",
        // kinds of automation: "팩토리오토메이션", "빌딩오토메이션"
        "팩토리", "빌딩", "프로세스", "오피스", "공정",
        // ways of making steel: "수소환원제철", "일관제철", "전기로제강"
        "수소환원", "환원", "일관", "전기로", "고로", "저탄소", "탄소중립",
        // kinds of cars: "소형자동차", "수입자동차", "하이브리드자동차"
        "소형", "중형", "준중형", "중고", "승용", "화물", "상용", "국산", "수입", "외제", "고급", "하이브리드", "커넥티드", "무인", "내연기관",
        "배터리", "이차전지", "전고체", "리튬", "리튬이온", "EV", "폐", "원통형", "각형", "파우치형", "유통", "물류", "금융", "핀테크", "보안", "통합", "토털", "토탈", "관리", "운영", "결제",
        "탐지", "방어", "저장", "에너지저장", "발전", "송전", "배전", "전기", "전자", "통신", "방송", "콘텐츠", "게임",
        "생성형", "온디바이스", "피지컬", "에이전트", "초거대", "소비자보호", "사업", "전략", "경영", "연구", "기술",
        "개발", "혁신", "창업", "육성", "지원", "산학", "산학협력", "공동", "부설", "사내", "자체", "산하", "소속",
        "선임", "책임", "수석", "주임", "전임", "객원", "박사후", "인턴", "박사급", "석사", "학생", "외부", "상근",
        "노동", "협동", "직능", "동물", "치과", "한방", "요양", "협력", "거점", "상급종합", "1차", "2차", "3차",
        "개인", "정신", "재활", "소아", "아동", "여성", "대학", "콜", "고객", "서비스", "쇼핑", "컨벤션", "체육",
        "문화", "복지", "상담", "교육", "훈련", "행정", "민원", "연구개발", "기초", "응용", "국제", "해양", "조선",
        "건설", "주택", "플랜트", "토목", "보수", "설치", "정비", "유가", "파생", "채권", "주식", "반도체", "가전",
        "생", "유기", "무기", "녹색", "정보", "기획", "재무", "인사", "홍보", "마케팅", "영업", "생산", "품질",
        "구조조정", "사외", "명예", "소비자", "사이버", "방송통신", "4년제", "이공계", "의과", "의학", "약학",
        "공과", "자연과학", "인문", "로봇", "산업용", "협동로봇", "우주", "항공", "방산", "방위", "국방", "신약",
        "의료기기", "진단", "백신", "인간", "생명", "팀", "바이오코리아", "세포", "유전자", "합성", "천연", "식물", "동물용", "수산", "농업", "축산",
        "스마트팜", "첨단산업", "신산업", "제조", "부품", "소재부품", "장비", "물질", "신소재", "임상", "임상시험",
        "바이오의", "저축", "상호", "신용", "새마을", "지역농", "노사", "위탁", "위탁개발", "위탁생산",
        "AI", "ICT", "IT", "SW", "DX", "AX", "ESG", "IoT", "5G", "6G",
        // countries as a kind: "동맹국 조선소", "회원국 기업"
        "동맹국", "우방국", "회원국", "상대국", "협력국", "주변국", "경쟁국", "선진국", "개발도상국", "신흥국", "수출국", "수입국",
        // "조선그룹 계열 조선소들과": what belongs to a group
        "계열",
    ]

    /// Last syllables of common nouns that follow a descriptor and name no firm: "통신사
    /// 시험망에", "업체 점유율이", "기업 경쟁력을", "업체 생산량이".
    static let commonNounEnds: ScalarSet = ScalarSet("망률력성화적권량액층장들")

    /// Syllables before a final 다 that make a word a verb in the plain style ("세운다", "맺는다",
    /// "추진한다", "늘었다"), not a name.
    static let plainVerbSyllables: ScalarSet = ScalarSet("는운한된했았었였렸린친선진킨인간온")

    /// Last syllables of glossed words that are laws, not firms: "인플레이션감축법(IRA)".
    static let glossedNotFirmEnds: ScalarSet = ScalarSet("법")

    /// Agreements glossed with their acronym: "합작투자계약(JVA)", "자유무역협정(FTA)",
    /// "양해각서(MOU)": no firm, whatever stands before them.
    static let glossedAgreements: [[Unicode.Scalar]] = scalarPhrases(["계약", "협약", "각서", "협정", "약정"])

    /// Stems that make an institution suffix a common noun ("선임연구원", "부설연구소", "대학병원").
    static let genericInstitutionStems: WordSet = [
        "선임", "책임", "수석", "주임", "전임", "객원", "박사후", "인턴", "박사급", "석사", "학생", "외부", "상근",
        "부설", "기업부설", "사내", "자체", "산하", "소속", "민간", "대학", "종합", "요양", "동물", "치과", "한방",
        // kinds of foundations and hospitals: "비영리 공익재단이다", "지방 국립대병원이"
        "공익", "비영리", "국립대", "사립대", "지방대",
        // kinds of universities and colleges: "국내 해양대학과", "공과대학"
        "해양", "공과", "의과", "간호", "약학", "경영", "사범",
        // a centre a deal sets up: "교내에 전고체 배터리 공동연구센터를 설치하는"
        "공동연구", "공동", "합동연구",
        // a committee partners set up for their deal: "공동개발위원회 첫 회의", "공동운영위원회"
        "공동개발", "공동운영", "공동추진", "공동사업", "공동협력", "합동", "실무", "공동실무",
        "협력", "거점", "상급종합", "개인", "정신", "재활", "지역", "국내", "해외", "국내외", "글로벌", "세계", "주요",
        "데이터", "콜", "고객", "서비스", "쇼핑", "컨벤션", "체육", "복지", "상담", "물류", "노동", "협동", "연구",
        "기술", "혁신", "창업", "지원", "공동", "위탁", "전문", "일반", "대형", "중소", "관련", "유관", "해당",
        "각종", "여러", "다른", "이", "그", "전국", "지방", "공공", "국공립", "사립", "공립", "명문", "신규", "신생",
        "운영", "조직", "심사", "선정", "자문", "평가", "이사", "학부모", "주민", "입주자", "아파트", "건설", "보수",
        "공과", "의과", "약학", "자연과학", "인문", "인문대", "경영", "법과", "사범", "예술", "농업생명과학", "공학",
        "사회과학", "간호", "치의학", "수의과", "경영전문", "법학전문", "의학전문", "전문대", "사이버", "4년제",
    ]

    /// Deals a partner is named for with 와/과 right before: "사쿠라모바일과 로밍 협약을", "…과
    /// 공급계약을", "…와 MOU를".
    static let partnerDealWords: [[Unicode.Scalar]] = scalarPhrases([
        "협약", "계약", "양해각서", "MOU", "제휴", "파트너십",
    ])

    /// How the name of a fund a local government sets up ends: "춘천시 청년창업펀드", "경기도 스타트업기금".
    static let localFundEndings: [[Unicode.Scalar]] = scalarPhrases(["펀드", "기금"])

    /// Events an organising committee runs: "남해안 수산식품박람회 조직위원회", "부산국제영화제 조직위원회".
    static let eventEndings: [[Unicode.Scalar]] = scalarPhrases([
        "박람회", "엑스포", "전시회", "올림픽", "패럴림픽", "체전", "대회", "축제", "페스티벌", "영화제", "비엔날레",
        "아시안게임", "월드컵", "국제회의", "정상회의", "총회", "포럼", "쇼",
    ])
    /// The committee that runs an event, written after the event's name.
    static let organisingCommittees: WordSet = ["조직위원회"]

    /// The polite copula a name may be glued to in scripts read aloud: "가장 큰 곳은 제약사
    /// 태성바이오팜입니다", "…이었습니다만" (longest first). No name ends in these syllables.
    static let politeCopulas: [[Unicode.Scalar]] = scalarPhrases([
        "이었습니다만", "이었습니다", "였습니다만", "였습니다", "입니다만", "입니다",
    ]).sorted { $0.count > $1.count }

    /// Words that are a currency before an amount ("한화 약 200억원") though a lexicon name elsewhere.
    static let currencyWords: WordSet = ["한화"]

    /// Two-syllable endings that are verbs or nouns, not "…청" bodies: 요청, 신청, 초청 ….
    /// A word ending in one of these (longer than the suffix it holds) is not an organisation.
    static let genericEndings: [[Unicode.Scalar]] = scalarPhrases([
        "요청", "신청", "초청", "경청", "방청", "감청", "의약품", "건설공사", "보수공사", "토목공사", "공사비",
        "노동조합", "협동조합", "데이터센터", "콜센터", "고객센터", "물류센터", "대학병원", "종합병원", "동물병원",
        "요양병원", "연구소기업", "벤처캐피털", "벤처캐피탈", "투자은행", "중앙은행", "시중은행", "지방은행",
        "인터넷은행", "국책은행", "저축은행", "유가증권", "석유화학", "정밀화학", "시스템반도체", "전력반도체",
        "메모리반도체", "신재생에너지", "재생에너지", "친환경에너지", "청정에너지", "초정밀", "고정밀",
        // venues: "정부세종컨벤션센터에서 열리는 협약식"
        "컨벤션센터", "전시컨벤션센터", "전시센터",
        "가공식품", "건강기능식품", "특수화학", "기초화학", "연구중심병원", "상급종합병원",
        // "빅바이오텍", "하이텍": words, not firms ending in 텍; "국내 인슈어테크가": a kind of firm
        "바이오텍", "하이텍", "로우텍", "핀테크", "인슈어테크", "에듀테크", "프롭테크", "헬스테크", "푸드테크", "애그테크",
        // "사우디아라비아 산업그룹 알누르인더스트리얼": what the firm is
        "산업그룹",
        // kinds of cards, not card companies: "신용카드", "법인카드", "그래픽카드"
        "신용카드", "체크카드", "교통카드", "법인카드", "선불카드", "직불카드", "기프트카드", "포인트카드", "멤버십카드",
        "충전카드", "하이패스카드", "제휴카드", "명함카드", "옐로카드", "레드카드", "그린카드", "블루카드", "상품권카드",
        "실물카드", "플라스틱카드", "마그네틱카드", "트레이딩카드", "사원카드", "회원카드", "출입카드", "유심카드",
        "그래픽카드", "사운드카드", "랜카드", "엽서카드", "생일카드", "국민행복카드", "지역화폐카드", "온누리카드",
        "문화누리카드", "바우처카드", "후불카드", "모바일카드", "스마트카드", "디지털카드", "메탈카드", "프리미엄카드",
        "복지카드", "학생카드", "여행카드", "해외카드", "결제카드",
        // kinds of agricultural cooperatives, not one: "단위농협", "지역농협"
        "단위농협", "지역농협", "일선농협",
    ])

    /// Stems that signal a public body for `.publicBody` suffixes.
    static let publicBodyWords: [[Unicode.Scalar]] = scalarPhrases([
        "한국", "대한", "국가", "경제자유구역", "국립", "국제", "중앙", "진흥", "연구", "지원", "혁신", "정보", "평가", "개발",
        "관리", "공사", "보건", "안전", "과학", "기술", "교통", "환경", "산업", "창업", "창조경제", "테크노파크",
        "경찰", "검찰", "국세", "관세", "조달", "특허", "기상", "산림", "병무", "통계", "방위사업", "질병관리",
        "해양경찰", "소방", "문화재", "우주항공", "식품의약품", "중소벤처", "도로", "주택", "토지", "수자원",
        "가스", "석유", "광물", "광해", "전력", "철도", "공항", "항만", "농어촌", "농수산", "수출", "무역", "투자",
    ])

    /// Openers of public-body names; places ("서울…", "경기…") are taken from the lexicon.
    static let publicOpeners: [[Unicode.Scalar]] = scalarPhrases(["한국", "대한", "국가", "국립", "국제", "중앙", "정부"])

    /// Endings of administrative units that open public bodies ("강남구청", "서울시청").
    static let placeEndings: ScalarSet = ScalarSet("시도군구")

    /// Body words that need a place in front, written as their own word: "아부다비 상공회의소".
    /// ("KOTRA 멕시코시티 무역관" is an office of KOTRA, no body of its own.)
    static let placeBoundBodies: WordSet = ["상공회의소", "상의", "대학교", "주정부", "총영사관", "대사관"]

    /// Body words after a state written with 주: "텍사스주 정부", "조지아주 의회".
    static let stateBoundBodies: WordSet = ["정부", "의회"]

    /// How a foreign government's ministries and agencies end, after the country's name:
    /// "말레이시아 국방부", "사우디아라비아 자치행정주택부", "폴란드 군비청", "인도네시아 에너지광물자원부".
    /// A field word before 부 or 청, so that "미국 남동부", "미국 내부" and "중국 지도부" stay places
    /// and groups of people.
    static let governmentBodyEndings: [[Unicode.Scalar]] = scalarPhrases([
        // ministries (…부, …성)
        "국방부", "국방성", "방위부", "외교부", "외무부", "재무부", "재정부", "경제부", "상무부", "산업부", "통상부",
        "무역부", "투자부", "기획부", "개발부", "주택부", "국토부", "교통부", "인프라부", "건설부", "에너지부",
        "자원부", "광물부", "광업부", "석유부", "전력부", "수자원부", "환경부", "농업부", "농림부", "수산부",
        "해양부", "보건부", "복지부", "교육부", "과학부", "기술부", "혁신부", "통신부", "정보부", "디지털부",
        "문화부", "관광부", "체육부", "노동부", "내무부", "법무부", "안보부", "경제성", "산업성", "방위성",
        // agencies (…청, …국)
        "군비청", "조달청", "방위사업청", "우주청", "항공우주청", "특허청", "관세청", "에너지청", "원자력청",
        "보건청", "의약품청", "식품의약국", "에너지국", "우주국", "항공우주국",
    ])

    /// How a foreign name in front of its Latin gloss ends when it is a government body:
    /// "데이터인공지능청(SDAIA)", "국방부(MoD)".
    static let foreignAgencyEnds: ScalarSet = ScalarSet("청부처")

    /// The last scalars of `governmentBodyEndings`.
    static let governmentBodyEnds = ScalarSet(governmentBodyEndings.compactMap(\.last))

    /// Korea and the cities that seat its government: a ministry after them is Korea's own, at
    /// its seat ("대전 조달청 본원", "세종 기획재정부"), not a foreign government's.
    static let domesticGovernmentSeats: WordSet = [
        "한국", "대한민국", "국내", "서울", "세종", "대전", "과천", "부산", "인천", "대구", "광주", "울산",
    ]

    /// Public corporations (…공사) that sell energy, transport or housing are companies
    /// ("한국가스공사", "체코전력공사"); the others administer or promote (institutions).
    static let tradingCorporationWords: [[Unicode.Scalar]] = scalarPhrases([
        "전력", "가스", "석유", "수력", "원자력", "발전", "에너지", "난방", "수자원", "철도", "도로", "공항", "항만",
        "주택", "토지", "광물", "광업", "조폐", "전기", "석탄", "지하철", "교통", "해운", "방송",
    ])

    /// Group brands that open company names ("카카오페이", "SK이노베이션", "LG이노텍"). Brands that
    /// are also common words (현대 "modern", 우리 "we", 하나 "one", 대상 "target") are left out.
    static let groupBrands: WordSet = [
        "삼성", "SK", "LG", "롯데", "한화", "GS", "CJ", "HD현대", "카카오", "네이버", "포스코", "두산", "효성", "LS",
        "KT", "HL", "OCI", "DL", "HDC", "코오롱", "한진", "금호", "셀트리온", "에코프로", "SPC", "KCC", "KB", "NH",
        "신한", "미래에셋", "교보", "DB", "BNK", "DGB", "JB", "아모레", "녹십자", "GC", "대웅", "한미", "종근당",
        "현대차", "기아", "HS효성", "세아", "영풍", "넥슨", "엔씨", "크래프톤", "쿠팡", "하이브", "SM", "JYP",
        "LX", "KG", "동국", "삼표", "부영", "호반", "중흥", "태영", "한솔", "한국타이어", "넷마블",
    ]
    static let groupBrandScalars: [[Unicode.Scalar]] = scalarPhrases(groupBrands.words).sorted { $0.count > $1.count }
    /// `groupBrandScalars` by their first scalar, longest first.
    static let groupBrandsByFirst = ScalarMap(Dictionary(grouping: groupBrandScalars) { $0.first! })

    /// What may follow a brand without making a company name ("삼성그룹사", "LG계열").
    static let notBrandTails: WordSet = [
        "계열", "계열사", "그룹사", "관계자", "측은", "오너", "일가", "총수", "회장", "사장", "대표", "직원", "임원",
        "노조", "사옥", "본사", "주가", "주식", "지분", "페이", "폰", "스토어", "브랜드", "제품", "매장", "공장",
        "캠퍼스", "사업장", "연구소", "연구원", "가문", "출신", "이라는", "으로서", "으로부터", "에서부터", "처럼",
        // words that only start with a brand: 하이브 + 리드 is "하이브리드"
        "리드",
    ]

    /// Venues written with a Latin gloss like a foreign firm ("라스베이거스 컨벤션센터(LVCC)"): a
    /// place where a deal is signed, not a party.
    static let venueWords: WordSet = [
        "컨벤션센터", "전시컨벤션센터", "전시장", "전시관", "박람회장", "경기장", "공항", "호텔", "리조트", "회의장",
    ]

    /// Verbs of putting up a building: a centre they follow is a building ("제작지원센터도 울진에 짓고 있다").
    static let buildingVerbs: [[Unicode.Scalar]] = scalarPhrases(["짓고", "짓는", "지을", "짓기로", "건립", "착공"])

    /// Buildings named after the body they house: "몬테레이 주정부 청사에서" is a place.
    static let buildingWords: [[Unicode.Scalar]] = scalarPhrases(["청사", "본관", "회관"])

    /// Roles glossed with their acronym ("전략적 투자자(SI)", "대표 주관사(IB)"): what a party is to a
    /// deal, not a firm's name.
    static let roleWords: WordSet = [
        "투자자", "주관사", "대주주", "최대주주", "주주", "출자자", "인수자", "매수자", "매도자", "발주자", "수요자",
        "공급자", "사업자", "운영자", "참여자", "조합원", "운용자",
    ]

    /// Common nouns that come in lists with companies ("삼성전자와 LG전자, 부품 …"): never list names.
    static let listCommonNouns: WordSet = [
        "부품", "소재", "장비", "디스플레이", "석유화학", "조선업", "철강업", "유통업", "건설업", "항공사", "해운사",
        "통신사", "정유사", "완성차", "협력사", "고객사", "납품사", "지자체", "투자자", "전문가", "관계자", "임직원",
        "연구진", "의료진", "대학", "병원", "학계", "산업계", "금융권", "기관들", "기업들", "드론", "원전", "방산",
        "메타버스", "블록체인", "빅데이터", "사물인터넷", "로봇", "자율주행차", "전기차", "수소차", "이차전지",
        "데이터센터", "소프트웨어", "하드웨어", "콘텐츠", "엔터테인먼트", "미디어", "모빌리티", "헬스케어",
        "에너지", "바이오", "신약", "백신", "진단키트", "의료기기", "화장품", "식품", "농업", "관광", "교육",
        "미국", "중국", "일본", "유럽", "중동", "아시아", "북미", "남미", "아프리카",
    ]

    /// Endings of departments and units, which stand between a name and a title without being
    /// the organisation ("해외사업 부사장", "디지털전략본부 상무").
    static let unitEndings: [[Unicode.Scalar]] = scalarPhrases([
        "사업", "부문", "본부", "실", "팀", "센터", "그룹", "사업부", "담당", "총괄", "부서", "법인", "지사", "지점",
        "연구소", "공장", "캠퍼스", "전략", "기획", "영업", "마케팅", "개발", "재무", "인사", "홍보", "학과", "학부",
    ])

    /// Stems of common …사 nouns, which are no foreign firm: 자회사, 계열사, 협력사, 운용사 ….
    static let notFirmStems: WordSet = [
        "자회", "계열", "모회", "협력", "고객", "관계", "투자", "운용", "보험", "여행", "항공", "해운", "상장", "지주",
        // "일본 종합상사 미쓰나미상사": a general trading company is a kind of firm
        "종합상", "무역상",
        "손자회", "합작", "현지법인", "법인", "대리", "판매", "유통", "제조", "조선", "건설", "통신", "증권", "제약",
        "정유", "배급", "방송", "신문", "출판", "광고", "컨설팅", "회계", "법무", "특허", "이", "감", "검", "조", "역",
        "행", "변호", "세무", "노무", "교", "의", "기", "신", "대", "인", "회", "도", "중개", "위탁", "수탁", "국영",
        // governors: "텍사스 주지사는", "충남도지사"
        "주지", "도지",
        // what a firm makes or does, before 사: "튀르키예 강관사 인수", "일본 부품사와"
        "강관", "철강", "화학", "소재", "부품", "장비", "설비", "물류", "식품", "가전", "전자", "자동차", "배터리",
        "반도체", "에너지", "게임", "화장품", "의류", "섬유", "제지", "시멘트", "석유", "발전", "방산", "바이오",
        "의료기기", "로봇", "선박", "타이어", "음료", "제과", "사료", "비료", "광산", "광업", "보안", "클라우드",
    ]

    /// Particles that make a place the actor of its sentence ("서울시는", "경기도와").
    static let actingParticles: [[Unicode.Scalar]] = scalarPhrases(["은", "는", "이", "가", "와", "과", "도"])
    /// "관계자" after a city or province: its government's officials ("충청북도 관계자 등이").
    static let officialsWord: [Unicode.Scalar] = Array("관계자".unicodeScalars)

    /// Businesses of a group written after its name ("삼성 파운드리"): the pair is no entity.
    static let businessUnitWords: [[Unicode.Scalar]] = scalarPhrases(["파운드리", "사업부", "사업부문", "부문"])

    /// Descriptive words that are never part of a name ("국영", "최대", "방산").
    static let descriptorWords: WordSet = [
        "국영", "국립", "공영", "최대", "최고", "대형", "글로벌", "세계", "세계적", "유명", "방산", "자회사", "계열사",
        "기업", "회사", "업체", "제약사", "조선사", "스타트업", "벤처", "현지", "미국", "주요", "신생", "상장사",
        "지주회사", "바이오", "제약", "전문", "전문기업", "선도", "대표", "유력", "주력", "중견", "중소",
    ]

    /// Generic endings a name may stand before: "누리벤처캐피탈", "새봄요양병원".
    static let namedGenericEndings: [[Unicode.Scalar]] = scalarPhrases(["벤처캐피탈", "벤처캐피털", "요양병원"])

    /// Verbs that describe the noun after them, never a name's first word: "한결대가 세운
    /// 기술지주회사", "센서를 만드는 업체", "특허를 보유한 기업".
    static let describingVerbs: WordSet = [
        "세운", "만든", "차린", "꾸린", "세워진", "만드는", "이끄는", "이끈", "가진", "지닌", "갖춘", "세울", "만들",
    ]
    /// Endings of verbal nouns made into such verbs: 운영하는, 설립한, 선정된, 지정되는, 운영했던.
    static let describingVerbEndings: [[Unicode.Scalar]] = scalarPhrases(["하는", "되는", "했던", "하던", "된", "한"])

    /// Endings of native verbs that describe a firm listed after them, besides `isDescribingVerb`'s
    /// ("운영하는 비전마린"): "잡아내는 해솔테크", "만드는 다온센서" (read in `firmsListedWithDescriptions`).
    static let describingClauseEnds: [[Unicode.Scalar]] = scalarPhrases(["내는", "드는", "있는", "주는"])

    /// A verb that describes what follows ("세운", "보유한"), by the list or by its ending: a word
    /// of three syllables or more ending in 한 or 된, or in 하는, 되는 …
    static func isDescribingVerb(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        if describingVerbs.contains(word) { return true }
        guard word.count >= 3, word.allSatisfy(ScalarClass.isHangulSyllable) else { return false }
        return describingVerbEndings.contains { word.hasScalarSuffix($0) }
    }

    /// Particles no name ends in, for telling a name from a phrase before a title.
    static let nameFreeParticles: WordSet = [
        "의", "를", "을", "에", "에서", "에게", "와", "과", "는", "은", "와의", "과의", "까지", "부터", "에는", "에서는",
        "에도", "에서도",
    ]

    /// Verb endings that link to what follows ("손잡고", "협력하며"): no foreign name ends in them.
    static let linkingVerbs: [[Unicode.Scalar]] = scalarPhrases(["잡고", "맺고", "하고", "하며", "했고", "했으며", "하여", "해서"])

    /// Particles that leave no doubt when a word ends in them ("국내의", "기업과", "회사를").
    static let clearParticles: WordSet = [
        "의", "를", "을", "에", "에서", "에게", "와", "과", "는", "은", "으로", "로", "에는", "와의", "과의", "까지", "부터",
    ]

    /// Modifiers that can stand between a place and a public body: "체코 국영 원자력연구소".
    static let stateWords: WordSet = ["국영", "국립", "공영", "시립", "도립", "국책"]
    /// `stateWords` as scalars, for the prefix test on every word after a place.
    static let stateWordScalars: [[Unicode.Scalar]] = stateWords.words.map { Array($0.unicodeScalars) }

    /// Words that introduce a foreign or unnamed-before firm: "자회사 얀센 바이오텍(Janssen Biotech)",
    /// "전력회사 테네트(TenneT)", "조선사인 헌팅턴 잉걸스(…)". Any word ending in these counts.
    static let firmCueEndings: [[Unicode.Scalar]] = scalarPhrases([
        "자회사", "계열사", "모회사", "손자회사", "회사", "기업", "업체", "제약사", "조선사", "건설사", "통신사",
        "운용사", "투자사", "제조사", "스타트업", "벤처", "바이오텍", "빅테크", "빅파마", "전문기업", "파트너사",
        "벤처캐피털", "벤처캐피탈", "사모펀드", "액셀러레이터", "합작사",
        // what a firm does, + 사: "애니메이션 제작사", "신재생에너지 개발사", "민간 발전사"
        "제작사", "개발사", "발전사", "운영사", "운항사", "소속사", "팹리스", "하이퍼스케일러", "배급사", "시행사", "공급사", "유통사", "판매사", "보험사", "증권사",
        "카드사", "항공사", "해운사", "선사", "기획사", "협력사", "고객사", "발주사", "자산운용사", "투자회사",
        // "일본 출판사 가미야쇼보(Kamiya Shobo)": more kinds of firms a foreign name follows
        "출판사", "여행사", "광고사", "언론사", "신문사", "방송사", "음반사", "영화사", "운송사", "택배사", "렌털사",
        "게임사", "물류사", "정유사", "화학사", "금융사", "부품사", "장비사", "소재사", "철강사", "식품사", "화장품사", "배터리사", "반도체사", "발주처", "상장사", "경쟁사", "퍼블리셔", "디벨로퍼", "메이커",
        // banks and retailers: "인도네시아 시중은행 뱅크 누산타라", "현지 대형마트 체인 빈하마트"
        "은행", "체인", "OTT", "산업그룹",
        // platforms and software sold as a service: "웹툰 플랫폼 코믹스토리", "협업툴 SaaS 워크플로우랩이"
        "플랫폼", "SaaS", "브랜드", "사업자", "핀테크", "인슈어테크", "에듀테크", "프롭테크", "헬스테크", "푸드테크", "애그테크",
    ])

    /// Endings of what listed organisations do together, read after the list's last 와/과 ("A, B와
    /// 투자협약식을 열었다"): never a list's name.
    static let listEventEndings: [[Unicode.Scalar]] = scalarPhrases([
        "협약", "협약식", "계약", "계약식", "각서", "체결식", "서명식", "협약서", "계약서", "행사", "간담회", "포럼",
    ])

    /// Verb endings that close a clause before a comma ("주도했고,", "참여했으며,"): a word ending in
    /// one is no list item.
    static let connectiveVerbEndings: [[Unicode.Scalar]] = scalarPhrases([
        "했고", "했으며", "했지만", "했는데", "하고", "하며", "하면서", "됐고", "됐으며", "되고", "되며",
        "었고", "었으며", "았고", "았으며", "였고", "였으며",
    ])

    /// Nouns that follow a descriptor ("미국 제약사 관계자는", "일본 기업 대부분이") and are not names.
    static let notIntroducedNames: WordSet = [
        "관계자", "관계자들", "경쟁력", "대부분", "최초", "최초로", "인수합병", "가운데", "가운데서", "중에서", "사이에서", "임직원",
        "경영진", "대표단", "관계자로", "주가", "시가총액", "매출액", "영업이익", "점유율", "생태계", "공급망",
        "최고경영자", "연구진", "대상", "대표이사", "사업장", "공장", "본사", "지사", "법인", "현지법인",
        "기업가치", "가치", "지분", "주식", "수요처", "납품처", "거래처", "공급처", "기업결합",
        // deals done with firms of the kind: "글로벌 제약사 기술이전까지"
        "기술이전", "기술수출", "기술도입", "공동연구", "공동개발", "라이선스", "투자유치", "협업",
    ]

    /// Whether a Latin name ends in a company's legal form ("Nordkraft AB", "Acme Co., Ltd."),
    /// one of `NameKey.englishLegalForms` after at least one word of the name.
    static func hasLatinLegalForm(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        guard words.count >= 2, let last = words.last else { return false }
        return NameKey.englishLegalForms.contains(last.lowercased())
    }

    /// Legal forms written before a firm's name, as Indonesian firms write PT ("PT 뱅크 수마트라
    /// 마주"): no name of their own.
    static let leadingLatinLegalForms: WordSet = ["PT", "PT."]

    /// Words before a firm descriptor that point at firms already told or in general, not at the
    /// one a name follows: "이 회사", "다른 업체 대부분이", "해당 기업 관계자".
    static let descriptorModifiersNotFirms: WordSet = [
        "이", "그", "저", "해당", "같은", "다른", "여러", "많은", "모든", "일부", "각", "한", "두", "세", "어느", "어떤",
        "이런", "그런", "국내", "국내외", "해외", "외국", "관련", "참여", "협력", "상대", "경쟁", "양", "우리",
    ]

    /// A firm's stake or control, written after its name: "동진마린 지분 51%", "한결푸드 경영권".
    static let stakeWords: [[Unicode.Scalar]] = scalarPhrases(["지분", "경영권"])

    /// Words after which a word is the name of a subsidiary without parentheses: "자회사 제노스코에서".
    static let subsidiaryCues: WordSet = ["자회사", "계열사", "손자회사", "모회사", "관계사", "지주회사"]

    /// One-syllable words of foreign names, spelled out in their gloss: "알 자지라 푸드 트레이딩(Al
    /// Jazira Food Trading)", "반 데르 …(Van der …)".
    static let foreignNameParticles: WordSet = ["알", "엘", "델", "데", "반", "폰", "드", "라", "르", "디", "덴", "다"]

    /// Words for "group" or "bank" a foreign firm's name opens with, which reporters leave out:
    /// "그루포 알타미라(Grupo Altamira)" is "알타미라" after, never "그루포".
    static let foreignLeadWords: WordSet = ["그루포", "그루푸", "그루페", "그룹", "방코", "방쿠"]

    /// Particles a word of a phrase ends in, so no multi-word name runs across it ("측은 동급",
    /// "선주에게서 액화천연가스(LNG)").
    static let phraseEndingParticles: ScalarSet = ScalarSet("은는을를의에서게")

    /// Words that end the quoted name of an event ("'사우디 애그리푸드 엑스포 2024'"): a shape
    /// inside it is no firm.
    static let eventWords: [[Unicode.Scalar]] = scalarPhrases([
        "엑스포", "박람회", "전시회", "포럼", "세미나", "컨퍼런스", "콘퍼런스", "서밋", "페어", "페스티벌", "축제",
        "설명회", "로드쇼", "어워드", "시상식", "경진대회", "대회", "주간", "위크", "쇼", "상담회", "라운드테이블", "간담회",
    ])

    /// Words after which a quoted word names a new company: "합작법인 '하람카나데'의 자본금은".
    static let quotedNameCues: WordSet = [
        "합작법인", "신설법인", "합작회사", "현지법인", "신설회사", "법인",
        // "사명은 '…'으로 정했다"
        "사명은", "법인명은", "회사명은", "합작사명은", "합작법인명은",
    ]

    /// Firm words before "이름은" that make the quoted name after it a firm's: "합작사 이름은
    /// '크레스트DM 에너지솔루션'으로 정했다" (not "제품 이름은 '…'").
    static let namedFirmWords: WordSet = ["합작사", "합작법인", "신설법인", "합작회사", "신설회사", "현지법인", "법인", "회사"]

    /// Words that introduce a foreign institution: "연구기관 …(…)".
    static let institutionCueEndings: [[Unicode.Scalar]] = scalarPhrases([
        "기관", "연구기관", "연구소", "대학", "병원", "정부기관", "규제기관", "당국",
        // sovereign funds administer a state's money: "국부펀드 삼룩카즈나(Samruk-Kazyna)와"
        "국부펀드",
    ])

    /// The last scalars of `firmCueEndings` and `institutionCueEndings`.
    static let cueEnds = ScalarSet((firmCueEndings + institutionCueEndings).compactMap(\.last))

    /// The descriptor endings by their last scalar, firms' first: a word is compared only with
    /// the endings it can end in.
    static let cueEndingsByLast = ScalarMap(Dictionary(grouping:
        firmCueEndings.map { ($0, EntityType.company) } + institutionCueEndings.map { ($0, EntityType.institution) }
    ) { $0.0.last! })

    /// Nouns that follow 자회사/계열사 and are not names: "자회사 설립", "계열사 지분".
    static let notSubsidiaryNames: WordSet = [
        "설립", "지분", "편입", "매각", "형태", "상장", "합병", "분할", "대표", "임원", "직원", "주식", "간", "사이",
        "편입을", "관계", "투자", "출자", "전환", "신설", "통합", "매출", "실적", "가치", "물량", "일감",
    ]
}
