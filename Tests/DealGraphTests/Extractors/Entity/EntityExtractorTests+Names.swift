import Testing
@testable import DealGraph

/// Local governments, public bodies named after a place, and company names the shapes missed.
extension EntityExtractorTests {
    // MARK: local governments

    @Test func placesListedWithOrganisationsAreGovernments() {
        let run = EntityRun("포항공과대학교(포스텍)와 경상북도, 포항시, 한국로봇산업진흥원, 로봇 전문기업 미르로보틱스가 힘을 모은다.")
        #expect(run.entity("경상북도")?.type == .institution, "\(run.entities.map(\.name))")
        #expect(run.entity("포항시")?.type == .institution)
        // The last place of a list joined by 와, before a comma.
        let joined = EntityRun("국립창원대학교와 창원시, 지역 기업인 경남로보틱스·태성정밀이 협력 체계를 구축했다.")
        #expect(joined.entity("창원시")?.type == .institution, "\(joined.entities.map(\.name))")
        // Places listed with places, or written before another, stay places.
        let places = EntityRun("서울시, 부산시 등 대도시에서는 수요가 늘었다. 삼성전자와 충청북도 청주시 오창공장을 찾았다.")
        #expect(!places.entities.contains { $0.type == .institution }, "\(places.entities.map(\.name))")
    }

