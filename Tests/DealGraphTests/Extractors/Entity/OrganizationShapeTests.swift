import Testing
@testable import DealGraph

/// Names no lexicon knows, recognised by how they end.
@Suite("Organisation shapes")
struct EntityShapeTests {
    static let companies: [(String, String)] = [
        ("가온셀제약은 신약 후보물질을 공개했다.", "가온셀제약"),
        ("누리바이오가 시리즈A 투자를 유치했다.", "누리바이오"),
        ("한결바이오로직스와 위탁생산 계약을 맺었다.", "한결바이오로직스"),
        ("온새미헬스케어는 원격진료 플랫폼을 내놨다.", "온새미헬스케어"),
        ("다올전자와 미르화학이 소재 협력에 나선다.", "다올전자"),
        ("다올전자와 미르화학이 소재 협력에 나선다.", "미르화학"),
        ("해솔중공업은 LNG 운반선을 수주했다.", "해솔중공업"),
        ("한길건설과 한길증권이 함께 참여했다.", "한길건설"),
        ("한길건설과 한길증권이 함께 참여했다.", "한길증권"),
        ("나래캐피탈은 리스 사업을 키운다.", "나래캐피탈"),
        ("별빛홀딩스는 지분을 늘렸다.", "별빛홀딩스"),
        ("소담테크와 모아랩스가 AI 공동개발에 나선다.", "소담테크"),
        ("소담테크와 모아랩스가 AI 공동개발에 나선다.", "모아랩스"),
        ("이음모빌리티는 자율주행 셔틀을 운행한다.", "이음모빌리티"),
        ("가람에너지의 태양광 발전소가 준공됐다.", "가람에너지"),
        ("큐브솔루션즈는 보안 소프트웨어를 공급한다.", "큐브솔루션즈"),
        ("라온반도체는 전력칩을 양산한다.", "라온반도체"),
        ("벼리인베스트먼트가 50억원을 투자했다.", "벼리인베스트먼트"),
        ("한울벤처투자와 다솜파트너스가 공동 투자했다.", "한울벤처투자"),
        ("한울벤처투자와 다솜파트너스가 공동 투자했다.", "다솜파트너스"),
        ("ZT바이오는 코스닥 상장을 추진한다.", "ZT바이오"),
        ("카카오페이가 해외 결제 서비스를 시작했다.", "카카오페이"),
        ("SK이노베이션은 배터리 사업을 분할한다.", "SK이노베이션"),
        ("루멘테라퓨틱스는 임상 1상을 시작했다.", "루멘테라퓨틱스"),
        ("한결디펜스는 장갑차를 수출한다.", "한결디펜스"),
        ("세원머티리얼즈가 포토레지스트를 공급한다.", "세원머티리얼즈"),
        ("서던크로스하이드로젠은 암모니아를 생산한다.", "서던크로스하이드로젠"),
        ("대원테크가 한울배터리와 장비 공급계약을 맺었다.", "한울배터리"),
        ("스마트로직스는 창고관리 소프트웨어 기업을 인수했다.", "스마트로직스"),
        ("한서이엔지가 가스플랜트 기자재를 공급한다.", "한서이엔지"),
        ("나주의 남도배영농조합법인이 배 수출 계약을 체결했다.", "남도배영농조합법인"),
        ("스텝업엑셀러레이터로부터 시드 투자를 받았다.", "스텝업엑셀러레이터"),
        ("지엘팜은 일본 제약사와 라이선스 아웃 계약을 체결했다.", "지엘팜"),
        ("매도자는 로지웨이브의 모회사인 대원글로벌이다.", "대원글로벌"),
        ("온세라퓨틱스는 비만 치료제 후보물질을 기술이전했다.", "온세라퓨틱스"),
        ("협약에 참여한 기업은 남도발효, 동방식품, 한울농기계다.", "한울농기계"),
        ("석유화학 기업 한성케미칼이 독일 특수화학 업체 로이텍 케미(Reutech Chemie)를 품는다.", "로이텍 케미"),
    ]

    @Test(arguments: companies)
    func companyShapes(_ sentence: String, _ name: String) {
        let run = EntityRun(sentence)
        #expect(run.entity(name)?.type == .company, "\(name) in \(sentence): \(run.names)")
    }

