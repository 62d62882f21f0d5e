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
    ])
    func statedTotals(text: String, expected: Total) {
        #expect(totals(text) == [expected])
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
}
