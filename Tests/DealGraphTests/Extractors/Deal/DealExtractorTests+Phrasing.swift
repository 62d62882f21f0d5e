import Testing
@testable import DealGraph

/// Deals told the many ways reporters tell them: partnerships without a deal word, counterparts
/// named alone or in the next sentence, rounds told in pieces, acquisitions with their sellers.
extension DealExtractorTests {
    // MARK: partnerships without a deal word

    @Test func joiningForcesIsAnMOU() {
        let text = """
        자율주행 소프트웨어 기업 모비온테크는 8일(현지시간) 독일 부품사 케슬러 오토모티브(Kessler Automotive)와 자율주행 소프트웨어 공동 개발 협약을 맺었다. \
        이튿날인 9일에는 일본 전장 업체 다카무라전장(Takamura Denso)과 손잡았다.
        """
        #expect(deals(text, published: "2025-01-10") == [
            Found(kind: .mou, parties: ["모비온테크", "케슬러 오토모티브"], status: .signed, date: "2025-01-08"),
            Found(kind: .mou, parties: ["모비온테크", "다카무라전장"], status: .signed, date: "2025-01-09"),
        ])
    }

    @Test func joiningForcesToSignAContractIsThatContract() {
        // The headline's "손잡고" tells the supply contract of the body loosely: one deal.
        let text = """
        한결배터리, 독일 뮐러모빌리티와 손잡았다
        한결배터리는 독일 뮐러모빌리티와 1억 유로 규모의 배터리 모듈 공급 계약을 체결했다고 3일 밝혔다.
        """
        #expect(deals(text).map(\.kind) == [.supply])
    }

    @Test(arguments: [
        ("팹리스 기업 아이온세미는 일본 미나토전자(Minato Electronics)와 메모리 컨트롤러를 함께 개발하는 계약을 체결했다.", "미나토전자"),
        ("자산관리 핀테크 머니블록은 영국 오픈뱅킹 기업 해로우디지털(Harrow Digital)과 전략적 파트너십을 맺었다.", "해로우디지털"),
        ("한국농어촌공사도 같은 자리에서 우즈베키스탄 농업부와 맞손을 잡았다.", "우즈베키스탄 농업부"),
        ("국립창원대학교와 창원시, 지역 기업인 경남로보틱스·태성정밀이 로봇 인재 양성을 위해 협력 체계를 구축했다.", "태성정밀"),
    ])
    func partnershipsAndJointDevelopmentAreMOUs(text: String, counterpart: String) {
        let found = deals(text)
        #expect(found.map(\.kind) == [.mou], "\(found)")
        #expect(found.first?.parties.contains(counterpart) == true, "\(found)")
    }

    @Test func anMOUForAJointVentureIsAnMOU() {
        let text = "한결디펜스는 11일 루마니아 국영 방산업체 롬암(Romarm)과 현지 생산 합작법인 설립을 위한 양해각서에 서명했다."
        #expect(deals(text).map(\.kind) == [.mou])
        // A shareholders' agreement for the joint venture is the joint venture itself.
        let jv = "제주에너지공사와 한국남부발전은 3일 해상풍력 합작법인 설립을 위한 주주협약을 체결했다."
        #expect(deals(jv).map(\.kind) == [.jointVenture])
    }

    // MARK: counterparts named alone

    @Test func counterpartsNamedAloneSignWithTheCompanyOfTheStory() {
        let text = """
        통신 기업 한울모바일은 3일(현지시간) 스페인 통신사 텔비아(Telvia), 핀란드 통신장비 업체 노르웨이브(Nordwave)와 \
        각각 6G 공동 연구를 위한 양해각서를 교환했다. \
        4일에는 일본 통신사 사쿠라링크 및 미국 클라우드 기업 아틀라스클라우드(Atlas Cloud)와 3자 협약식을 열었다.
        """
        let found = deals(text, published: "2025-03-05")
        #expect(found.map(\.parties) == [["한울모바일", "텔비아"], ["한울모바일", "노르웨이브"],
                                         ["한울모바일", "사쿠라링크", "아틀라스클라우드"]], "\(found)")
    }

    @Test func aSubjectTheRecognisersMissTakesNoOtherSubject() {
        // "동해해상풍력" is read as no name: the MOU must not go to the company of the sentence before.
        let text = """
        한빛에너지솔루션이 독일 슈타인하겐파워(Steinhagen Power)와 수전해 스택 공동 개발 MOU를 맺었다. \
        동해해상풍력도 독일 해상풍력 개발사 노르트제윈드(Nordsee Wind)와 협약을 체결했다.
        """
        #expect(!deals(text).contains { $0.parties.contains("한빛에너지솔루션") && $0.parties.contains("노르트제윈드") })
    }

    @Test func theCounterpartNamedInTheNextSentence() {
        let text = """
        대해중공업은 LNG 운반선 2척에 대한 건조 계약을 체결했다고 13일 공시했다. \
        발주처는 그리스 선사 에게안 메리디안 쉬핑(Aegean Meridian Shipping)이다.
        """
        #expect(deals(text).map(\.parties) == [["대해중공업", "에게안 메리디안 쉬핑"]])
    }

    @Test func participantsToldAfterTheAgreementJoinIt() {
        let text = """
        강원특별자치도는 오는 15일 '강원형 의료 AI 실증 협약'을 맺는다고 11일 밝혔다. \
        협약에는 강원대학교와 강원대학교병원, 원주의 의료기기 기업 메디웨이브가 참여한다.
        """
        let found = deals(text, published: "2024-10-11")
        #expect(found.map(\.parties) == [["강원특별자치도", "강원대학교", "강원대학교병원", "메디웨이브"]], "\(found)")
    }

    @Test func theBodyJustNamedOpensAClause() {
        let text = """
        부산광역시교육청은 26일 부산대학교와 AI 융합교육 업무협약을 체결했다. \
        교육청은 지난해 5월 KT와 디지털 교육 업무협약을 맺고 교원 연수를 함께 진행해 오고 있다.
        """
        let found = deals(text, published: "2024-03-27")
        #expect(found.map(\.parties) == [["부산광역시교육청", "부산대학교"], ["부산광역시교육청", "KT"]], "\(found)")
    }

    @Test func theCompanyOpensAClause() {
        let text = """
        넥스필드게임즈가 핀란드 개발사 노스윈드 인터랙티브를 인수한다고 2일 밝혔다. \
        넥스필드가 해외 개발사를 사들이는 것은 이번이 처음이다. \
        회사는 지난해 국내 인디 개발사 픽셀오르를 인수하며 서브컬처 장르로 포트폴리오를 넓힌 바 있다.
        """
        let found = deals(text, published: "2024-05-02")
        #expect(found.contains { $0.kind == .acquisition && $0.parties == ["넥스필드게임즈", "픽셀오르"] }, "\(found)")
    }

    // MARK: rounds told in pieces

    @Test func aRoundToldInPiecesIsOneDeal() {
        let text = """
        팹리스 스타트업 뉴로코어랩스가 650억원 규모의 시리즈B 투자를 유치했다고 19일 밝혔다.
        투자에는 한국산업은행과 퀀텀인베스트먼트파트너스, 서진기술투자가 새로 참여했으며 기존 투자자인 온새미벤처스도
        후속 투자에 나섰다.
        """
        let found = deals(text, published: "2024-03-19")
        #expect(found.map(\.parties) == [["뉴로코어랩스", "한국산업은행", "퀀텀인베스트먼트파트너스", "서진기술투자", "온새미벤처스"]],
                "\(found)")
    }

    @Test func investorsNamedWithRoHaveTheCompanyAsInvestee() {
        let text = """
        개발자 협업 툴 스타트업 코드브릭이 20억원 규모의 브릿지 투자를 유치했다. \
        회사는 2022년 5월 프리A 라운드에서 넥스트챕터벤처스와 라이트하우스파트너스로부터 15억원을 유치했고, \
        지난해 3월에는 한빛벤처스가 주도한 시리즈A에서 60억원을 확보했다.
        """
        let found = deals(text, published: "2024-06-10")
        #expect(found.contains { $0.parties == ["코드브릭", "넥스트챕터벤처스", "라이트하우스파트너스"] }, "\(found)")
        #expect(found.contains { $0.parties == ["코드브릭", "한빛벤처스"] }, "\(found)")
    }

    @Test func investorsOfARoundAndAnEarlierRound() {
        let text = """
        딥웨이브로보틱스는 1100억원 규모의 시리즈B 투자 유치를 마무리했다고 30일 밝혔다. \
        이번 시리즈B는 에버그린인베스트먼트가 이끌었다. 한국산업은행은 150억원을 출자했다. \
        회사는 앞서 지난해 8월 기존 투자자들로부터 80억원 규모의 브릿지 투자를 받으며 자금난을 버텼다.
        """
        let found = deals(text, published: "2025-05-30")
        #expect(found.map(\.parties) == [["딥웨이브로보틱스", "에버그린인베스트먼트", "한국산업은행"], ["딥웨이브로보틱스"]], "\(found)")
    }

    // MARK: acquisitions

    @Test func theSellersOfTheSharesAreNoParties() {
        let text = """
        산업용 부품 기업 대원정밀은 협동로봇 기업 로보링크의 최대주주인 벤처캐피털 스카이브릿지파트너스와 창업자 등이 \
        보유한 로보링크 지분 51%를 620억원에 인수한다고 21일 공시했다. 대원정밀은 20일 이사회에서 인수를 결의하고 같은 날 주식매매계약(SPA)을 체결했다.
        """
        #expect(deals(text, published: "2024-08-21") ==
                [Found(kind: .acquisition, parties: ["대원정밀", "로보링크"], status: .signed, date: "2024-08-20")])
    }

    @Test func aBusinessBoughtAndAnInsuranceUnderwritten() {
        let bought = "코어테크솔루션은 에이원정보통신의 클라우드 보안 사업부를 1,200억 원 규모에 사들이는 영업양수도 계약을 지난 18일 체결했다."
        #expect(deals(bought, published: "2024-11-19").map(\.parties) == [["코어테크솔루션", "에이원정보통신"]])
        let insured = "한국무역보험공사는 세움에너지의 현지 출자분에 대해 해외투자보험 인수를 검토하고 있다."
        #expect(deals(insured).isEmpty)
    }

    // MARK: what is no party, and how a deal stands

    @Test func theHostOfTheEventIsNoParty() {
        let text = "두 회사는 지난달 28일 사우디 투자부(MISA)가 주최한 투자 설명회에서 합작 사업 추진을 위한 양해각서에 서명했다. 세움에너지와 알누르인더스트리얼이다."
        #expect(!deals(text).contains { $0.parties.contains { $0.contains("투자부") } })
    }

    @Test(arguments: [
        ("에코캐소드가 미국 리버튼 모터스(Riverton Motors)와 양극재 공급 계약을 놓고 협상을 벌이고 있다.", DealStatus.expected),
        ("업계에서는 노르드빈드가 이르면 내년 상반기 풍력터빈 제조사 유니슨과 터빈 공급 계약을 맺을 것으로 보고 있다.", .expected),
        ("세움에너지가 사우디아라비아 알누르인더스트리얼과 현지에 수전해 설비 합작법인을 설립한다.", .planned),
    ])
    func howTheDealStands(text: String, expected: DealStatus) {
        #expect(deals(text).map(\.status) == [expected], "\(deals(text))")
    }

    @Test func shipsBuiltToOrderAreSupply() {
        let text = "앞서 대해중공업은 지난 6일 아프리카 소재 선사와 초대형 원유운반선 1척의 건조 계약을 맺었다."
        #expect(deals(text, published: "2025-01-14").map(\.kind) == [.supply])
    }

    // MARK: deals told the way unseen articles tell them

    @Test func twoFirmsNamedInTwoSentencesAreTheTwoFirms() {
        let text = """
        바이오시밀러 개발사 누리바이오팜이 원료의약품 생산을 국내 위탁개발생산(CDMO) 기업에 맡긴다. \
        상대는 오송에 배양설비를 갖춘 한결바이오로직스다. 두 회사는 지난 21일 CDMO 협력을 위한 업무협약을 맺었다고 25일 밝혔다.
        """
        #expect(deals(text, published: "2023-09-25").map(\.parties) == [["누리바이오팜", "한결바이오로직스"]], "\(deals(text))")
    }

    @Test func theRoundsLeadAndNewInvestorsJoinTheRoundJustTold() {
        let text = """
        뇌질환 치료제를 개발하는 뉴로온바이오는 250억원 규모의 시리즈B를 마무리했다. \
        한빛투자파트너스가 투자를 이끌었고 새봄인베스트먼트와 누리벤처스가 새로 참여했다.
        """
        #expect(deals(text).map(\.parties) == [["뉴로온바이오", "한빛투자파트너스", "새봄인베스트먼트", "누리벤처스"]], "\(deals(text))")
    }

    @Test func theParentOfAPartyIsNoParty() {
        let text = "누리금융지주 계열사인 누리은행은 지난 3월 보안업체 큐브시큐어와도 악성 앱 탐지 협약을 맺은 바 있다."
        #expect(deals(text).map(\.parties) == [["누리은행", "큐브시큐어"]], "\(deals(text))")
    }

    @Test func coHostsAreNoParties() {
        let text = """
        산업통상자원부는 12일 대한무역투자진흥공사(KOTRA)와 우즈베키스탄 투자청(UzInvest)이 공동 주최한 포럼에서 \
        우즈베키스탄 투자부와 핵심광물 협력 양해각서를 교환했다.
        """
        let found = deals(text)
        #expect(!found.contains { $0.parties.contains { $0.contains("투자청") || $0.contains("KOTRA") || $0.contains("대한무역") } }, "\(found)")
    }

    @Test func aStakeBoughtByAFirmNamedAfterWhatItDoes() {
        let text = "한빛조선해양은 2023년 부산의 선박 수리업체 동진마린 지분 51%를 860억원에 인수해 경영권을 확보했다."
        #expect(deals(text).map(\.parties) == [["한빛조선해양", "동진마린"]], "\(deals(text))")
        #expect(deals(text).map(\.kind) == [.acquisition])
    }

    @Test func theTwoFirmsJoinTheGovernmentsNamedWithThem() {
        let text = """
        한빛케미칼과 리온텍은 지난 23일 포항시청에서 합작법인 설립 계약을 체결했다. \
        같은 자리에서 경상북도, 포항시와 두 회사 사이의 투자 양해각서(MOU)도 맺어졌다.
        """
        let mou = deals(text, published: "2023-08-24").first { $0.kind == .mou }
        #expect(mou?.parties == ["경상북도", "포항시", "한빛케미칼", "리온텍"], "\(deals(text))")
    }

    @Test func theCounterpartNamedAfterADealOfTwoBodies() {
        let text = """
        서울시와 서울관광재단은 15일 서울시청에서 관광 활성화 파트너십 협약식을 열었다. \
        협약 상대는 싱가포르에 본사를 둔 여행 플랫폼 트립웨이브(TripWave Pte. Ltd.)다.
        """
        #expect(deals(text).map(\.parties) == [["서울특별시", "서울관광재단", "트립웨이브"]], "\(deals(text))")
    }

    @Test func aProvinceReferredToAfterALinkingAdverb() {
        let text = """
        강원도는 오는 15일 강원대학교병원에서 의료 AI 실증 협약을 맺는다. 협약에는 강원대학교와 메디온이 참여한다. \
        앞서 도는 지난달 28일 원주시, 한빛대학교와 디지털헬스 업무협약을 체결하기도 했다.
        """
        #expect(deals(text, published: "2024-11-11").contains { $0.parties == ["강원특별자치도", "원주시", "한빛대학교"] }, "\(deals(text))")
    }

    @Test func aFirmTakenIntoTheBuyersArms() {
        let text = "종합식품기업 누리푸드가 밀키트 업체 새봄키친을 품는다. 누리푸드는 지난 12일 이사회를 열고 새봄키친 지분 51%를 2350억원에 사들이기로 의결했다."
        let found = deals(text, published: "2025-03-13")
        #expect(found.map(\.kind) == [.acquisition], "\(found)")
        #expect(found.first?.parties == ["누리푸드", "새봄키친"])
    }

    @Test func goodsBoughtUnderAContractAreSupply() {
        let text = "합작법인 이름은 '한빛무아라에너지'로 정해졌다. 한빛케미칼은 이날 한빛무아라에너지가 생산하는 MHP 전량을 10년간 사들이는 장기 구매 계약도 함께 맺었다."
        #expect(deals(text).map(\.kind) == [.supply], "\(deals(text))")
    }

    // MARK: counterparts read through their people, collectives and sources

    @Test func aMinisterSigningWithAnotherSignsForHisMinistry() {
        let text = """
        과기정통부는 한도윤 장관이 5일(현지시간) 우즈베키스탄 타슈켄트에서 아지즈 라히모프(Aziz Rakhimov) \
        우즈베키스탄 디지털기술부 장관과 'AI 협력에 관한 양해각서(MOU)'에 서명했다고 7일 밝혔다.
        """
        #expect(deals(text, published: "2025-06-07") == [
            Found(kind: .mou, parties: ["과기정통부", "우즈베키스탄 디지털기술부"], status: .signed, date: "2025-06-05"),
        ], "\(deals(text, published: "2025-06-07"))")
        // A firm's head named with his firm is no counterpart of it.
        let guest = "한빛전자는 서진대학교와 업무협약을 맺었다. 협약식에는 이도현 한빛전자 대표와 정윤호 서진대 총장이 참석했다."
        #expect(deals(guest).map(\.parties) == [["한빛전자", "서진대학교"]], "\(deals(guest))")
    }

    @Test func twoFirmsAreFirmsNotTheUniversityNamedBeforeThem() {
        let text = """
        국립창원대학교와 창원시, 지역 기업인 경남로보틱스·태성정밀이 로봇 인재 양성을 위해 손을 잡았다. \
        창원시는 지난 15일 국립창원대 본부 대회의실에서 대학 및 두 기업과 '지능형 로봇 인재 양성 산학관 협약'을 맺었다고 16일 밝혔다.
        """
        let found = deals(text, published: "2024-07-16")
        #expect(found.count == 1, "\(found)")
        #expect(Set(found.first?.parties ?? []) == ["국립창원대학교", "창원특례시", "경남로보틱스", "태성정밀"], "\(found)")
    }

    @Test func theDayASourceToldTheNewsIsNoSigningDay() {
        let text = "9일 금융권에 따르면 신한은행과 카카오페이는 오는 14일 신한은행 본점에서 업무협약을 체결할 예정이다."
        #expect(deals(text, published: "2025-04-09") == [
            Found(kind: .mou, parties: ["신한은행", "카카오페이"], status: .planned, date: "2025-04-14"),
        ], "\(deals(text, published: "2025-04-09"))")
    }

    @Test func anOrderWonToldAsTheCauseOfWhatFollowed() {
        let text = "한서건설은 2021년 아람코로부터 11억 달러 규모의 '라스타누라 유틸리티 설비' 공사를 수주해 공기를 앞당겨 마무리했다."
        #expect(deals(text).map(\.kind) == [.supply], "\(deals(text))")
        #expect(deals(text).first?.parties == ["한서건설", "아람코"], "\(deals(text))")
    }

    @Test func aDealToldAsTheOccasionOfAnotherLeavesThatOneItsOwn() {
        let text = """
        위성 데이터 중계 스타트업 오르빗링크는 오는 15일 룩셈부르크 우주청(LSA)과 양해각서에 서명할 예정이라고 9일 밝혔다. \
        LSA와의 협약이 성사되면 오르빗링크는 현지 연구 거점을 마련한다. \
        업계에서는 이번 협약을 계기로 위성 운영사 SES와의 중계 서비스 공급 계약도 이르면 연내 성사될 수 있다는 관측이 나온다.
        """
        #expect(deals(text, published: "2025-05-09") == [
            Found(kind: .mou, parties: ["오르빗링크", "룩셈부르크 우주청"], status: .planned, date: "2025-05-15"),
            Found(kind: .supply, parties: ["오르빗링크", "SES"], status: .expected, date: nil),
        ], "\(deals(text, published: "2025-05-09"))")
    }

    @Test func aRoundToldLaterInTheParagraphOfItsInvestee() {
        let text = """
        2019년 설립된 구름다리랩스는 멀티클라우드 운영 플랫폼을 개발했다. 고객사 140여 곳을 확보했고, 지난해 매출 96억원을 올렸다. \
        2022년에는 케이브릿지벤처스와 온누리인베스트먼트로부터 120억원 규모의 시리즈A 투자를 유치하기도 했다.
        """
        #expect(deals(text).map(\.parties) == [["구름다리랩스", "케이브릿지벤처스", "온누리인베스트먼트"]], "\(deals(text))")
    }

    @Test func aRoundSecuredAlongWithAnotherDeal() {
        let text = "배터리 소재 스타트업 에이치투셀은 기술이전과 함께 25억원 규모의 초기 투자도 확보했다."
        #expect(deals(text).map(\.kind) == [.investment], "\(deals(text))")
    }

    @Test func sharesBoughtAsAStrategicInvestment() {
        let text = """
        동진제약이 미국 벨트릭스 테라퓨틱스(Veltrix Therapeutics)와 공동 개발 및 라이선스 계약을 맺었다고 4일 공시했다. \
        벨트릭스는 이와 별도로 동진제약 보통주 1000만 달러어치를 사들이는 전략적 투자도 단행한다.
        """
        #expect(deals(text, published: "2024-09-04").map(\.kind) == [.techExport, .investment], "\(deals(text, published: "2024-09-04"))")
        #expect(deals(text, published: "2024-09-04").last?.parties == ["동진제약", "벨트릭스 테라퓨틱스"])
    }

    @Test func roundsOfSeveralInvesteesToldInSumThenOneByOne() {
        let text = """
        벤처캐피털(VC) 새봄벤처파트너스가 AI·로봇 분야 스타트업 두 곳에 잇따라 투자를 단행했다. \
        새봄벤처파트너스는 AI 음성인식 스타트업 보이스펄스에 25억원, 물류로봇 기업 무빙랩에 30억원을 각각 투자했다. \
        보이스펄스 라운드에는 콘텐츠 기업 온새미로미디어가 전략적 투자자(SI)로 함께 이름을 올렸고, \
        총 60억원 규모로 진행된 무빙랩의 시리즈A에는 대경기술투자가 공동 투자사로 참여했다.
        """
        #expect(Set(deals(text).map(\.parties)) == [
            ["보이스펄스", "새봄벤처파트너스", "온새미로미디어"], ["무빙랩", "새봄벤처파트너스", "대경기술투자"],
        ], "\(deals(text))")
    }

    @Test func aLocalGovernmentsInvestmentPactIsOneWithEachFirm() {
        let text = "전남도는 11일 도청에서 광양시, 한빛리튬·세진케미칼·그린메탈솔루션즈와 총 4320억 원 규모의 투자협약식을 열었다."
        #expect(Set(deals(text, published: "2025-03-12").map(\.parties)) == [
            ["전라남도", "광양시", "한빛리튬"], ["전라남도", "광양시", "세진케미칼"], ["전라남도", "광양시", "그린메탈솔루션즈"],
        ], "\(deals(text, published: "2025-03-12"))")
        // (Two firms of one project, written as "두 회사", sign one pact with the governments:
        // theTwoFirmsJoinTheGovernmentsNamedWithThem.)
    }

    @Test func aContractDayStatedApartAndASecondContractWithAnUnnamedBuyer() {
        let text = """
        반도체 장비업체 에이펙스플라즈마가 한울반도체와 412억원 규모의 식각장비 공급 계약을 체결했다고 17일 공시했다. \
        공시에 따르면 계약일은 지난 14일이며, 계약 기간은 2025년 2월 14일부터 2025년 9월 30일까지다. \
        이와 별도로 회사는 해외 반도체 기업과 95억원 규모의 세정장비 납품 계약도 맺었다고 밝혔다.
        """
        #expect(deals(text, published: "2025-02-17") == [
            Found(kind: .supply, parties: ["에이펙스플라즈마", "한울반도체"], status: .signed, date: "2025-02-14"),
            Found(kind: .supply, parties: ["에이펙스플라즈마"], status: .signed, date: nil),
        ], "\(deals(text, published: "2025-02-17"))")
    }

    @Test func aDealToldAsTheWideningOfAnEarlierOne() {
        let text = """
        국립한빛대학교와 서진대학교, 한국첨단소재연구원은 지난달 28일 업무협약을 맺었다고 4일 밝혔다.

        이번 협약은 한빛대와 첨단소재연이 2022년 맺은 이차전지 소재 공동연구 협약을 서진대까지 넓힌 것이다.
        """
        #expect(deals(text, published: "2025-03-04") == [
            Found(kind: .mou, parties: ["국립한빛대학교", "서진대학교", "한국첨단소재연구원"], status: .signed, date: "2025-02-28"),
            Found(kind: .mou, parties: ["국립한빛대학교", "한국첨단소재연구원"], status: .signed, date: nil),
        ], "\(deals(text, published: "2025-03-04"))")
    }

    @Test func investorsListedBeforeOneMarkedWithAlsoJoinTheRound() {
        let text = """
        비전 AI 스타트업 하이퍼노드가 450억원 규모의 시리즈B 투자를 유치했다고 8일 밝혔다. \
        이번 라운드는 미국 벤처캐피털 알타미라 캐피털(Altamira Capital)이 이끌었다. \
        케이브릿지인베스트먼트와 온누리벤처파트너스, 동서기술투자도 투자를 단행했다. \
        투자 계약은 지난달 28일 체결됐으며, 투자 후 기업가치는 약 2,800억원이다.
        """
        #expect(deals(text, published: "2025-04-08") == [
            Found(kind: .investment, parties: ["하이퍼노드", "알타미라 캐피털", "케이브릿지인베스트먼트", "온누리벤처파트너스", "동서기술투자"],
                  status: .signed, date: "2025-03-28"),
        ], "\(deals(text, published: "2025-04-08"))")
    }

    @Test func theSellerOfTheSharesIsNoParty() {
        let text = """
        새한은행이 인도네시아 은행 PT 뱅크 수마트라 마주(PT Bank Sumatra Maju)의 경영권을 확보한다.

        새한은행은 지난 14일 자카르타에서 싱가포르계 사모펀드 머라이언 파트너스(Merlion Partners)가 보유한 \
        뱅크 수마트라 마주 지분 67.5%를 1조6500억 루피아에 인수하는 주식매매계약을 맺었다고 16일 밝혔다.
        """
        #expect(deals(text, published: "2024-08-16").map(\.parties) == [["새한은행", "뱅크 수마트라 마주"]], "\(deals(text, published: "2024-08-16"))")
    }

    @Test func theProvinceAndTheCityReferredTogetherSignAPactWithEachFirm() {
        let text = """
        충청북도와 충주시가 2차전지 소재 등 4개 기업과 총 2,150억 원 규모의 투자협약을 맺었다. \
        도와 시는 25일 충주시청 접견실에서 ㈜대명정밀, 한결소재, 에스앤티머티리얼즈, 그린셀팩과 투자협약식을 열었다.
        """
        #expect(Set(deals(text, published: "2025-06-26").map(\.parties)) == [
            ["충청북도", "충주시", "대명정밀"], ["충청북도", "충주시", "한결소재"],
            ["충청북도", "충주시", "에스앤티머티리얼즈"], ["충청북도", "충주시", "그린셀팩"],
        ], "\(deals(text, published: "2025-06-26"))")
    }

    @Test func aPastTakeoverToldOfTheTopicCarried() {
        let text = """
        사모펀드 운용사 한강에쿼티파트너스가 태성오토텍의 경영권을 인수했다. \
        한강에쿼티파트너스는 자동차 부품 분야에서 경험이 많다. 2020년 시트 부품사 우진씨앤에스를 인수해 4년 만에 기업가치를 두 배로 끌어올렸다.
        """
        #expect(deals(text, published: "2024-09-13").map(\.parties) == [
            ["한강에쿼티파트너스", "태성오토텍"], ["한강에쿼티파트너스", "우진씨앤에스"],
        ], "\(deals(text, published: "2024-09-13"))")
    }

    @Test func anInvestorSpendingOnItselfIsNoDeal() {
        #expect(deals("삼성전자는 평택 공장에 20조원을 투자한다고 밝혔다.").isEmpty)
        #expect(deals("한빛전자는 내년 신규 라인에 3000억원을 투자했다.").isEmpty)
        // An investment in a firm named is one.
        let text = "하늘빛게임즈는 모바일 게임의 동남아 퍼블리싱 계약을 맺었다. 싱가포르 퍼블리셔 루미나 인터랙티브(Lumina Interactive)는 하늘빛게임즈에 50억원을 전략적 투자한다."
        #expect(deals(text).contains { $0.kind == .investment && $0.parties == ["하늘빛게임즈", "루미나 인터랙티브"] }, "\(deals(text))")
    }

    @Test func thePartnerNamedInTheNextSentence() {
        let text = """
        하늘빛게임즈는 모바일 MMORPG '아르카디아'의 동남아 퍼블리싱 계약을 맺었다고 8일 밝혔다. \
        파트너는 싱가포르 게임 퍼블리셔 루미나 인터랙티브(Lumina Interactive)다.
        """
        #expect(deals(text, published: "2025-04-08").map(\.parties) == [["하늘빛게임즈", "루미나 인터랙티브"]], "\(deals(text, published: "2025-04-08"))")
        // A partner's title is no counterpart.
        let titled = """
        머니레일테크는 한빛저축은행과 다음 달 업무협약을 맺을 예정이다. \
        탄웨이밍 메리디안벤처스 파트너는 "머니레일테크는 빠르게 성장하는 회사"라고 밝혔다.
        """
        #expect(deals(titled).map(\.parties) == [["머니레일테크", "한빛저축은행"]], "\(deals(titled))")
    }

    @Test func theDayASourceToldWithAGlossBetween() {
        let text = "13일 투자은행(IB) 업계에 따르면 한강에쿼티파트너스는 지난 11일 태성오토텍 지분 67.3%를 2480억원에 사들이는 주식매매계약을 맺었다."
        #expect(deals(text, published: "2024-09-13").map(\.date) == ["2024-09-11"], "\(deals(text, published: "2024-09-13"))")
    }

    @Test func firmsACountedPactLeftUnnamedAreToldAfterIt() {
        let text = """
        충북 충주시가 23일 시청 탄금홀에서 '2024 충주 미래산업 투자유치 설명회'를 열고 15개 기업과 총 2조3000억원 규모의 투자 양해각서(MOU)를 체결했다.

        규모가 가장 큰 곳은 이차전지 소재 기업 한강에너지머티리얼즈다. 이 회사는 충주 제5일반산업단지에 3,500억원을 들여 전해액 첨가제 공장을 짓는다. \
        바이오의약품 위탁개발생산(CDMO) 기업 한성바이오텍은 1,800억원을 투자해 세포배양 생산시설을 세우고, 전기차 구동모터 부품사 대원모터텍은 620억원 규모의 신공장을 짓기로 했다. \
        나머지 12개 기업은 기업 사정을 이유로 명단을 공개하지 않았다.
        """
        #expect(deals(text, published: "2024-10-24") == [
            Found(kind: .mou, parties: ["충주시", "한강에너지머티리얼즈"], status: .signed, date: "2024-10-23"),
            Found(kind: .mou, parties: ["충주시", "한성바이오텍"], status: .signed, date: "2024-10-23"),
            Found(kind: .mou, parties: ["충주시", "대원모터텍"], status: .signed, date: "2024-10-23"),
        ], "\(deals(text, published: "2024-10-24"))")
        // Firms told after a deal that named its parties are no parties of it.
        let named = """
        충주시는 23일 한강에너지머티리얼즈와 투자 양해각서(MOU)를 체결했다. \
        경쟁사인 한성바이오텍은 1,800억원을 투자해 세포배양 생산시설을 세운다.
        """
        #expect(deals(named, published: "2024-10-24").map(\.parties) == [["충주시", "한강에너지머티리얼즈"]], "\(deals(named, published: "2024-10-24"))")
    }

    @Test func aDistributionContractIsASupply() {
        let text = "수아코스메틱은 지난 3일 상하이에서 중국 화장품 유통사 진후이무역과 3개 브랜드의 중국 내 독점 유통 계약을 체결했다고 5일 밝혔다."
        #expect(deals(text, published: "2024-06-05") == [
            Found(kind: .supply, parties: ["수아코스메틱", "진후이무역"], status: .signed, date: "2024-06-03"),
        ], "\(deals(text, published: "2024-06-05"))")
    }

    @Test func firmsCountedWithGaesaAndToldOneAfterAnother() {
        let text = """
        충청북도가 이차전지 소재·부품 기업 17개사와 총 1조2000억원 규모의 투자협약을 체결했다. \
        도는 지난 3일 도청 대회의실에서 합동 투자협약식을 열었다고 8일 밝혔다.

        가장 큰 규모는 양극재 전구체를 만드는 에이치엠케미칼이다. 이 회사는 청주 오창과학산업단지에 3,500억원을 들여 전구체 공장을 세운다. \
        음극재 업체 코리카본은 음성 맹동산업단지에 1,200억 원 규모의 투자를 단행하기로 했고, 전해액 첨가제 기업 세진일렉트로라이트는 진천에 800억원을 투입한다.
        """
        #expect(deals(text, published: "2024-07-08").map(\.parties) == [
            ["충청북도", "에이치엠케미칼"], ["충청북도", "코리카본"], ["충청북도", "세진일렉트로라이트"],
        ], "\(deals(text, published: "2024-07-08"))")
    }

    @Test func aCollectiveStandingForFirmsOfDealsToldOneByOne() {
        let text = """
        전남도는 11일 도청에서 광양시, 한빛리튬·세진케미칼·그린메탈솔루션즈와 총 4320억 원 규모의 투자협약식을 열었다.

        협약은 기업별로 따로 맺었다. 세 회사는 각각 도지사·시장과 함께 협약서에 서명했다.
        """
        #expect(Set(deals(text, published: "2025-03-12").map(\.parties)) == [
            ["전라남도", "광양시", "한빛리튬"], ["전라남도", "광양시", "세진케미칼"], ["전라남도", "광양시", "그린메탈솔루션즈"],
        ], "\(deals(text, published: "2025-03-12"))")
    }

    @Test func aDeniedDealIsNone() {
        let text = "태성반도체는 지난 7일 한국거래소의 조회공시 요구에 \"해외 기업 인수를 검토하거나 추진한 사실이 없다\"고 답변했다."
        #expect(deals(text, published: "2025-03-10").isEmpty, "\(deals(text, published: "2025-03-10"))")
        // Reported, then denied by one side: still expected.
        let reported = "식품기업 한결푸드가 제주 향토 음료업체 탐라원(Tamrawon) 인수를 추진하고 있다는 관측이 나왔지만, 탐라원은 \"사실무근\"이라며 선을 그었다."
        #expect(deals(reported, published: "2023-10-26") == [
            Found(kind: .acquisition, parties: ["한결푸드", "탐라원"], status: .expected, date: nil),
        ], "\(deals(reported, published: "2023-10-26"))")
    }

    @Test func aDealWithACounterpartLeftUnnamedKeepsItsOneParty() {
        let text = "국립수산과학원은 2021년 베트남의 한 양식 기업에 흰다리새우 바이오플락 양식 기술을 이전한 바 있다."
        #expect(deals(text, published: "2024-06-04") == [
            Found(kind: .techExport, parties: ["국립수산과학원"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-06-04"))")
        // A counterpart not yet recognised is no reason to keep one party.
        #expect(deals("국립수산과학원은 2021년 양식 기술을 수출하는 계약을 맺었다.", published: "2024-06-04").isEmpty)
    }

    /// 양사 are two companies: neither the group they belong to nor an agency named between.
    @Test func theGroupAFirmBelongsToIsNotOneOfTheTwo() {
        let text = """
        해담식품은 지난 11일(현지시간) 자카르타에서 현지 식품기업 수리야푸드(PT Surya Food Indonesia)와 합작투자계약(JVA)을 체결했다고 13일 밝혔다.

        합작법인은 할랄 인증 간편식을 만든다. 모든 제품은 인도네시아 할랄제품보증청(BPJPH) 인증을 받는다. 판매는 수리야그룹 계열 편의점 체인을 통해 이뤄진다.

        수리야푸드는 현지 재계 10위권인 수리야그룹의 식품 계열사다. 양사 협력은 2024년 3월 15일 자카르타에서 맺은 업무협약(MOU)에서 출발했다.
        """
        #expect(deals(text, published: "2024-11-13").map(\.parties) == [["해담식품", "수리야푸드"], ["해담식품", "수리야푸드"]],
                "\(deals(text, published: "2024-11-13"))")
    }

    @Test func aSellerWhoseSharesAreBoughtAndAnEarlierBuyOfThisCompany() {
        let text = """
        종합식품기업 한결푸드가 밀키트 업체 프레시하우스를 품는다. 사모펀드(PEF) 운용사 리버사이드프라이빗에쿼티(리버사이드PE)가 가진 지분을 인수해 경영권을 확보하는 방식이다.

        프레시하우스는 2018년 서울 성수동의 공유주방에서 출발해 밀키트 시장 1위로 올라섰다. 지난해 매출은 1870억원을 기록했다. \
        리버사이드PE는 2021년 이 회사 지분 70%를 약 900억원에 인수한 바 있어, 투자금을 두 배 이상 회수하게 됐다.
        """
        #expect(deals(text, published: "2025-03-13").map(\.parties) == [
            ["한결푸드", "프레시하우스"], ["리버사이드프라이빗에쿼티", "프레시하우스"],
        ], "\(deals(text, published: "2025-03-13"))")
    }

    @Test func aContractToldAgainWithItsCounterpartOnlyAsThePlace() {
        let text = """
        해담식품이 미국 식료품 체인 하비스트레인마켓(Harvest Lane Markets)과 4200만 달러 규모의 냉동김밥 공급 계약을 따냈다.

        [사진=해담식품 제공] 박도윤 해담식품 대표가 계약서를 들어 보이고 있다.

        해담식품은 지난 3일(현지시간) 미국 댈러스의 하비스트레인 본사에서 냉동 간편식 12종을 납품하는 계약에 서명했다고 5일 밝혔다.
        """
        #expect(deals(text, published: "2025-03-05") == [
            Found(kind: .supply, parties: ["해담식품", "하비스트레인마켓"], status: .signed, date: "2025-03-03"),
        ], "\(deals(text, published: "2025-03-05"))")
        // A day marked with 도 is another contract like it, not the same one told again.
        let another = """
        세광중공업이 그리스 선사 아이올로스마린과 LNG 운반선 2척의 공급 계약을 맺었다.

        선박은 2028년까지 인도된다. 계약 금액은 7000억원이다.

        세광중공업은 지난 26일에도 유럽 선사와 컨테이너선 4척의 공급 계약을 체결했다.
        """
        #expect(deals(another, published: "2025-03-05").map(\.parties) == [["세광중공업", "아이올로스마린"], ["세광중공업"]],
                "\(deals(another, published: "2025-03-05"))")
    }

    @Test func aSupplyToAFirmNamedAloneIsTheStorysFirms() {
        let text = """
        해담식품이 미국 식료품 체인 하비스트레인마켓(Harvest Lane Markets)과 냉동김밥 공급 계약을 따냈다. \
        회사는 늘어나는 주문에 맞추려 음성 공장에 전용 라인을 새로 깔고 있다. \
        해담식품의 미국 진출은 이번이 처음은 아니다. \
        2023년 서부 지역 식료품 체인 그린웨이마트(Greenway Mart)에 냉동김밥을 납품하는 계약을 맺으며 현지 판로를 텄다.
        """
        #expect(deals(text, published: "2025-03-05").map(\.parties) == [
            ["해담식품", "하비스트레인마켓"], ["해담식품", "그린웨이마트"],
        ], "\(deals(text, published: "2025-03-05"))")
    }

    @Test func anEarlierBuyOfThisBrandAndTheCompanyAfterIt() {
        let text = """
        해담식품은 지난 14일 영국 비스킷 제조사 라이트웰 베이커리(Lightwell Bakery)의 지분 100%를 인수하는 주식매매계약을 맺었다.

        라이트웰 베이커리는 1938년 맨체스터에서 출발한 브랜드다. 지난해 매출은 9800만 파운드였다. \
        사모펀드 하이게이트 파트너스(Highgate Partners)는 2019년 이 브랜드를 사들인 뒤 생산 설비를 자동화했다.

        해담식품은 이번 인수로 유럽 생산 거점을 얻게 됐다. 회사는 2022년 베트남 제과업체 포반푸드(Pho Van Foods)를 인수하며 동남아 생산기지를 확보한 바 있다.
        """
        #expect(deals(text, published: "2024-11-18").map(\.parties) == [
            ["해담식품", "라이트웰 베이커리"], ["하이게이트 파트너스", "라이트웰 베이커리"], ["해담식품", "포반푸드"],
        ], "\(deals(text, published: "2024-11-18"))")
    }

    @Test func aStrategicInvestmentInThisCompanyToldApartFromThePact() {
        let text = """
        한빛카드가 핀테크 기업 페이로직과 간편결제 협력을 위한 양해각서(MOU)를 맺었다. \
        한빛카드는 페이로직과의 협약과 별도로 이 회사에 30억원 규모의 전략적 투자를 단행해 지분 약 8%를 확보했다.
        """
        #expect(deals(text, published: "2025-03-25").map(\.kind) == [.mou, .investment], "\(deals(text, published: "2025-03-25"))")
        #expect(deals(text, published: "2025-03-25").last?.parties.sorted() == ["페이로직", "한빛카드"])
    }

    @Test func aRivalsContractToldInPassing() {
        let text = """
        충전 사업자 볼트웨이는 대형마트 체인 한마음마트와 급속충전기 공급 계약을 맺었다. \
        경쟁사 플러그엔은 지난해 11월 편의점 체인 세븐데이와 충전기 2000기 공급 계약을 따내며 먼저 치고 나갔다.
        """
        #expect(deals(text, published: "2025-06-10").map(\.parties) == [["볼트웨이", "한마음마트"], ["플러그엔", "세븐데이"]],
                "\(deals(text, published: "2025-06-10"))")
    }

    @Test func aSupplyAndOperationContract() {
        let text = "충전 사업자 볼트웨이는 지난 5일 대형마트 체인 한마음마트와 약 350억원 규모의 급속충전기 납품 및 운영 계약을 맺었다고 10일 밝혔다."
        #expect(deals(text, published: "2025-06-10") == [
            Found(kind: .supply, parties: ["볼트웨이", "한마음마트"], status: .signed, date: "2025-06-05"),
        ], "\(deals(text, published: "2025-06-10"))")
    }

    @Test func anInstituteReferredToByItsKindTransfersToEachFirm() {
        let text = """
        한국첨단소재연구원이 생분해 플라스틱 제조 기술을 중소기업 두 곳에 이전했다. \
        연구원은 지난 25일 대전 본원에서 ㈜그린폴리텍, 대영케미칼과 각각 기술이전 계약을 맺었다고 29일 밝혔다.
        """
        #expect(deals(text, published: "2024-04-29").map(\.parties) == [
            ["한국첨단소재연구원", "그린폴리텍"], ["한국첨단소재연구원", "대영케미칼"],
        ], "\(deals(text, published: "2024-04-29"))")
    }

    @Test func aShareSwapBetweenTheTwoFirms() {
        let text = """
        통신사 한결텔레콤과 세종금융지주가 전략적 파트너십을 맺었다. \
        두 회사는 5일 서울 중구 세종금융지주 본사에서 각각 이사회를 연 뒤 지분 맞교환 계약을 체결했다.
        """
        let found = deals(text, published: "2025-03-06")
        #expect(found.map(\.kind) == [.mou, .investment], "\(found)")
        #expect(found.last?.parties.sorted() == ["세종금융지주", "한결텔레콤"], "\(found)")
    }

    @Test func anEarlierRoundToldParagraphsAfterTheRound() {
        let text = """
        전기차 충전 스타트업 차지온(ChargeOn)이 서진자동차와 한백에너지로부터 250억원 규모의 시리즈B 투자를 유치했다.

        차지온은 2021년 설립됐다. 현재 전국에 충전기 3000기를 운영하고 있다. 올해 매출은 200억원을 넘을 전망이다.

        2022년 시리즈A 때는 케이스톤벤처스로부터 60억원을 투자받았다.
        """
        #expect(deals(text, published: "2024-06-18").map(\.parties) == [
            ["차지온", "서진자동차", "한백에너지"], ["차지온", "케이스톤벤처스"],
        ], "\(deals(text, published: "2024-06-18"))")
    }

    @Test func investorsOfTheRoundToldByTheirKind() {
        let text = """
        물류로봇 스타트업 에이트레일이 하이랜드벤처파트너스가 이끈 320억원 규모의 시리즈B 투자를 유치했다. \
        새봄인베스트먼트와 노을캐피탈이 새로 이름을 올렸다. \
        전략적 투자자(SI)로는 물류기업 동해로지스가 참여했다.
        """
        #expect(deals(text, published: "2025-03-12").map(\.parties) == [
            ["에이트레일", "하이랜드벤처파트너스", "새봄인베스트먼트", "노을캐피탈", "동해로지스"],
        ], "\(deals(text, published: "2025-03-12"))")
    }

    @Test func aDealAsTheConditionOfWhatFollowsIsTheDealTold() {
        let text = """
        국내 통신부품 스타트업 웨이브링크는 다음 달 3일(현지시간) 바르셀로나에서 스페인 통신사업자 이베리아텔(IberiaTel)과 6G 안테나 공동 실증을 위한 양해각서(MOU)를 맺을 예정이다. \
        협약이 성사되면 양사는 올해 하반기부터 마드리드 도심에서 안테나를 시험 설치한다.
        """
        #expect(deals(text, published: "2025-02-10") == [
            Found(kind: .mou, parties: ["웨이브링크", "이베리아텔"], status: .planned, date: "2025-03-03"),
        ], "\(deals(text, published: "2025-02-10"))")
    }

    @Test func theSameRoundPointsBack() {
        let text = """
        크로노소프트가 인디게임 개발사 하이드아웃 스튜디오에 150억원 규모의 전략적 투자를 단행했다. \
        같은 투자 라운드에는 일본 게임 퍼블리셔 아마기리 엔터테인먼트(Amagiri Entertainment)도 참여해 5억엔을 넣었다.
        """
        #expect(deals(text, published: "2025-04-01").map { Set($0.parties) } == [
            ["하이드아웃 스튜디오", "크로노소프트", "아마기리 엔터테인먼트"],
        ], "\(deals(text, published: "2025-04-01"))")
    }

    @Test func theJointVentureReferredToByItsKind() {
        let text = """
        배터리 재활용 기업 리본메탈이 벨기에 브라반트메탈스(Brabant Metals)와 합작법인을 설립하기로 하고 19일 합작 계약을 체결했다. \
        신설 법인의 이름은 '리본브라반트 리사이클링'으로 정했다. \
        리본메탈의 모회사인 대진그룹은 이번 합작에 자금을 대지 않는다. \
        업계에서는 합작사가 독일 폭스바겐과 회수 소재 장기 공급 계약을 이르면 연내 맺을 수 있을 것이라는 관측도 나온다.
        """
        let found = deals(text, published: "2025-08-20")
        #expect(found.map(\.kind) == [.jointVenture, .supply], "\(found)")
        #expect(found.last?.parties == ["리본브라반트 리사이클링", "폭스바겐"], "\(found)")
    }

    @Test func aLeadByOnePartyIsTheDealTheBodyTellsWithItsCounterpart() {
        let text = """
        방산기업 한빛디펜스가 동유럽 정부로부터 차륜형 장갑차 수출 계약을 따냈다. \
        한빛디펜스는 10일(현지시간) 루마니아 국방부와 장갑차 216대를 공급하는 이행계약에 서명했다고 11일 밝혔다.
        """
        let found = extract(text, published: "2025-07-11").deals
        #expect(found.map(\.parties) == [["company:한빛디펜스", "institution:루마니아국방부"]], "\(found)")
        #expect(found.first?.evidence.count == 2, "\(found)")
    }

    @Test func aLeadByOnePartyWithAnotherAmountIsAnotherDeal() {
        let text = """
        한빛디펜스가 국내 고객사와 300억원 규모의 부품 공급 계약을 맺었다. \
        한빛디펜스는 10일(현지시간) 루마니아 국방부와 1조4500억원 규모의 장갑차 공급 계약에 서명했다.
        """
        let found = deals(text, published: "2025-07-11")
        #expect(found.map(\.parties) == [["한빛디펜스"], ["한빛디펜스", "루마니아 국방부"]], "\(found)")
        #expect(found.map(\.kind) == [.supply, .supply], "\(found)")
    }

    @Test func aDealDoneThenWhatFollowsFromIt() {
        let text = "종합식품기업 한마루식품이 수직농장 스타트업 팜스케일에 120억원의 전략적 투자를 단행하고 원재료 공동 조달에 나선다."
        #expect(deals(text, published: "2024-10-15") == [
            Found(kind: .investment, parties: ["팜스케일", "한마루식품"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-10-15"))")
        // An order hoped for in a quote, told with the same ending, is none.
        let hope = "남궁 대표는 \"걸프포트 마린웍스와의 협력을 발판으로 미 해군 MRO 사업을 수주하고, 신조 함정 사업까지 넓히겠다\"고 말했다."
        #expect(deals(hope, published: "2024-10-15").isEmpty, "\(deals(hope, published: "2024-10-15"))")
    }

    @Test func controlSecuredIsAnAcquisition() {
        let text = "한마루식품은 2022년에도 소스 제조사 다솜푸드의 지분 65%를 사들여 경영권을 확보한 바 있다."
        #expect(deals(text, published: "2024-10-15") == [
            Found(kind: .acquisition, parties: ["한마루식품", "다솜푸드"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-10-15"))")
        // Capabilities bought are no firm bought.
        let figurative = "경쟁사인 미르텔레콤과 누리통신이 클라우드 사업을 키워 온 만큼, 외부 역량을 사들여 격차를 좁히겠다는 전략이다."
        #expect(deals(figurative, published: "2024-10-15").isEmpty, "\(deals(figurative, published: "2024-10-15"))")
    }

    @Test func aParentNamedBeforeItsAffiliateWordIsNoParty() {
        let text = "유통업계 중견 기업인 그린마트는 대흥유통그룹 계열사로, 지난해에도 경북의 한 영농조합법인과 비슷한 직거래 협약을 맺은 바 있다."
        #expect(deals(text, published: "2025-03-12").isEmpty, "\(deals(text, published: "2025-03-12"))")
    }

    @Test func theCounterpartTheSentenceEndsOn() {
        let text = """
        한강대학교병원이 디지털 치료제 개발을 위해 공동연구 협약을 맺었다고 4일 밝혔다. \
        협약 상대는 한국과학기술원(KAIST) 실험실 창업 기업으로 출발한 바이오 스타트업 셀로닉스다.
        """
        #expect(deals(text, published: "2025-06-04").map(\.parties) == [["한강대학교병원", "셀로닉스"]],
                "\(deals(text, published: "2025-06-04"))")
    }

    @Test func firmsCountedByPlacesThenListedAsParticipants() {
        let text = """
        한국항만안전공단은 지난 20일 부산 본사에서 AI 기반 항만 안전기술을 보유한 중소기업 8곳과 '스마트 항만 안전기술 실증 협약식'을 열었다고 22일 밝혔다. \
        참여 기업은 영상 AI로 위험 행동을 잡아내는 해솔테크, 충돌 방지 센서를 만드는 다온센서 및 접안 모니터링 플랫폼을 운영하는 비전마린 등이다.
        """
        #expect(deals(text, published: "2025-05-22").map(\.parties) == [
            ["한국항만안전공단", "해솔테크"], ["한국항만안전공단", "다온센서"], ["한국항만안전공단", "비전마린"],
        ], "\(deals(text, published: "2025-05-22"))")
        #expect(deals(text, published: "2025-05-22").allSatisfy { $0.date == "2025-05-20" && $0.status == .signed })
        // Places counted after no word for firms ("항만 3곳") count no parties.
        let ports = "한국항만안전공단은 항만 3곳과 협약식을 열었다. 참여 기업은 해솔테크, 다온테크, 비전테크 등이다."
        #expect(deals(ports, published: "2025-05-22").isEmpty, "\(deals(ports, published: "2025-05-22"))")
    }

    @Test func anOrderToldByTheBuyer() {
        let text = """
        신성해운은 지난 14일 남해조선과 컨테이너선 4척의 건조 계약을 맺었다고 16일 밝혔다. \
        신성해운은 2023년에도 남해조선에 피더 컨테이너선 2척을 발주한 바 있다.
        """
        let found = deals(text, published: "2025-05-16")
        #expect(found.map(\.kind) == [.supply, .supply] && found.map(\.date) == ["2025-05-14", nil], "\(found)")
    }

    @Test func aPartyTellingTheDealJustToldAloneRetellsIt() {
        let text = """
        세광중공업이 국내외 선사로부터 일주일 새 잇따라 대형 선박 일감을 확보했다. \
        먼저 세광중공업은 국내 해운사 코리아퍼시픽라인(KPL)과 컨테이너선 2척에 대한 건조 계약을 지난 5일 체결했다. \
        발주처인 코리아퍼시픽라인도 같은 날 "노후 선박을 대체하기 위해 신조선을 발주했다"고 공시했다.
        """
        let found = deals(text, published: "2025-06-10")
        #expect(found == [Found(kind: .supply, parties: ["세광중공업", "코리아퍼시픽라인"], status: .signed, date: "2025-06-05")], "\(found)")
        // Told again with another time, it is another order.
        let again = text + " 코리아퍼시픽라인은 2021년에도 신조선을 발주했다."
        #expect(deals(again, published: "2025-06-10").count == 2, "\(deals(again, published: "2025-06-10"))")
    }

    @Test func thisCompanyAsTheCounterpartOfAnEarlierContract() {
        let text = """
        한빛레이저(대표 오성민)가 미국 배터리 제조사 볼트릭스 에너지(Voltrix Energy)와 412억원 규모의 장비 공급계약을 체결했다고 18일 공시했다. \
        볼트릭스 에너지는 미국 오하이오주에 배터리 공장을 짓고 있다. \
        한빛레이저가 이 회사로부터 물량을 따낸 것은 지난해 8월 맺은 158억원 규모의 납품 계약에 이어 두 번째다.
        """
        let found = deals(text, published: "2025-03-18")
        #expect(found.map(\.parties) == [["한빛레이저", "볼트릭스 에너지"], ["한빛레이저", "볼트릭스 에너지"]], "\(found)")
    }

    @Test func anEarlierRoundLedByAnInvestorAndDone() {
        let text = """
        기업 간 결제 플랫폼 페이브릿지(대표 김하람)가 450억원 규모의 시리즈C 투자를 유치했다고 6일 밝혔다. \
        이번 라운드는 한울인베스트먼트가 이끌었다. \
        회사는 2022년 누리벤처캐피탈이 주도한 200억원 규모의 시리즈B를 마친 뒤 2년여 만에 다시 자금을 조달했다.
        """
        let found = deals(text, published: "2025-05-06")
        #expect(found.map(\.parties) == [["페이브릿지", "한울인베스트먼트"], ["페이브릿지", "누리벤처캐피탈"]], "\(found)")
    }

    @Test func theCitiesNamedWithAProvincesPactsHostTheFirmsPlants() {
        let text = """
        충청북도는 18일 도청에서 그린셀에너지, 오성정밀, 다온푸드 등 3개 기업 및 청주시·충주시·음성군과 투자협약식을 열었다. \
        이차전지 소재 기업 그린셀에너지는 청주 오창산업단지에 2300억원을 들여 공장을 짓는다. \
        세라믹 부품 업체 오성정밀은 충주 메가폴리스에 1650억원을, 간편식 제조업체 다온푸드는 음성 성본산업단지에 800억원을 각각 투자한다.
        """
        let found = deals(text, published: "2025-02-18")
        #expect(found.map(\.parties) == [["충청북도", "청주시", "그린셀에너지"], ["충청북도", "충주시", "오성정밀"], ["충청북도", "음성군", "다온푸드"]],
                "\(found)")
        // With no city named with the pact, the firms' pacts are the province's alone.
        let alone = "충청북도는 18일 그린셀에너지, 오성정밀, 다온푸드 등 3개 기업과 투자협약식을 열었다. 그린셀에너지는 청주 오창산업단지에 공장을 짓는다."
        #expect(deals(alone, published: "2025-02-18").map(\.parties.count) == [2, 2, 2], "\(deals(alone, published: "2025-02-18"))")
    }

    @Test func aDealToldWithEachCounterpartSplitsItsJointTelling() {
        let text = """
        AI 스타트업 다온헬스케어, 한빛병원·새봄대학교병원과 동시에 '맞손'. \
        다온헬스케어가 한빛병원, 새봄대학교병원과 각각 업무협약(MOU)을 맺고 실증에 나선다. \
        다온헬스케어는 지난 15일 본사에서 두 병원과 합동 협약식을 열었다고 17일 밝혔다.
        """
        let found = deals(text, published: "2025-04-17")
        #expect(found == [Found(kind: .mou, parties: ["다온헬스케어", "한빛병원"], status: .signed, date: "2025-04-15"),
                          Found(kind: .mou, parties: ["다온헬스케어", "새봄대학교병원"], status: .signed, date: "2025-04-15")], "\(found)")
        // Without 각각, three parties signing together sign one pact.
        let together = "다온헬스케어가 한빛병원, 새봄대학교병원과 3자 업무협약(MOU)을 맺었다."
        #expect(deals(together, published: "2025-04-17").map(\.parties) == [["다온헬스케어", "한빛병원", "새봄대학교병원"]])
    }

    @Test func investorsListedInBracketsAfterTheirKind() {
        let text = """
        로봇 스타트업 그립웍스가 85억원 규모의 시리즈A 투자를 유치했다고 21일 밝혔다. \
        이번 라운드는 해솔벤처스가 주도했다. \
        기존 투자사(누리인베스트먼트, 온새미벤처스)가 후속 투자에 나섰고 신규 투자사(한결파트너스, 신용보증기금)도 합류했다. \
        회사는 창업 첫해 액셀러레이터 블루씨드랩스에서 시드 투자 5억원을 받은 바 있다.
        """
        let found = deals(text, published: "2024-08-21")
        #expect(found.map(\.parties) == [["그립웍스", "해솔벤처스", "누리인베스트먼트", "온새미벤처스", "한결파트너스", "신용보증기금"],
                                         ["그립웍스", "블루씨드랩스"]], "\(found)")
    }

    @Test func theCounterpartsListedWhereTheSentenceEnds() {
        let text = "한울푸드는 지난달 28일 진안군청에서 지역 농산물 상생 협약식을 열었다고 2일 밝혔다. 협약 상대는 진안군과 진안마이산농협이다."
        let found = deals(text, published: "2025-05-02")
        #expect(found.map(\.parties) == [["한울푸드", "진안군", "진안마이산농협"]], "\(found)")
    }

    @Test func headsWhoSignSignForWhatTheyLead() {
        let text = """
        한빛디펜스는 5일 부쿠레슈티에서 루마니아 국방부와 자주포 공급 계약을 체결했다. \
        오태현 한빛디펜스 대표는 같은 날 오후 현지 방산업체 로마메탈(Romametal)의 안드레이 포파 최고경영자(CEO)와 만나 현지 생산에 관한 양해각서(MOU)에 서명했다.
        """
        let found = deals(text, published: "2025-06-06")
        #expect(found.map(\.kind) == [.supply, .mou], "\(found)")
        #expect(found.last?.parties == ["한빛디펜스", "로마메탈"], "\(found)")
        // Heads who only attend sign for no one.
        let attending = "한빛디펜스는 현지 업체 로마메탈(Romametal)과 양해각서를 맺었다. 행사에는 오태현 한빛디펜스 대표와 루마니아 국방부 차관이 참석했다."
        #expect(deals(attending, published: "2025-06-06").map(\.parties) == [["한빛디펜스", "로마메탈"]])
    }

    @Test func aCountyAsACounterpart() {
        let text = "한울푸드는 진안군과 상생 협약을 맺었다. 한울푸드는 다음 달 초 이웃한 장수군과도 같은 내용의 협약을 맺을 계획이다."
        let found = deals(text, published: "2025-05-02")
        #expect(found.map(\.parties) == [["한울푸드", "진안군"], ["한울푸드", "장수군"]], "\(found)")
        #expect(found.last?.status == .planned)
    }

    @Test func investorsListedAndClosedBy등JoinTheRoundJustLed() {
        let text = """
        폐배터리 재활용 스타트업 리본셀이 150억원 규모의 시리즈A 투자를 유치했다고 15일 밝혔다. \
        이번 라운드는 한솔벤처스가 60억원의 투자를 단행하며 주도했고, 누리인베스트먼트, 온새미파트너스 및 양극재 기업 하이엠머티리얼즈 등이 참여했다.
        """
        let found = deals(text, published: "2025-05-15")
        #expect(found.map(\.parties) == [["리본셀", "한솔벤처스", "누리인베스트먼트", "온새미파트너스", "하이엠머티리얼즈"]], "\(found)")
    }

    @Test func aUniversityReferredToByItsKind() {
        let text = "중부과학기술대학교가 협동로봇 인재 양성에 나선다. 대학은 지난 10일 본관에서 산학협력 협약식을 열었다고 12일 밝혔다. 협약 상대는 협동로봇 제조사 에이블로보틱스다."
        let found = deals(text, published: "2025-03-12")
        #expect(found == [Found(kind: .mou, parties: ["중부과학기술대학교", "에이블로보틱스"], status: .signed, date: "2025-03-10")], "\(found)")
    }

    @Test func aSaleToldByTheSeller() {
        // A stake in a plant: the seller and the buyer.
        let stake = "솔라웨이브에너지는 23일 신안 태양광발전소 지분 49%를 공무원연금공단에 2,350억원에 매각했다고 24일 공시했다."
        #expect(deals(stake, published: "2024-09-24").map(\.parties) == [["솔라웨이브에너지", "공무원연금공단"]], "\(deals(stake, published: "2024-09-24"))")
        // A firm sold: the firm and the buyer, not the parent selling it.
        let firm = "한화솔루션은 자회사 한빛로지스를 CJ대한통운에 1200억원에 매각했다고 3일 밝혔다."
        #expect(deals(firm, published: "2024-09-04").map(\.parties) == [["한빛로지스", "CJ대한통운"]], "\(deals(firm, published: "2024-09-04"))")
        // No buyer, no deal.
        #expect(deals("한화솔루션은 매각한 자산을 정리했다.", published: "2024-09-04").isEmpty)
        // Decided, then signed the same day: signed.
        let decided = "솔라웨이브에너지는 23일 이사회를 열어 발전소 지분 49%를 공무원연금공단에 매각하기로 의결하고, 같은 날 주식매매계약(SPA)을 맺었다고 24일 공시했다."
        #expect(deals(decided, published: "2024-09-24").map(\.status) == [.signed], "\(deals(decided, published: "2024-09-24"))")
    }

    @Test func aRoundDoneToldAfterTheSubjectsDescription() {
        let text = "세림대학교병원은 메디웨이브, 노바케어랩과 협약을 맺었다. 노바케어랩은 이 병원 심장내과 교수가 창업한 기업으로, 지난 3월 시리즈A 투자 유치를 마쳤다."
        let found = deals(text, published: "2024-10-27")
        #expect(found.map(\.kind) == [.mou, .investment], "\(found)")
        #expect(found.last?.parties == ["노바케어랩"] && found.last?.status == .signed, "\(found)")
        // The company referred to by "회사는" in the clause before.
        let referred = text.replacingOccurrences(of: " 노바케어랩은", with: "\n\n노바케어랩은")
            + "\n\n회사는 연구 인력을 늘렸으며, 지난달 브릿지 투자 유치를 마쳤다."
        #expect(deals(referred, published: "2024-10-27").map(\.kind) == [.mou, .investment, .investment], "\(deals(referred, published: "2024-10-27"))")
        // Due diligence done is no deal done.
        #expect(deals("한빛소재는 노바케어랩 인수를 위한 실사를 마쳤다.", published: "2024-10-27").allSatisfy { $0.status != .signed })
    }

    @Test func aShareSwapSignedApartFromAPartnership() {
        let text = "한빛텔레콤은 지난 24일 쿠알라룸푸르에서 말레이시아 통신사 셀라탄 커뮤니케이션즈(Selatan Communications)와 '전략적 파트너십 협약'을 맺고, 이와 별도로 약 1억1000만 달러 규모의 주식 교환 계약에도 서명했다고 25일 밝혔다."
        let found = deals(text, published: "2024-09-25")
        #expect(found.map(\.kind) == [.mou, .investment], "\(found)")
        #expect(found.allSatisfy { $0.parties == ["한빛텔레콤", "셀라탄 커뮤니케이션즈"] }, "\(found)")
    }

    @Test func anAssociationReferredToByItsKindAsTheCounterpart() {
        let text = "중소벤처기업부가 한국스마트제조산업협회와 손잡고 AI 공정 전환 지원에 나선다. 중기부는 지난 11일 서울에서 협회와 '중소 제조기업 AI 공정 전환 지원을 위한 업무협약'을 맺었다고 12일 밝혔다."
        let found = deals(text, published: "2025-03-12")
        #expect(found == [Found(kind: .mou, parties: ["중소벤처기업부", "한국스마트제조산업협회"], status: .signed, date: "2025-03-11")], "\(found)")
        // Associations counted are not the one named before.
        let counted = "중소벤처기업부가 한국스마트제조산업협회와 손잡고 지원에 나선다. 중기부는 지난 11일 5개 협회와 업무협약을 맺었다."
        #expect(deals(counted, published: "2025-03-12").allSatisfy { !$0.parties.contains("한국스마트제조산업협회") }, "\(deals(counted, published: "2025-03-12"))")
    }

    @Test func aGroupNamedBeforeItsSubsidiaryIsNoParty() {
        let text = "화성그룹의 에너지 계열사 화성에너지가 덴마크 해상풍력 개발사 노르소 윈드(Nordsø Wind)의 지분 51%를 4억5000만유로에 인수한다."
        #expect(deals(text).map(\.parties) == [["화성에너지", "노르소 윈드"]], "\(deals(text))")
        // Without a subsidiary word, the firm before 의 is the one bought.
        let bought = "화성에너지가 덴마크 해상풍력 개발사 노르소 윈드(Nordsø Wind)의 지분 51%를 인수한다."
        #expect(deals(bought).map(\.parties) == [["화성에너지", "노르소 윈드"]], "\(deals(bought))")
    }

    @Test func aDealSignedAtAnotherDealsCeremony() {
        let text = "중계기 스타트업 웨이브링크는 지난 26일 일본 통신사 야마토텔레콤, 그린웨일파트너스와 프리IPO 투자 계약을 체결했다. 웨이브링크와 야마토텔레콤은 26일 투자 계약 서명식에서 5G 특화망 공동 사업화를 위한 업무협약(MOU)도 맺었다."
        let found = deals(text, published: "2025-09-30")
        #expect(found.map(\.kind) == [.investment, .mou], "\(found)")
        #expect(found.last == Found(kind: .mou, parties: ["웨이브링크", "야마토텔레콤"], status: .signed, date: "2025-09-26"), "\(found)")
    }

    @Test func aLifeInsurerJoinsTheRoundAsStrategicInvestor() {
        let text = "AI 신용평가 스타트업 딥메이트랩스가 250억원 규모의 시리즈B 투자를 유치했다. 이번 라운드는 솔빛인베스트먼트가 주도했다. 전략적 투자자(SI)로는 새한생명보험이 이름을 올렸다."
        let found = deals(text, published: "2023-10-24")
        #expect(found.map(\.parties) == [["딥메이트랩스", "솔빛인베스트먼트", "새한생명보험"]], "\(found)")
    }

    @Test func aSharePurchaseAgreementWithTheSellingShareholder() {
        let text = "화성에너지가 덴마크 해상풍력 개발사 노르소 윈드(Nordsø Wind)의 지분 51%를 인수한다. 회사는 1일 이사회를 열어 인수를 결의했고, 이날 노르소 윈드 최대주주인 덴마크 인프라 투자사 발트캐피털(Balt Capital)과 주식매매계약(SPA)을 체결했다."
        let found = deals(text, published: "2022-12-02")
        #expect(found == [Found(kind: .acquisition, parties: ["화성에너지", "노르소 윈드"], status: .signed, date: "2022-12-01")], "\(found)")
    }

    @Test func aDealSignedThenAPlanUnderIt() {
        // The plan is what the parties will do under the MOU, which is signed.
        let text = "대전시는 지난달 29일 위성 부품 기업 한빛스페이스와 업무협약을 맺고 유성구 일대에 우주부품 시험센터를 함께 운영하기로 했다."
        #expect(deals(text, published: "2024-12-27") == [Found(kind: .mou, parties: ["대전광역시", "한빛스페이스"], status: .signed, date: "2024-11-29")], "\(deals(text, published: "2024-12-27"))")
        let ceremony = "대전시는 지난 11일 충남대학교병원, 한국생명공학연구원과 3자 협약식을 열고, 지역 바이오 기업을 돕기로 했다."
        #expect(deals(ceremony, published: "2024-12-27").map(\.status) == [.signed], "\(deals(ceremony, published: "2024-12-27"))")
        // A signing still to come stays planned.
        let planned = "대전시는 위성 부품 기업 한빛스페이스와 업무협약을 체결하기로 했다."
        #expect(deals(planned, published: "2024-12-27").map(\.status) == [.planned])
    }

    @Test func theCityOfTheArticleHoweverFarBack() {
        let text = """
        대전시는 올해 들어 국내외 기업·기관과 업무협약을 맺었다고 27일 밝혔다. 이 가운데 절반이 바이오 분야였다. 투자 유치 실적은 4,800억 원으로 집계됐다. 가장 최근 협약은 지난 11일 열렸다.

        시는 이날 충남대학교병원, 한국생명공학연구원과 3자 협약을 맺었다.
        """
        let found = deals(text, published: "2024-12-27")
        #expect(found.last?.parties == ["대전광역시", "충남대학교병원", "한국생명공학연구원"], "\(found)")
    }

    @Test func anInvestorJoiningTheRoundWithDo() {
        let text = "초소형 위성 개발사 코스모링크가 700억원 규모의 시리즈B 투자를 유치했다. 이번 라운드는 누리인베스트먼트가 주도했고 에이펙스파트너스가 참여했다. 룩셈부르크의 우주 전문 벤처캐피털 오르비탈 캐피털(Orbital Capital)도 2000만 유로를 넣어 코스모링크 주주 명단에 이름을 올렸다."
        let found = deals(text, published: "2024-03-28")
        #expect(found.map(\.parties) == [["코스모링크", "누리인베스트먼트", "에이펙스파트너스", "오르비탈 캐피털"]], "\(found)")
        // 도 with another investee: a round of its own.
        let other = "초소형 위성 개발사 코스모링크가 700억원 규모의 시리즈B 투자를 유치했다. 이번 라운드는 누리인베스트먼트가 주도했다. 에이펙스파트너스도 바이오 기업 세림테라퓨틱스에 50억원을 투자했다."
        #expect(deals(other, published: "2024-03-28").map(\.parties) == [["코스모링크", "누리인베스트먼트"], ["세림테라퓨틱스", "에이펙스파트너스"]], "\(deals(other, published: "2024-03-28"))")
    }

    @Test func aListOfPactsTakesTheStatusAndDayOfItsLeadIn() {
        let text = """
        안도현 산업부 장관은 24일(현지시간) 오타와에서 열린 한-캐나다 정상회의에 참석했다. 이날 서명된 주요 MOU는 다음과 같다.

        ▲산업통상자원부-캐나다 천연자원부(NRCan) '이차전지 핵심광물 공급망 협력 MOU'
        ▲대산머티리얼즈-메이플리프 리소시스(Mapleleaf Resources) '리튬 정광 공급 MOU'

        분야별로는 에너지가 6건으로 가장 많았다.
        """
        let found = deals(text, published: "2024-09-25")
        #expect(found.map(\.parties) == [["산업통상자원부", "캐나다 천연자원부"], ["대산머티리얼즈", "메이플리프 리소시스"]], "\(found)")
        #expect(found.allSatisfy { $0.status == .signed && $0.date == "2024-09-24" }, "\(found)")
    }

    @Test func aPactOfMorePartiesThanTheClauseNames() {
        let text = "전기차 구동부품 전문기업 현성모터스가 전남 영암에 신공장을 짓기로 하고, 오는 29일 전남도청에서 전라남도, 영암군과 공장 건립을 위한 3자 업무협약(MOU)을 체결할 예정이라고 전라남도가 26일 밝혔다."
        let found = deals(text, published: "2024-02-26")
        #expect(found == [Found(kind: .mou, parties: ["현성모터스", "전라남도", "영암군"], status: .planned, date: "2024-02-29")], "\(found)")
    }

    @Test func aLicenceInFromAbroadIsATechnologyTransfer() {
        let text = "다온제약이 미국 바이오기업 베리디언 테라퓨틱스(Veridian Therapeutics)가 개발 중인 비만 치료 후보물질의 국내 권리를 들여오는 기술이전(라이선스 인) 계약을 체결했다고 19일 공시했다."
        #expect(deals(text, published: "2024-03-19").map(\.kind) == [.techExport], "\(deals(text, published: "2024-03-19"))")
    }

    @Test func aLaterClauseNamingOnlyItsCounterpartGoesOnWithTheSubject() {
        let text = "물류로봇 기업 로보링크스는 지난해 3월 대성정밀과 물류로봇 300대를 공급하는 계약을 맺었고, 같은 해 11월에는 한국로봇산업진흥원과 로봇 실증 협약을 체결하며 레퍼런스를 쌓아 왔다."
        let found = deals(text, published: "2024-07-10")
        #expect(found.map(\.parties) == [["로보링크스", "대성정밀"], ["로보링크스", "한국로봇산업진흥원"]], "\(found)")
        // A clause with a subject of its own does not take the sentence's.
        let own = text.replacingOccurrences(of: "같은 해 11월에는", with: "관계사 직원들은 같은 해 11월")
        #expect(!deals(own, published: "2024-07-10").contains { $0.kind == .mou && $0.parties.contains("로보링크스") }, "\(deals(own, published: "2024-07-10"))")
    }

    @Test func aPastPurchaseToldWithAConnective() {
        let text = "광학필름 기업 세온케미칼은 지난해 12월 베트남 광학필름 업체 비나필름(VinaFilm) 지분 51%를 약 450억원에 사들이며 동남아 생산 거점을 확보한 바 있다."
        #expect(deals(text, published: "2024-11-04").map(\.parties) == [["세온케미칼", "비나필름"]], "\(deals(text, published: "2024-11-04"))")
    }

    @Test func theUniversityAFirmWasFoundedAtIsNoInvestor() {
        let text = "의료 AI 기업 메디브레인은 2021년 청람대학교 교원 창업 기업으로 출발해 지난해 120억원 규모의 시리즈A 투자를 유치했다."
        #expect(deals(text, published: "2024-06-03").map(\.parties) == [["메디브레인"]], "\(deals(text, published: "2024-06-03"))")
    }

    @Test func twoFirmsReferredToFarFromWhereTheyWereNamed() {
        let text = """
        한주에너지는 오는 5월 2일 일본 도쿄에서 야마토케미칼과 합작법인 설립 계약을 체결할 예정이라고 22일 밝혔다.

        계약식에는 송민호 한주에너지 회장과 다나카 히로시 야마토케미칼 사장이 참석한다.

        송 회장은 "한일 수소 공급망을 잇는 첫 단추"라고 말했다. 다나카 사장은 "탈탄소를 앞당기겠다"고 밝혔다.

        합작법인은 일본 경제산업성의 승인을 거쳐 7월께 공식 출범한다.

        양사는 지난해 11월 수소 협력 업무협약(MOU)을 맺은 뒤 사업 구조를 논의해 왔다.
        """
        let found = deals(text, published: "2024-04-22")
        #expect(found.map(\.kind) == [.jointVenture, .mou], "\(found)")
        #expect(found.last?.parties == ["한주에너지", "야마토케미칼"], "\(found)")
    }

    @Test func theCompanyAClauseOpensOnSignsWithItsInvestors() {
        let text = "협동로봇 전문기업 하모니로보틱스가 울산광역시와 손잡고 로봇 실증에 나선다. 회사는 2024년 3월 15일 케이스톤벤처스, 포레스트인베스트먼트와 250억원 규모의 프리IPO 투자 계약을 맺었다."
        let found = deals(text, published: "2025-04-24").filter { $0.kind == .investment }
        #expect(found.map(\.parties) == [["하모니로보틱스", "케이스톤벤처스", "포레스트인베스트먼트"]], "\(found)")
    }

    @Test func aPactToldByItsCounterpartAloneIsTheArticlesSubjects() {
        // The deal word as the topic ("마지막 협약은") and a country ending in 이 ("노르웨이") are no
        // subjects: only the counterpart is named, and the city the article tells of signed.
        let text = """
        부산시가 올해 해외 기업과 맺은 업무협약(MOU)이 모두 21건으로 집계됐다. 부산시는 27일 이 같은 내용을 발표했다.

        분야별로는 해양·조선이 6건으로 가장 많았다. 협약서에 담긴 투자 예정액은 총 1조2000억원이다.

        올해 마지막 협약은 지난 19일 시청에서 노르웨이 조선기자재 기업 오슬로마린(Oslo Marine)과 맺었다. 오슬로마린은 강서구에 정비 거점을 짓는다.
        """
        #expect(deals(text, published: "2024-12-27") == [
            Found(kind: .mou, parties: ["부산광역시", "오슬로마린"], status: .signed, date: "2024-12-19"),
        ], "\(deals(text, published: "2024-12-27"))")
    }

    @Test func aPactAnnouncedByABodyReferredToIsThatBodys() {
        // "…와 MOU를 맺었다고 시가 밝혔다": the city announcing the pact signed it, not the firm that
        // was the topic of the sentence before; the day it announced is not the deal's.
        let text = """
        부산시가 해외 기업 유치에 나섰다. 노르웨이 기업 오슬로마린(Oslo Marine)은 강서구 미음산단에 정비 거점을 짓는다.

        이달 초에는 싱가포르 핀테크 기업 페이브릿지(PayBridge)와 디지털 무역결제 협력 MOU를 맺었다고 시가 지난 3일 밝힌 바 있다.
        """
        #expect(deals(text, published: "2024-12-27") == [
            Found(kind: .mou, parties: ["부산광역시", "페이브릿지"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-12-27"))")
        // A subject of its own: the announcer is only the announcer.
        let own = "한울텔레콤은 싱가포르 핀테크 기업 페이브릿지(PayBridge)와 협력 MOU를 맺었다고 부산시가 3일 밝혔다."
        #expect(deals(own, published: "2024-12-27").map(\.parties) == [["한울텔레콤", "페이브릿지"]], "\(deals(own, published: "2024-12-27"))")
    }

    @Test func investorsTakingPartInTheRoundOfTheTopic() {
        // "베리봇은 … A가 주도한 시드 라운드에 B와 C가 참여해": the topic (은) is the investee, the
        // subjects (가) its investors.
        let text = "농업로봇 스타트업 베리봇(BerryBot)은 액셀러레이터 스프라우트벤처스가 주도한 시드 라운드에 하늘벤처파트너스와 누리인베스트먼트가 참여해 지난 11일 투자 계약을 마무리했다고 23일 밝혔다."
        #expect(deals(text, published: "2024-09-23") == [
            Found(kind: .investment, parties: ["베리봇", "스프라우트벤처스", "하늘벤처파트너스", "누리인베스트먼트"], status: .signed, date: "2024-09-11"),
        ], "\(deals(text, published: "2024-09-23"))")
        // Two topics each with investors of its own stay two rounds.
        let two = "베리봇은 스프라우트벤처스로부터, 하늘로보틱스는 누리인베스트먼트로부터 각각 시드 투자를 유치했다."
        #expect(deals(two, published: "2024-09-23").map(\.parties) == [["베리봇", "스프라우트벤처스"], ["하늘로보틱스", "누리인베스트먼트"]],
                "\(deals(two, published: "2024-09-23"))")
    }

    @Test func investorsTakingPartInTheSentenceAfterTheRound() {
        let text = """
        인공지능(AI) 물류로봇 스타트업 로지브레인이 420억원 규모 시리즈C 투자를 유치했다고 16일 밝혔다.         이번 라운드는 마루인베스트먼트가 주도했다. 세종기술투자와 파인트리캐피탈, 일본 도카이벤처스(Tokai Ventures)가 참여했다.

        로지브레인은 2019년 4월 2일 설립됐다. 창고 안에서 스스로 길을 찾는 자율이동로봇(AMR)을 만든다. 2022년 3월에는 180억원 규모 시리즈B를 마감했다.
        """
        #expect(deals(text, published: "2023-10-16").map(\.parties) == [
            ["로지브레인", "마루인베스트먼트", "세종기술투자", "파인트리캐피탈", "도카이벤처스"], ["로지브레인"],
        ], "\(deals(text, published: "2023-10-16"))")
    }

    @Test func aClauseNamingNoOneGoesOnWithTheCounterpartsBefore() {
        let text = """
        부산시가 올해 해외 기업과 맺은 업무협약(MOU)이 모두 21건으로 집계됐다. 시는 내년에도 성과를 이어갈 계획이다. \
        덴마크 해상풍력 기업 뇌르가드 윈드(Nørgaard Wind)와는 부품 공장 설립을 놓고 협의하고 있으며, 이르면 내년 상반기 MOU를 맺을 수 있을 것으로 기대하고 있다.
        """
        #expect(deals(text, published: "2024-12-27") == [
            Found(kind: .mou, parties: ["부산광역시", "뇌르가드 윈드"], status: .expected, date: nil),
        ], "\(deals(text, published: "2024-12-27"))")
        // A subject in the clause before is no counterpart: one party, no deal.
        let own = "덴마크 해상풍력 기업 뇌르가드 윈드(Nørgaard Wind)가 공장 부지를 둘러봤으며, 이르면 내년 상반기 MOU를 맺을 수 있을 것으로 기대된다."
        #expect(deals(own, published: "2024-12-27").isEmpty, "\(deals(own, published: "2024-12-27"))")
    }

    @Test func sharesHeldByAFirmsOwnPeopleAreTheFirms() {
        // "탐라원 창업주 일가가 보유한 지분": 탐라원 is bought, not a seller.
        let text = "식품기업 한결푸드는 음료업체 탐라원(Tamrawon) 창업주 일가가 보유한 지분 70%를 약 450억원에 사들이는 방안을 검토하고 있는 것으로 알려졌다."
        #expect(deals(text, published: "2023-10-26") == [
            Found(kind: .acquisition, parties: ["한결푸드", "탐라원"], status: .expected, date: nil),
        ], "\(deals(text, published: "2023-10-26"))")
    }

    @Test func collectivesBesidesTheSubjectAndBodiesCountedAsPlaces() {
        // "두 회사와": two firms besides the subject, not the subject and the first of them.
        let three = """
        핀테크 기업 머니스퀘어가 한빛은행, 온누리카드와 손잡고 씬파일러를 위한 금융상품을 함께 만든다. \
        머니스퀘어는 지난 8일 서울 중구 한빛은행 본점에서 두 회사와 3자 업무협약(MOU)을 체결했다고 13일 밝혔다. \
        협약식에는 최재원 머니스퀘어 대표와 박태호 온누리카드 사장이 참석했다.
        """
        #expect(deals(three, published: "2023-11-13") == [
            Found(kind: .mou, parties: ["머니스퀘어", "한빛은행", "온누리카드"], status: .signed, date: "2023-11-08"),
        ], "\(deals(three, published: "2023-11-13"))")
        // "세 곳": bodies of any kind, a city among them.
        let places = "노르웨이 해상풍력 개발사 노르딕윈드(Nordic Wind AS)가 대양중공업, 울산시와 벌여 온 협상이 막바지에 이르렀다. 세 곳은 이르면 연내 투자 양해각서(MOU)를 체결할 것으로 보인다."
        #expect(deals(places, published: "2023-10-17") == [
            Found(kind: .mou, parties: ["노르딕윈드", "대양중공업", "울산광역시"], status: .expected, date: nil),
        ], "\(deals(places, published: "2023-10-17"))")
    }

    @Test func theShareholdersSellingNamedAfterTheSeller() {
        let text = "사모펀드 운용사 오크우드프라이빗에쿼티(오크우드PE)는 지난 8일 휴엔홀딩스 등 최대주주 측과 바이오 위탁생산 기업 휴엔바이오로직스 지분 62.5%를 3,150억원에 사들이는 주식매매계약(SPA)을 체결했다."
        #expect(deals(text, published: "2024-07-10") == [
            Found(kind: .acquisition, parties: ["오크우드프라이빗에쿼티", "휴엔바이오로직스"], status: .signed, date: "2024-07-08"),
        ], "\(deals(text, published: "2024-07-10"))")
    }

    @Test func theSourceOfTheNewsIsNoPartyAndLeadsJoinTheDetail() {
        // A headline and a first sentence telling the deal alone, and the body with its
        // counterpart: one deal; "금융감독원 전자공시시스템에 따르면" names where the news came from.
        let text = """
        세화바이오, 브라질 톡신 1850억 공급계약 해지

        세화바이오가 2년 전 따낸 브라질 보툴리눔 톡신 공급계약을 결국 해지했다.

        12일 금융감독원 전자공시시스템에 따르면 세화바이오는 브라질 의약품 유통사 메디수프리(Medisupri)와 2022년 3월 15일 체결한 보툴리눔 톡신 제제 공급계약을 해지했다고 지난 11일 공시했다.
        """
        #expect(deals(text, published: "2024-03-12") == [
            Found(kind: .supply, parties: ["세화바이오", "메디수프리"], status: .cancelled, date: "2022-03-15"),
        ], "\(deals(text, published: "2024-03-12"))")
    }

    @Test func investorsBackingTheRoundInTheSentenceAfter() {
        let text = """
        물류 로봇 스타트업 모션그리드는 하이랜드벤처스가 주도한 시리즈A에서 120억 원을 받았다. 서린파트너스와 케이런인베스트먼트(K-Run Investment)가 함께했다.
        """
        #expect(deals(text, published: "2024-05-17").map(\.parties) == [["모션그리드", "하이랜드벤처스", "서린파트너스", "케이런인베스트먼트"]],
                "\(deals(text, published: "2024-05-17"))")
    }

    @Test func aFollowUpPactBeingPursuedIsExpected() {
        let text = """
        한국전력공사(한전)는 핀란드 전력회사 노르벨 에너지(Norvel Energy)와 증기발생기 공급 계약을 맺었다.

        한전은 노르벨 에너지와 신규 대형원전 건설 협력을 위한 양해각서(MOU) 체결도 추진하고 있으며, 업계에서는 이르면 내년 상반기에 MOU가 성사될 것으로 내다본다.
        """
        #expect(deals(text, published: "2024-03-14").map(\.status) == [.signed, .expected], "\(deals(text, published: "2024-03-14"))")
    }

    @Test func itemsOfAListOfPactsWithoutADealWordOfTheirOwn() {
        // The lead-in names the kind, the sentence before it the status, each group's heading the day.
        let text = """
        경상남도는 베트남과 인도네시아를 순방 중인 도 대표단이 현지 정부·기업과 모두 5건의 업무협약(MOU)을 체결했다고 13일 밝혔다.

        도 대표단은 10일(현지시간) 하이퐁에서, 12일에는 자카르타에서 잇따라 협약식을 열고 각 협약에 서명했다. 국가별 협약 내용은 다음과 같다.

        ○ 베트남(10일, 하이퐁)
         ▲경상남도-한국가스공사-현대자동차 : 수소 충전 인프라 구축 협력

        ○ 인도네시아(12일, 자카르타)
         ▲한려에어로텍-삼성전자 : 항공기 부품 공동생산(경상남도 입회)

        박 지사는 "협약서에 서명하는 것으로 끝나지 않도록 후속 사업을 챙기겠다"고 말했다.
        """
        #expect(deals(text, published: "2024-06-13") == [
            Found(kind: .mou, parties: ["경상남도", "한국가스공사", "현대자동차"], status: .signed, date: "2024-06-10"),
            Found(kind: .mou, parties: ["한려에어로텍", "삼성전자"], status: .signed, date: "2024-06-12"),
        ], "\(deals(text, published: "2024-06-13"))")
        // The province written short in the items ("경남도-…") is the body the article named in full.
        let short = text.replacingOccurrences(of: "▲경상남도-", with: "▲경남도-")
        #expect(deals(short, published: "2024-06-13").first?.parties == ["경상남도", "한국가스공사", "현대자동차"],
                "\(deals(short, published: "2024-06-13"))")
        // Items of a list led in by no deal word tell nothing.
        let noDeal = text.replacingOccurrences(of: "국가별 협약 내용은 다음과 같다.", with: "국가별 일정은 다음과 같다.")
            .replacingOccurrences(of: "모두 5건의 업무협약(MOU)을 체결했다고", with: "현지 정부와 기업을 만났다고")
            .replacingOccurrences(of: "잇따라 협약식을 열고 각 협약에 서명했다", with: "잇따라 간담회를 열었다")
        #expect(deals(noDeal, published: "2024-06-13").isEmpty, "\(deals(noDeal, published: "2024-06-13"))")
    }

    @Test func anAngelInvestorNamedIsAParty() {
        let text = "AI 튜터 앱을 운영하는 에듀테크 스타트업 클래스루프(ClassLoop)가 18억 원 규모의 프리A 브릿지 투자를 유치했다고 3일 밝혔다. 이번 라운드에는 기업형 벤처캐피털 한성벤처스와 엔젤투자자인 정민우 전 스터디플러스 대표가 참여했다."
        #expect(deals(text, published: "2024-09-03").map(\.parties) == [["클래스루프", "한성벤처스", "정민우"]], "\(deals(text, published: "2024-09-03"))")
        // A person named with a title only, no investor word, is no party.
        let head = "AI 튜터 앱을 운영하는 에듀테크 스타트업 클래스루프(ClassLoop)가 18억 원 규모의 프리A 브릿지 투자를 유치했다고 3일 밝혔다. 이번 라운드에는 기업형 벤처캐피털 한성벤처스가 참여했다. 정민우 클래스루프 대표는 인력을 늘리겠다고 말했다."
        #expect(deals(head, published: "2024-09-03").map(\.parties) == [["클래스루프", "한성벤처스"]], "\(deals(head, published: "2024-09-03"))")
    }

    @Test func investorsFillingTheRestJoinTheRoundNotTheDealBeforeThem() {
        let text = "설립 1년 만에 80억원을 모은 곳도 나왔다. 올해 1월 문을 연 바이오 기업 시냅티카는 80억원 규모의 시드 라운드를 마무리했다. 대웅제약이 지난 5일 50억원을 전략적으로 투자했고, 연세대가 최대주주인 연세기술지주 등이 나머지를 채웠다."
        let found = deals(text, published: "2024-03-12")
        // The owner describing an investor ("연세대가 최대주주인") is no party.
        #expect(Set(found.map { $0.parties.sorted().joined(separator: "+") }) == ["시냅티카+연세기술지주", "대웅제약+시냅티카"], "\(found)")
        #expect(found.first { $0.parties.contains("대웅제약") }?.date == "2024-03-05", "\(found)")
        // Without "the rest", an investor after a deal of its own sentence joins nothing told before.
        let alone = text.replacingOccurrences(of: "등이 나머지를 채웠다", with: "도 연구 협력을 검토하고 있다")
        #expect(!deals(alone, published: "2024-03-12").contains { $0.parties.contains("연세기술지주") }, "\(deals(alone, published: "2024-03-12"))")
    }

    @Test func thePastWrittenInFullAsPressReleasesWriteIt() {
        let text = "□ 한국가스기술공사는 2024. 7. 3.(수) 오만 국영에너지기업 OQ와 수소 배관 안전관리 협력 업무협약(MOU)을 체결하였다. 양 기관은 실증 사업을 공동으로 추진하여 2026년까지 설계를 마칠 계획이다."
        #expect(deals(text, published: "2024-07-04") == [
            Found(kind: .mou, parties: ["한국가스기술공사", "OQ"], status: .signed, date: "2024-07-03"),
        ], "\(deals(text, published: "2024-07-04"))")
        let planned = text.replacingOccurrences(of: "체결하였다", with: "체결할 예정이다")
        #expect(deals(planned, published: "2024-07-04").map(\.status) == [.planned], "\(deals(planned, published: "2024-07-04"))")
    }

    @Test func cuesAreAskedInTheirFullSpelling() {
        #expect(FormalEndings.fullForm(of: "체결했") == "체결하였")
        #expect(FormalEndings.fullForm(of: "체결됐다고") == "체결되었다고")
        #expect(FormalEndings.fullForm(of: "참여해") == "참여하여")
        #expect(FormalEndings.fullForm(of: "인수해 ") == "인수하여 ")
        // 해 as a year, and cues with nothing contracted, have no other spelling.
        #expect(FormalEndings.fullForm(of: "지난해") == nil)
        #expect(FormalEndings.fullForm(of: "같은 해 11월") == nil)
        #expect(FormalEndings.fullForm(of: "맺었") == nil)
    }

    @Test func aClauseNamingOnlyWhatIsInvestedInGoesOnWithTheInvestor() {
        let text = "기술보증기금은 AI 품질검사 기업 큐리어스랩에 10억 원을 투자했다. 수전해 스택 개발사 하이드로젠웍스에는 20억 원을 투자했다."
        #expect(deals(text, published: "2024-11-19").map(\.parties) == [["큐리어스랩", "기술보증기금"], ["하이드로젠웍스", "기술보증기금"]],
                "\(deals(text, published: "2024-11-19"))")
        // The investee of the deal before is no investor: a firm that raised money goes on with nothing.
        let raised = "AI 품질검사 기업 큐리어스랩은 기술보증기금으로부터 10억 원을 투자받았다. 수전해 스택 개발사 하이드로젠웍스에는 20억 원이 투자됐다."
        #expect(!deals(raised, published: "2024-11-19").contains { $0.parties == ["하이드로젠웍스", "큐리어스랩"] }, "\(deals(raised, published: "2024-11-19"))")
    }

    @Test func theMediumReportingADealIsNoParty() {
        let text = "한강전자는 미국 팹리스 기업 오로라세미(Aurora Semi)의 물량을 수주할 전망이다. 로이터통신은 18일(현지시간) 두 회사가 공급 계약의 막바지 협상을 벌이고 있으며, 이르면 다음 달 계약서에 서명할 수 있다고 보도했다."
        #expect(deals(text, published: "2025-03-19").map { "\($0.kind) \($0.parties.sorted()) \($0.status)" } == ["supply [\"오로라세미\", \"한강전자\"] expected"],
                "\(deals(text, published: "2025-03-19"))")
        // The parties named as subjects of what is reported stay parties.
        let named = "로이터통신은 18일(현지시간) 한강전자와 미국 팹리스 기업 오로라세미(Aurora Semi)가 공급 계약의 막바지 협상을 벌이고 있으며, 이르면 다음 달 계약서에 서명할 수 있다고 보도했다."
        #expect(deals(named, published: "2025-03-19").map(\.parties) == [["한강전자", "오로라세미"]], "\(deals(named, published: "2025-03-19"))")
    }

    @Test func anEarlierRoundToldAfterAClauseNamingNoOrganisation() {
        let text = "전기차 냉각부품 스타트업 서린써멀이 250억원 규모의 시리즈B 투자를 유치했다고 8일 밝혔다. 이번 라운드는 자동차 부품사 동아오토텍이 주도했다. 서린써멀은 오일 냉각 모듈을 만든다. 2021년 윤지호 대표가 창업했으며, 2022년 시리즈A에서 90억원을 유치했다."
        let found = deals(text, published: "2024-07-08")
        #expect(found.map(\.parties).sorted { $0.count > $1.count } == [["서린써멀", "동아오토텍"], ["서린써멀"]], "\(found)")
    }

    @Test func aBodyTellingOfDealsOfFirmsItLeavesUnnamedIsNoParty() {
        let text = "조선업계의 지난해 실적이 나왔다.\n\n한국조선해양협회는 14일 보고서에서 국내 조선사들이 지난해 LNG운반선 40척을 수주했다고 밝혔다."
        #expect(deals(text, published: "2025-01-15").isEmpty, "\(deals(text, published: "2025-01-15"))")
        // Firms named as the subject are the parties; the body telling of them is none.
        let named = "조선업계의 지난해 실적이 나왔다.\n\n한국조선해양협회는 14일 보고서에서 한빛중공업이 지난해 그리스 선사 에게안마린과 LNG운반선 4척 공급 계약을 맺었다고 밝혔다."
        #expect(deals(named, published: "2025-01-15").map(\.parties) == [["한빛중공업", "에게안마린"]], "\(deals(named, published: "2025-01-15"))")
    }

    @Test func theFoundersOfAJointVentureAreNotTheVenture() {
        let text = "자동차 부품업체 태림전자가 이스라엘 센서 기업 노바옵틱스(NovaOptics)와 세운 합작법인을 정리한다. 태림전자는 합작법인 '태림노바'를 해산하기로 결의했다고 28일 공시했다. 두 회사는 2020년 4월 9일 합작계약을 체결하고 자본금 200억원 규모의 태림노바를 세웠다."
        #expect(deals(text, published: "2023-08-29").map(\.parties) == [["태림전자", "노바옵틱스"]], "\(deals(text, published: "2023-08-29"))")
    }

    @Test func aMinistryAnnouncingWhatFirmsSignedIsNoParty() {
        let text = "공기업 합작 소식이 나왔다.\n\n□ 산업통상자원부(이하 산업부)는 한국남동발전(KOEN)과 인도네시아 국영전력공사(PLN)가 21일(현지시간) 자카르타에서 합작투자계약(JVA)을 체결했다고 22일 밝혔다.\n\n유 차관은 협력을 이어가겠다고 말했다."
        #expect(deals(text, published: "2025-01-22") == [
            Found(kind: .jointVenture, parties: ["한국남동발전", "국영전력공사"], status: .signed, date: "2025-01-21"),
        ], "\(deals(text, published: "2025-01-22"))")
        // A firm announcing its own investors stays the investee.
        let raised = "투자 소식이 나왔다.\n\n반도체 설계 스타트업 세미노바는 한빛벤처스와 새봄인베스트먼트가 50억원을 투자했다고 22일 밝혔다.\n\n김 대표는 인력을 늘리겠다고 말했다."
        #expect(deals(raised, published: "2025-01-22").map(\.parties) == [["세미노바", "한빛벤처스", "새봄인베스트먼트"]], "\(deals(raised, published: "2025-01-22"))")
        #expect(extract(raised, published: "2025-01-22").deals.first?.parties.first == "company:세미노바")

    }

    @Test func aShortFormDefinedAfterTheHeadIsTheAnnouncerToo() {
        let text = "UAM 협력 소식이 나왔다.\n\n□ 국토교통부(장관 한승규, 이하 국토부)는 기체 개발사 스카이젠에어로가 일본 운항사 소라테크(Soratech)와 업무협약(MOU) 체결을 추진하고 있다고 24일 밝혔다.\n\n한 대표는 기대가 크다고 말했다."
        #expect(deals(text, published: "2025-04-24").map(\.parties) == [["스카이젠에어로", "소라테크"]], "\(deals(text, published: "2025-04-24"))")
    }

    @Test func aPactStatedAsOfAllItsPartiesIsOne() {
        let text = "투자 소식이 나왔다.\n\n□ 전라남도(도지사 정하윤)는 15일 도청에서 여수시(시장 문병관), 한결수소에너지(대표 최경민), 선라이즈솔라텍(회장 배성진)과 4자 투자협약을 체결했다.\n\n정 도지사는 지원을 약속했다."
        #expect(deals(text, published: "2024-03-15").map(\.parties) == [["전라남도", "여수시", "한결수소에너지", "선라이즈솔라텍"]], "\(deals(text, published: "2024-03-15"))")
    }

    @Test func backersAddingTheirShareJoinTheRound() {
        let text = "게임 개발사 루미너스게임즈가 중국 빅테크 톈룽그룹이 리드한 650억원 규모의 시리즈C 투자를 유치했다. 라운드 구성을 보면 톈룽그룹이 350억원을 베팅했고, 국내 벤처캐피털 누리벤처파트너스와 블루코스트인베스트먼트가 각각 180억원, 120억원을 보탰다."
        #expect(deals(text, published: "2025-02-18").map(\.parties) == [["루미너스게임즈", "톈룽그룹", "누리벤처파트너스", "블루코스트인베스트먼트"]],
                "\(deals(text, published: "2025-02-18"))")
    }

    @Test func aLeadJoinedToItsOtherBackersDescribesTheRound() {
        let text = "클라우드 보안 스타트업 시큐어노드(SecureNode)는 라이트하우스벤처스가 리드하고 한결인베스트먼트가 참여한 120억원 규모의 시리즈A 투자를 유치했다고 8일 밝혔다."
        let found = extract(text, published: "2024-04-13").deals
        #expect(found.map(\.parties) == [["company:시큐어노드", "company:라이트하우스벤처스", "company:한결인베스트먼트"]], "\(found.map(\.parties))")
    }

    @Test func aCounterpartOnlyClauseAfterADateGoesOnWithTheSubject() {
        let text = "제목\n\n알파텔레콤은 AI 반도체 팹리스 딥코어(DeepCore)와 업무협약을 맺었다고 이날 밝혔다. 오는 11월 2일에는 한국과학기술원(KAIST)과 AI 대학원 인재 양성을 위한 협약을 맺는다.\n\n끝."
        #expect(deals(text, published: "2023-10-26").map(\.parties) == [["알파텔레콤", "딥코어"], ["알파텔레콤", "한국과학기술원"]],
                "\(deals(text, published: "2023-10-26"))")
        // A Latin name marked as a subject after the counterpart is another party, not the subject carried.
        let named = text.replacingOccurrences(of: "한국과학기술원(KAIST)과 AI 대학원", with: "한국과학기술원(KAIST)과 LG가 대학원")
        #expect(!deals(named, published: "2023-10-26").contains { $0.parties == ["알파텔레콤", "한국과학기술원"] }, "\(deals(named, published: "2023-10-26"))")
    }

    /// Fuzz run 37 (crash-f1da1146…): a deal word inside a name's gloss ended the parties' range
    /// before the gloss did, and the search after the name was a range running backwards (a trap).
    @Test func aDealWordInsideANamesGlossIsNoCrash() {
        let text = "제목\n\n행사는 한국원자력산업협회와 부산광역시가 공동 주최한다. 전시장에는 두산에너빌리티가 혁신형 소형모듈원전(i-SMR) 주기기 실물 크기 모형을 내놓고, 미국 뉴스케일파워(양해각서NuScale Power)는 모듈 조립 공정을 가상현실로 보여 준다. 한전KPS는 원전 계통 점검용 로봇과 수명연장 정비 기술을 소개한다.\n\n끝."
        for published in ["2024-03-05", "2025-01-01"] {
            let extraction = extract(text, published: published)
            #expect(extraction.entities.contains { $0.name == "두산에너빌리티" })
        }
    }

    @Test func aContractDayStatedThreeSentencesAfterItsDisclosure() {
        let text = """
        제목

        2차전지 장비업체 한솔이노텍이 새론배터리와 900억 원 규모의 전극공정 장비 단일판매·공급계약을 체결했다고 18일 공시했다. \
        단일 계약으로는 회사 설립 이후 가장 큰 규모다. 정확한 계약금액은 903억원으로, 최근 매출액 대비 31.2% 규모다. \
        계약일은 지난 15일이며 계약기간은 2025년 9월 30일까지다.

        끝.
        """
        #expect(deals(text, published: "2024-03-18") == [
            Found(kind: .supply, parties: ["한솔이노텍", "새론배터리"], status: .signed, date: "2024-03-15"),
        ], "\(deals(text, published: "2024-03-18"))")
        // Four sentences on, the day is another matter's.
        let far = text.replacingOccurrences(of: "대비 31.2% 규모다. ", with: "대비 31.2% 규모다. 대금은 세 번에 나눠 받는다. ")
        #expect(deals(far, published: "2024-03-18").map(\.date) == [nil], "\(deals(far, published: "2024-03-18"))")
    }

    @Test func newSharesAllottedToNamedInvestorsAreAnInvestment() {
        let text = """
        제목

        신약 개발사 테라노바(417350)가 약 300억원 규모의 제3자배정 유상증자를 결정했다고 3일 공시했다. \
        배정 대상자는 중견 제약사 한빛제약과 벤처캐피털 솔마루인베스트먼트로, 두 곳이 150억원씩 넣는다.

        끝.
        """
        #expect(deals(text, published: "2024-07-03") == [
            Found(kind: .investment, parties: ["테라노바", "한빛제약", "솔마루인베스트먼트"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-07-03"))")
        // A rights issue to every shareholder is no deal.
        let rights = "제목\n\n신약 개발사 테라노바가 약 300억원 규모의 주주배정 유상증자를 결정했다고 3일 공시했다.\n\n끝."
        #expect(deals(rights, published: "2024-07-03").isEmpty, "\(deals(rights, published: "2024-07-03"))")
    }

    @Test func convertibleBondsBoughtInFullAreAnInvestmentNotATakeover() {
        let text = """
        제목

        비전 AI 기업 루멘비전(452190)이 200억원 규모의 전환사채(CB)를 발행한다. 루멘비전은 제3회차 무기명식 무보증 사모 CB 발행을 \
        결정했다고 10일 공시했다. 사채는 사모펀드 운용사 한누리프라이빗에쿼티(한누리PE)가 운용하는 펀드가 전량 인수한다.

        끝.
        """
        #expect(deals(text, published: "2024-09-10") == [Found(kind: .investment, parties: ["루멘비전", "한누리프라이빗에쿼티"], status: .signed, date: nil)],
                "\(deals(text, published: "2024-09-10"))")
    }

    @Test func aRoundNamedWithOnlyItsInvestorsIsTheParagraphsCompanys() {
        let text = """
        제목

        로봇 스타트업 무빙코어는 물류 로봇을 만든다. 2017년 설립된 무빙코어는 2023년 6월 코스닥에 상장했다. 상장 전인 2022년 진행한 \
        프리IPO 라운드에서는 누리벤처파트너스가 리드 투자자로 나섰고 에이원인베스트먼트, 신성벤처투자가 참여해 250억원을 모았다.

        끝.
        """
        #expect(deals(text, published: "2024-09-10").map(\.parties) == [["무빙코어", "누리벤처파트너스", "에이원인베스트먼트", "신성벤처투자"]],
                "\(deals(text, published: "2024-09-10"))")
        // Investors spending with no round named spend on their own.
        let spending = text.replacingOccurrences(of: "프리IPO 라운드에서는 누리벤처파트너스가 리드 투자자로 나섰고", with: "누리벤처파트너스가 리드 투자자로 나섰고")
            .replacingOccurrences(of: "참여해 250억원을 모았다", with: "평택 공장에 250억원을 투자했다")
        #expect(deals(spending, published: "2024-09-10").isEmpty, "\(deals(spending, published: "2024-09-10"))")
        // An investor the sentence before told of is not the round's company.
        let interview = "제목\n\n\"라이트하우스벤처스가 40억원을 넣으면서 라운드를 이끌었고, 한강인베스트먼트와 오션브릿지파트너스가 나머지를 나눠 맡았습니다. 한강인베스트먼트는 2023년 시드 라운드 때 12억원을 투자했던 곳인데 이번에 후속 투자를 해 줬어요.\"\n\n끝."
        #expect(!deals(interview, published: "2024-09-10").contains { $0.parties.contains("라이트하우스벤처스") && $0.parties.contains("한강인베스트먼트") },
                "\(deals(interview, published: "2024-09-10"))")
    }

    @Test func aRoundsLeadAndBackersToldInTheSentencesAfterIt() {
        let text = """
        제목

        광주 지역 인공지능(AI) 스타트업 솔빛에이아이가 45억원 규모의 시리즈A 투자를 유치했다고 13일 밝혔다. \
        이번 투자는 지역 벤처캐피털(VC) 무등벤처파트너스가 주도했다. 무등벤처파트너스는 모태펀드와 광주광역시가 함께 출자한 \
        '광주 AI 혁신펀드'를 통해 25억원을 넣었다. 정책금융기관인 기술보증기금이 투자연계보증 방식으로 10억원, \
        남도인베스트먼트가 10억원을 각각 보탰다.

        끝.
        """
        // The city that funded the fund is no party: "출자한 '…펀드'" describes the fund.
        #expect(deals(text, published: "2024-11-13") == [
            Found(kind: .investment, parties: ["솔빛에이아이", "무등벤처파트너스", "기술보증기금", "남도인베스트먼트"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-11-13"))")
    }

    @Test func theFirmRunningARoundIsItsInvestee() {
        let text = "제목\n\n통신장비 기업 네오텔콤은 안테나 스타트업 웨이브링스가 진행하는 210억원 규모의 시리즈B 라운드에 참여해 30억원을 투자한다고 7일 공시했다. 이번 라운드는 새한벤처스가 주도했다.\n\n끝."
        #expect(deals(text, published: "2024-06-08").map(\.parties) == [["웨이브링스", "네오텔콤", "새한벤처스"]], "\(deals(text, published: "2024-06-08"))")
    }

    @Test func aCollectiveSubjectWithTheGovernmentsAsItsCounterparts() {
        let text = """
        제목

        전구체 업체 대성소재가 중국 정련 기업 화윤리튬(Huayun Lithium)과 손잡고 합작법인(JV)을 세운다. \
        두 회사는 오는 5월 2일 경상북도, 포항시와 투자협약을 체결할 예정이다.

        끝.
        """
        #expect(deals(text, published: "2024-04-25").last == Found(kind: .mou, parties: ["대성소재", "화윤리튬", "경상북도", "포항시"], status: .planned, date: "2024-05-02"),
                "\(deals(text, published: "2024-04-25"))")
    }

    @Test func investorsListedAcrossAPlaceJoinTheRound() {
        let text = """
        제목

        물류로봇 스타트업 무빙랩이 3,500만 달러 규모의 시리즈B 투자를 유치했다고 16일 밝혔다. 이번 라운드는 케스트럴벤처스가 주도했다. \
        일본의 Sakura Frontier Capital(사쿠라 프런티어 캐피털)과 한국의 새빛벤처파트너스, 한국산업은행이 신규 투자자로 참여했다.

        끝.
        """
        #expect(deals(text, published: "2024-05-16").map(\.parties) == [["무빙랩", "케스트럴벤처스", "사쿠라 프런티어 캐피털", "새빛벤처파트너스", "한국산업은행"]],
                "\(deals(text, published: "2024-05-16"))")
    }

    // MARK: round ZL (roundups, columns, interviews)

    @Test func aFirmASentenceEndsOnLeadsTheDealsToldAfterIt() {
        let text = """
        제목

        민간 우주 시장을 향한 기업들의 발걸음이 빨라지고 있다. 가장 공격적인 곳은 한누리에어로스페이스다. \
        지난해 소형위성 제조사 오로라샛을 380억원에 인수한 데 이어, 올해 3월에는 프랑스 위성영상 분석업체 \
        베가리스(Vegaris)와 50대 50 지분으로 합작법인을 세웠다.

        끝.
        """
        #expect(deals(text, published: "2024-08-19") == [
            Found(kind: .acquisition, parties: ["한누리에어로스페이스", "오로라샛"], status: .signed, date: nil),
            Found(kind: .jointVenture, parties: ["한누리에어로스페이스", "베가리스"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-08-19"))")
        // A sentence opening on its subject reads its deals as one clause, each deal with that subject.
        let opened = "제목\n\n기술보증기금은 지난 11일 협동로봇 제어기 개발사 에이블로보틱스와 15억 원 규모의 투자 계약을 체결한 데 이어, 제조 현장용 AI 품질검사 솔루션 기업 큐리어스랩에 10억 원을 투자했다.\n\n끝."
        #expect(deals(opened, published: "2024-11-19").map(\.parties) == [["에이블로보틱스", "기술보증기금"], ["큐리어스랩", "기술보증기금"]],
                "\(deals(opened, published: "2024-11-19"))")
    }

    @Test func aVentureSetUpIsSignedButItsOwnNameIsNoFounder() {
        let set = "제목\n\n해솔전자는 올해 2월 독일 부품사 크라우스테크(Krauss Tech)와 합작법인을 세웠다.\n\n끝."
        #expect(deals(set, published: "2024-08-19") == [Found(kind: .jointVenture, parties: ["해솔전자", "크라우스테크"], status: .signed, date: nil)],
                "\(deals(set, published: "2024-08-19"))")
        let named = "제목\n\n두 회사는 2020년 4월 9일 판교에서 합작계약을 체결하고 자본금 200억원 규모의 해솔크라우스를 세웠다. 해솔전자가 지분 51%를, 크라우스테크(Krauss Tech)가 49%를 가졌다.\n\n끝."
        #expect(!deals(named, published: "2024-08-19").contains { $0.parties.contains("해솔크라우스") }, "\(deals(named, published: "2024-08-19"))")
    }

    @Test func backersPuttingInTheirSharesEachJoinTheRound() {
        let text = """
        제목

        발사체 스타트업 노바로켓은 지난 12일 600억원 규모의 시리즈C 투자 유치를 마무리했다. \
        한국산업은행과 에이스톤벤처스가 각각 200억원, 150억원을 넣었고 나머지는 기존 투자자들이 채웠다.

        끝.
        """
        #expect(deals(text, published: "2024-08-19") == [
            Found(kind: .investment, parties: ["노바로켓", "한국산업은행", "에이스톤벤처스"], status: .signed, date: "2024-08-12"),
        ], "\(deals(text, published: "2024-08-19"))")
    }

    @Test func aSpecialCityActsAsItsGovernment() {
        let text = "제목\n\n창원특례시는 남해과학기술대학교, 방산 부품기업 해성중공업과 방산 인재 양성을 위한 3자 업무협약을 맺었다고 3일 밝혔다.\n\n끝."
        #expect(deals(text, published: "2024-09-03") == [
            Found(kind: .mou, parties: ["창원특례시", "남해과학기술대학교", "해성중공업"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-09-03"))")
    }

    @Test func headsAndADeputyHeadSigningForTheirBodies() {
        // A photo caption: the vice governor signs for the province, each head for what they lead.
        let caption = "제목\n\n▲ 이수민 충청북도 경제부지사(가운데)와 정해린 오송미래병원장(왼쪽), 최상혁 한빛제약 사장이 지난 14일 충북도청 대회의실에서 '바이오 전문인력 양성 업무협약'을 체결한 뒤 협약서를 들어 보이고 있다.\n\n끝."
        #expect(deals(caption, published: "2024-10-16") == [
            Found(kind: .mou, parties: ["충청북도", "오송미래병원", "한빛제약"], status: .signed, date: "2024-10-14"),
        ], "\(deals(caption, published: "2024-10-16"))")
        // A province named as where a firm stands is still a place.
        let place = "제목\n\n최상혁 한빛제약 사장과 정해린 오송미래병원장이 지난 14일 충청북도 청주시에서 업무협약을 체결했다.\n\n끝."
        #expect(deals(place, published: "2024-10-16").map(\.parties) == [["한빛제약", "오송미래병원"]], "\(deals(place, published: "2024-10-16"))")
    }

    @Test func aQuoteOpeningOnTheDayToComeNamesNoSubject() {
        let text = """
        제목

        AI 신약 개발 스타트업 루미너스랩은 지난해 동해벤처스 등에서 120억원 규모의 시리즈A 투자를 받았다.

        "오는 5월 2일 대덕공과대학교와 AI 전문인력 양성을 위한 협약을 체결할 예정이다."

        끝.
        """
        #expect(deals(text, published: "2024-04-22").last == Found(kind: .mou, parties: ["루미너스랩", "대덕공과대학교"], status: .planned, date: "2024-05-02"),
                "\(deals(text, published: "2024-04-22"))")
    }

    @Test func aPurchaseWithNoFirmBoughtIsNoAcquisition() {
        let text = """
        제목

        영동군이 12일 식품기업 한빛에프앤비, 영동과일농협과 업무협약을 맺었다. \
        조합은 해마다 포도와 복숭아 800톤 이상을 모아 공장에 넘기고, 회사는 이를 연간 35억 원 규모로 사들이기로 했다.

        끝.
        """
        #expect(deals(text, published: "2024-06-12").map(\.kind) == [.mou], "\(deals(text, published: "2024-06-12"))")
        // A firm bought, with its buyer, is one.
        let bought = "제목\n\n한결푸드는 지난 23일 냉동식품 기업 맛누리식품을 320억원에 인수했다.\n\n끝."
        #expect(deals(bought, published: "2024-04-25") == [Found(kind: .acquisition, parties: ["한결푸드", "맛누리식품"], status: .signed, date: "2024-04-23")],
                "\(deals(bought, published: "2024-04-25"))")
    }

    @Test func aPastPurchaseToldInPassing() {
        let text = "제목\n\n한결푸드는 맛누리식품을 인수했다고 23일 밝혔다. 한결푸드의 인수합병(M&A)은 이번이 처음이 아니다. 회사는 2021년 냉동만두 업체 다솜식품을 340억 원에 사들여 냉동 부문을 키웠다.\n\n끝."
        #expect(deals(text, published: "2024-04-24").map(\.parties) == [["한결푸드", "맛누리식품"], ["한결푸드", "다솜식품"]], "\(deals(text, published: "2024-04-24"))")
    }

    @Test func anInterviewNamesTheRoundsInvestorsAfterACaptionAndAQuestion() {
        let text = """
        제목

        푸드테크 스타트업 오르다푸드가 지난달 29일 85억원 규모의 시리즈A 투자 유치를 마무리했다. 서울 성수동 본사에서 한서윤 대표를 만났다.

        ▲ 한서윤 오르다푸드 대표가 식물성 새우 제품을 소개하고 있다. /사진=이코노미포커스 DB

        -시리즈A 라운드를 마쳤습니다. 누가 참여했나요.

        "모두 85억원입니다. 라이트하우스벤처스가 40억원을 넣으면서 라운드를 이끌었고, 한강인베스트먼트와 오션브릿지파트너스가 나머지를 나눠 맡았습니다."

        끝.
        """
        #expect(deals(text, published: "2025-06-10") == [
            Found(kind: .investment, parties: ["오르다푸드", "라이트하우스벤처스", "한강인베스트먼트", "오션브릿지파트너스"], status: .signed, date: "2025-05-29"),
        ], "\(deals(text, published: "2025-06-10"))")
        // Another firm named between: the round no longer waits for its investors.
        let between = text.replacingOccurrences(of: "서울 성수동 본사에서 한서윤 대표를 만났다.", with: "경쟁사 바다푸드랩도 지난달 제품을 냈다.")
        #expect(deals(between, published: "2025-06-10").first?.parties == ["오르다푸드"], "\(deals(between, published: "2025-06-10"))")
    }

    @Test func anInvestorsEarlierBetOnTheSameCompany() {
        let text = """
        제목

        물류 로봇 스타트업 스텔라로보틱스가 350억원 규모의 시리즈B 투자를 유치했다고 10일 밝혔다. \
        이번 라운드는 도담벤처파트너스가 주도했고 한울기술투자가 참여했다. 이로써 스텔라로보틱스의 누적 투자 유치액은 520억원으로 늘었다. \
        도담벤처파트너스는 2022년 시리즈A 때도 단독으로 120억원을 넣은 바 있어 이번이 두 번째 베팅이다.

        끝.
        """
        #expect(deals(text, published: "2025-07-10").map(\.parties) == [["스텔라로보틱스", "도담벤처파트너스", "한울기술투자"], ["스텔라로보틱스", "도담벤처파트너스"]],
                "\(deals(text, published: "2025-07-10"))")
    }

    @Test func aDealSaidToBeTheGoalIsExpected() {
        let text = "제목\n\n저궤도 위성통신 기업 스카이웨이브샛(SkyWave Sat)은 인도네시아 국영 통신사 텔레누사(TeleNusa)와 연내 양해각서(MOU)를 맺고 본계약 협상으로 넘어가는 것이 목표다.\n\n끝."
        #expect(deals(text, published: "2024-08-21").map(\.status) == [.expected], "\(deals(text, published: "2024-08-21"))")
    }

    @Test func theSubjectOfARelativeClauseIsNoStorysSubject() {
        let text = """
        제목

        AI 신약 개발 스타트업 루미너스랩은 지난해 동해벤처스 등에서 투자를 받았다.

        "지난달 29일 서울한강대학교병원과 공동연구 업무협약(MOU)을 맺었다. 한강대병원이 가진 폐암 환자 10만 명 규모의 데이터를 함께 분석한다. 김현석 원장이 과제를 이끈다."

        -대학과도 협약을 준비 중이라고 들었다.

        "오는 5월 2일 대덕공과대학교와 AI 전문인력 양성을 위한 협약을 체결할 예정이다."

        끝.
        """
        #expect(deals(text, published: "2024-04-22").last == Found(kind: .mou, parties: ["루미너스랩", "대덕공과대학교"], status: .planned, date: "2024-05-02"),
                "\(deals(text, published: "2024-04-22"))")
    }

    @Test func aDealAsTheTimeWhatFollowsComesAfterIsTheDealTold() {
        let text = """
        제목

        경북도는 오는 5월 2일 도청에서 캐나다 SMR 개발사 노던리액터스(Northern Reactors Inc.), 울진군과 업무협약을 체결할 예정이라고 24일 밝혔다. \
        경북도는 협약 이후 하반기 중 노던리액터스 본사가 있는 토론토에 대표단을 보내 투자 규모를 협의할 계획이다.

        끝.
        """
        #expect(deals(text, published: "2025-04-24") == [Found(kind: .mou, parties: ["경상북도", "노던리액터스", "울진군"], status: .planned, date: "2025-05-02")],
                "\(deals(text, published: "2025-04-24"))")
        // A deal told by its verb before a time is a deal of its own.
        let verb = """
        제목

        한결PE는 지난 15일 자동차 부품사 대원써멀시스템의 지분 62.4%를 4,650억 원에 사들이는 주식매매계약(SPA)을 체결했다고 18일 밝혔다. \
        한결PE가 제조업체를 사들이는 건 이번이 두 번째다. 2021년 정밀화학 업체 세영케미칼을 2100억원에 인수한 뒤 몸값을 끌어올린 바 있다.

        끝.
        """
        #expect(deals(verb, published: "2024-03-18").map(\.parties) == [["한결PE", "대원써멀시스템"], ["한결PE", "세영케미칼"]], "\(deals(verb, published: "2024-03-18"))")
    }

    @Test func aDealDatedByThatTimeOfTheSentenceBefore() {
        let text = """
        제목

        대온정밀은 브라질 에스트렐라 디펜사(Estrela Defesa)와 열상조준경 공급 계약을 체결했다고 17일 공시했다. 계약은 지난 16일 브라질리아에서 체결됐다. \
        두 회사가 처음 거래를 튼 것은 2022년 8월이다. 대온정밀은 당시 에스트렐라 디펜사와 320억 원 규모의 1차 공급 계약을 맺으며 남미 시장에 첫발을 디뎠다.

        끝.
        """
        #expect(deals(text, published: "2024-05-17") == [
            Found(kind: .supply, parties: ["대온정밀", "에스트렐라 디펜사"], status: .signed, date: "2024-05-16"),
            Found(kind: .supply, parties: ["대온정밀", "에스트렐라 디펜사"], status: .signed, date: nil),
        ], "\(deals(text, published: "2024-05-17"))")
    }

    @Test func aLeadGivingAboutTheAmountTellsTheDetailedDeal() {
        let text = """
        제목

        방산 광학장비 전문기업 대온정밀이 브라질 방산업체와 약 1,200억 원 규모의 열상조준경 공급 계약을 따냈다.

        대온정밀은 브라질 에스트렐라 디펜사(Estrela Defesa)와 1,187억3,500만 원 규모의 장갑차용 열상조준경 공급 계약을 체결했다고 17일 공시했다.

        끝.
        """
        #expect(deals(text, published: "2024-05-17").map(\.parties) == [["대온정밀", "에스트렐라 디펜사"]], "\(deals(text, published: "2024-05-17"))")
        // An amount far from the detail's is another deal's.
        let other = text.replacingOccurrences(of: "약 1,200억 원", with: "약 300억 원")
        #expect(deals(other, published: "2024-05-17").count == 2, "\(deals(other, published: "2024-05-17"))")
    }

    @Test func aStakeBoughtWithAShareholdersRank() {
        let text = """
        제목

        엘큐어바이오는 독일 제약사 베르크만파마(Bergmann Pharma)와 라이선스 아웃 계약을 체결했다고 9일 공시했다. \
        베르크만파마는 2022년 엘큐어바이오에 2000만 유로(약 270억원)를 지분 투자하며 2대 주주에 올랐다.

        끝.
        """
        #expect(deals(text, published: "2024-07-09").map(\.kind) == [.techExport, .investment], "\(deals(text, published: "2024-07-09"))")
        #expect(deals(text, published: "2024-07-09").last?.status == .signed)
    }

    @Test func anInvestorPuttingItsNameOnTheRoundWithAConnective() {
        let text = """
        제목

        핀테크 스타트업 리브핀(LivFin)이 350억원 규모의 시리즈B 투자를 유치했다고 26일 밝혔다. \
        이번 라운드는 한빛벤처스가 주도했고 새봄인베스트먼트·한울카드가 참여했다. \
        캐나다 벤처캐피털 메이플브릿지 벤처스(Maple Bridge Ventures)도 이름을 올려, 리브핀은 처음으로 해외 투자자를 맞았다. \
        리드 투자자인 한빛벤처스는 2022년 리브핀의 시리즈A(120억원) 때도 투자를 이끈 곳이다.

        끝.
        """
        #expect(deals(text, published: "2024-09-26").map(\.parties) == [
            ["리브핀", "한빛벤처스", "새봄인베스트먼트", "한울카드", "메이플브릿지 벤처스"], ["리브핀", "한빛벤처스"],
        ], "\(deals(text, published: "2024-09-26"))")
    }

    @Test func aFundsPortfolioToldRoundByRound() {
        let text = """
        제목

        벤처캐피털 한울벤처파트너스가 새해 들어 스타트업 세 곳에 잇따라 자금을 넣었다.

        21일 투자업계에 따르면 한울벤처파트너스는 지난 17일 물류 로봇 스타트업 로보웨이브의 120억원 규모 시리즈A 라운드를 주도했다. \
        카이로스인베스트먼트가 공동 투자자로 이름을 올렸다.

        AI 반도체를 설계하는 팹리스 씨냅스에는 350억원 규모의 시리즈B 투자가 이뤄졌다. \
        한울벤처파트너스와 싱가포르계 라이온게이트캐피털(Liongate Capital)이 각각 100억원씩 넣어 라운드를 공동으로 이끌었다.

        세 번째 투자처는 수전해 스택 개발사 하이드로젠포스. 상장 전 마지막 자금 조달(프리IPO)로 2000만달러를 모았고, \
        프랑스 에너지기업 솔렉시아(Solexia)의 투자 자회사 솔렉시아벤처스가 전략적 투자자(SI)로 합류했다.

        한울벤처파트너스는 2023년 결성한 펀드를 통해 지금까지 모두 14개 기업에 투자했다.

        끝.
        """
        #expect(deals(text, published: "2025-01-21").map(\.parties) == [
            ["로보웨이브", "한울벤처파트너스", "카이로스인베스트먼트"], ["씨냅스", "한울벤처파트너스", "라이온게이트캐피털"],
            ["하이드로젠포스", "솔렉시아벤처스"],
        ], "\(deals(text, published: "2025-01-21"))")
    }

    @Test func aParagraphOpeningOnADealGoesOnWithTheArticlesDealer() {
        let text = """
        제목

        한바다중공업은 오는 5월 2일 프랑스 크리오텍 마린(Cryotech Marine), 남해해양대학교와 3자 업무협약(MOU)을 체결할 예정이라고 25일 밝혔다. \
        협약이 맺어지면 화물창 설계는 크리오텍 마린이 맡는다. 남해해양대는 전문 인력 양성을 담당한다. \
        크리오텍 마린은 앞으로 3년간 한국 연구개발(R&D) 거점에 2000만 유로를 투입하는 방안도 검토 중이다.

        앞서 지난 22일에는 싱가포르 선사 퍼시픽 오르카 쉬핑(Pacific Orca Shipping)과 컨테이너선 4척을 공급하는 계약이 체결됐다.

        끝.
        """
        #expect(deals(text, published: "2025-04-25").last == Found(kind: .supply, parties: ["한바다중공업", "퍼시픽 오르카 쉬핑"], status: .signed, date: "2025-04-22"),
                "\(deals(text, published: "2025-04-25"))")
    }

    @Test func investorsCountedBeforeTheirEarlierRound() {
        let text = """
        제목

        위성 영상 분석 스타트업 오비탈뷰가 320억원 규모의 시리즈B 투자를 유치했다고 14일 밝혔다. \
        이번 라운드는 북극성벤처파트너스가 주도했다. 기존 투자사인 에이스톤벤처스와 씨드브릿지도 후속 투자에 참여했다.

        두 기존 투자사는 2022년 오비탈뷰의 110억원 규모 시리즈A에도 함께 투자했다.

        끝.
        """
        #expect(deals(text, published: "2025-01-14").map(\.parties) == [
            ["오비탈뷰", "북극성벤처파트너스", "에이스톤벤처스", "씨드브릿지"], ["오비탈뷰", "에이스톤벤처스", "씨드브릿지"],
        ], "\(deals(text, published: "2025-01-14"))")
    }

    @Test func anMOUInTheLastRoundOfTalksIsExpected() {
        let text = "제목\n\n청하에너지는 네덜란드 노르트하벤에너지(Noordhaven Energie)와 그린수소 설비 구축을 위한 MOU를 놓고 막바지 협의를 벌이고 있다.\n\n끝."
        #expect(deals(text, published: "2024-09-12") == [Found(kind: .mou, parties: ["청하에너지", "노르트하벤에너지"], status: .expected, date: nil)],
                "\(deals(text, published: "2024-09-12"))")
    }

    @Test func anEarlierBetToldAfterTheCompanysStory() {
        let text = """
        제목

        로봇 스타트업 뉴로팩토리가 320억원 규모의 시리즈B 투자 유치를 마무리했다고 25일 밝혔다. \
        이번 라운드는 라이트하우스벤처스가 주도했고 한국산업은행과 세림인베스트먼트가 참여했다. 이로써 누적 투자 유치액은 약 450억원으로 늘었다.

        2021년 설립된 뉴로팩토리는 로봇 팔을 만든다. 새 부품이 들어와도 수십 분 안에 작업을 익힌다. 현재 공장 14곳에 로봇 60여 대를 공급했다.

        라이트하우스벤처스는 2022년 시리즈A 라운드에서도 95억원을 단독으로 투자한 바 있다.

        끝.
        """
        #expect(deals(text, published: "2025-02-25").map(\.parties) == [
            ["뉴로팩토리", "라이트하우스벤처스", "한국산업은행", "세림인베스트먼트"], ["뉴로팩토리", "라이트하우스벤처스"],
        ], "\(deals(text, published: "2025-02-25"))")
    }

    @Test func aRightsOfferingAndAnEarlierBondTakenUp() {
        let text = """
        제목

        클라우드 보안 소프트웨어 기업 시큐어노드가 약 320억원 규모의 제3자배정 유상증자를 실시한다. \
        배정 대상은 통신장비 업체 한빛네트웍스·메리디안자산운용 및 더블유파트너스 등 3곳이다.

        메리디안자산운용과 시큐어노드의 관계도 눈길을 끈다. 메리디안은 지난해 3월 시큐어노드가 발행한 100억원 규모 전환사채(CB)를 인수했는데, \
        당시 전환가액은 9800원이었다.

        끝.
        """
        #expect(deals(text, published: "2024-11-20").map(\.parties) == [
            ["시큐어노드", "한빛네트웍스", "메리디안자산운용", "더블유파트너스"], ["시큐어노드", "메리디안자산운용"],
        ], "\(deals(text, published: "2024-11-20"))")
        #expect(deals(text, published: "2024-11-20").map(\.status) == [.signed, .signed])
    }

    @Test func aPurchaseToldWithAConnective() {
        let text = "제목\n\n바이오 분야에서는 삼우제약이 진단기기 업체 메디스캔을 4300억원에 사들이며 체외진단 사업에 뛰어들었다.\n\n끝."
        #expect(deals(text, published: "2024-12-20") == [Found(kind: .acquisition, parties: ["삼우제약", "메디스캔"], status: .signed, date: nil)],
                "\(deals(text, published: "2024-12-20"))")
    }
}