    static let institutions: [(String, String)] = [
        ("한국해양바이오진흥원은 지원 사업을 공고했다.", "한국해양바이오진흥원"),
        ("충남테크노파크와 충남창조경제혁신센터가 협약했다.", "충남창조경제혁신센터"),
        ("국립새만금수산과학관리공단이 문을 열었다.", "국립새만금수산과학관리공단"),
        ("한국수소안전공사는 점검을 강화한다.", "한국수소안전공사"),
        ("부산정밀의료재단과 부산미래대학교가 협력한다.", "부산정밀의료재단"),
        ("부산정밀의료재단과 부산미래대학교가 협력한다.", "부산미래대학교"),
        ("해오름병원과 한빛의료원은 임상 데이터를 공유한다.", "해오름병원"),
        ("해오름병원과 한빛의료원은 임상 데이터를 공유한다.", "한빛의료원"),
        ("한국양자기술연구원과 미래소재연구소가 공동 연구를 한다.", "한국양자기술연구원"),
        ("한국양자기술연구원과 미래소재연구소가 공동 연구를 한다.", "미래소재연구소"),
        ("한국수소산업협회와 친환경선박조합이 포럼을 연다.", "한국수소산업협회"),
        ("한국수소산업협회와 친환경선박조합이 포럼을 연다.", "친환경선박조합"),
        ("국가우주위원회는 발사 계획을 의결했다.", "국가우주위원회"),
        ("서울지방조달청은 입찰을 공고했다.", "서울지방조달청"),
        ("그린수소텍과 한국수소안전원이 안전관리 협약을 맺었다.", "한국수소안전원"),
        ("모태펀드를 관리하는 농업정책보험금융원에 따르면 투자가 늘었다.", "농업정책보험금융원"),
        ("논산경찰서는 축제 기간 교통경찰을 배치한다.", "논산경찰서"),
    ]

    @Test(arguments: institutions)
    func institutionShapes(_ sentence: String, _ name: String) {
        let run = EntityRun(sentence)
        #expect(run.entity(name)?.type == .institution, "\(name) in \(sentence): \(run.names)")
    }

    @Test func aShapeInsideTheQuotedNameOfAnEventIsNoFirm() {
        let run = EntityRun("그로우팜은 리야드에서 열린 '사우디 애그리푸드 엑스포 2024'에서 나피아푸드와 업무협약을 맺었다.")
        #expect(run.entity("애그리푸드") == nil, "\(run.names)")
        #expect(run.entity("나피아푸드")?.type == .company, "\(run.names)")
        // nor a name a word before it introduces
        #expect(EntityRun("송 대표는 자카르타에서 열린 '한-인도네시아 핀테크 라운드테이블'에 참석했다.").entities.filter { $0.type == .company }.isEmpty)
        // A quoted name that is no event keeps its firm: "합작법인 '하람푸드'를 세웠다".
        #expect(EntityRun("두 회사는 합작법인 '하람푸드'를 세웠다.").entity("하람푸드")?.type == .company)
    }

    /// Common nouns that end like organisation names.
    @Test(arguments: [
        "신재생에너지 보급이 늘고 있다.",
        "전고체배터리와 원통형배터리 수요가 함께 늘고 있다.", "폐배터리 재활용 시장이 커진다.", "스마트팜 보급이 늘고 있다.", "현장에 안전원을 배치했다.",
        "그 재단은 비영리 공익재단이다.", "병원 전자의무기록(EMR)과 연동되는 프로그램을 만든다.", "지방 국립대병원이 개발한 기술이 수출된다.",
        "타법인 주식 및 출자증권 취득 결정을 공시했다.", "전기차 스타트업 의존도가 높은 구조다.",
        "시스템반도체와 메모리반도체 투자가 이어진다.",
        "바이오의약품 위탁생산 수요가 크다.",
        "데이터센터와 콜센터 인력이 부족하다.",
        "건설공사 현장의 안전이 강화된다.",
        "대학병원과 종합병원 모두 병상이 부족하다.",
        "정부는 요청 사항을 검토했다.",
        "선임연구원과 책임연구원이 발표했다.",
        "보안솔루션과 결제시스템을 고도화한다.",
        "글로벌 바이오 기업과 국내 제약 회사가 늘었다.",
        "전기차 배터리 리스 사업을 시작한다.",
        "유가증권시장에서 주가가 올랐다.",
        "벤처캐피털의 관심은 여전히 뜨겁다.",
        "푸드테크와 핀테크 스타트업이 성장했다.",
        "즉석밥·쌀가공식품 공급 계약을 맺었다.",
        "독일 특수화학 기업과 손잡았다.",
        "연구중심병원 지정을 받았다.",
        "행사는 하이브리드 방식으로 열렸다.",
        "미국 라스베이거스 컨벤션센터(LVCC)에서 전시회가 열렸다.",
        "회사 측은 동급 그래픽처리장치(GPU) 대비 효율이 높다고 설명했다.",
    ])
    func genericNounsAreNotOrganisations(_ sentence: String) {
        #expect(EntityRun(sentence).names.isEmpty, "\(EntityRun(sentence).names)")
    }

