import Testing
@testable import DealGraph

/// Deals read end to end from Korean sentences, through cleaning and the entity extractor.
@Suite struct DealExtractorTests {
    struct Found: Equatable, CustomStringConvertible {
        let kind: DealKind
        let parties: Set<String>
        let status: DealStatus
        let date: String?
        var description: String { "\(kind.rawValue) \(parties.sorted()) \(status.rawValue) \(date ?? "-")" }
    }

    func extract(_ text: String, published: String = "2024-03-08") -> Extraction {
        Pipeline.extract(Document(id: "t", source: "t", published: CalendarDay(iso: published), text: text))
    }

    func deals(_ text: String, published: String = "2024-03-08") -> [Found] {
        let extraction = extract(text, published: published)
        let names = Dictionary(uniqueKeysWithValues: extraction.entities.map { ($0.id, $0.name) })
        return extraction.deals.map {
            Found(kind: $0.kind, parties: Set($0.parties.map { names[$0] ?? $0 }), status: $0.status, date: $0.date?.iso)
        }
    }

    // MARK: parties

    @Test func topicAndCounterpart() {
        #expect(deals("삼성전자는 카이스트와 차세대 반도체 공동연구를 위한 업무협약을 체결했다고 5일 밝혔다.") ==
                [Found(kind: .mou, parties: ["삼성전자", "카이스트"], status: .signed, date: nil)])
    }

    @Test func bothPartiesAsSubject() {
        let found = deals("LG화학과 포스코홀딩스는 지난 4일 이차전지 소재 공급망 협력 양해각서(MOU)를 맺었다.")
        #expect(found == [Found(kind: .mou, parties: ["LG화학", "포스코홀딩스"], status: .signed, date: "2024-03-04")])
    }

    @Test func threePartiesInAList() {
        let found = deals("한국전력, 두산에너빌리티, 한국원자력연구원 3자 간 SMR 협약이 체결됐다.")
        #expect(found.count == 1)
        #expect(found.first?.parties.count == 3)
        #expect(found.first?.kind == .mou)
    }

    @Test func foreignCounterpartWithSaAndWaui() {
        let found = deals("유한양행은 미국 얀센(Janssen)사와의 폐암 신약 기술수출 계약을 체결했다.")
        #expect(found.map(\.kind) == [.techExport])
        #expect(found.first?.parties.contains("유한양행") == true)
        #expect(found.first?.parties.count == 2)
    }

    @Test func subjectCarriedFromThePreviousSentence() {
        let text = "셀트리온은 올해 바이오시밀러 생산을 크게 늘린다. 지난 6월에는 바이넥스와 3년 동안 원부자재를 공급받는 계약을 맺기도 했다."
        #expect(deals(text).map(\.parties) == [["셀트리온", "바이넥스"]])
    }

    @Test func yangsaResolvesToThePartiesNamedBefore() {
        let text = "셀트리온과 바이넥스가 바이오의약품 위탁생산 국산화를 위해 손을 잡았다. 두 회사는 30일 인천 송도에서 업무협약(MOU)을 맺었다."
        #expect(deals(text, published: "2021-11-30") ==
                [Found(kind: .mou, parties: ["셀트리온", "바이넥스"], status: .signed, date: "2021-11-30")])
    }

    @Test func sponsorsParentsAndAffiliationsAreNotParties() {
        let text = "셀트리온은 한국바이오협회 후원으로 바이넥스와 업무협약을 맺었다. 이날 협약식에는 김철수 삼성전자 사장이 참석해 협약서에 서명했다."
        #expect(deals(text).map(\.parties) == [["셀트리온", "바이넥스"]])
        let parent = "부광약품의 덴마크 자회사 콘테라파마는 메디치인베스트먼트로부터 30억원의 시리즈A 투자를 유치했다."
        #expect(deals(parent).map(\.parties) == [["콘테라파마", "메디치인베스트먼트"]])
    }

    @Test func announcerIsNotAParty() {
        let text = "카카오헬스케어는 구글과 인공지능(AI)을 활용한 바이오 기술협력 MOU를 체결했다고 대통령실은 전했다."
        #expect(deals(text).map(\.parties) == [["카카오헬스케어", "구글"]])
    }

    @Test func chainedDealsInOneSentenceStayApart() {
        let text = "대웅제약은 미국 아우디툼바이오(Auditum Bio)사와의 신약 후보물질 기술수출 계약을 체결했으며, 카카오헬스케어는 구글과 AI 기술협력 MOU를 체결했다."
        let found = deals(text)
        #expect(found.map(\.kind) == [.techExport, .mou])
        #expect(found.map(\.parties) == [["대웅제약", "아우디툼바이오"], ["카카오헬스케어", "구글"]])
    }

    // MARK: investments

    @Test func investeesEachGetTheirOwnRound() {
        let text = "하플사이언스는 시리즈A로 100억원을, 같은 해 설립된 에이피트바이오는 엔젤 단계에서 45억원을 확보했다."
        #expect(Set(deals(text).map(\.parties)) == [["하플사이언스"], ["에이피트바이오"]])
    }

    @Test func roundParticipantsJoinTheRound() {
        let text = "오름테라퓨틱은 345억원 규모의 시리즈B 라운드를 마감했다. 오름테라퓨틱 라운드에는 인터베스트와 IMM인베스트먼트, KTB네트워크 등이 참여했다."
        let found = deals(text)
        #expect(found.count == 1)
        #expect(found.first?.parties == ["오름테라퓨틱", "인터베스트", "IMM인베스트먼트", "KTB네트워크"])
    }

    @Test func participantsOfThisInvestmentJoinIt() {
        let text = "인공지능(AI) 스타트업 업스테이지가 1000억원 규모의 시리즈B 투자를 유치했다고 17일 밝혔다. 이번 투자에는 SK네트웍스, KT, 산업은행, 신한벤처투자 등이 참여했다."
        let found = deals(text, published: "2024-03-18")
        #expect(found == [Found(kind: .investment, parties: ["업스테이지", "SK네트웍스", "KT", "산업은행", "신한벤처투자"],
                                status: .signed, date: nil)])
    }

    @Test func theRoundsLeadAndNewcomersJoinIt() {
        let text = "리벨리온이 1700억원 규모의 시리즈C 투자 유치를 마무리했다고 30일 밝혔다. 이번 라운드는 KT가 주도했고, 신한투자증권과 DSC인베스트먼트가 신규 투자자로 합류했다."
        #expect(deals(text, published: "2024-01-30") == [Found(kind: .investment, parties: ["리벨리온", "KT", "신한투자증권", "DSC인베스트먼트"],
                                                             status: .signed, date: nil)])
    }

    @Test func theLeadDescribingTheRoundInvestsInTheSubject() {
        let text = "2020년 설립된 우주 스타트업 코스모링크는 올해 초 스페이스게이트파트너스가 주도한 시리즈B 라운드에서 150억원을 유치했다. 의료 AI 스타트업 메디웨이브는 지난 7월 누리벤처파트너스가 주도한 시리즈B 라운드에서 120억원을 투자받았다."
        #expect(deals(text, published: "2024-09-04").map(\.parties) == [["코스모링크", "스페이스게이트파트너스"], ["메디웨이브", "누리벤처파트너스"]])
    }

    @Test func newSharesBoughtInARoundAreNoTakeover() {
        let text = "스마트팜 스타트업 팜리프가 85억원 규모의 시리즈A 투자를 유치했다. 팜리프는 지난달 28일 새봄벤처파트너스와 신주 인수 계약을 맺고 이달 초 납입을 마쳤다."
        let found = deals(text, published: "2023-03-14")
        #expect(!found.contains { $0.kind == .acquisition }, "\(found)")
        #expect(found.contains { $0.kind == .investment && Set($0.parties) == ["팜리프", "새봄벤처파트너스"] }, "\(found)")
    }

    @Test func aContractUnderNegotiationIsExpected() {
        let text = "한결디펜스는 현재 폴란드 군비청과 2차 공급 계약을 협의 중이며, 연내 체결을 목표로 하고 있다."
        #expect(deals(text, published: "2023-08-10").map(\.status) == [.expected])
    }

    @Test func twoKindsSignedTogetherAreTwoDeals() {
        let text = "남해은행은 지난 7일 핀테크 스타트업 페이로드와 50억원 규모의 지분투자 계약과 디지털 금융 협력 업무협약(MOU)을 동시에 체결했다."
        let found = deals(text, published: "2024-05-08")
        #expect(Set(found.map(\.kind)) == [.investment, .mou], "\(found)")
        #expect(found.allSatisfy { $0.parties == ["남해은행", "페이로드"] && $0.date == "2024-05-07" }, "\(found)")
    }

    @Test func partiesCountedWithGae() {
        let text = "포항공과대학교와 한국로봇산업진흥원, 미르로보틱스, 한국산업은행, 포스코가 협동로봇 실증에 힘을 모은다. 이들 5개 기관·기업은 20일 공동연구 업무협약을 체결했다."
        #expect(deals(text, published: "2024-05-21").map(\.parties) == [["포항공과대학교", "한국로봇산업진흥원", "미르로보틱스", "한국산업은행", "포스코"]])
    }

    @Test func theVenueIsNoParty() {
        let text = "삼성전자는 8일 미국 라스베이거스 컨벤션센터(LVCC)에 마련한 부스에서 네이버와 업무협약을 체결했다. 분당서울대병원은 지난 1일 판교 한국바이오협회에서 대웅제약과 공동연구 협약을 맺었다."
        #expect(deals(text, published: "2024-01-09").map(\.parties) == [["삼성전자", "네이버"], ["분당서울대병원", "대웅제약"]])
    }

    @Test func serviceContractsAndSigningsGoingOnAreSupply() {
        let text = "한화시스템은 한국항공우주연구원과 위성 3기의 발사 서비스 계약도 맺었다. LG전자는 지난해 11월 SK텔레콤과 장비 공급 계약을 맺으며 중동 시장에 진출했다."
        #expect(deals(text, published: "2024-02-27").map(\.kind) == [.supply, .supply])
    }

    @Test func theParentAnnouncingItsSubsidiarysContractIsNoParty() {
        let text = "한화오션의 지주회사인 한화는 자회사 한화오션이 LNG운반선 공급계약을 체결했다고 30일 공시했다."
        #expect(deals(text, published: "2023-05-30").map(\.parties) == [["한화오션"]])
    }

    @Test func investorsAloneInvestInTheCompanyTold() {
        let text = "스마트팜 스타트업 팜리프가 85억원 규모의 시리즈A 투자를 유치했다. 회사는 2021년 설립 직후 블루포인트파트너스로부터 시드 투자 5억원을 받았다."
        #expect(deals(text, published: "2023-03-14").map(\.parties) == [["팜리프"], ["팜리프", "블루포인트파트너스"]])
    }

    @Test func aContractWithANewCounterpartRightAfterADealIsAnotherDeal() {
        let text = "CJ제일제당은 지난 1일 베트남에서 롯데마트와 김스낵 공급 계약을 체결했다고 3일 밝혔다. 이튿날인 2일에는 태국 방콕으로 자리를 옮겨 이마트와 120만달러 규모의 계약을 맺었다."
        #expect(deals(text, published: "2024-04-03").map(\.parties) == [["CJ제일제당", "롯데마트"], ["CJ제일제당", "이마트"]])
        // The counterpart's own house is no venue.
        let house = "삼성전자는 4일 일본 도쿄의 소프트뱅크 본사에서 6G 공동 연구 업무협약(MOU)을 맺었다."
        #expect(deals(house, published: "2024-04-05").map(\.parties) == [["삼성전자", "소프트뱅크"]])
    }

    @Test func investorsJoiningTheRoundToldJustBefore() {
        let text = "로봇 그리퍼 스타트업 모션그립이 150억원 규모의 시리즈A 투자를 유치했다. 이번 라운드는 카카오벤처스가 주도했다. 다올인베스트먼트, 블루포인트파트너스, 한국산업은행 및 KB인베스트먼트가 함께 이름을 올렸다. 삼성전자도 행사에 참여했다."
        #expect(deals(text, published: "2024-06-26").map(\.parties) == [["모션그립", "카카오벤처스", "다올인베스트먼트", "블루포인트파트너스", "한국산업은행", "KB인베스트먼트"]])
    }

    @Test func theJointVentureNamedInQuotesIsNoFounder() {
        let text = "포스코는 20일 호주 퍼스에서 현대제철과 합작법인 '그린아이언'을 세우는 계약을 체결했다."
        #expect(deals(text, published: "2024-05-21").map(\.parties) == [["포스코", "현대제철"]])
        // It is an entity of its own all the same.
        #expect(extract(text, published: "2024-05-21").entities.contains { $0.name == "그린아이언" && $0.type == .company })
    }

    @Test func theCityJustNamedSignsAsSi() {
        let text = "인천시가 도심항공교통 상용화에 나선다. 시는 이날 시청 접견실에서 대한항공, 한화시스템과 업무협약을 체결했다고 28일 밝혔다."
        #expect(deals(text, published: "2024-05-28").map(\.parties) == [["인천광역시", "대한항공", "한화시스템"]])
    }

    @Test func investedInByAForeignVentureCapitalist() {
        let text = "타이달은 지난해 미국 벤처캐피털 앤드리슨호로위츠(a16z)로부터 300억원을 투자받았다."
        #expect(deals(text).map(\.parties) == [["타이달", "앤드리슨호로위츠"]])
    }

    @Test func anInvestorInvestingInTwoCompaniesMakesTwoDeals() {
        let text = "산업은행은 반도체 설계자산 기업 오픈엣지테크놀로지와 딥러닝 칩을 개발하는 딥엑스에 자금을 넣었다."
        #expect(Set(deals(text).map(\.parties)) == [["오픈엣지테크놀로지", "산업은행"], ["딥엑스", "산업은행"]])
    }

    // MARK: status

    @Test(arguments: [
        ("한국석유공사는 ADNOC와 수소 생산을 위한 MOU에 서명했다.", DealStatus.signed),
        ("현대차와 LG에너지솔루션은 오는 18일 배터리 대여 사업 업무협약을 체결할 예정이다.", .planned),
        ("하이닉스와 마이크론이 이르면 다음 달 중 양해각서(MOU)를 맺을 수 있을 것이라는 관측이 나온다.", .expected),
        ("한미약품은 사노피와 맺은 기술수출 계약이 해지됐다고 공시했다.", .cancelled),
        ("롯데케미칼과 GS에너지가 미국 루이지애나주에 석유화학 합작사를 세우기로 했다.", .planned),
        // 전망 inside 송배전망 (a grid) says nothing of the deal
        ("한국전력은 베트남전력공사(EVN)와 송배전망 현대화 협력 MOU를 체결했다.", .signed),
        ("효성은 한국전력과 탄소섬유 공장 증설을 위한 양해각서를 교환했다.", .signed),
    ])
    func status(text: String, expected: DealStatus) {
        #expect(deals(text).map(\.status) == [expected])
    }

    // MARK: once, not three times

    @Test func repeatedParagraphsGiveOneDealWithEveryCopyAsEvidence() {
        let lead = "한빛제약은 미국 노바티스와 2조원 규모의 신약 기술수출 계약을 체결했다고 5일 밝혔다."
        let text = "\(lead)\n\n계약에 따라 노바티스는 전 세계 권리를 갖는다.\n\n\(lead)\n\n이번 계약은 회사 설립 이래 최대 규모다."
        let extraction = extract(text)
        #expect(extraction.deals.count == 1)
        #expect(extraction.deals.first?.evidence.count ?? 0 >= 2)
        #expect(extraction.deals.first?.date == nil)  // the 5th is the announcement's day
    }

    @Test func twoMOUsBetweenTheSamePartiesAtDifferentTimesStayTwo() {
        let text = "신한금융은 지난달 29일 KT와 금융사기 탐지 기술 협력을 위한 업무협약(MOU)을 체결했다. 신한금융과 KT는 지난해 9월 맺은 업무협약을 바탕으로 신사업을 발굴해 왔다."
        let found = deals(text, published: "2022-05-01")
        #expect(found.count == 2)
        #expect(found.map(\.date) == ["2022-04-29", nil])
    }

    // MARK: not deals

    @Test(arguments: [
        "MOU 체결 이후 성과는 아직 뚜렷하지 않다.",
        "다만 MOU는 법적 구속력이 없는 만큼 후속 협의가 중요하다는 지적도 나온다.",
        "이날 투자상담회에 참여한 스타트업들은 1500만달러 이상의 투자 자금을 유치할 것으로 기대하고 있다.",
        "인수위원회는 새 정부의 국정과제를 발표했다.",
    ])
    func sentencesWithADealWordButNoDeal(text: String) {
        #expect(deals(text).isEmpty)
    }

    @Test func headlinesOfOtherArticlesAreNotDeals() {
        let text = """
        셀트리온은 바이넥스와 위탁생산 협약을 맺었다.

        [관련기사]
        - 삼성바이오로직스, 美 제약사와 1472억원 위탁생산 의향서 체결
        - 서지넥스, 케이넷투자파트너스 등서 시리즈A 40억원 유치
        """
        #expect(deals(text).map(\.parties) == [["셀트리온", "바이넥스"]])
    }

    // MARK: sectors and dates

    @Test func sectorsComeFromTheClauseNotFromNames() {
        let text = "카카오헬스케어는 구글과 인공지능(AI)을 활용한 바이오 기술협력 MOU를 체결했다."
        #expect(extract(text).deals.first?.sectors == [.ai, .bio])
    }

    @Test func aDealToldTwiceTakesTheSectorsOfBothTellings() {
        // The headline tells the battery side, the body the taxis: one deal, both sectors.
        let text = """
        현대차·LG엔솔 '배터리 대여' MOU 맺는다

        현대차와 LG에너지솔루션은 오는 18일 전기택시 배터리 대여 사업을 위한 업무협약(MOU)을 체결할 예정이다.
        """
        let found = extract(text, published: "2021-02-17").deals
        #expect(found.count == 1)
        #expect(found.first?.sectors == [.automotive, .battery])
        // A deal told once keeps only the sectors of its clause.
        let once = "현대차와 LG에너지솔루션은 배터리 재사용 사업을 위한 업무협약(MOU)을 체결했다."
        #expect(extract(once).deals.first?.sectors == [.battery])
    }

    @Test func soJaeAfterAPlaceSaysWhereNotMaterials() {
        let located = "삼성바이오로직스가 미국 소재 제약사와 1조1000억원 규모의 위탁생산(CMO) 계약을 체결했다고 2일 공시했다."
        #expect(extract(located).deals.first?.sectors == [.bio])
        let materials = "포스코홀딩스와 포항공과대학교가 이차전지 소재 공동연구 협약을 맺었다."
        #expect(extract(materials).deals.first?.sectors == [.battery, .materials])
        // 불화수소 is a chemical, not hydrogen energy.
        let fluoride = "케이머티리얼즈가 포모사마이크로와 반도체용 불화수소 공급 계약을 체결했다."
        #expect(extract(fluoride).deals.first?.sectors == [.materials, .semiconductor])
    }

    @Test func dayOfTheSigningNotOfTheAnnouncement() {
        let text = "SK바이오팜은 13일 일본 오노약품공업과 뇌전증 신약의 기술수출 계약을 체결했다. 회사는 이를 14일 공시했다."
        #expect(deals(text, published: "2020-10-14").first?.date == "2020-10-13")
    }

    @Test func aContractToldAgainGivesItsDay() {
        let text = "롯데바이오로직스는 미국 앨러간테라퓨틱스와 항체의약품 공급 계약을 체결했다고 12일 밝혔다. 회사는 지난 10일 미국 뉴저지에서 계약을 맺었다."
        #expect(deals(text, published: "2024-06-12") ==
                [Found(kind: .supply, parties: ["롯데바이오로직스", "앨러간테라퓨틱스"], status: .signed, date: "2024-06-10")])
    }

    @Test func aDealToldAgainAsARecordIsNoNewDeal() {
        let text = "한화오션과 한화시스템이 미국 필리조선소 지분 100%를 1억달러에 인수하는 거래를 마무리했다고 20일 밝혔다. 한화그룹이 미국 조선소를 인수한 것은 이번이 처음이다."
        let found = deals(text, published: "2024-12-21")
        #expect(found == [Found(kind: .acquisition, parties: ["한화오션", "한화시스템", "필리조선소"], status: .signed, date: nil)])
        #expect(extract(text, published: "2024-12-21").deals.first?.evidence.count == 2)
    }

    @Test func aJointCompanyIsAJointVenture() {
        let text = "롯데케미칼과 GS에너지가 미국 루이지애나주에 석유화학 합작사를 세우기로 했다. 양사는 다음 달 합작 계약을 체결할 예정이다."
        #expect(deals(text) == [Found(kind: .jointVenture, parties: ["롯데케미칼", "GS에너지"], status: .planned, date: nil)])
        // A joint company named as a firm's descriptor makes no joint venture of its contract.
        let descriptor = "GC녹십자는 2022년 중국 캐나다 합작사 CBC와 혈액제제 공급 계약을 맺었다."
        #expect(deals(descriptor) == [Found(kind: .supply, parties: ["GC녹십자", "CBC"], status: .signed, date: nil)])
    }

    @Test func exportAndCallOffContractsAreSupply() {
        let export = "한국항공우주산업(KAI)은 말레이시아 국방부와 FA-50 경공격기 18대를 수출하는 계약을 체결했다고 24일 밝혔다."
        #expect(deals(export, published: "2023-02-24").map(\.kind) == [.supply])
        let callOff = "현대로템은 지난 1일 폴란드 군비청과 K2 전차 180대에 대한 2차 이행계약을 맺었다. 계약 금액은 65억달러 규모다."
        #expect(deals(callOff, published: "2024-12-02") ==
                [Found(kind: .supply, parties: ["현대로템", "폴란드 군비청"], status: .signed, date: "2024-12-01")])
        let maintenance = "한누리항공은 같은 날 엔진 제조사 프랫앤드휘트니(Pratt & Whitney)와도 GTF 엔진 정비 지원 계약을 함께 체결했다."
        #expect(deals(maintenance).map(\.kind) == [.supply], "\(deals(maintenance))")
        let imports = "한국가스공사는 카타르에너지와 LNG 장기 도입 계약을 맺었다."
        #expect(deals(imports).map(\.kind) == [.supply])
        let cdmo = "롯데바이오로직스는 영국 ADC 전문기업 오가노이드와 위탁개발생산 계약을 체결했다."
        #expect(deals(cdmo).map(\.parties) == [["롯데바이오로직스", "오가노이드"]])
        // A technology's export stays a technology export: its cue starts further left.
        let technology = "SK바이오팜은 일본 오노약품공업과 뇌전증 신약의 기술수출 계약을 체결했다."
        #expect(deals(technology).map(\.kind) == [.techExport])
    }

    @Test func aGameLicensedToAPublisherAbroadIsATechnologyExport() {
        let text = "게임 개발사 넥서스픽셀이 미국 퍼블리셔 룬스톤 인터랙티브(Runestone Interactive)와 모바일 MMORPG의 북미·유럽 판권 계약을 맺었다."
        #expect(deals(text) == [Found(kind: .techExport, parties: ["넥서스픽셀", "룬스톤 인터랙티브"], status: .signed, date: nil)], "\(deals(text))")
    }

    @Test func moneyOfTheNextSentenceBelongsToTheDeal() {
        let text = "종근당은 스위스 노바티스와 신약 후보물질 기술수출 계약을 체결했다. 계약금은 8000만 달러(약 1061억원)이며 총 계약 규모는 13억500만 달러다.\n\n회사는 올해 매출 2조원을 바라본다."
        let extraction = extract(text)
        let values = Set(extraction.deals.first?.amounts.compactMap { id in extraction.amounts.first { $0.id == id }?.value } ?? [])
        #expect(values == [80_000_000, 106_100_000_000, 1_305_000_000])
    }

    // MARK: grouping

    @Test func mentionsAreGroupedBySentenceIndexEitherWay() {
        let mentions = [EntityMention(entityID: "company:한빛전자", sentence: 0, range: 0..<4),
                        EntityMention(entityID: "company:노바백스", sentence: 2, range: 3..<7),
                        EntityMention(entityID: "company:한빛전자", sentence: 2, range: 9..<13),
                        EntityMention(entityID: "company:유령", sentence: 9, range: 0..<2)]
        // Indices that are positions (the pipeline's): grouped in an array.
        let positional = (0..<3).map { k in
            Sentence(index: k, paragraph: 0, scalars: Array("한빛전자와 노바백스".unicodeScalars), sourceStarts: Array(0..<10),
                     sourceEnds: Array(1...10), repeats: nil, source: SourceText("한빛전자와 노바백스"))
        }
        let byPosition = DealExtractor.mentionsBySentence(mentions, positional)
        #expect(byPosition(0).map(\.entityID) == ["company:한빛전자"])
        #expect(byPosition(1).isEmpty)
        #expect(byPosition(2).map(\.entityID) == ["company:노바백스", "company:한빛전자"])
        #expect(byPosition(9).isEmpty && byPosition(-1).isEmpty)
        // Other indices (a caller's own numbering): grouped by hashing, with the same answers.
        let numbered = positional.reversed().enumerated().map { offset, sentence in
            Sentence(index: [9, 2, 0][offset], paragraph: 0, scalars: sentence.scalars, sourceStarts: Array(0..<10),
                     sourceEnds: Array(1...10), repeats: nil, source: SourceText("한빛전자와 노바백스"))
        }
        let byIndex = DealExtractor.mentionsBySentence(mentions, numbered)
        #expect(byIndex(9).map(\.entityID) == ["company:유령"])
        #expect(byIndex(2).map(\.entityID) == ["company:노바백스", "company:한빛전자"])
        #expect(byIndex(1).isEmpty)
    }

    @Test func onlySentencesWithACounterCanStateATotal() {
        let view = { (text: String) in SentenceView(Sentence(text), mentions: [], types: [:]) }
        #expect(AggregateExtractor.mayCount(view("이번 포럼에서 양해각서(MOU) 23건이 체결됐다.")))
        #expect(AggregateExtractor.mayCount(view("바이오기업 15곳이 투자를 유치했다.")))
        #expect(!AggregateExtractor.mayCount(view("삼성전자는 카이스트와 업무협약을 체결했다.")))
    }
}
