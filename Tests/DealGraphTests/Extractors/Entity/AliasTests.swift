import Testing
@testable import DealGraph

@Suite("Aliases")
struct EntityAliasTests {
    @Test func latinNameInBracketsAfterAKnownName() {
        let run = EntityRun("셀트리온은 노바티스(Novartis)와 계약했다. Novartis는 스위스 기업이다.")
        let novartis = run.entity("노바티스")
        #expect(novartis?.aliases == ["Novartis"])
        #expect(novartis?.mentions.count == 3)
    }

    @Test func foreignFirmAfterADescriptor() {
        let run = EntityRun("가온바이오는 미국 제약사 벨로라 테라퓨틱스(Velora Therapeutics)와 계약했다. 벨로라는 보스턴에 있다.")
        let firm = run.entity("벨로라 테라퓨틱스")
        #expect(firm?.type == .company)
        #expect(Set(firm?.aliases ?? []) == ["Velora Therapeutics", "벨로라"])
    }

    @Test func foreignFirmMarkedBySa() {
        let run = EntityRun("한빛제약은 독일 메르텐(Merten GmbH)사와 판권 계약을 체결했다.")
        #expect(run.entity("메르텐")?.type == .company)
        #expect(run.entity("Merten GmbH")?.name == "메르텐")
    }

    @Test func bracketsSplitAtMiddleDots() {
        let run = EntityRun("누리조선은 미국 조선사인 블루워터 마린(Bluewater Marine Holdings·BMH)과 손잡았다. BMH는 군함을 만든다.")
        let firm = run.entity("블루워터 마린")
        #expect(Set(firm?.aliases ?? []) == ["Bluewater Marine Holdings", "BMH"])
        #expect(firm?.mentions.count == 4)
    }

    @Test func hangulAbbreviationInBrackets() {
        let run = EntityRun("한국해양에너지연구원(해에연)은 조력발전 실증을 한다. 해에연은 내년 결과를 낸다.")
        let institute = run.entity("한국해양에너지연구원")
        #expect(institute?.aliases == ["해에연"])
        #expect(institute?.mentions.count == 3)
    }

    @Test func definitionsWithIha() {
        let run = EntityRun("경기바이오진흥재단(이하 진흥재단)은 지원사업을 공고했다. 진흥재단은 10곳을 선정한다.")
        let foundation = run.entity("경기바이오진흥재단")
        #expect(foundation?.aliases == ["진흥재단"])
        #expect(foundation?.mentions.count == 3)
    }

    @Test func definitionsWithIhaAfterTheHead() {
        // Press releases name the head first: "(이사장 문태성, 이하 기보)".
        let run = EntityRun("□ 부산기술창업재단(이사장 문태성, 이하 창업재단)은 3개사에 투자했다고 19일 밝혔다. 창업재단은 지난 11일 계약을 맺었다.")
        let fund = run.entity("부산기술창업재단")
        #expect(fund?.aliases == ["창업재단"])
        #expect(fund?.mentions.count == 3)
        #expect(run.entity("문태성")?.type == .person)
        // A comma with no 이하 after it defines nothing.
        let plain = EntityRun("□ 부산기술창업재단(이사장 문태성, 부산 소재)은 3개사에 투자했다.")
        #expect(plain.entity("부산기술창업재단")?.aliases.isEmpty == true)
    }

    @Test func aLatinNameWrittenFirstWithItsKoreanReading() {
        let run = EntityRun("클라우드브릿지(CloudBridge)가 글로벌 하이퍼스케일러 Nimbus Web Services(님버스 웹서비스·NWS)와 손잡았다. 클라우드브릿지는 NWS와 업무협약을 맺었다.")
        let firm = run.entity("님버스 웹서비스")
        #expect(firm?.type == .company)
        #expect(Set(firm?.aliases ?? []) == ["Nimbus Web Services", "NWS"], "\(firm?.aliases ?? [])")
        #expect(firm?.mentions.count == 4, "\(firm?.mentions.count ?? 0)")
        // A product's name before a bracket of Korean words is no firm's.
        #expect(EntityRun("이 회사는 새 태블릿 Galaxy Tab S9(갤럭시 탭)을 도입했다.").names.isEmpty)
    }

    @Test func aLatinNameWrittenFirstKeepsAShapeInsideItsReading() {
        let run = EntityRun("일본의 Sakura Frontier Capital(사쿠라 프런티어 캐피털)과 한국의 새빛벤처파트너스가 신규 투자자로 참여했다.")
        #expect(run.entity("사쿠라 프런티어 캐피털")?.aliases == ["Sakura Frontier Capital"], "\(run.names)")
        #expect(run.entity("프런티어 캐피털") == nil, "\(run.names)")
    }