    @Test func partsOfAnOrganisationAreNotEntities() {
        let run = EntityRun("현대자동차 남양연구소에서 시연회가 열렸다. 남양연구소는 화성에 있다. 신한은행 소비자보호그룹이 참여했다.")
        #expect(run.names == ["현대자동차", "신한은행"])
    }

    @Test func legalFormsAreLeftOutOfTheName() {
        let run = EntityRun("㈜새론테크와 (주)한빛모빌리티, 주식회사 가온소재가 참여했다. 이어 마루솔 주식회사도 합류했다.")
        #expect(run.names.isSuperset(of: ["새론테크", "한빛모빌리티", "가온소재", "마루솔"]))
        #expect(run.entity("새론테크")?.mentions.map(\.text) == ["새론테크"])
    }

    @Test func stockCodesMarkListedCompanies() {
        let run = EntityRun("씨앤알랩(215380)은 신약 후보물질을 기술이전했다. 씨앤알랩 주가는 상한가를 기록했다.")
        let company = run.entity("씨앤알랩")
        #expect(company?.type == .company)
        #expect(company?.mentions.count == 2)
        #expect(!run.forms.contains { $0.contains("215380") })
    }

    @Test func shapedNamesCarryTheirSuffixSector() {
        let run = EntityRun("누리바이오와 라온반도체가 손잡았다.")
        #expect(run.entity("누리바이오")?.sectors == [.bio])
        #expect(run.entity("라온반도체")?.sectors == [.semiconductor])
    }

    @Test func placeAndBodyWordMakeOneInstitution() {
        let run = EntityRun("행사는 두바이 상공회의소와 공동으로 열렸다.")
        #expect(run.entity("두바이 상공회의소")?.type == .institution)
        let state = EntityRun("충청남도는 미국 텍사스주 정부와 수소 산업 협력을 위한 양해각서(MOU)를 체결했다.")
        #expect(state.entity("텍사스주 정부")?.type == .institution, "\(state.names)")
    }

    @Test func wordsForFirmsAndGovernorsAreNoFirmsMarkedBySa() {
        let run = EntityRun("효성중공업은 미국 전력회사로부터 변압기를 수주했다. 김태흠 충남지사와 그렉 애벗 텍사스 주지사는 협약서에 서명했다.")
        #expect(run.entity("효성중공업")?.type == .company)
        #expect(!run.names.contains { $0.hasPrefix("전력회") || $0.hasPrefix("주지") }, "\(run.names)")
        // A foreign firm marked by 사 after its country still is one.
        #expect(EntityRun("한빛전자는 미국 노바백스사와 협약을 맺었다.").entity("노바백스")?.type == .company)
    }

    @Test func aDescriptorAfterAPlaceIntroducesAForeignName() {
        let run = EntityRun("알테오젠은 일본 제약사 사와이와 라이선스 계약을 체결했다. SK바이오사이언스가 독일 위탁개발생산(CDMO) 기업 IDT바이오로지카를 인수했다. 셀트리온은 미국 바이오텍 인세리아와 손잡았다.")
        #expect(run.entity("사와이")?.type == .company, "\(run.names)")
        #expect(run.entity("IDT바이오로지카")?.type == .company, "\(run.names)")
        #expect(run.entity("인세리아")?.type == .company, "\(run.names)")
        // What follows a descriptor is often no name at all.
        let nouns = EntityRun("미국 제약사 관계자는 인수를 검토했다고 말했다. 일본 기업 대부분이 참여했다. 중국 업체 경쟁력이 높아졌다. 독일 기업 인수를 추진한다.")
        #expect(nouns.names.isEmpty, "\(nouns.names)")
    }

    @Test func platformsAndSaaSIntroduceFirms() {
        let run = EntityRun("중고차 거래 플랫폼 카모아가 시리즈B를 마쳤다. 회계 SaaS 장부랩은 일본에 진출한다. 숙박 플랫폼 스테이온 지분 40%를 사들였다.")
        #expect(run.names == ["카모아", "장부랩", "스테이온"], "\(run.names)")
        // A common noun after the descriptor is no firm.
        #expect(EntityRun("국내 배달 플랫폼 점유율이 높아졌다. 외부 SaaS 경쟁력을 키운다.").names.isEmpty)
    }

