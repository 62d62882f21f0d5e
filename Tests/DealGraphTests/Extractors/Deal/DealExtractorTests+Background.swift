import Testing
@testable import DealGraph

/// Deals told beside the story's own deal, and the shapes the round's blind sets showed: earlier
/// rounds of the same company, new shares of another firm, a collective counting the place of
/// signing, rounds told over several sentences, lists written inline, a technology handed over or
/// bought, orders told one by one, and the other side telling the deal.
extension DealExtractorTests {
    // MARK: rounds of different stages

    @Test func anEarlierRoundOfAnotherStageIsADealOfItsOwn() {
        let text = """
        제목

        물류 로봇 스타트업 카고웨이는 지난달 12일 누리벤처스 등 투자사 4곳과 신주 인수 계약을 맺고 시리즈C 라운드를 마쳤다고 3일 밝혔다. \
        이번 라운드는 누리벤처스가 주도했다.

        누리벤처스와 카고웨이의 인연은 2020년으로 거슬러 올라간다. 누리벤처스는 당시 카고웨이의 시리즈A 라운드에서 40억원을 투자해 최대 재무적 투자자가 됐다.

        끝.
        """
        let found = deals(text, published: "2024-05-03")
        #expect(found == [
            Found(kind: .investment, parties: ["카고웨이", "누리벤처스"], status: .signed, date: "2024-04-12"),
            Found(kind: .investment, parties: ["카고웨이", "누리벤처스"], status: .signed, date: nil),
        ], "\(found)")
    }

    @Test func theSameStageToldAgainIsTheSameRound() {
        // "시리즈C" in the lead and again in the detail, the detail undated: one round.
        let text = """
        제목

        물류 로봇 스타트업 카고웨이가 시리즈C 투자를 유치했다. 카고웨이는 지난달 12일 누리벤처스와 시리즈C 신주 인수 계약을 맺었다고 3일 밝혔다.

        끝.
        """
        let found = deals(text, published: "2024-05-03")
        #expect(found == [Found(kind: .investment, parties: ["카고웨이", "누리벤처스"], status: .signed, date: "2024-04-12")], "\(found)")
    }

    @Test(arguments: [
        ("누리벤처스는 2020년 카고웨이의 프리A 라운드에서도 10억원을 넣었다.", "pre-A"),
        ("누리벤처스는 2020년 카고웨이의 프리 시리즈A 라운드에서도 10억원을 넣었다.", "pre-A"),
        ("누리벤처스는 2019년 카고웨이의 시드 투자에도 참여했다.", "seed"),
    ])
    func anEarlierRoundOfAnyOtherStageStandsApart(sentence: String, stage: String) {
        let text = """
        제목

        카고웨이는 지난달 12일 누리벤처스 등 투자사 4곳과 신주 인수 계약을 맺고 시리즈C 라운드를 마쳤다고 3일 밝혔다.

        \(sentence)

        끝.
        """
        let found = deals(text, published: "2024-05-03")
        #expect(found.count == 2, "\(stage): \(found)")
        #expect(found.allSatisfy { $0.parties == ["카고웨이", "누리벤처스"] }, "\(stage): \(found)")
    }

    // MARK: new shares

    @Test func newSharesOfAnIssuerNamedWithThePossessive() {
        let text = "제목\n\n손해보험사 한빛화재는 지난해 베트남 중견 보험사 사이공 인슈어런스(Saigon Insurance)의 제3자 배정 유상증자에 참여해 " +
            "2000만달러(약 270억원)를 투자했다.\n\n끝."
        let found = deals(text, published: "2025-02-10")
        #expect(found == [Found(kind: .investment, parties: ["사이공 인슈어런스", "한빛화재"], status: .signed, date: nil)], "\(found)")
    }

    // MARK: collectives

    @Test func aFirmNamedAsThePlaceIsOneOfThoseTheCollectiveCounts() {
        let text = """
        제목

        식품기업 다올푸드가 베트남 유통기업 사이공마트(Saigon Mart), 한국농수산식품유통공사와 손잡고 동남아 시장에 나선다.

        다올푸드는 지난 8일 호찌민 사이공마트 본사에서 두 곳과 'K-푸드 현지 유통 협력을 위한 업무협약(MOU)'을 체결했다고 12일 밝혔다.

        끝.
        """
        let found = deals(text, published: "2024-07-12")
        #expect(found == [
            Found(kind: .mou, parties: ["다올푸드", "사이공마트", "한국농수산식품유통공사"], status: .signed, date: "2024-07-08"),
        ], "\(found)")
    }

    @Test func aCollectiveBesidesCounterpartsNamedCountsNothingMore() {
        // The counterparts are named, with 와: "두 곳" only restates them.
        let text = """
        제목

        다올푸드는 지난 8일 베트남 유통기업 사이공마트(Saigon Mart), 한국농수산식품유통공사와 업무협약을 체결했다. 다올푸드는 두 곳과 공동 상품도 개발한다.

        끝.
        """
        let found = deals(text, published: "2024-07-12")
        #expect(found == [
            Found(kind: .mou, parties: ["다올푸드", "사이공마트", "한국농수산식품유통공사"], status: .signed, date: "2024-07-08"),
        ], "\(found)")
    }

    // MARK: deals told loosely first

    @Test func aPactToldLooselyTakesTheStatusOfItsTellingWithADealWord() {
        let text = """
        제목

        전라남도가 호주 농업기술 기업 서던크로스 애그테크(Southern Cross AgTech), 국립순천대학교와 손잡고 스마트농업 기술을 도내 농가에 보급한다.

        전남도는 오는 5월 2일 도청에서 서던크로스 애그테크, 국립순천대와 업무협약을 체결할 예정이라고 25일 밝혔다.

        끝.
        """
        let found = deals(text, published: "2024-04-25")
        #expect(found == [
            Found(kind: .mou, parties: ["전라남도", "서던크로스 애그테크", "국립순천대학교"], status: .planned, date: "2024-05-02"),
        ], "\(found)")
    }

    // MARK: a round told over several sentences

    @Test func theRestOfARoundToldAfterSentencesOfItsInvestor() {
        let text = """
        제목

        웹툰 제작사 달무리스튜디오가 일본 출판사 하나미쇼텐(Hanami Shoten)을 전략적 투자자로 맞아들이며 300억원 규모의 시리즈B 라운드를 마무리했다고 2일 밝혔다.

        이번 라운드의 핵심은 하나미쇼텐이다. 이 출판사가 20억엔을 넣어 가장 큰 몫을 맡았다. 나머지는 국내 재무적 투자자인 새빛인베스트먼트와 온누리벤처스가 채웠다.

        끝.
        """
        let found = deals(text, published: "2024-09-02")
        #expect(found == [
            Found(kind: .investment, parties: ["달무리스튜디오", "하나미쇼텐", "새빛인베스트먼트", "온누리벤처스"], status: .signed, date: nil),
        ], "\(found)")
    }

    @Test func investorsOfAnotherStoryAfterTheRoundDoNotJoinIt() {
        // Another firm named between: the round does not go on.
        let text = """
        제목

        웹툰 제작사 달무리스튜디오가 일본 출판사 하나미쇼텐(Hanami Shoten)을 전략적 투자자로 맞아들이며 300억원 규모의 시리즈B 라운드를 마무리했다고 2일 밝혔다.

        경쟁사 별빛툰은 지난달 미국 진출을 발표했다. 업계는 올해 해외 매출이 늘 것으로 본다. 나머지는 새빛인베스트먼트와 온누리벤처스가 채웠다.

        끝.
        """
        let found = deals(text, published: "2024-09-02")
        #expect(found.first?.parties == ["달무리스튜디오", "하나미쇼텐"], "\(found)")
    }

    // MARK: earlier rounds told as the company's history

    @Test func aSeedAndASeriesAToldAsHistoryAreDealsOfTheirOwn() {
        let text = """
        제목

        스마트팜 스타트업 온실봇이 200억원 규모의 시리즈B 투자를 유치했다고 24일 밝혔다. 이번 라운드는 새길벤처파트너스가 주도했다.

        회사는 창업 뒤 투자 단계를 차근차근 밟아 왔다. 2021년 액셀러레이터 씨앗랩에서 시드 자금 3억원을 받았고, \
        2022년 3월에는 누리인베스트먼트와 한빛대기술지주 등으로부터 40억원 규모 시리즈A 투자를 끌어냈다.

        끝.
        """
        let found = deals(text, published: "2023-10-24")
        #expect(Set(found.map(\.parties)) == [["온실봇", "새길벤처파트너스"], ["온실봇", "씨앗랩"], ["온실봇", "누리인베스트먼트", "한빛대기술지주"]], "\(found)")
    }

    @Test func aRoundToldOnInTheNextSentenceIsTheRoundOfThatTime() {
        let text = """
        제목

        물류로봇 스타트업 카고봇은 한빛로지스와 전략적 업무협약을 체결했다고 3일 밝혔다.

        카고봇은 지난 4월 50억원 규모의 시리즈A 투자를 유치했다. 라운드는 푸른고래인베스트먼트가 이끌었다.

        끝.
        """
        let found = deals(text, published: "2023-07-03").filter { $0.kind == .investment }
        #expect(found == [Found(kind: .investment, parties: ["카고봇", "푸른고래인베스트먼트"], status: .signed, date: nil)], "\(found)")
    }

    @Test func theCompanyASentenceOpensOnIsTheInvesteeOfItsLaterClause() {
        let text = """
        제목

        항체약물접합체 스타트업 온코웨이브가 미국 제약사 브라이트파마(Bright Pharma)와 라이선스 아웃 계약을 맺었다.

        온코웨이브의 링커는 독성을 줄였다. 회사는 2019년 한빛대학교 연구실에서 출발했으며, 설립 당시 한빛대기술지주로부터 시드 투자를 받았다.

        끝.
        """
        let found = deals(text, published: "2024-06-07").filter { $0.kind == .investment }
        #expect(found == [Found(kind: .investment, parties: ["온코웨이브", "한빛대기술지주"], status: .signed, date: nil)], "\(found)")
    }

    @Test func investorsToldByTheirPlaceInTheRoundJoinIt() {
        let text = """
        제목

        결제 플랫폼 스타트업 페이온이 400억원 규모의 프리IPO 투자를 유치했다고 22일 밝혔다.

        이번 라운드는 미래솔에쿼티파트너스가 리드 투자자로 나섰고, 카드사인 한별카드가 전략적 투자자(SI)로 들어왔다. \
        싱가포르 벤처캐피털 라이언포트캐피털(Lion Port Capital)도 1000만달러(약 131억원)를 넣었다. 이 밖에 케이투인베스트먼트 등이 참여했다.

        끝.
        """
        let found = deals(text, published: "2023-03-22")
        #expect(found == [Found(kind: .investment, parties: ["페이온", "미래솔에쿼티파트너스", "한별카드", "라이언포트캐피털", "케이투인베스트먼트"],
                                status: .signed, date: nil)], "\(found)")
    }

    @Test func aProvinceDrawingInvestmentRaisesNoRound() {
        let text = "제목\n\n충청북도가 이차전지와 반도체 기업 등 5곳에서 1조3400억원 규모의 투자를 끌어냈다.\n\n끝."
        #expect(deals(text, published: "2025-02-21").isEmpty, "\(deals(text, published: "2025-02-21"))")
    }

    // MARK: lists written inline, rounds pointed back at

    @Test func eachItemOfAListWrittenInlineIsADeal() {
        let text = """
        제목

        경남도는 12일 창원컨벤션센터에서 열린 '수소산업 포럼'에서 모두 5건의 협약을 체결했다고 13일 밝혔다.

        이날 맺은 주요 협약은 ▲경남도–하이젠모빌리티 투자협약 ▲경남도·창원시·국립창원대학교·수소온코리아 전문인력 양성 협약 \
        ▲경남테크노파크–에이치투테크 기업 교류 협약 등이다.

        끝.
        """
        let found = Set(deals(text, published: "2024-06-13").map(\.parties))
        #expect(found == [["경상남도", "하이젠모빌리티"], ["경상남도", "창원특례시", "국립창원대학교", "수소온코리아"],
                          ["경남테크노파크", "에이치투테크"]], "\(found)")
        #expect(deals(text, published: "2024-06-13").allSatisfy { $0.date == "2024-06-12" && $0.status == .signed })
    }

    @Test func pointsOfAListOfAreasAreNoDeals() {
        // Items that name no two parties joined are what a deal covers, not deals.
        let text = """
        제목

        한빛은행과 누리텔레콤은 지난 3일 금융사기 대응 업무협약을 맺었다. 양사는 협약에 따라 ▲AI 기반 사기 탐지 연구 \
        ▲보이스피싱 번호 차단 ▲모바일 앱 보안 강화 등을 함께 추진한다.

        끝.
        """
        let found = deals(text, published: "2024-07-05")
        #expect(found == [Found(kind: .mou, parties: ["한빛은행", "누리텔레콤"], status: .signed, date: "2024-07-03")], "\(found)")
    }

    @Test func everyBackerOfTheRoundPointedBackAtJoinsIt() {
        let text = """
        제목

        로봇 스타트업 딥비전로보틱스가 180억 원 규모의 시리즈B 투자를 유치했다고 5일 밝혔다.

        이번 라운드는 60억 원을 넣은 한강인베스트먼트가 이끌었고 한국산업은행, 대경벤처파트너스, 라이트하우스캐피탈이 함께했다.

        끝.
        """
        let found = deals(text, published: "2024-11-05")
        #expect(found == [Found(kind: .investment, parties: ["딥비전로보틱스", "한강인베스트먼트", "한국산업은행", "대경벤처파트너스", "라이트하우스캐피탈"],
                                status: .signed, date: nil)], "\(found)")
    }

    @Test func thisPactPointsBackAtTheArticlesOwnNotAnEarlierOne() {
        let text = """
        제목

        경상북도는 지난 14일 도청에서 구미시, 한울에너텍과 3자 투자협약(MOU)을 체결했다고 18일 밝혔다.

        앞서 구미시는 지난해 9월 반도체 소재기업 세진머티리얼즈와 850억 원 규모의 투자협약을 맺었다. \
        이번 협약으로 경북도가 올해 들어 맺은 투자협약은 모두 7건으로 늘었다.

        끝.
        """
        let found = deals(text, published: "2024-03-18")
        #expect(Set(found.map(\.parties)) == [["경상북도", "구미시", "한울에너텍"], ["구미시", "세진머티리얼즈"]], "\(found)")
    }

    @Test func theCompanyIsTheFirmLeadingTheArticlesDealNotItsCounterpart() {
        let text = """
        제목

        오픈랜 스타트업 웨이브링스(WaveLinks)가 일본 통신장비 업체 미나토넷(Minato Net)과 협력을 논의하고 있다고 9일 밝혔다. \
        두 회사는 이르면 상반기 업무협약(MOU)을 맺을 것으로 보인다.

        미나토넷은 일본 기지국 장비 시장 3위 업체다. 회사는 연내 300억원 규모의 시리즈C 투자 유치를 추진하고 있다.

        끝.
        """
        let found = deals(text, published: "2025-01-09").filter { $0.kind == .investment }
        #expect(found == [Found(kind: .investment, parties: ["웨이브링스"], status: .expected, date: nil)], "\(found)")
    }

    // MARK: technology handed over

    @Test(arguments: [
        "한결바이오는 독일 로트바흐 바이오로직스(Rothbach Biologics)에 알츠하이머병 항체 신약 후보를 4억 유로(약 5800억원)에 넘겼다.",
        "가장 큰 거래는 한결바이오가 독일 로트바흐 바이오로직스(Rothbach Biologics)에 ADC 플랫폼을 넘긴 계약으로, 규모가 최대 17억달러에 달했다.",
    ])
    func aTechnologyHandedOverAbroadIsATechnologyExport(sentence: String) {
        let found = deals("제목\n\n\(sentence)\n\n끝.", published: "2024-12-20")
        #expect(found == [Found(kind: .techExport, parties: ["한결바이오", "로트바흐 바이오로직스"], status: .signed, date: nil)], "\(found)")
    }

    @Test func controlHandedOverIsNoLicence() {
        let found = deals("제목\n\n한결바이오는 경영권을 독일 로트바흐 바이오로직스(Rothbach Biologics)에 넘겼다는 소문을 부인했다.\n\n끝.", published: "2024-12-20")
        #expect(!found.contains { $0.kind == .techExport }, "\(found)")
    }

    @Test func whatADealBringsAboutNamesNoParty() {
        let text = """
        제목

        의료 AI 기업 메디코어는 지난 14일 한빛대학교병원과 업무협약(MOU)을 체결했다고 16일 밝혔다.

        회사는 이번 협약으로 개발하는 부정맥 진단 솔루션을 내년 식품의약품안전처 허가를 받아 출시할 계획이다.

        끝.
        """
        let found = deals(text, published: "2024-02-16")
        #expect(found == [Found(kind: .mou, parties: ["메디코어", "한빛대학교병원"], status: .signed, date: "2024-02-14")], "\(found)")
    }

    // MARK: orders told one by one

    @Test func shipOrdersToldOneByOneAreEachASupply() {
        let text = """
        제목

        해림중공업이 그리스와 싱가포르 선사로부터 선박 6척을 따냈다. 해림중공업은 두 건의 선박 건조 계약을 맺었다고 11일 공시했다.

        먼저 그리스 선사 아르고스 마리타임(Argos Maritime)과 LNG 운반선 2척을 6842억원에 짓기로 했다. 선박은 2028년까지 인도된다. \
        다른 한 건은 싱가포르 컨테이너선사 블루하버 라인즈(Blue Harbour Lines)가 발주한 컨테이너선 4척으로, 계약 규모는 7035억원이다.

        한편 경쟁사 동해중공업도 노르웨이 선사 피오르탱커스(Fjord Tankers)와 셔틀탱커 2척을 4510억원에 건조하는 계약을 맺었다.

        끝.
        """
        let found = Set(deals(text, published: "2025-03-11").map(\.parties))
        #expect(found == [["해림중공업", "아르고스 마리타임"], ["해림중공업", "블루하버 라인즈"], ["동해중공업", "피오르탱커스"]], "\(found)")
    }

    @Test func anOrderToldAsBackgroundIsNoDeal() {
        // "발주한" describing ships, no contract told: no order of the article.
        let text = "제목\n\n잉걸스 조선소는 미국 최대 수상함 건조 시설이다. 미 해군이 근래 발주한 구축함의 3분의 2가 이곳에 배정됐다.\n\n끝."
        #expect(deals(text, published: "2025-03-11").isEmpty, "\(deals(text, published: "2025-03-11"))")
    }

    // MARK: the other side telling the deal

    @Test func aFirmAnnouncingOneFirmsContractIsItsCounterpart() {
        let text = "제목\n\n태영전력기기는 나이지리아 배전회사 이코이 파워(Ikoyi Power)가 지난 14일 라고스 본사에서 6800만달러 규모의 " +
            "스마트미터 구매 계약에 서명했다고 16일 밝혔다.\n\n끝."
        let found = deals(text, published: "2023-06-16")
        #expect(found == [Found(kind: .supply, parties: ["태영전력기기", "이코이 파워"], status: .signed, date: "2023-06-14")], "\(found)")
        // A ministry announcing two firms' contract is no party of it.
        let two = "제목\n\n산업통상자원부는 한국전력과 나이지리아 배전회사 이코이 파워(Ikoyi Power)가 지난 14일 구매 계약에 서명했다고 16일 밝혔다.\n\n끝."
        #expect(deals(two, published: "2023-06-16").map(\.parties) == [["한국전력", "이코이 파워"]], "\(deals(two, published: "2023-06-16"))")
    }

    @Test func rightsToACandidateBoughtAreALicence() {
        let text = "제목\n\n이스라엘 바이오기업 메디온 테라퓨틱스(Medion Therapeutics)가 국내 바이오벤처 한솔바이오의 ADC 후보물질 'HS-207'을 사들였다." +
            " 메디온은 8일(현지시간) 한솔바이오와 HS-207에 대한 독점 라이선스 계약을 체결했다고 밝혔다.\n\n끝."
        let found = deals(text, published: "2024-07-09")
        #expect(found.map(\.kind) == [.techExport], "\(found)")
        // A firm bought is a takeover still.
        let firm = "제목\n\n이스라엘 바이오기업 메디온 테라퓨틱스(Medion Therapeutics)가 국내 바이오벤처 한솔바이오를 사들였다.\n\n끝."
        #expect(deals(firm, published: "2024-07-09").map(\.kind) == [.acquisition], "\(deals(firm, published: "2024-07-09"))")
    }

    @Test func headsSigningWithTheirTitlesAfterTheirBodiesSignForThem() {
        let text = "제목\n\n같은 날 한동석 방위사업청(DAPA) 청장과 메흐메트 일디즈(Mehmet Yildiz) 튀르키예 방위산업청(SSB) 청장은 " +
            "양국 방산 분야 공동 연구개발을 지원하는 양해각서(MOU)에 서명했다.\n\n끝."
        let found = deals(text, published: "2025-09-24")
        #expect(found.map(\.parties) == [["방위사업청", "방위산업청"]], "\(found)")
        // Heads only attending, no signing verb: the bodies sign nothing.
        let attending = "제목\n\n이날 행사에는 한동석 방위사업청(DAPA) 청장과 메흐메트 일디즈(Mehmet Yildiz) 튀르키예 방위산업청(SSB) 청장이 참석했다.\n\n끝."
        #expect(deals(attending, published: "2025-09-24").isEmpty, "\(deals(attending, published: "2025-09-24"))")
    }
}
