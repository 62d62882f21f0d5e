import Testing
@testable import DealGraph

/// Deals told as background to the story's own deal: an earlier round of the same company, a
/// rival's stake bought through new shares, and the counterparts a collective word stands for
/// when one of them is named only as the place of signing.
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
}