    @Test func privateEquityAndAssetManagersInvestmentArms() {
        let run = EntityRun("한결브릿지PE가 인수를 주도했고 새봄에셋투자가 뒤를 받쳤다.")
        #expect(run.names == ["한결브릿지PE", "새봄에셋투자"], "\(run.names)")
        // PE after Latin letters ends a word for a plastic.
        #expect(EntityRun("HDPE와 LDPE 가격이 올랐다.").names.isEmpty)
    }

    @Test func banksOfThingsAreNoLenders() {
        #expect(EntityRun("그는 문제은행 개발을 맡았다. 혈액은행과 종자은행도 늘었다.").names.isEmpty)
        #expect(EntityRun("한결은행이 대출을 늘렸다.").names == ["한결은행"])
    }

    @Test func aDescriptorAfterWhatTheFirmDoesIntroducesAName() {
        let run = EntityRun("중견 방산업체 한결디펜스가 필리핀에 장갑차를 수출한다. 개발자 협업 툴 스타트업 코드브릭이 투자를 유치했다. 기존 투자사 스파크웨이브가 참여했다. 한성아이앤씨가 협업 소프트웨어(SaaS) 기업 클라우드브릿지의 경영권을 인수한다.")
        for name in ["한결디펜스", "코드브릭", "스파크웨이브", "클라우드브릿지"] {
            #expect(run.entity(name)?.type == .company, "\(name): \(run.names)")
        }
        // Without a place, a name needs its particle, and a descriptor after "이", "다른" or
        // a common noun after it names no firm.
        let nouns = EntityRun("다른 업체 관계자는 말을 아꼈다. 국내 배터리 업체 점유율이 높아졌다. 북유럽 통신사 시험망에 들어간다. 보안 업체 데이터메이트 인수를 검토했다.")
        #expect(nouns.entities.filter { $0.type == .company }.isEmpty, "\(nouns.names)")
    }

    @Test func aCompoundDescriptorOrANewCompanyInQuotesIntroducesAName() {
        let run = EntityRun("시장조사업체 테크인사이트랩에 따르면 시장은 커진다. 합작법인 '하람카나데'의 자본금은 10억엔이다. 합작법인 설립을 추진한다.")
        #expect(run.entity("테크인사이트랩")?.type == .company, "\(run.names)")
        #expect(run.entity("하람카나데")?.type == .company, "\(run.names)")
        #expect(run.names.count == 2, "\(run.names)")
    }

    @Test func aDescriptorEndsTheForeignNameBeforeAGloss() {
        let run = EntityRun("스튜디오하람은 일본 애니메이션 제작사 카나데픽처스(Kanade Pictures)와 합작법인을 세운다. 한수원은 스웨덴 민간 발전사 노르드크라프트(Nordkraft AB)와 손잡았다.")
        #expect(run.entity("카나데픽처스")?.type == .company, "\(run.names)")
        #expect(run.entity("노르드크라프트")?.aliases == ["Nordkraft AB"], "\(run.names)")
        #expect(!run.names.contains { $0.contains("제작사") || $0.contains("발전사") }, "\(run.names)")
    }

    @Test func aLegalFormInTheGlossMarksACompany() {
        let run = EntityRun("한주에너지는 서던크로스하이드로젠(Southern Cross Hydrogen Pty Ltd)과 합작법인을 세웠다. 인공지능(AI Lab) 분야를 키운다.")
        #expect(run.entity("서던크로스하이드로젠")?.type == .company, "\(run.names)")
        #expect(run.entity("인공지능") == nil, "\(run.names)")
    }

