import Testing
@testable import DealGraph

@Suite struct AggregateExtractorTests {
    struct Total: Equatable {
        let kind: DealKind
        let sector: Sector?
        let count: Int
        let approximate: Bool
    }

    func totals(_ text: String) -> [Total] {
        Pipeline.extract(Document(id: "t", source: "t", published: CalendarDay(iso: "2023-04-29"), text: text))
            .aggregates.map { Total(kind: $0.kind, sector: $0.sector, count: $0.count, approximate: $0.approximate) }
    }

    @Test(arguments: [
        ("대웅제약이 기술수출 계약을 맺는 등 총 9건의 바이오 분야 MOU가 체결됐다.", Total(kind: .mou, sector: .bio, count: 9, approximate: false)),
        ("카이스트와 MGH 등 총 4건의 클러스터 관련 협력 MOU도 체결됐다.", Total(kind: .mou, sector: .cluster, count: 4, approximate: false)),
        ("포럼에서 양해각서(MOU) 23건과 계약 1건이 체결됐다.", Total(kind: .mou, sector: nil, count: 23, approximate: false)),
        ("에너지 분야에서만 6건의 MOU가 맺어졌다.", Total(kind: .mou, sector: .energy, count: 6, approximate: false)),
        ("올해 국내 제약·바이오 기업이 맺은 기술수출은 모두 13건이다.", Total(kind: .techExport, sector: .bio, count: 13, approximate: false)),
        ("이번 행사에서는 30여 건의 업무협약이 체결됐다.", Total(kind: .mou, sector: nil, count: 30, approximate: true)),
        ("국내 바이오기업 15곳이 지난달 모두 2379억원의 신규 투자를 끌어들였다.", Total(kind: .investment, sector: .bio, count: 15, approximate: false)),
        // the money of the deals counted between the count and their kind; a running total's word
        // between the kind and the count; deals won counted as such
        ("기금은 올해 들어 총 41건, 612억 원의 보증연계투자를 집행했다.", Total(kind: .investment, sector: nil, count: 41, approximate: false)),
        ("올해 보증연계투자 누적 41건·612억 원", Total(kind: .investment, sector: nil, count: 41, approximate: false)),
        ("한울정밀은 올해 해외에서 11건의 수주를 따내며 최대 실적을 거뒀다.", Total(kind: .supply, sector: nil, count: 11, approximate: false)),
    ])
    func statedTotals(text: String, expected: Total) {
        #expect(totals(text) == [expected])
    }

    @Test func countsThatAreNoDeals() {
        // Money after a count is not a kind: "상담 312건, 1,240만 달러의 성과".
        #expect(totals("수출상담회는 상담 312건, 1,240만 달러의 성과를 냈다.").isEmpty)
        // 수주 before a count is the business, not deals counted.
        #expect(totals("한울정밀의 수주 잔고는 모두 11척이다.").isEmpty)
    }