    @Test func aForeignFirmsKoreanSubsidiaryIsAFirmOfItsOwn() {
        let run = EntityRun("미국 디지털 헬스 기업 Caldera Health(칼데라 헬스)의 한국 법인인 칼데라 헬스 코리아는 한결대학교병원과 업무협약(MOU)을 체결했다. 칼데라 헬스는 2019년 설립됐다.")
        #expect(run.entity("칼데라 헬스")?.type == .company, "\(run.names)")
        #expect(run.entity("칼데라 헬스 코리아")?.type == .company, "\(run.names)")
        #expect(run.entity("칼데라 헬스 코리아")?.id != run.entity("칼데라 헬스")?.id)
        // "코리아" inside a longer word is not the subsidiary's name.
        let longer = EntityRun("미국 디지털 헬스 기업 Caldera Health(칼데라 헬스)가 코리아세일페스타에 참가했다.")
        #expect(longer.entities.filter { $0.type == .company }.map(\.name) == ["칼데라 헬스"], "\(longer.names)")
    }

    @Test func lexiconNameInBracketsOfAnotherForm() {
        let run = EntityRun("MGH(매사추세츠 종합병원)와 카이스트(KAIST)가 공동연구를 한다.")
        #expect(run.entities.filter { $0.type == .institution }.count == 2)
        #expect(Set(run.entity("MGH")?.aliases ?? []).union([run.entity("MGH")?.name ?? ""]) == ["MGH", "매사추세츠 종합병원"])
        #expect(run.entity("KAIST")?.name == "카이스트")
    }

    @Test func shortFormsOfANameTheArticleIntroduced() {
        let run = EntityRun("일본 하루나약품공업(Haruna Pharmaceutical)은 한빛제약과 계약했다. 하루나약품은 일본 3위다. 하루나 측은 만족했다.")
        let firm = run.entity("하루나약품공업")
        #expect(Set(firm?.aliases ?? []) == ["Haruna Pharmaceutical", "하루나약품", "하루나"])
        #expect(run.entities.filter { $0.type == .company }.count == 2)
    }

    @Test func parenthesesThatAreNotAliases() {
        let run = EntityRun("소형모듈원자로(SMR)와 인공지능(AI) 분야에서 한빛전자(대표 유상철)가 성과를 냈다.")
        #expect(run.names == ["한빛전자", "유상철"])
        #expect(run.entity("한빛전자")?.aliases.isEmpty == true)
    }
}

@Suite("Foreign firms and legal marks")
struct EntityForeignFirmTests {
    @Test func placeAndSaMarkAForeignFirm() {
        let run = EntityRun("가온제약은 미국 노바렌사와 공동개발 계약을 맺었다. 미국 자회사와 협력사도 참여한다.")
        #expect(run.entity("노바렌")?.type == .company)
        #expect(run.names == ["가온제약", "노바렌"])
    }

    @Test func stockCodesWithAMarket() {
        let run = EntityRun("라온셀(코스닥 298060)과 누리온(005930.KS)이 협약했다.")
        #expect(run.entity("라온셀")?.type == .company)
        #expect(run.entity("누리온")?.type == .company)
    }

    @Test func associationMarks() {
        let run = EntityRun("(사)한빛바이오포럼과 (재)누리과학기금이 공동 세미나를 연다.")
        #expect(run.entity("한빛바이오포럼")?.type == .institution)
        #expect(run.entity("누리과학기금")?.type == .institution)
    }

    @Test func aForeignGroupWrittenWithoutItsWordForGroup() {
        // "그루포 알타미라" is "알타미라" after; "그루포" alone names nothing.
        let run = EntityRun("마켓온은 멕시코 유통그룹 그루포 알타미라(Grupo Altamira)와 합작법인을 세운다. 마켓온이 51%, 알타미라가 49%를 갖는다. 그루포는 스페인어로 그룹이다.")
        #expect(run.entity("알타미라")?.name == "그루포 알타미라", "\(run.entities.map { ($0.name, $0.aliases) })")
        #expect(run.entity("그루포") == nil, "\(run.entities.map { ($0.name, $0.aliases) })")
    }

    @Test func aKnownFirmInsideAnotherNamesGlossIsThatGlossWord() {
        // "BP" is in the lexicon, but "BP Batam" glosses the body before it.
        let run = EntityRun("인천시는 바탐개발청(BP Batam)과 양해각서를 맺었다. 영국 석유기업 BP(BP plc)는 참여하지 않았다.")
        #expect(run.entity("BP Batam")?.name == "바탐개발청", "\(run.entities.map { ($0.name, $0.aliases) })")
        // Glossed by itself, the firm is still the firm.
        #expect(run.entity("BP")?.type == .company, "\(run.entities.map { ($0.name, $0.aliases) })")
        #expect(run.entities.filter { $0.type == .company }.count == 1, "\(run.entities.map { ($0.name, $0.aliases) })")
    }
}