    @Test func placeAndMinistryMakeAForeignGovernmentBody() {
        let run = EntityRun("한국항공우주산업은 말레이시아 국방부와 FA-50 수출 계약을 맺었다. 네이버클라우드는 사우디아라비아 자치행정주택부와 계약했고, 한화에어로스페이스는 폴란드 군비청에 자주포를 공급한다.")
        #expect(run.entity("말레이시아 국방부")?.type == .institution, "\(run.names)")
        #expect(run.entity("사우디아라비아 자치행정주택부")?.type == .institution, "\(run.names)")
        #expect(run.entity("폴란드 군비청")?.type == .institution, "\(run.names)")
        let glossed = EntityRun("네이버는 사우디아라비아 데이터인공지능청(SDAIA)과 협약을 맺었다.")
        #expect(glossed.entity("데이터인공지능청")?.type == .institution, "\(glossed.names)")
        // Korea's own ministry, written alone, is still the lexicon's.
        #expect(EntityRun("국방부는 사업을 승인했다.").entity("국방부")?.type == .institution)
        // Korea's ministries at their seat stay Korea's.
        let seat = EntityRun("협약식은 대전 조달청 본원에서 열렸다. 세종 기획재정부 청사 앞이었다.")
        #expect(seat.names == ["조달청", "기획재정부"], "\(seat.names)")
        // A region or a group of people after a place is no body.
        let places = EntityRun("공장은 미국 남동부에 있다. 중국 지도부와 미국 내부의 반응이 엇갈렸다.")
        #expect(!places.names.contains { $0.contains("남동부") || $0.contains("지도부") || $0.contains("내부") }, "\(places.names)")
    }
}

@Suite("Organisation lists")
struct EntityListTests {
    @Test func unknownNamesInAListOfInvestors() {
        let run = EntityRun("이번 라운드에는 비스타벤처와 IMM인베스트먼트, 스마일게이트인베스트먼트, 로아캐피털랩 등이 참여했다.")
        #expect(run.entity("비스타벤처")?.type == .company)
        #expect(run.entity("로아캐피털랩")?.type == .company)
    }

    @Test func aClauseEndingBeforeACommaIsNoListItem() {
        let run = EntityRun("이번 라운드는 KT가 주도했고, 신한투자증권과 DSC인베스트먼트가 신규 투자자로 합류했다.")
        #expect(run.names == ["KT", "신한투자증권", "DSC인베스트먼트"], "\(run.names)")
    }

    @Test func listsOfCommonNounsStayNouns() {
        let run = EntityRun("삼성전자와 LG전자, 부품 업체 등이 모였다. 현대차와 기아, 배터리, 소재 등 협력이 이어진다.")
        #expect(run.names == ["삼성전자", "LG전자", "현대차", "기아"])
    }

    @Test func partOfAnOrganisationInAListIsNoItem() {
        let run = EntityRun("서울대 공과대학과 KAIST, 포스텍이 협력한다.")
        #expect(run.names == ["서울대", "KAIST", "포스텍"])
    }
}

@Suite("Funding subjects")
struct EntityFundingSubjectTests {
    @Test func startupsThatRaiseMoney() {
        let run = EntityRun("""
        루미나랩스는 시리즈B로 300억원을 유치했다. 진단 분야에서는 바이오노바와 메디큐브릭이 각각 50억원을 유치했다. \
        AI 스타트업 딥서클은 프리A 투자를 받았다.
        """)
        #expect(run.names.isSuperset(of: ["루미나랩스", "바이오노바", "메디큐브릭", "딥서클"]))
    }

    @Test func commonNounSubjectsAreNotStartups() {
        let run = EntityRun("투자금은 300억원 규모로 유치됐다. 운용사는 시리즈A 투자를 이끌었다. 업계는 투자 유치 경쟁을 우려한다.")
        #expect(run.names.isEmpty, "\(run.names)")
    }

    @Test func aClauseSayingWhatTheStartupMakesMayOpenTheSentence() {
        let run = EntityRun("물류 창고용 자율주행 로봇을 만드는 무빙랩스는 시리즈A로 90억원을 유치했다.")
        #expect(run.names == ["무빙랩스"], "\(run.names)")
        let service = EntityRun("중고 가전 직거래 플랫폼을 운영하는 리유즈마켓은 시리즈B 투자를 유치했다.")
        #expect(service.names == ["리유즈마켓"], "\(service.names)")
        // A clause without an object before its verb opens nothing.
        #expect(EntityRun("새로 만드는 기금은 시리즈A 투자를 유치한 기업에 쓰인다.").names.isEmpty)
    }

    @Test func theSubjectOfAContractWithANamedFirm() {
        let run = EntityRun("항체 신약 분야에서는 노바셀이 미국 브라이트진(Brightgene)과 기술이전 계약을 맺었다.")
        #expect(run.entity("노바셀")?.type == .company, "\(run.names)")
        // Without a firm named beside it, a subject signing a contract stays unread.
        #expect(EntityRun("노바셀이 기술이전 계약을 맺었다.").names.isEmpty)
    }

    @Test func aRoundNamedByItsStageIsNoStartup() {
        let run = EntityRun("해외 시리즈A가 보통 국내보다 크다지만 시리즈 투자 유치는 어렵다. 프리IPO는 300억원 규모로 유치됐다.")
        #expect(run.names.isEmpty, "\(run.names)")
        // A firm whose name only starts like a stage is still one.
        #expect(EntityRun("시드랩스는 시리즈A 투자를 유치했다.").names == ["시드랩스"])
    }
}