    @Test func countsByPartOfTheDealsJustNamed() {
        let text = "포럼에서 총 12건의 업무협약(MOU)이 체결됐다. 체결된 MOU 가운데 에너지 분야가 5건으로 가장 많았고, 소재 분야가 3건으로 뒤를 이었다."
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 12, approximate: false),
                                 Total(kind: .mou, sector: .energy, count: 5, approximate: false),
                                 Total(kind: .mou, sector: .materials, count: 3, approximate: false)])
    }

    @Test func aTotalDividedBySector() {
        let text = """
        박진호 경북도지사가 독일과 헝가리를 방문해 모두 12건의 양해각서(MOU)를 맺었다. 경상북도는 7일 귀국한다고 밝혔다.
        분야별로 보면 에너지가 5건으로 가장 많았고, 바이오 4건, 관광 3건이 뒤를 이었다.
        """
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 12, approximate: false),
                                 Total(kind: .mou, sector: .energy, count: 5, approximate: false),
                                 Total(kind: .mou, sector: .bio, count: 4, approximate: false),
                                 Total(kind: .mou, sector: .culture, count: 3, approximate: false)])
    }

    @Test func aTotalDividedAfterAListOfItsMainPacts() {
        let text = """
        한국과 캐나다가 정상회담을 계기로 핵심광물과 에너지 분야에서 모두 15건의 양해각서(MOU)를 맺었다.

        산업통상자원부는 양국 정부와 기업이 협력 문서에 서명했다고 25일 밝혔다. 이날 서명된 주요 MOU는 다음과 같다.

        ▲산업통상자원부-캐나다 천연자원부(NRCan) '이차전지 핵심광물 공급망 협력 MOU'
        ▲과학기술정보통신부-캐나다 혁신과학경제개발부(ISED) '인공지능(AI) 공동연구 MOU'
        ▲한국가스공사-노스쇼어에너지 '액화천연가스(LNG) 장기 도입 협력 MOU'
        ▲대산머티리얼즈-메이플리프 리소시스 '리튬 정광 공급 MOU'

        분야별로는 에너지가 6건으로 가장 많았고 배터리 공급망이 4건이었다. 나머지 5건은 바이오와 AI, 청정기술 등 신산업 분야에서 나왔다.
        """
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 15, approximate: false),
                                 Total(kind: .mou, sector: .energy, count: 6, approximate: false),
                                 Total(kind: .mou, sector: .battery, count: 4, approximate: false),
                                 Total(kind: .mou, sector: nil, count: 5, approximate: false)], "\(totals(text))")
        // 나머지 after a sentence that divides nothing is no part: "나머지 3건은" has no kind of its own.
        let undivided = "한울모바일이 모두 12건의 업무협약을 맺었다. 행사에는 200여명이 참석했다. 나머지 3건은 다음 달 맺는다."
        #expect(totals(undivided) == [Total(kind: .mou, sector: nil, count: 12, approximate: false)], "\(totals(undivided))")
    }

    @Test func aListUnderATitleOfTheDivisionDividesTheTotal() {
        let text = """
        재단이 올해 들어 대학·연구기관·기업 등과 맺은 업무협약은 총 12건으로 늘었다.

        ■ 2023년 분야별 업무협약 현황
         ● 바이오·헬스케어 4건 (한강대학교병원 등)
         ● 인공지능(AI) 3건
         ● 핀테크 3건

        재단은 스타트업 34곳에 모두 28억원을 지원했다.
        """
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 12, approximate: false),
                                 Total(kind: .mou, sector: .bio, count: 4, approximate: false),
                                 Total(kind: .mou, sector: .ai, count: 3, approximate: false),
                                 Total(kind: .mou, sector: .finance, count: 3, approximate: false)], "\(totals(text))")
        // The same list with no total stated before it: counts of nothing named.
        let alone = text.replacingOccurrences(of: "재단이 올해 들어 대학·연구기관·기업 등과 맺은 업무협약은 총 12건으로 늘었다.", with: "재단은 올해 성과를 발표했다.")
        #expect(totals(alone).isEmpty, "\(totals(alone))")
    }

    @Test func countsOfInvestmentsDividedOverSentences() {
        let text = """
        중기부는 상반기 벤처투자 동향을 발표했다. 같은 기간 투자 건수는 1,935건으로 집계됐다.

        업종별로 보면 AI 분야 투자 건수가 388건으로 가장 많았다. 바이오·의료가 341건, 유통·서비스가 276건으로 뒤를 이었다. \
        모빌리티 분야 투자 건수는 97건으로 줄었다. 반도체 분야는 65건에 그쳤다.
        """
        #expect(totals(text) == [
            Total(kind: .investment, sector: nil, count: 1935, approximate: false),
            Total(kind: .investment, sector: .ai, count: 388, approximate: false),
            Total(kind: .investment, sector: .bio, count: 341, approximate: false),
            Total(kind: .investment, sector: nil, count: 276, approximate: false),
            Total(kind: .investment, sector: .automotive, count: 97, approximate: false),
            Total(kind: .investment, sector: .semiconductor, count: 65, approximate: false),
        ], "\(totals(text))")
        // Technology exports counted as contracts are no exports of goods.
        #expect(totals("지난해 국내 기업이 맺은 기술수출 계약은 모두 31건으로 집계됐다.") ==
                [Total(kind: .techExport, sector: nil, count: 31, approximate: false)])
        #expect(totals("지난해 국내 제약·바이오 기업의 기술수출 계약 건수는 31건이었다.") ==
                [Total(kind: .techExport, sector: .bio, count: 31, approximate: false)])
        // A week's investments counted after the word.
        #expect(totals("이번 주 공개된 국내 스타트업 투자는 모두 14건, 금액으로는 약 1,200억 원이다.") ==
                [Total(kind: .investment, sector: nil, count: 14, approximate: false)])
        // Counts after a division, of another kind of thing, are no parts: "특허 5건".
        let other = "기업들이 맺은 업무협약은 모두 12건이다. 분야별로는 에너지가 5건으로 가장 많았다. 이 회사는 특허 5건을 보유하고 있다."
        #expect(totals(other).map(\.count) == [12, 5], "\(totals(other))")
    }

    @Test func aHeadlinesEllipsisEndsTheFieldOfItsCount() {
        // "바이오 스타트업 … 협약" is the pact told; the count after the ellipsis is every pact.
        #expect(totals("미래창업진흥재단, 한강대병원과 바이오 스타트업 공동 육성 협약…올해 협약 12건") ==
                [Total(kind: .mou, sector: nil, count: 12, approximate: false)])
        #expect(totals("바이오 스타트업과 협약 12건…역대 최다") == [Total(kind: .mou, sector: .bio, count: 12, approximate: false)])
    }

    @Test func aCountEndingAPoliteSentenceIsACount() {
        // A broadcast script's "15건입니다".
        #expect(totals("충주시가 올해 기업과 맺은 투자협약은 이번까지 모두 15건입니다.") ==
                [Total(kind: .mou, sector: nil, count: 15, approximate: false)])
    }

    @Test func partsNamedOneAfterAnother() {
        let text = "한울모바일이 모두 12건의 업무협약을 맺었다. 이 가운데 6G 관련 협약이 5건, AI 데이터센터 관련 협약이 4건이다."
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 12, approximate: false),
                                 Total(kind: .mou, sector: .telecom, count: 5, approximate: false),
                                 Total(kind: .mou, sector: .ai, count: 4, approximate: false)])
    }

    @Test func firmsCountedInBulkAreDeals() {
        #expect(totals("충청북도가 이차전지 기업 17개사와 총 1조2000억원 규모의 투자협약을 체결했다.") ==
                [Total(kind: .mou, sector: .battery, count: 17, approximate: false)])
        // Two bodies of one three-party MOU, and firms beside a count of deals, are no totals of their own.
        #expect(totals("한수원은 체코 국영 원자력연구기관 2곳과 3자 MOU를 체결했다.").isEmpty)
        #expect(totals("한울모바일은 해외 9개사와 총 12건의 MOU를 맺었다.") == [Total(kind: .mou, sector: nil, count: 12, approximate: false)])
        // Firms counted by the deal they signed, before the count: the money raised after it is
        // no kind of theirs.
        #expect(totals("민선 8기 출범 이후 충북도가 투자협약을 맺은 기업은 모두 187곳, 투자 유치액은 41조3000억 원으로 늘었다.")
                == [Total(kind: .mou, sector: nil, count: 187, approximate: false)])
    }

    @Test func theLatestOfACount() {
        #expect(totals("해외 제약사와 맺은 바이오 기술이전 계약은 이번이 4건째다.") ==
                [Total(kind: .techExport, sector: .bio, count: 4, approximate: false)])
        // One deal is a deal, not a total.
        #expect(totals("포럼에서 핀테크 투자 계약 1건이 체결됐다.").isEmpty)
    }

    @Test func severalSectorsGiveNoSector() {
        #expect(totals("바이오와 메타버스 등 신산업 분야에서는 8건의 MOU가 나왔다.") ==
                [Total(kind: .mou, sector: nil, count: 8, approximate: false)])
    }

    @Test func aPartOfTheTotalJustStatedKeepsItsKindAndSector() {
        let text = "국내 바이오기업 15곳이 지난달 신규 투자를 끌어들였다. 이 가운데 9곳은 시리즈A 단계의 초기 기업이었다."
        #expect(totals(text).map(\.count) == [15, 9])
        #expect(totals(text).allSatisfy { $0.kind == .investment && $0.sector == .bio })
    }

    @Test(arguments: [
        "한수원은 체코 원자력연구기관 2곳과 3자 MOU를 맺었다.",
        "방위산업 분야에서는 계약 1건이 체결됐다.",
        "이 회사는 특허 12건을 보유하고 있다.",
    ])
    func countsThatAreNotStatedTotals(text: String) {
        #expect(totals(text).isEmpty)
    }

    @Test func aTotalDividedInItsOwnSentence() {
        let text = "이날 체결된 MOU 30건을 분야별로 보면 에너지가 8건으로 가장 많았고 방산 6건, 이차전지 5건이 뒤를 이었다."
        #expect(totals(text) == [
            Total(kind: .mou, sector: nil, count: 30, approximate: false),
            Total(kind: .mou, sector: .energy, count: 8, approximate: false),
            Total(kind: .mou, sector: .defense, count: 6, approximate: false),
            Total(kind: .mou, sector: .battery, count: 5, approximate: false),
        ], "\(totals(text))")
    }

    @Test func aTotalDividedAfterWhatWasCountedIsNamed() {
        let text = """
        양국 기업과 기관이 총 10건의 양해각서(MOU)를 체결했다. 포럼에는 양국 기업인 200여명이 참석했다. \
        협약은 현장에서 맺어졌다. MOU를 분야별로 보면 에너지가 4건으로 가장 많았고 이차전지 3건 순이었다.
        """
        #expect(totals(text).map(\.count) == [10, 4, 3], "\(totals(text))")
        #expect(totals(text).map(\.sector) == [nil, .energy, .battery])
    }

    @Test func theFieldNamedAfterTheCount() {
        let text = "사절단은 모두 12건의 양해각서(MOU)를 맺었다. 나머지 MOU 가운데 4건은 조선기자재 분야였다."
        #expect(totals(text).last == Total(kind: .mou, sector: .shipbuilding, count: 4, approximate: false), "\(totals(text))")
    }

    @Test func aRunningTotalThatCountsTheDealJustTold() {
        // The kind and sector of the order just told: no deal word or sector word beside the count.
        let order = """
        한결중공업이 그리스 선사 아이올로스마린으로부터 액화천연가스(LNG) 운반선 2척을 수주했다.         이번 수주로 한결중공업은 올해 들어 총 9건, 21척을 수주했다.
        """
        #expect(totals(order) == [Total(kind: .supply, sector: .shipbuilding, count: 9, approximate: false)], "\(totals(order))")
        // A sector word in the sentence wins over the deal's: "원전 기자재 기업이 따낸".
        let nuclear = """
        세광밸브가 영국 전력회사 노던파워와 원전용 밸브 공급 계약을 맺었다.         올해 원전 기자재 기업이 따낸 해외 공급 계약은 이번 건을 포함해 총 6건이다.
        """
        #expect(totals(nuclear) == [Total(kind: .supply, sector: .energy, count: 6, approximate: false)], "\(totals(nuclear))")
        // A government's pacts of the year span sectors: the pact just told lends no sector.
        let pacts = """
        전북도는 미래모터스와 전기차 부품 공장 건립을 위한 투자협약을 맺었다.         도는 이번 협약을 포함해 올해 모두 7건의 투자협약을 맺었다.
        """
        #expect(totals(pacts) == [Total(kind: .mou, sector: nil, count: 7, approximate: false)], "\(totals(pacts))")
    }

    @Test func aDealWordAsTheTopicOfARunningTotal() {
        #expect(totals("두 나라와 체결된 양해각서는 정부 간, 기업 간을 합쳐 총 12건에 이른다.")
                == [Total(kind: .mou, sector: nil, count: 12, approximate: false)])
        #expect(totals("올해 국내 바이오 기업의 기술수출이 벌써 5건에 이른다.")
                == [Total(kind: .techExport, sector: .bio, count: 5, approximate: false)])
        // Without a word of a running total the count is no total of that deal word.
        #expect(totals("양해각서는 지난해 체결됐고 특허 12건이 함께 넘어갔다.").isEmpty)
    }

    @Test func firmsCountedWithTheWordForFirms() {
        let text = """
        원주시가 올 한 해 모두 23개 기업과 투자협약을 맺었다.         투자협약을 맺은 23개 기업 가운데 9곳은 바이오·의료기기 기업이다.
        """
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 23, approximate: false),
                                 Total(kind: .mou, sector: .bio, count: 9, approximate: false)], "\(totals(text))")
        #expect(totals("펀드는 이번 세 곳을 포함해 지금까지 총 11개 스타트업에 투자했다.")
                == [Total(kind: .investment, sector: nil, count: 11, approximate: false)])
        // "일자리 2100개" counts no firms.
        #expect(totals("충주시는 이번 협약으로 일자리 2100개가 생길 것으로 내다봤다.").isEmpty)
    }

    @Test func aCountBefore가운데IsTheTotalItsSentenceDivides() {
        let text = """
        충주시는 15개 기업과 총 2조3000억원 규모의 양해각서(MOU)를 체결했다.         15건 가운데 이차전지 관련 협약이 6건으로 가장 많았고, 바이오 4건, 모빌리티·기타 5건이었다.
        """
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 15, approximate: false),
                                 Total(kind: .mou, sector: .battery, count: 6, approximate: false),
                                 Total(kind: .mou, sector: .bio, count: 4, approximate: false),
                                 Total(kind: .mou, sector: nil, count: 5, approximate: false)], "\(totals(text))")
    }

    @Test func aPartFartherIntoTheSentenceAfter이가운데() {
        let text = """
        10월 한 달 동안 공개된 바이오·헬스케어 분야 투자 유치는 모두 11건이었다.         이 가운데 시리즈B 이상 후기 라운드가 4건으로 절반에 못 미쳤다.
        """
        #expect(totals(text) == [Total(kind: .investment, sector: .bio, count: 11, approximate: false),
                                 Total(kind: .investment, sector: .bio, count: 4, approximate: false)], "\(totals(text))")
    }

    @Test func firmsCountedAndAllNamedAreNoTotal() {
        let text = """
        전라남도가 이차전지 소재 기업 3곳과 투자협약을 맺었다.         도는 한빛리튬, 세진케미칼, 그린메탈솔루션즈와 각각 투자협약을 맺었다.
        """
        #expect(totals(text).isEmpty, "\(totals(text))")
        // Firms counted, then named as the parties of one pact with them all.
        let one = "전북 순창군이 발효식품 기업 3곳과 한꺼번에 투자 업무협약을 체결했다고 3일 밝혔다. 협약에는 참발효와 해담식품, 그린씨드코리아가 참여했다."
        let pact = Pipeline.extract(Document(id: "t", source: "t", published: CalendarDay(iso: "2024-05-03"), text: one)).deals
        #expect(pact.map(\.parties.count) == [4], "\(pact)")
        #expect(totals(one).isEmpty, "\(totals(one))")
        // Firms counted, of which one is named: a total still.
        #expect(totals("전북 순창군이 발효식품 기업 3곳과 투자 업무협약을 체결했다. 협약에는 참발효가 참여했다.").map(\.count) == [3])
    }

    @Test func aHeadlinesTotalWithoutItsFieldIsTheLeadsTotal() {
        let text = """
        한국항만안전공단, 중소기업 8곳과 '스마트 항만 안전기술' 협약식
        한국항만안전공단은 지난 20일 인공지능(AI) 기반 항만 안전기술을 보유한 중소기업 8곳과 실증 협약식을 열었다.
        """
        #expect(totals(text) == [Total(kind: .mou, sector: .ai, count: 8, approximate: false)], "\(totals(text))")
        // Parts of a divided total keep their own fields: "모빌리티·기타 5건" is no total of 5.
        let divided = """
        충주시는 15개 기업과 양해각서(MOU)를 체결했다. 15건 가운데 이차전지 관련 협약이 5건, 바이오 5건, 모빌리티·기타 5건이었다.
        """
        #expect(totals(divided).map(\.sector) == [nil, .battery, .bio, nil], "\(totals(divided))")
    }

    @Test func anInvestmentFromFirmsWhosePactsAreAllNamedIsNoTotal() {
        let text = """
        충청남도가 반도체 부품과 식품 등 3개 기업으로부터 2370억원 규모의 투자를 끌어냈다. \
        도는 에스엠솔루텍, 대명바이오팜, 하나로푸드와 각각 투자협약을 맺었다.
        """
        #expect(totals(text).isEmpty, "\(totals(text))")
        // Firms counted but not all named: a total.
        let counted = "충청남도가 5개 기업으로부터 4850억원 규모의 투자를 끌어냈다. 도는 에스엠솔루텍과 투자협약을 맺었다."
        #expect(totals(counted).map(\.count) == [5], "\(totals(counted))")
    }

    @Test func sectorsListedWithADotSpanTheTotal() {
        let text = "충청북도는 올해 들어 바이오·이차전지·반도체 분야 국내외 기업 및 기관과 총 12건의 업무협약(MOU)을 체결했다."
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 12, approximate: false)], "\(totals(text))")
    }

    @Test func aHeadlineListsEachCountWithItsKind() {
        let text = "대전시, 올해 협약 12건·바이오 기술수출 5건…\"투자 유치 역대 최대\""
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 12, approximate: false),
                                 Total(kind: .techExport, sector: .bio, count: 5, approximate: false)], "\(totals(text))")
    }

    @Test func partsNamedWithTheirFieldAfterThem() {
        let text = "대전시는 올해 총 12건의 업무협약을 맺었다. 이 가운데 절반인 6건이 바이오·의료 분야였고, 우주항공 분야가 3건으로 뒤를 이었다."
        #expect(totals(text) == [Total(kind: .mou, sector: nil, count: 12, approximate: false),
                                 Total(kind: .mou, sector: .bio, count: 6, approximate: false),
                                 Total(kind: .mou, sector: .aerospace, count: 3, approximate: false)], "\(totals(text))")
    }

    @Test func aCountWithACopula() {
        let text = "올해 국내 제약·바이오 기업의 기술수출이 모두 14건인데, 이 가운데 3분의 1 이상이 오송에서 나왔다."
        #expect(totals(text) == [Total(kind: .techExport, sector: .bio, count: 14, approximate: false)], "\(totals(text))")
    }

    @Test func aLongTextDenseWithTotalsIsReadWhole() {
        // 2,000 sentences, each a total of its own on a day of its own: every total kept, each
        // found once (the totals are indexed, the days found by a binary search).
        let text = (2...2001).map { "시는 올해 \($0)건의 업무협약을 맺었다고 \($0 % 28 + 1)일 밝혔다." }.joined(separator: " ")
        let found = totals(text)
        #expect(found.count == 2000)
        #expect(Set(found.map(\.count)) == Set(2...2001))
        #expect(found.allSatisfy { $0.kind == .mou && $0.sector == nil })
    }
}