    @Test func theHeadOfALocalGovernmentLeadsIt() {
        let run = EntityRun("이강민 포항시장도 함께 서명했다. 박진호 경북도지사는 \"끝까지 챙기겠다\"고 말했다. 유정민 고창군수가 참석했다.")
        #expect(run.entity("포항시")?.type == .institution)
        #expect(run.entity("고창군")?.type == .institution)
        // The province takes its official name, its short form an alias.
        #expect(run.entity("경상북도")?.type == .institution, "\(run.entities.map(\.name))")
        #expect(Set(run.relations.map { "\($0.source)>\($0.target)" }) ==
                ["person:이강민>institution:포항시", "person:박진호>institution:경상북도", "person:유정민>institution:고창군"])
    }

    @Test func aCityHallIsABuildingNotABody() {
        let run = EntityRun("두 회사는 지난 23일 포항시청에서 합작법인 설립 계약을 체결했다.")
        #expect(!run.names.contains("포항시청"))
        // A city the lexicon does not know, and a county: their halls too.
        let unknown = EntityRun("해림시는 14일 해림시청 대회의실에서, 청운군은 15일 청운군청에서 협약식을 열었다. 같은 날 방위사업청도 참석했다.")
        #expect(!unknown.names.contains("해림시청") && !unknown.names.contains("청운군청"), "\(unknown.names)")
        #expect(unknown.names.contains("방위사업청"), "\(unknown.names)")
    }

    @Test func aBodyNamedAfterAPlaceIsOneWhateverFormOfThePlace() {
        let run = EntityRun("부산시교육청이 부산대학교와 AI 교육 협력 체계를 구축했다. 부산광역시교육청은 26일 협약을 체결했다.")
        #expect(run.entities.filter { $0.name.hasSuffix("교육청") }.count == 1, "\(run.entities.map(\.name))")
    }

    // MARK: company names

    @Test(arguments: [
        ("ESS 기업 한빛에너지솔루션은 현지 기업과 MOU에 서명했다.", "한빛에너지솔루션"),
        ("투자에는 서진기술투자가 새로 참여했다.", "서진기술투자"),
        ("거제 선박기자재 업체 동진마린텍의 경영권이 넘어간다.", "동진마린텍"),
        ("로뎀프라이빗에쿼티는 지분 51%를 인수했다.", "로뎀프라이빗에쿼티"),
        ("투자는 부산대학교기술지주와 해운대파트너스가 맡았다.", "부산대학교기술지주"),
        ("동남대학교병원은 리젠소닉, 동남대학교 산학협력단과 업무협약을 맺었다.", "동남대학교 산학협력단"),
        ("칠곡경북대학교병원은 경북대학교 산학협력단과 AI 공동연구 협약을 맺었다.", "경북대학교 산학협력단"),
        ("한울디펜스는 에스토니아 국방부와 자주포 공급 계약을 맺었다.", "에스토니아 국방부"),
        ("새봄은행은 지난 5월 보안업체 큐브시큐어와도 협약을 맺은 바 있다.", "큐브시큐어"),
        ("코스닥 상장사 한올메디넥스는 유상증자를 결정했다.", "한올메디넥스"),
        ("민간에서는 한결광업이 현지 국영기업과 양해각서를 교환했다.", "한결광업"),
        ("우진정밀은 감속기 공급 계약을 맺었다고 밝혔다.", "우진정밀"),
        ("이에 한국거래소는 조회공시를 요구했다.", "한국거래소"),
        ("국내에서는 셀트리온, 누리온코 등도 임상을 서두르고 있다.", "누리온코"),
        ("업계에서는 CJ제일제당과 새봄푸드 등이 양분해 온 시장에 변화가 생길 것으로 본다.", "새봄푸드"),
        ("개발 초기에는 국가신약개발사업단(KDDF)으로부터 과제비를 지원받았다.", "국가신약개발사업단"),
        ("동해철강은 레드리버 마이닝과 합작법인 '그린스틸 필바라(Green Steel Pilbara)'를 세웠다.", "그린스틸 필바라"),
        ("서명식에는 김도현 주베트남 한국대사관 상무관이 참석했다.", "김도현"),
        ("업계에서는 환경 제어에 집중해 온 경쟁사 팜스캐너와 다르다고 본다.", "팜스캐너"),
        ("광양경제자유구역청은 입주 부지를 제공한다.", "광양경제자유구역청"),
        ("매각 자문은 삼정KPMG가 맡았다.", "삼정KPMG"),
        ("서진스틸이 완성차업체 한빛자동차와 강판 공급 계약을 따냈다.", "한빛자동차"),
        ("대륙자동차는 내년부터 강판을 받는다.", "대륙자동차"),
        ("세빛통신이 독일 클라우드 기업과 손잡았다.", "세빛통신"),
        ("합작사 이름은 '크레스트DM 에너지솔루션'으로 정했다.", "크레스트DM 에너지솔루션"),
        ("신설 법인의 사명은 '하람솔라'로 정했다.", "하람솔라"),
        ("국내 보안업체 하늘보안이 시중은행과 손잡았다.", "하늘보안"),
    ])
    func companyAndInstitutionNames(text: String, name: String) {
        #expect(EntityRun(text).names.contains(name), "\(EntityRun(text).names)")
    }

    @Test(arguments: [
        ("한빛에너지솔루션은 현지 발전사 비스와 에너지아(Wisła Energia)와 MOU에 서명했다.", "비스와 에너지아"),
        ("페이브릿지가 인도네시아 시중은행 뱅크 누산타라 세자테라(Bank Nusantara Sejahtera)와 협약을 맺었다.", "뱅크 누산타라 세자테라"),
        ("들녘식품은 현지 대형마트 체인 빈하마트(VinHa Mart)와 공급 계약을 체결했다.", "빈하마트"),
    ])
    func foreignNamesAfterWhatTheFirmDoes(text: String, name: String) {
        #expect(EntityRun(text).names.contains(name), "\(EntityRun(text).names)")
    }

    @Test func aOneWordGlossVouchesForNoParticle() {
        // "소형모듈원자로(SMR)": a gloss of one word does not make a name of a common noun.
        let run = EntityRun("한국수력원자력은 노르드크라프트(Nordkraft AB)와 소형모듈원자로(SMR) 협력 MOU를 맺는다.")
        #expect(run.names == ["한국수력원자력", "노르드크라프트"], "\(run.names)")
    }

    @Test func shortFormsDropTheFirmsEnding() {
        let run = EntityRun("넥스필드게임즈가 핀란드 개발사를 인수한다. 넥스필드가 해외 개발사를 사들이는 것은 처음이다.")
        #expect(run.entity("넥스필드게임즈")?.mentions.count == 2)
    }

    @Test func pluralsAreNoNames() {
        let run = EntityRun("김영태 충북도지사(가운데)와 기업 대표들이 투자협약서를 들어 보이고 있다.")
        #expect(!run.names.contains("대표들"))
    }

    @Test(arguments: [
        "글로벌 빅바이오텍과 하이텍 기업들이 몰려들었다.",
        "국내 인슈어테크가 영국 벤처캐피털에서 투자를 받은 첫 사례다.",
        "노르웨이 기업과 해상풍력 합작사 세운다",
        "미국 인플레이션감축법(IRA) 시행 이후 현지 투자가 늘었다.",
        "업계에선 이번 라운드에서 회사 기업가치가 5000억원 안팎으로 매겨진 것으로 본다.",
        "정부 연구기관의 검증과 대기업 수요처를 동시에 확보하게 됐다.",
        "거래는 일본 당국의 기업결합 신고 절차 등을 거쳐 종결될 예정이다.",
        "제품 이름은 '블루셀'로 정했다.",
        "국내 보안업체 관계자는 수요가 늘었다고 말했다.",
        "국내 업체 대부분이 참여했다.",
    ])
    func wordsThatAreNoFirms(text: String) {
        #expect(EntityRun(text).names.isEmpty, "\(EntityRun(text).names)")
    }

    @Test func aDescriptorOfWhatTheFirmIsIsNoPartOfItsName() {
        let run = EntityRun("세움에너지가 사우디아라비아 산업그룹 알누르인더스트리얼(Al Noor Industrial)과 합작법인을 세운다.")
        #expect(run.names == ["세움에너지", "알누르인더스트리얼"], "\(run.names)")
        // A gloss spelling the name out has as many words as the name: the foreign-looking
        // descriptor before them is none of it, and the first word alone is a short form.
        let spelled = EntityRun("""
        게임 개발사 넥서스픽셀이 미국 퍼블리셔 룬스톤 인터랙티브(Runestone Interactive)와 판권 계약을 맺었다. \
        룬스톤은 북미 운영을 맡는다.
        """)
        #expect(spelled.names == ["넥서스픽셀", "룬스톤 인터랙티브"], "\(spelled.names)")
        #expect(spelled.entity("룬스톤 인터랙티브")?.aliases.contains("룬스톤") == true)
    }

    @Test func aRoleGlossedWithItsAcronymIsNoName() {
        let run = EntityRun("보이스펄스 라운드에는 콘텐츠 기업 온새미로미디어가 전략적 투자자(SI)로 함께 이름을 올렸다.")
        #expect(run.names.contains("온새미로미디어"), "\(run.names)")
        #expect(!run.names.contains { $0.hasSuffix("투자자") }, "\(run.names)")
    }

    @Test func aForeignAgencyGlossedWithItsNameAndAcronym() {
        let run = EntityRun("상대는 룩셈부르크 우주청(Luxembourg Space Agency·LSA)이다. 오르빗링크는 LSA와 양해각서에 서명한다.")
        #expect(run.entity("룩셈부르크 우주청")?.type == .institution, "\(run.names)")
        #expect(run.entity("룩셈부르크 우주청")?.aliases.contains("LSA") == true)
    }

    @Test func universitiesAndInstitutesShortenedAsReportersDo() {
        let run = EntityRun("국립한빛대학교와 한국첨단소재연구원이 협약을 맺었다. 한빛대와 첨단소재연은 2022년에도 손잡았다.")
        #expect(run.entity("국립한빛대학교")?.aliases.contains("한빛대") == true, "\(run.entities.map { ($0.name, $0.aliases) })")
        #expect(run.entity("한국첨단소재연구원")?.aliases.contains("첨단소재연") == true)
    }

    @Test func kindsOfCarsTelecomsAndFoodAreNoFirms() {
        for text in ["정부는 수입자동차 관세를 낮춘다.", "소형자동차 판매가 늘었다.", "중고자동차 거래가 줄었다.",
                     "이동통신 요금이 올랐다.", "저궤도위성통신 시장이 커진다.", "양자통신 기술을 시연했다.",
                     "신선식품 온라인 주문이 빠르게 늘었다.", "건강기능식품 수출이 늘었다."] {
            #expect(EntityRun(text).names.isEmpty, "\(text): \(EntityRun(text).names)")
        }
    }

    // MARK: names told the way unseen articles tell them

    @Test func theSourceASentenceCitesIsNoPartOfTheName() {
        let run = EntityRun("14일 업계에 따르면 박도윤 한솔반도체 사장은 지난달 오사카에서 현지 업체 대표를 만났다.")
        #expect(run.names.contains("박도윤"), "\(run.names)")
        #expect(!run.names.contains(where: { $0.contains("따르면") }), "\(run.names)")
    }

    @Test func aNameEndingLikeAParticleKeepsIt() {
        // 로 + 가 is no chain of particles: "대진에어로가" is 대진에어로 + 가.
        let run = EntityRun("중견 방산업체 대진에어로가 인수를 검토했다는 보도가 나왔다. 대진에어로도 사실이 아니라고 밝혔다.")
        #expect(run.names == ["대진에어로"], "\(run.names)")
        #expect(run.entity("대진에어로")?.mentions.count == 2)
    }

    @Test func aProvincesOfficialsAreItsGovernment() {
        let run = EntityRun("협약식에는 한빛로직스 대표와 경상남도 관계자 등이 참석했다.")
        #expect(run.entity("경상남도")?.type == .institution, "\(run.entities.map { ($0.name, $0.type) })")
    }

    @Test(arguments: [
        "미 해군은 정비 물량이 밀리자 동맹국 조선소로 눈을 돌리고 있다.",
        "두 회사는 오는 15일 정부세종컨벤션센터에서 열리는 행사에 참석한다.",
        "동해전선이 독일 송전망 운영사(TSO)와 케이블 계약을 맺었다.",
        // a list of two joined by 와 and closed by 등 is no list of firms
        "한국전력은 NPC와 팔라완 등 7개 섬에 전력망을 공급한다.",
        // a title in a list is no firm
        "한결파트너스, 누리캐피탈, 창업자 등이 보유한 지분을 사들인다.",
    ])
    func wordsUnseenArticlesUseThatAreNoFirms(text: String) {
        let named = EntityRun(text).names
        #expect(!named.contains(where: { ["동맹국", "컨벤션센터", "운영사", "팔라완", "창업자"].contains(where: $0.contains) }), "\(named)")
    }

    @Test func aProvinceWithItsHeadInABracketActs() {
        let run = EntityRun("충청북도(도지사 김영환)는 청주에서 업무협약을 체결했다고 밝혔다.")
        #expect(run.entity("충청북도")?.type == .institution, "\(run.entities)")
        // A bracket that names no head leaves the place a place.
        #expect(EntityRun("충청북도(청주)에서 행사가 열렸다.").entity("충청북도")?.type != .institution)
    }

    @Test func twoFirmsJoinedAfterADescriptorInApposition() {
        let run = EntityRun("기존 투자사인 누리벤처스와 해솔브릿지도 후속 투자에 참여했다.")
        #expect(run.names == ["누리벤처스", "해솔브릿지"], "\(run.names)")
        // Without the descriptor, a known firm and a word after 와 make no list.
        #expect(EntityRun("누리벤처스와 해솔브릿지도 참여했다.").names == ["누리벤처스"])
    }

    @Test func firmsListedEachAfterItsCountry() {
        let run = EntityRun("미국 벡스턴, 독일 할버크 등 글로벌 업체가 장악해 온 시장이다.")
        #expect(run.names == ["벡스턴", "할버크"], "\(run.names)")
        // Cities listed after their countries, with no word for firms after them, stay unnamed.
        #expect(EntityRun("미국 뉴욕, 영국 런던 등 주요 도시에 지사를 두고 있다.").names.isEmpty)
    }

    @Test func aDeputyMinisterWithHisPortfolioGlued() {
        let run = EntityRun("포럼에는 한국 측에서 박서준 산업부 통상차관보가 참석했다.")
        #expect(run.names.contains("박서준"), "\(run.names)")
    }

    @Test func aMayorNamedBetweenHisCityAndHisTitle() {
        let run = EntityRun("거제시 윤태섭 시장은 환영한다는 입장을 냈다.")
        #expect(run.names.contains("윤태섭"), "\(run.names)")
        #expect(run.relations.contains { $0.kind == .leads && $0.source == run.entity("윤태섭")?.id }, "\(run.relations)")
        // "시장" alone is a market.
        #expect(!EntityRun("업계는 시장 상황을 지켜보고 있다.").names.contains { $0.contains("시장") })
    }

    @Test func unitsOfAGroupAreNoNames() {
        #expect(EntityRun("도내 기업들이 베트남 국영 조선그룹 계열 조선소들과 협력을 약속했다.").names.isEmpty)
        // A place and a glued state descriptor before a name describe it ("국영광업기업 타우켄삼룩");
        // with its particle, the same words are the body named.
        let described = EntityRun("한국광해광업공단은 카자흐스탄 국영광업기업 타우켄삼룩(Tau-Ken Samruk)과 협약을 맺었다.")
        #expect(described.names == ["한국광해광업공단", "타우켄삼룩"], "\(described.names)")
        #expect(EntityRun("한국광해광업공단은 카자흐스탄 국영광업기업과 협약을 맺었다.").names.contains("카자흐스탄 국영광업기업"))
        // A place and 국영 before a bank with a name of its own describe it; before a body told by
        // what it does, they are part of its name ("체코 국영 원자력연구소").
        let bank = EntityRun("간편결제 스타트업 스텔라페이가 인도네시아 국영 누산타라은행과 협의하고 있다. 국영은행인 만큼 승인 절차가 길다.")
        #expect(bank.entities.filter { $0.type != .location }.map(\.name) == ["스텔라페이", "누산타라은행"], "\(bank.names)")
        #expect(EntityRun("한수원은 체코 국영 원자력연구소(UJV Rez)와 협약을 맺었다.").names.contains("체코 국영 원자력연구소"))
        // A glossed word, then a bare word for firms and a name, says what the firm does.
        let glossedTrade = EntityRun("태림전자는 이스라엘 라이다(LiDAR) 기업 노바옵틱스(NovaOptics)와 합작법인을 세웠다.")
        #expect(glossedTrade.names == ["태림전자", "노바옵틱스"], "\(glossedTrade.names)")
        // Words for what firms make or who they represent introduce them: "팹리스", "소속사".
        #expect(EntityRun("알파텔레콤은 AI 반도체 팹리스 딥코어(DeepCore)와 업무협약을 맺었다.").names == ["알파텔레콤", "딥코어"])
        #expect(EntityRun("모멘텀엔터테인먼트가 보이그룹 NOVA9(노바나인)의 소속사 블루문레이블(BLUEMOON Label)을 품었다.").names == ["모멘텀엔터테인먼트", "블루문레이블"])
        // A round and a boy group are no organisations.
        #expect(EntityRun("라운드 구성을 보면 톈룽그룹이 350억원을 베팅했다.").names == ["톈룽그룹"])
        // A sovereign fund is an institution: "국부펀드 삼룩카즈나(Samruk-Kazyna)와".
        #expect(EntityRun("한빛에너지솔루션은 전력망운영공사(KEGOC), 국부펀드 삼룩카즈나(Samruk-Kazyna)와 3자 MOU를 맺었다.").entity("삼룩카즈나")?.type == .institution)
    }

    @Test func aSpelledOutGlossVouchesForACommonWordClosingTheName() {
        let run = EntityRun("세한원자력기기가 영국 원전 정비업체 브리튼 뉴클리어 서비스(Britten Nuclear Services·BNS)로부터 부품 공급 계약을 따냈다.")
        #expect(run.names.contains("브리튼 뉴클리어 서비스"), "\(run.names)")
        #expect(!run.names.contains("브리튼"), "\(run.names)")
        // A common word glossed alone is no name.
        #expect(!EntityRun("한국 기업들이 해외 서비스(Overseas Services) 시장을 공략한다.").names.contains { $0.contains("서비스") })
    }

    @Test func aLegalFormWrittenBeforeTheName() {
        let run = EntityRun("새한은행이 인도네시아 중소형 은행 PT 뱅크 수마트라 마주(PT Bank Sumatra Maju) 지분 67.5%를 인수한다.")
        #expect(run.names.contains("뱅크 수마트라 마주"), "\(run.names)")
        #expect(!run.names.contains("PT"), "\(run.names)")
    }

    @Test func aDescriptorEndingInAFirmWordIsNoPartOfTheGlossedName() {
        let run = EntityRun("새한금융지주는 베트남 소비자금융사 사이공파이낸스(Saigon Finance) 인수도 검토하고 있다.")
        #expect(run.names.contains("사이공파이낸스"), "\(run.names)")
        #expect(!run.names.contains { $0.contains("소비자") }, "\(run.names)")
    }

    @Test func aPlaceWithItsGenitiveBeforeAnAppositiveDescriptor() {
        let run = EntityRun("제작 공정 가운데 열처리와 일부 정밀가공은 창원의 협력사인 대광금속이 맡는다.")
        #expect(run.names.contains("대광금속"), "\(run.names)")
        // Without the appositive 인, a descriptor after "place의" introduces no name.
        #expect(!EntityRun("추진 주체는 랩센트럴(보스턴의 스타트업 혁신허브)과 업무협약을 체결했다.").names.contains("혁신허브"))
    }

    @Test func steelmakersAndAccountingFirmsByTheirEndings() {
        let run = EntityRun("한주제철이 조선용 후판 공급 계약을 따냈다. 실사는 한울회계법인이 맡았고, 청운에어로와 대한제강도 입찰에 참여했다.")
        #expect(["한주제철", "한울회계법인", "청운에어로", "대한제강"].allSatisfy(run.names.contains), "\(run.names)")
    }

    @Test func aListOpenedByALegalMarkAndClosedByWhatTheFirmsDid() {
        let run = EntityRun("도와 시는 25일 충주시청에서 ㈜대명정밀, 한결소재, 에스앤티머티리얼즈, 그린셀팩과 투자협약식을 열었다.")
        #expect(["대명정밀", "한결소재", "에스앤티머티리얼즈", "그린셀팩"].allSatisfy(run.names.contains), "\(run.names)")
        // The word after the list's last 과 is what the firms did, not a firm.
        let closed = EntityRun("시는 대명정밀, 한결소재, 에스앤티머티리얼즈와 투자협약식을 열었다.")
        #expect(!closed.names.contains("투자협약식"), "\(closed.names)")
        #expect(closed.names.contains("한결소재"), "\(closed.names)")
    }

    @Test func aUniversityHospitalShortenedAsReportersDo() {
        let run = EntityRun("동남대학교병원이 중견 제약사 일신약품과 협약을 맺었다. 동남대병원은 지난 7일 협약식을 열었다.")
        #expect(run.entity("동남대학교병원")?.aliases == ["동남대병원"], "\(run.entities)")
    }

    @Test func aDealWordAfterADescriptorIsNoName() {
        let run = EntityRun("양측은 유망 과제는 글로벌 제약사 기술이전까지 추진하기로 했다.")
        #expect(run.names.isEmpty, "\(run.names)")
    }

    @Test func ministersWithTheirPortfolioGlued() {
        let run = EntityRun("서명식에는 윤태섭 방위사업청장과 미르체아 스탄쿠(Mircea Stancu) 루마니아 국방장관이 참석했다.")
        #expect(run.names.contains("미르체아 스탄쿠"), "\(run.names)")
        #expect(EntityRun("이 자리에는 김철수 국방장관과 이창양 산업차관이 참석했다.").names == ["김철수", "이창양"])
    }

    @Test func aWordForFirmsBeforeATitleIsNoPerson() {
        let run = EntityRun("정 대표는 다국적 제약사 연구소장 출신으로 2018년 회사를 세웠다.")
        #expect(!run.names.contains("제약사"), "\(run.names)")
    }

    @Test func aNameFoundEndsTheGlossedPhraseBeforeIt() {
        let run = EntityRun("국내 바이오벤처 라온테라퓨틱스가 대사이상 지방간염(MASH) 치료제 후보물질을 덴마크 제약사에 넘긴다.")
        #expect(run.names == ["라온테라퓨틱스"], "\(run.names)")
    }

    @Test func aWayOfMakingSteelIsNoSteelmaker() {
        let run = EntityRun("동방제철은 이렇게 만든 수소를 온산 공장의 수소환원제철 실증 설비에 쓴다.")
        #expect(run.names == ["동방제철"], "\(run.names)")
    }

    @Test func aChineseGeneralManagerAfterHisName() {
        let run = EntityRun("천웨이(Chen Wei) 진후이무역 총경리는 \"한국 화장품의 성장성이 크다\"고 말했다.")
        #expect(run.names.contains("천웨이"), "\(run.names)")
    }

    @Test func aShortFormEndingInTheInitialsOfTheRest() {
        let run = EntityRun("사모펀드 운용사 리버사이드프라이빗에쿼티(리버사이드PE)가 가진 지분을 인수한다. 리버사이드PE는 2021년 지분을 샀다.")
        #expect(run.entity("리버사이드프라이빗에쿼티")?.aliases == ["리버사이드PE"], "\(run.entities)")
        // Initials that do not follow the name's start are no alias of it. (A bracket shaped as a
        // firm's name, "(대한PE)" or "(대한캐피탈)", is read as the same firm by the bracket rules.)
        #expect(EntityRun("종합식품기업 한결푸드(대한FD)가 지분을 샀다.").entity("한결푸드")?.aliases.contains("대한FD") != true)
    }

    @Test func firmsAfterADescriptorOpeningTheSentenceOrEndingIn인() {
        let run = EntityRun("경쟁사 플러그엔은 지난해 11월 편의점 체인 세븐데이와 충전기 공급 계약을 따냈다.")
        #expect(run.names == ["플러그엔", "세븐데이"], "\(run.names)")
        // A descriptor opening the sentence still needs a name after it.
        #expect(EntityRun("경쟁사 관계자는 \"수요가 늘었다\"고 말했다.").names.isEmpty)
        #expect(EntityRun("스타트업 가운데서는 로봇 손을 만드는 곳이 눈에 띈다.").names.isEmpty)
    }

    @Test func aBrandIntroducedByItsDescriptor() {
        let run = EntityRun("라온코스메틱이 프랑스 스킨케어 브랜드 메종 리렐(Maison Lirelle)을 인수한다.")
        #expect(run.names.contains("메종 리렐"), "\(run.names)")
        #expect(!EntityRun("회사는 자체 브랜드 경쟁력을 키운다.").names.contains { $0.contains("경쟁력") })
    }

    @Test func cardCompaniesAndKindsOfCards() {
        let run = EntityRun("대성카드와 청운카드의 1분기 순이익이 늘었다. 신용카드와 법인카드 이용액도 함께 증가했다.")
        #expect(run.names == ["대성카드", "청운카드"], "\(run.names)")
    }

    @Test func aWordEndingIn에게서EndsAGlossedPhrase() {
        let run = EntityRun("국내 해운사에서 컨테이너선 2척을, 그리스 선주에게서 액화천연가스(LNG) 운반선 2척을 수주했다.")
        #expect(run.names.isEmpty, "\(run.names)")
    }

    @Test func aNameAfterADescriptorClosedByAFirmsWordApart() {
        let run = EntityRun("크로노소프트가 인디게임 개발사 하이드아웃 스튜디오에 150억원을 투자했다.")
        #expect(run.names.contains("하이드아웃 스튜디오"), "\(run.names)")
        // A common noun after the name's word is no firm's word: nothing is glued on.
        #expect(!EntityRun("게임 개발사 하이드아웃 신작에 관심이 쏠린다.").names.contains { $0.contains("신작") })
    }

    @Test func anAgriculturalCooperativeAndAFourWordForeignName() {
        let run = EntityRun("충북 제천의 청풍원예농협이 사우디아라비아 식품 유통기업 알 자지라 푸드 트레이딩(Al Jazira Food Trading)과 수출 협력 체계를 구축했다.")
        #expect(run.names.contains("청풍원예농협") && run.names.contains("알 자지라 푸드 트레이딩"), "\(run.names)")
        #expect(!EntityRun("지역농협과 단위농협의 조합원이 늘었다.").names.contains { $0.hasSuffix("농협") })
    }

    @Test func theNameGivenToANewFirmAfterItsGenitive() {
        let run = EntityRun("두 회사는 합작법인을 세운다. 신설 법인의 이름은 '리본브라반트 리사이클링'으로 정했다.")
        #expect(run.names == ["리본브라반트 리사이클링"], "\(run.names)")
        #expect(EntityRun("신제품의 이름은 '블루웨이브'로 정했다.").names.isEmpty)
    }

    @Test func researchFellowsAndHeadsOfCooperatives() {
        let run = EntityRun("장태규 미래경제연구원 수석연구위원은 시장 규모를 내다봤다. 청림농협(조합장 윤상철)이 유통업체 그린마트와 손잡았다.")
        #expect(run.names == ["장태규", "미래경제연구원", "윤상철", "청림농협", "그린마트"], "\(run.names)")
        #expect(run.relations.contains { $0.title == "조합장" }, "\(run.relations)")
    }

    @Test func nounsBeforeATitleAreNoNames() {
        let run = EntityRun("[사진=라이트스톤게임즈 제공] 모바일 게임 '에테르 블레이드' 대표 이미지. 협약식에는 조합원 대표 등 30여 명이 자리했다.")
        #expect(run.names == ["라이트스톤게임즈"], "\(run.names)")
    }

    @Test func aForeignNameAfterAGlossedFirmsGenitiveAndARegionBeforeTheTitle() {
        let run = EntityRun("일본 후지세이미쓰(Fuji Seimitsu)의 다나카 히로시 전무와 영국 옥스브리지실리콘(Oxbridge Silicon)의 에밀리 카터 아시아 총괄이 참석했다.")
        #expect(run.names == ["후지세이미쓰", "다나카 히로시", "옥스브리지실리콘", "에밀리 카터"], "\(run.names)")
    }

    @Test func internationalOrganisations() {
        let run = EntityRun("국제해사기구(IMO)와 국제노동기구(ILO)가 규제를 강화한다.")
        #expect(run.names == ["국제해사기구", "국제노동기구"], "\(run.names)")
        #expect(run.forms.contains("IMO"))
    }

    @Test func aShipyardWrittenAfterItsOwnerIsAPartOfIt() {
        let run = EntityRun("선박은 남해조선 통영조선소에서 건조돼 2028년부터 인도된다.")
        #expect(run.names == ["남해조선"], "\(run.names)")
    }

    @Test func aVerbThatDescribesTheNounIsNoName() {
        let run = EntityRun("온누리기술지주는 한결대가 세운 기술지주회사로, 특허를 보유한 벤처스에 출자했다.")
        #expect(run.names == ["온누리기술지주"], "\(run.names)")
        // A foreign-looking name before a firm's word written apart still is one.
        #expect(EntityRun("아임뉴런 바이오사이언스가 투자를 받았다.").names == ["아임뉴런 바이오사이언스"])
    }

    @Test func aNameBeforeTheCopulaThatEndsTheSentence() {
        let run = EntityRun("협약 상대는 바이오 스타트업 셀로닉스다. 발주처는 그리스 선사 에게안쉬핑이다.")
        #expect(run.names == ["셀로닉스", "에게안쉬핑"], "\(run.names)")
        // A verb in the plain style after a descriptor keeps its ending and names nothing.
        #expect(EntityRun("정부는 바이오 스타트업 육성한다.").names.isEmpty)
    }

    @Test func firmsListedEachAfterAClauseDescribingIt() {
        let run = EntityRun("참여 기업은 영상 AI로 위험 행동을 잡아내는 해솔테크, 충돌 방지 센서를 만드는 다온센서 및 접안 모니터링 플랫폼을 운영하는 비전마린 등이다.")
        #expect(run.names == ["해솔테크", "다온센서", "비전마린"], "\(run.names)")
        // Without a known firm among them, described words are no names.
        #expect(EntityRun("참여 기업은 센서를 만드는 다온센서, 플랫폼을 운영하는 비전마린, 설비를 만드는 해솔정밀기계 등이다.").names.isEmpty)
    }

    @Test func aHeadInBracketsAfterAWordMakesItTheOrganisationHeaded() {
        let run = EntityRun("레이저 가공장비 전문기업 한빛레이저(대표 오성민)가 공급계약을 체결했다. 새봄복지재단(이사장 김하늘)도 참여했다.")
        #expect(run.names == ["한빛레이저", "오성민", "새봄복지재단", "김하늘"], "\(run.names)")
        #expect(run.entity("한빛레이저")?.type == .company)
        // A bracket that names no head after a title names no organisation.
        #expect(!EntityRun("성장률(연간 기준)이 높았다.").names.contains("성장률"))
    }

    @Test func aNameBeforeAWordForTheKindOfFirmAndAFirmWordEndingIn사() {
        let run = EntityRun("회사는 2022년 누리벤처캐피탈이 주도한 시리즈B를 마쳤다. 동해제철이 멕시코 철강사 아세로스 델 노르테(Aceros del Norte)의 공장을 사들인다.")
        #expect(run.names == ["누리벤처캐피탈", "동해제철", "아세로스 델 노르테"], "\(run.names)")
        // The kind alone, or after a descriptor, is no name.
        #expect(EntityRun("국내 벤처캐피탈과 해외벤처캐피탈이 참여했다.").names.isEmpty)
    }

    @Test func aUniversitysUnitShortenedAsReportersDo() {
        let run = EntityRun("세봄대학교 산학협력단은 기술을 이전했다. 솔리드온은 한 교수 연구실 출신이 창업했다. 세봄대 산학협력단은 올해 기술이전 21건을 성사시켰다. 교내에 공동연구센터를 설치한다.")
        #expect(run.entity("세봄대 산학협력단")?.name == "세봄대학교 산학협력단", "\(run.names)")
        #expect(!run.names.contains("연구실") && !run.names.contains("공동연구센터"), "\(run.names)")
    }

    @Test func theWordsBetweenAGlossedNameAndTheTitleAreTheOrganisation() {
        let run = EntityRun("세진디펜스는 스웨덴 방산업체 노르딕 아머 시스템즈(Nordic Armour Systems)와 서명했다. 서명식에는 에릭 룬드그렌(Erik Lundgren) 노르딕 아머 최고경영자(CEO)가 참석했다.")
        #expect(run.entity("에릭 룬드그렌")?.type == .person, "\(run.names)")
        #expect(run.entity("노르딕 아머")?.type == .company, "\(run.names)")
    }

    @Test func aGeneralTradingCompanyIsAKindOfFirm() {
        let run = EntityRun("수소 전문기업 그린하이드로가 일본 종합상사 미쓰나미상사(Mitsunami Corporation)와 양해각서에 서명한다.")
        #expect(run.names == ["그린하이드로", "미쓰나미상사"], "\(run.names)")
    }

    @Test func aHangulNameSpellingItsLatinGlossIsAForeignFirm() {
        let run = EntityRun("배터리 소재 기업 한결머티리얼즈는 10일 퍼스에서 서던리튬(Southern Lithium)과 합작투자계약을 맺었다.")
        #expect(run.entity("서던리튬")?.type == .company, "\(run.names)")
        // A gloss the Hangul translates, not spells, names no firm.
        #expect(EntityRun("회사는 올해 자율주행(Autonomous Driving)과 인공지능(Artificial Intelligence)에 투자한다.").names.isEmpty)
    }

    @Test func aFoodFirmNamedBy푸드() {
        let run = EntityRun("충남도와 투자협약을 맺은 하나로푸드는 예산에 320억원을 들여 가정간편식 공장을 새로 짓는다.")
        #expect(run.entity("하나로푸드")?.type == .company, "\(run.names)")
        #expect(EntityRun("패스트푸드와 로컬푸드는 성장세다.").names.isEmpty)
    }

    @Test func aFoundersStakeIsNoPerson() {
        let run = EntityRun("넥스트플레이가 픽셀포지 창업자 지분 68%를 612억원에 인수한다.")
        #expect(!run.names.contains("지분"), "\(run.names)")
    }

    @Test func aCountyWithAParticleOfActingIsItsGovernment() {
        let run = EntityRun("그린마트는 다음 달 장수군과도 같은 협약을 맺는다. 공장은 장수군에 있다.")
        #expect(run.entity("장수군")?.type == .institution, "\(run.names)")
        #expect(EntityRun("공장은 장수군에 있다.").entity("장수군")?.type != .institution)
    }

    @Test func aLegalFormWrittenAfterTheName() {
        for text in ["강원도는 마루관광개발㈜과 투자협약을 체결했다.", "강원도는 마루관광개발(주)과 투자협약을 체결했다."] {
            #expect(EntityRun(text).entity("마루관광개발")?.type == .company, "\(EntityRun(text).names)")
        }
        // The mark before the next name makes no firm of the word before it.
        #expect(!EntityRun("지역 업체(주)이셀과 협약을 맺었다.").names.contains("업체"))
    }

    @Test func aDescriptorAfterAWordTheLexiconIgnores() {
        let run = EntityRun("대한그린에너지가 데이터센터 운영사 스텔라데이터센터와 전력구매계약(PPA)을 맺었다.")
        #expect(run.entity("스텔라데이터센터")?.type == .company, "\(run.names)")
        #expect(!run.names.contains("데이터센터"), "\(run.names)")
    }

    @Test func anAutomationFirm() {
        let run = EntityRun("시너지모션은 검사 장비를, 대경오토메이션은 무인운반차(AGV)를 선보였다. 팩토리오토메이션 시장도 커진다.")
        #expect(run.entity("대경오토메이션")?.type == .company, "\(run.names)")
        #expect(!run.names.contains("팩토리오토메이션"), "\(run.names)")
    }

    @Test func aNameBeforeItsLatinGlossKeepsWhatLooksLikeAParticle() {
        // 로 before "(Formosa Micro)" belongs to the name: particles follow the bracket.
        let run = EntityRun("케이머티리얼즈가 대만 파운드리 업체 포모사마이크로(Formosa Micro)와 공급 계약을 체결했다.")
        #expect(run.entity("포모사마이크로")?.aliases == ["Formosa Micro"], "\(run.names)")
        #expect(!run.names.contains("포모사마이크"), "\(run.names)")
        // A particle before a bracket that is no Latin gloss is still a particle.
        let coded = EntityRun("반도체 업체 한빛마이크로는(2021년 설립) 공급 계약을 맺었다.")
        #expect(!coded.names.contains("한빛마이크로는"), "\(coded.names)")
    }

    @Test func foreignPeopleBeforeTheirOrganisation() {
        // 렉 sounds foreign: "마렉 노박" is one person, not a Korean 노박.
        let polish = EntityRun("행사에는 오정민 대표와 마렉 노박 PGZ 부회장 등이 참석했다.")
        #expect(polish.entity("마렉 노박")?.type == .person, "\(polish.names)")
        #expect(!polish.names.contains("노박"), "\(polish.names)")
        // A name may start after "…에도".
        let after = EntityRun("덴마크 해상풍력 개발사 노르소 윈드(Nordsø Wind)를 인수했다. 인수 뒤에도 라스 에릭센(Lars Eriksen) 노르소 윈드 최고경영자가 경영을 계속 맡는다.")
        #expect(after.entity("라스 에릭센")?.aliases == ["Lars Eriksen"], "\(after.names)")
    }

    @Test func wordsATitleMayPrecedeAreNoPeople() {
        #expect(!EntityRun("웨이브링크는 한성투자증권을 대표 주관사로 선정했다.").names.contains("주관사"))
        #expect(!EntityRun("[CEO 인터뷰] 박서진 루미나옵틱스 대표 \"내년 매출 1000억 넘본다\"").names.contains("인터뷰"))
    }

    @Test func aNameInLatinLettersRunsOverItsCapitalisedWords() {
        let run = EntityRun("이번 라운드는 미국 벤처캐피털 Granite Peak Ventures가 주도했다.")
        #expect(run.entity("Granite Peak Ventures")?.type == .company, "\(run.names)")
        #expect(!run.names.contains("Granite"), "\(run.names)")
    }

    @Test func aTransliterationMayHoldASoundOfTheNextWordInside() {
        // R of "Resources" opens 리소시스, not the 리 inside 메이플리프.
        let run = EntityRun("대산머티리얼즈는 메이플리프 리소시스(Mapleleaf Resources)와 MOU를 맺었다.")
        #expect(run.entity("메이플리프 리소시스")?.aliases == ["Mapleleaf Resources"], "\(run.names)")
        // A word the Latin does not open is still no spelling of it.
        #expect(!Transliteration.matches([Array("조선소".unicodeScalars)[...], Array("걸프포트".unicodeScalars)[...]], "Gulfport"))
    }

    @Test func aFirmsKindShortenedIsTheSameFirm() {
        let run = EntityRun("한울투자증권이 대전광역시와 손잡고 지역 딥테크 스타트업 키우기에 나선다. 한울증권 관계자는 돕겠다고 말했다.")
        #expect(run.entity("한울투자증권")?.aliases == ["한울증권"], "\(run.names)")
        // A verb made a noun after a word for firms is no firm.
        #expect(!run.names.contains("키우기"), "\(run.names)")
    }

    @Test func aNameTypedByAListYieldsToItsDescriptor() {
        let text = """
        빛고을대병원·루멘헬스·ETRI, AI 폐암 조기진단 '맞손'

        빛고을대학교병원이 의료 인공지능(AI) 기업 루멘헬스와 함께 AI 기반 폐암 조기진단 기술 개발에 나선다. 루멘헬스는 판독 보조 소프트웨어를 고도화한다.
        """
        let run = EntityRun(text)
        #expect(run.entity("루멘헬스")?.type == .company, "\(run.names)")
        #expect(run.entities.filter { $0.name == "루멘헬스" }.count == 1, "\(run.names)")
    }

    @Test func aLinkingVerbBeforeASpacedSuffixIsNoName() {
        let run = EntityRun("협동로봇 전문기업 하모니로보틱스가 울산광역시와 손잡고 조선소 용접 자동화에 나선다.")
        #expect(!run.names.contains("손잡고 조선소"), "\(run.names)")
        // A foreign name before the same suffix still is one.
        #expect(EntityRun("미국 걸프포트 조선소와 협약을 맺었다.").names.contains("걸프포트 조선소"), "\(EntityRun("미국 걸프포트 조선소와 협약을 맺었다.").names)")
    }

    @Test func aDescribedNameListedBeforeAKnownOne() {
        let run = EntityRun("빛고을대학교병원은 의료 AI 기업 루멘헬스, 한국전자통신연구원(ETRI)과 3자 업무협약을 맺었다.")
        #expect(run.entity("루멘헬스")?.type == .company, "\(run.names)")
        // Without a known name after the comma, the word stays no name.
        let unknown = EntityRun("국내 AI 기업 루멘헬스, 그리고 여러 곳이 참여했다.")
        #expect(!unknown.names.contains("루멘헬스"), "\(unknown.names)")
    }

    @Test func aNameBeforeThePoliteCopulaLosesIt() {
        let run = EntityRun("협상 상대는 배터리 스타트업 볼트나인입니다. 첫 고객은 물류 스타트업 로지웨이브였습니다. 장비는 반도체 장비 업체 에코웨이브랩이었습니다.")
        #expect(run.names == ["볼트나인", "로지웨이브", "에코웨이브랩"], "\(run.names)")
        // A descriptor that is itself what the copula follows names nothing.
        #expect(EntityRun("이번 투자의 주인공은 바이오 스타트업입니다.").names.isEmpty)
    }

    @Test func aPlaceInBracketsAfterAFirmIsItsHome() {
        let run = EntityRun("한빛머티리얼즈는 독일 배터리 제조사 엘렉트라셀(Elektrazell GmbH)과 계약했다. 상대방은 Elektrazell GmbH (독일)이다.")
        #expect(run.entity("엘렉트라셀")?.type == .company, "\(run.entities.map(\.name))")
        #expect(run.entity("독일")?.type == .location && run.entity("독일")?.aliases == [])
    }

    @Test func aSeoulDistrictActingIsItsOffice() {
        let run = EntityRun("한결대학교와 서대문구는 지난 3일 청년 창업 지원 협약을 맺었다.")
        #expect(run.entity("서대문구")?.type == .institution, "\(run.entities.map(\.name))")
        // Where a firm sits, it stays a place.
        #expect(EntityRun("회사는 서울 서대문구에 본사를 두고 있다.").entity("서대문구")?.type == .location)
    }

    @Test func aKindOfInvestmentGlossedIsNoName() {
        let run = EntityRun("지난해 경남에 들어온 해외직접투자(FDI) 규모는 12억달러였다.")
        #expect(run.names.isEmpty, "\(run.names)")
    }

    @Test func aCommitteeOfADealIsNoBody() {
        #expect(EntityRun("두 회사는 다음 달 공동운영위원회를 꾸려 첫 회의를 연다.").names.isEmpty)
    }

    @Test func theCommitteeRunningAnEventIsNamedWithIt() {
        let run = EntityRun("부산 국제수산엑스포 조직위원회는 올해 참가 기업이 늘었다고 밝혔다.")
        #expect(run.entity("부산 국제수산엑스포 조직위원회")?.type == .institution, "\(run.names)")
        // A committee without its event is none.
        #expect(EntityRun("조직위원회는 일정을 확정했다. 행사 조직위원회도 열린다.").names.isEmpty)
    }

    @Test func aUnitAfterItsOwnersShortFormIsNoEntity() {
        let run = EntityRun("국립농업과학원은 알제리 기업에 기술을 이전했다. 농과원 스마트팜연구센터가 개발한 기술이다.")
        #expect(run.names == ["국립농업과학원"], "\(run.names)")
        let university = EntityRun("한결대학교는 이번 협약을 주도했다. 한결대 나노소재연구센터는 장비를 지원한다.")
        #expect(!university.names.contains("나노소재연구센터"), "\(university.names)")
        // A centre whose head is a professor is a university's or a hospital's.
        let headed = EntityRun("나노소재연구센터는 장비를 지원한다. 정지원 나노소재연구센터장(전자공학과 교수)은 성과를 기대했다.")
        #expect(headed.names == ["정지원"], "\(headed.names)")
        // Without either, the centre stays a body.
        let alone = EntityRun("나노소재연구센터는 장비를 지원한다. 정지원 나노소재연구센터장은 성과를 기대했다.")
        #expect(alone.names.contains("나노소재연구센터"), "\(alone.names)")
    }

    @Test func aFundACitySetUpIsAnInvestor() {
        let run = EntityRun("강릉시 스타트업육성펀드도 10억원을 넣었다.")
        #expect(run.entity("강릉시 스타트업육성펀드")?.type == .institution, "\(run.names)")
        // A kind of fund, or a fund with no name of its own, is none.
        #expect(EntityRun("미국 헤지펀드가 지분을 사들였다. 서울시 펀드는 규모가 작다.").names.isEmpty)
    }

    @Test func aDescribedNameBetweenListedFirms() {
        let run = EntityRun("투자에는 세종벤처투자와 한빛캐피탈, 유통기업 새벽마켓, 미국 블루힐벤처스(Blue Hill Ventures)가 참여했다.")
        #expect(run.entity("새벽마켓")?.type == .company, "\(run.names)")
        // A common phrase in the same place is no name.
        let common = EntityRun("투자에는 한빛캐피탈, 유통기업 관계자, 미국 블루힐벤처스(Blue Hill Ventures)가 참여했다.")
        #expect(!common.names.contains("관계자"), "\(common.names)")
    }

    @Test func aPartnerAfterItsCountryInADeal() {
        let run = EntityRun("회사는 지난해 베트남 사이공모바일과 공급 계약을 맺었다.")
        #expect(run.entity("사이공모바일")?.type == .company, "\(run.names)")
        // A government, a market or a word for firms is no partner.
        let common = EntityRun("회사는 일본 정부와 협약을 맺었다. 미국 현지와 계약을 맺었다. 중국 고객사와 계약을 맺었다. 인도 시장과 협력을 넓혔다.")
        #expect(common.names.isEmpty, "\(common.names)")
    }

    @Test func aGlossEndingInALegalFormOfAnyCountry() {
        let run = EntityRun("한결해운은 지난 14일 하이퐁그린포트(Haiphong Green Port JSC)·한국선급과 3자 업무협약(MOU)을 체결했다.")
        #expect(run.entity("하이퐁그린포트")?.type == .company, "\(run.names)")
        #expect(run.entity("Haiphong Green Port JSC") != nil, "\(run.forms)")
    }

    @Test func aGlossedNameAfterAPlacesOwn() {
        let run = EntityRun("김 사장은 상파울루의 텔레수르(TeleSul Brasil) 본사를 찾았다.")
        #expect(run.entity("텔레수르")?.type == .company, "\(run.names)")
        // A place's own common noun is no name.
        #expect(EntityRun("김 사장은 상파울루의 호텔(Hotel)에 묵었다.").names.isEmpty)
    }

    @Test func aCityTheGlossOpensWithIsPartOfTheName() {
        let run = EntityRun("회사는 2022년 중국 쑤저우 진허바이오(Suzhou Jinhe Bio)에 중화권 권리를 넘겼다.")
        #expect(run.names == ["쑤저우 진허바이오"], "\(run.names)")
        #expect(run.entity("Suzhou Jinhe Bio")?.name == "쑤저우 진허바이오", "\(run.forms)")
        // A city the gloss does not spell says where the firm is.
        let located = EntityRun("회사는 미국 휴스턴 헬리오스에너지(Helios Energy)와 계약했다.")
        #expect(located.names == ["헬리오스에너지"], "\(located.names)")
    }

    @Test func aQuotedVentureNameOfSeveralWords() {
        let run = EntityRun("해담식품과 알 나흐다 푸드 인더스트리(Al Nahda Food Industries) 간 합작법인 '해담 걸프 푸드(Haedam Gulf Foods)' 설립 계약이 체결됐다.")
        #expect(run.entity("해담 걸프 푸드")?.type == .company, "\(run.names)")
        #expect(run.entity("Haedam Gulf Foods")?.name == "해담 걸프 푸드", "\(run.forms)")
    }

    @Test func aForeignNamesParticleKeepsTheWordAfterItInItsShortForm() {
        let run = EntityRun("""
        종합식품기업 해담식품과 식품 유통기업 알 나흐다 푸드 인더스트리(Al Nahda Food Industries)가 합작법인을 세운다. \
        해담식품이 51%, 알 나흐다가 49%의 지분을 갖는다. 칼리드 알 마즈루이(Khalid Al Mazrouei) 알 나흐다 회장은 "좋다"고 말했다.
        """)
        #expect(run.entity("알 나흐다")?.name == "알 나흐다 푸드 인더스트리", "\(run.forms)")
        #expect(run.names == ["해담식품", "알 나흐다 푸드 인더스트리", "칼리드 알 마즈루이"], "\(run.names)")
    }

    @Test func aBodysBuildingIsAPlace() {
        let run = EntityRun("대원오토텍은 지난 18일 몬테레이 주정부 청사에서 누에보레온주 정부와 양해각서(MOU)를 맺었다.")
        #expect(!run.names.contains("몬테레이 주정부"), "\(run.names)")
        #expect(EntityRun("대원오토텍은 몬테레이 주정부와 양해각서(MOU)를 맺었다.").names.contains("몬테레이 주정부"))
    }

    @Test func aTradeOfficeIsKOTRAsOwn() {
        let run = EntityRun("현지 판로는 KOTRA 멕시코시티 무역관이 돕는다.")
        #expect(!run.names.contains(where: { $0.contains("무역관") }), "\(run.names)")
    }

    @Test func aOneSyllableLastWordTheGlossSpells() {
        let run = EntityRun("세원케미칼은 헝가리 배터리 셀 제조사 머저르 셀(Magyar Cell)과 공급 계약을 체결했다.")
        #expect(run.entity("머저르 셀")?.type == .company, "\(run.names)")
        // A common noun spelled in its gloss is no name, of one syllable or two.
        #expect(EntityRun("세원케미칼은 배터리 셀(Battery Cell)과 모듈을 공급한다.").names == ["세원케미칼"])
        #expect(EntityRun("세원케미칼은 배터리 모듈(Battery Module)과 셀을 공급한다.").names == ["세원케미칼"])
    }

    @Test func whatAFirmMakesBeforeSaIsNoName() {
        #expect(EntityRun("동해스틸이 튀르키예 강관사 인수에 나섰다.").names == ["동해스틸"])
        #expect(EntityRun("한바다중공업이 프랑스 화물창 기술 기업, 국내 해양대학과 함께 기술 확보에 나선다.").names == ["한바다중공업"])
    }

    @Test func aFirmNamedOnASentenceWithoutAVerb() {
        let run = EntityRun("세 번째 투자처는 수전해 스택 개발사 하이드로젠포스. 상장 전 마지막 자금 조달로 2000만달러를 모았다.")
        #expect(run.entity("하이드로젠포스")?.type == .company, "\(run.names)")
    }

    @Test func aUniversitysShortFormBeforeAFirmNamedAfterIt() {
        let run = EntityRun("""
        동명과학기술대학교(총장 김도윤)가 올해 맺은 협약이 21건이다. 동명과기대는 이날 부품사 제이모터스와 업무협약을 체결했다. \
        제이모터스는 지난 2월 동명과기대 기술지주로부터 15억원을 투자받았다.
        """)
        #expect(run.entity("동명과기대")?.name == "동명과학기술대학교", "\(run.forms)")
        #expect(run.entity("동명과기대 기술지주")?.type == .company, "\(run.names)")
    }

    @Test func theKindOfBodyANameEndsInStandsForIt() {
        let run = EntityRun("부산시는 지난 11일 한국보건산업진흥원(진흥원)과 업무협약을 맺었다. 협약식에는 홍재민 진흥원 원장이 참석했다. 진흥원은 해외 거점을 운영한다.")
        #expect(run.entity("진흥원")?.name == "한국보건산업진흥원", "\(run.forms)")
        #expect(run.entity("홍재민")?.type == .person, "\(run.names)")
        #expect(!run.entities.contains { $0.type == .person && $0.name == "진흥원" }, "\(run.names)")
    }

    @Test func anEventAfterAWordForFirmsIsNoFirm() {
        #expect(EntityRun("도는 오는 4월 청주에서 반도체 기업 채용박람회를 연다.").names.isEmpty)
        #expect(EntityRun("도는 반도체 기업 한빛세미텍을 유치했다.").names == ["한빛세미텍"])
    }

    @Test func localCouncilsAreBodies() {
        let run = EntityRun("협약식에는 서동철 포항시의회 의장이 참석했다. 동의안은 지난 22일 김제시의회 임시회를 통과했다.")
        #expect(run.entity("포항시의회")?.type == .institution, "\(run.names)")
        #expect(run.entity("김제시의회")?.type == .institution, "\(run.names)")
        #expect(run.entity("서동철")?.type == .person, "\(run.names)")
    }

    @Test func aProvinceActingWithItsShortFormInBrackets() {
        let run = EntityRun("도비는 전북특별자치도(전북도)가 올해 추경을 통해 반영하기로 했다.")
        #expect(run.entity("전북특별자치도")?.type == .institution, "\(run.entities)")
        // Written as a place, it stays one.
        #expect(EntityRun("공장은 전북특별자치도(전북도) 김제에 들어선다.").entity("전북특별자치도")?.type == .location)
    }

    @Test func aCentreGoingUpIsABuilding() {
        #expect(EntityRun("경북도는 국비를 포함해 총 2,300억 원을 들여 'SMR 제작지원센터'도 울진에 짓고 있다.").names == ["경상북도"])
        // A centre that acts is a body.
        #expect(EntityRun("한빛제작지원센터는 울진군과 협약을 맺었다.").names.contains("한빛제작지원센터"))
    }

    @Test func aCountyListedBeforeADescribedFirmIsAGovernment() {
        let run = EntityRun("충청북도는 지난 11일 도청에서 음성군, 이차전지 전해액 제조기업 케이엘켐(KL Chem)과 650억원 규모의 투자협약을 체결했다.")
        #expect(run.entity("음성군")?.type == .institution, "\(run.entities.map { ($0.name, $0.type) })")
        // A clause between is no descriptor: the place stays a place.
        let clause = EntityRun("공장은 음성군, 그리고 3년 뒤 이전할 제조기업 케이엘켐과 함께 짓는다.")
        #expect(clause.entity("음성군")?.type == .location, "\(clause.entities.map { ($0.name, $0.type) })")
    }
}