@Suite struct TransliterationTests {
    @Test func hangulThatSpellsTheLatinNameWordByWord() {
        #expect(Transliteration.matches([Array("서던리튬".unicodeScalars)[...]], "Southern Lithium"))
        #expect(Transliteration.matches([Array("걸프포트".unicodeScalars)[...], Array("마린웍스".unicodeScalars)[...]], "Gulfport Marine Works"))
        #expect(Transliteration.matches([Array("필립스".unicodeScalars)[...]], "Philips N.V."))
    }

    @Test func aLaterSyllableMayOpenTheNextWord() {
        // 리소시스 opens "Resources" though 메이플리프 holds a 리 before it.
        #expect(Transliteration.matches([Array("메이플리프".unicodeScalars)[...], Array("리소시스".unicodeScalars)[...]], "Mapleleaf Resources"))
    }

    @Test func aCraftedGlossEndsWithoutTryingEveryAlignment() {
        // Thirty syllables every Latin word could open but the last: each state is tried once.
        let syllables = Array(String(repeating: "아", count: 30).unicodeScalars)[...]
        #expect(!Transliteration.matches([syllables], "A A A A A A A Mo"))
    }

    @Test func hangulThatTranslatesOrOpensNoWordIsNoSpelling() {
        #expect(!Transliteration.matches([Array("자율주행".unicodeScalars)[...]], "Autonomous Driving"))
        #expect(!Transliteration.matches([Array("인공지능".unicodeScalars)[...]], "Artificial Intelligence"))
        // 걸 opens no Latin word: the descriptor before the name is not part of it.
        #expect(!Transliteration.matches([Array("조선소".unicodeScalars)[...], Array("걸프포트".unicodeScalars)[...],
                                          Array("마린웍스".unicodeScalars)[...]], "Gulfport Marine Works"))
    }

    @Test func aGlossSpellingEveryWordVouchesForAKindOfFirmClosingTheName() {
        // "애그테크" is a kind of firm, but the gloss spells it as the name's last word.
        let run = EntityRun("전라남도가 호주 농업기술 기업 서던크로스 애그테크(Southern Cross AgTech), 국립순천대학교와 손잡았다.")
        #expect(run.entity("서던크로스 애그테크")?.type == .company, "\(run.entities.map(\.name))")
        #expect(run.entity("Southern Cross AgTech")?.name == "서던크로스 애그테크")
        // Alone and glossed by its acronym, a kind of firm is still no name.
        #expect(!EntityRun("전남도는 국내 애그테크(AgTech)와 손잡았다.").entities.contains { $0.type == .company })
    }

    @Test func aPublisherIsAKindOfFirmNotPartOfItsName() {
        let run = EntityRun("웹툰 제작사 달무리스튜디오가 일본 출판사 하나미쇼텐(Hanami Shoten)을 전략적 투자자로 맞았다.")
        #expect(run.entity("하나미쇼텐")?.type == .company, "\(run.entities.map(\.name))")
        #expect(run.entity("출판사") == nil && run.entity("출판사 하나미쇼텐") == nil, "\(run.entities.map { ($0.name, $0.aliases) })")
    }

    @Test func aDescriptorGlossedWithItsAcronymStillIntroducesTheName() {
        let run = EntityRun("이날 국적 저비용항공사(LCC) 하늘솔항공은 폴란드 항공사와 공동운항 MOU를 맺었다. 항공정비(MRO) 전문기업(MRO) 케이윙스가 뒤를 이었다.")
        #expect(run.entity("하늘솔항공")?.type == .company, "\(run.entities.map(\.name))")
        #expect(run.entity("케이윙스")?.type == .company, "\(run.entities.map(\.name))")
        // A gloss of two words is no acronym of the descriptor: the word after it is not introduced.
        let spelled = EntityRun("국적 항공사(Korean Air) 관계자는 말했다.")
        #expect(!spelled.names.contains("관계자"), "\(spelled.names)")
    }

    @Test func aJapaneseMakersSeisakushoIsAFirm() {
        let run = EntityRun("설비 예지보전 AI 기업 프레딕트웍스가 일본 오카모토제작소에 기술이전 계약을 맺었다.")
        #expect(run.entity("오카모토제작소")?.type == .company, "\(run.entities.map(\.name))")
    }
}
