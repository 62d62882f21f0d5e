import Testing
@testable import DealGraph

@Suite("People")
struct EntityPersonTests {
    @Test(arguments: [
        ("김민준 대통령은 순방길에 올랐다.", "김민준"),
        ("박서연 산업통상자원부 장관이 개회사를 했다.", "박서연"),
        ("이도윤 한빛바이오 대표는 임상 결과를 발표했다.", "이도윤"),
        ("최지우 누리전자 부회장과 정하은 누리전자 사장이 참석했다.", "최지우"),
        ("최지우 누리전자 부회장과 정하은 누리전자 사장이 참석했다.", "정하은"),
        ("강태오 서울대 교수는 연구 성과를 소개했다.", "강태오"),
        ("윤재석 국무총리가 현장을 찾았다.", "윤재석"),
        ("한지민 의원은 법안을 발의했다.", "한지민"),
        ("송민호 가온제약 CEO가 기조연설을 했다.", "송민호"),
        ("회의에는 대표이사 임현우가 참석했다.", "임현우"),
        ("오준서 누리금융 디지털전략본부장은 협약서에 서명했다.", "오준서"),
        ("남궁민수 한빛증권 상무가 설명했다.", "남궁민수"),
        ("조은비 한국보건산업진흥원 원장이 인사말을 했다.", "조은비"),
        ("배성훈 방위사업청장은 수출 지원을 약속했다.", "배성훈"),
        // analysts, investment staff, vice-ministers, heads of a unit, the C-suite spelled out
        ("김도윤 한결투자증권 연구원은 \"수주 잔고가 역대 최대\"라고 말했다.", "김도윤"),
        ("최민규 산업통상자원부 제2차관이 참석했다.", "최민규"),
        ("서동훈 한국로봇산업진흥원장은 실증 모델을 소개했다.", "서동훈"),
        ("백승민 분당서울대병원 의생명연구원장은 데이터를 공개했다.", "백승민"),
        ("이태호 성균관대 소프트웨어융합대학장은 교과목을 설명했다.", "이태호"),
        ("이준서 새봄벤처파트너스 수석심사역은 투자 배경을 밝혔다.", "이준서"),
        ("클라우스 베버 볼타셀 최고구매책임자(CPO)는 품질을 평가했다.", "클라우스 베버"),
        ("라스 옌센 노르딕윈드 최고운영책임자(COO)는 납기를 강조했다.", "라스 옌센"),
    ])
    func namesNextToTitles(_ sentence: String, _ name: String) {
        let run = EntityRun(sentence)
        #expect(run.entity(name)?.type == .person, "\(name) in \(sentence): \(run.names)")
    }

    @Test func listsOfNamesShareOneTitle() {
        let run = EntityRun("행사에는 한빛그룹에서 김도현·이서준·박지훈 사장이 함께했다.")
        #expect(run.names.isSuperset(of: ["김도현", "이서준", "박지훈"]))
    }

    @Test func bracketedLeaderGivesPersonAndLeadsRelation() {
        let run = EntityRun("누리바이오(대표 성민재)가 미국 제약사와 공동개발 계약을 맺었다.")
        #expect(run.entity("성민재")?.type == .person)
        #expect(run.relations.count == 1)
        let lead = run.relations.first
        #expect(lead?.kind == .leads)
        #expect(lead?.source == "person:성민재")
        #expect(lead?.target == "company:누리바이오")
        #expect(lead?.title == "대표")
    }

    @Test func nameOrganisationTitleGivesLeadsRelation() {
        let run = EntityRun("이두현 한결전자 회장은 투자 계획을 밝혔다. 정세린 한결전자 전무도 동석했다.")
        #expect(run.relations.map(\.source) == ["person:이두현"])
        #expect(run.relations.first?.target == "company:한결전자")
        #expect(run.entity("정세린")?.type == .person)
    }

    @Test func organisationBeforeTheNameAlsoLeads() {
        let run = EntityRun("셀트리온 서정진 회장은 신공장 착공식에 참석했다.")
        #expect(run.relations.first?.source == "person:서정진")
        #expect(run.relations.first?.target == "company:셀트리온")
    }

    @Test func unknownCompanyBetweenNameAndTitle() {
        let run = EntityRun("김하람 뉴로웨이브 대표는 후속 투자를 준비하고 있다.")
        #expect(run.entity("뉴로웨이브")?.type == .company)
        #expect(run.relations.first?.target == "company:뉴로웨이브")
    }

    @Test func shortReferencesResolveToTheFullName() {
        let run = EntityRun("""
        한서진 대통령은 기업인들과 간담회를 했다. 한 대통령은 규제 완화를 약속했다. \
        이수아 가온바이오 대표도 참석했다. 이 대표는 해외 진출 계획을 설명했다.
        """)
        let president = run.entity("한서진")
        #expect(president?.aliases == ["한 대통령"])
        #expect(president?.mentions.count == 2)
        #expect(run.entity("이수아")?.aliases == ["이 대표"])
        #expect(run.entities.filter { $0.type == .person }.count == 2)
    }

    @Test func sameSurnameDifferentTitleStayApart() {
        let run = EntityRun("""
        정우성 국무총리는 오는 18일 정해인 한결자동차그룹 회장과 만난다. \
        정 총리는 공장을 둘러본다. 정 회장은 전기차 전략을 보고한다.
        """)
        #expect(run.entity("정우성")?.aliases == ["정 총리"])
        #expect(run.entity("정해인")?.aliases == ["정 회장"])
    }

    @Test func shortReferenceWithoutAnAntecedentIsNoOne() {
        let run = EntityRun("김 대표는 말을 아꼈다. 박 사장도 마찬가지였다.")
        #expect(run.entities.filter { $0.type == .person }.isEmpty)
    }

    @Test func foreignPeopleWithATitle() {
        let run = EntityRun("""
        협약식에는 존 스미스 보잉 부사장이 참석했다. 앞서 엔비디아의 젠슨 황 CEO는 기조연설을 했다. \
        스미스 부사장은 한국 협력사를 늘리겠다고 말했다.
        """)
        #expect(run.entity("존 스미스")?.type == .person)
        #expect(run.entity("존 스미스")?.aliases == ["스미스 부사장"])
        #expect(run.entity("젠슨 황")?.type == .person)
        #expect(run.relations.contains { $0.source == "person:젠슨황" && $0.target == "company:엔비디아" })
    }

    @Test func foreignNamesThatLookKoreanBeforeAnOrganisation() {
        // 마커스, 소피 and 제니퍼 start with a Korean surname; the unknown word after them is the
        // rest of the name, not part of the organisation.
        let run = EntityRun("""
        장유진 딥누리 대표와 마커스 헤일 오비온시스템즈 CEO가 협약서에 서명했다. \
        소피 라르셰 헬리온오비탈 최고경영자(CEO)는 한국 시장을 높이 평가했다. \
        최 대표는 일본을 방문해 야마모토 겐지 미쓰오카케미칼 사장과 만났다. \
        제니퍼 홀랜드 브라이트진 최고경영자(CEO)는 "공장을 넘기게 돼 기쁘다"고 말했다. \
        청정푸드는 베트남 식품기업 메콩애그리와 손잡았다. 응우옌 반 탄 메콩애그리 회장은 협력을 약속했다. \
        다나카 유키 하나코스메 사장은 시너지를 강조했다.
        """)
        for name in ["마커스 헤일", "소피 라르셰", "야마모토 겐지", "제니퍼 홀랜드", "응우옌 반 탄", "다나카 유키"] {
            #expect(run.entity(name)?.type == .person, "\(name): \(run.names)")
        }
        for part in ["마커스", "소피", "제니퍼", "방문해", "유키"] { #expect(run.entity(part) == nil, "\(part): \(run.names)") }
        // The unknown word between the name and a company title is the company the person leads.
        #expect(run.entity("브라이트진")?.type == .company, "\(run.names)")
        #expect(run.relations.contains { $0.source == "person:제니퍼홀랜드" && $0.target == "company:브라이트진" })
    }

    @Test func aForeignNameWithATitleAndNoOrganisation() {
        let run = EntityRun("노르드크라프트에서는 안데르스 린드크비스트 최고경영자(CEO)가 나온다. 관련 업계 대표들이 모였다.")
        #expect(run.entity("안데르스 린드크비스트")?.type == .person, "\(run.names)")
        #expect(run.entities.filter { $0.type == .person }.count == 1, "\(run.names)")
    }

    @Test func foreignNamesGlossedInLatinOrHanBeforeATitle() {
        let run = EntityRun("""
        클라우스 베버(Klaus Weber) 하르트만파르마 최고경영자(CEO)는 만족을 표했다. \
        협약식에는 류승현 한빛텔레콤 전무와 다나카 히로시(田中浩) 닛세이통신 부사장이 참석했다. \
        리화반도체의 천즈웨이(陳志偉) 구매총괄 부사장은 가동률을 평가했다. \
        한수원은 노르드크라프트(Nordkraft AB)와 손잡았다. 우주기업 헬리온오비탈(Helion Orbital) 대표가 방한했다.
        """)
        for name in ["클라우스 베버", "다나카 히로시", "천즈웨이"] {
            #expect(run.entity(name)?.type == .person, "\(name): \(run.names)")
        }
        #expect(run.entity("클라우스 베버")?.aliases.contains("Klaus Weber") == true, "\(run.entity("클라우스 베버")?.aliases ?? [])")
        #expect(run.entities.filter { $0.type == .person }.count == 4, "\(run.names)")
    }

    @Test func aFamilyNameThatLooksKoreanIsTheLastWordOfAGlossedName() {
        // 도허티 could be a Korean name (도 + 허티); the gloss's two words make it a family name.
        let run = EntityRun("""
        박준혁 넥서스픽셀 대표는 말했다. 마이클 도허티(Michael Doherty) 룬스톤 최고경영자(CEO)는 화답했다. \
        앙투안 르클레르(Antoine Leclerc) 에어버스 아시아태평양 영업총괄은 성장성을 높게 본다고 했다.
        """)
        #expect(run.entities.filter { $0.type == .person }.map(\.name).sorted() == ["마이클 도허티", "박준혁", "앙투안 르클레르"], "\(run.names)")
        #expect(run.entity("마이클 도허티")?.aliases.contains("Michael Doherty") == true)
        // A Korean name glossed in Latin stays one word after a firm.
        let korean = EntityRun("한결전자 이도현(Lee Do-hyun) 대표는 말했다.")
        #expect(korean.entity("이도현")?.type == .person, "\(korean.names)")
    }

    @Test func aUniversitysShortFormBeforeItsHeadsTitleIsNoPerson() {
        let run = EntityRun("협약식에는 정윤호 한빛대 총장, 서진대 총장 마은경, 구태민 한국첨단소재연구원장 등이 참석했다. 김성대 총장은 말했다.")
        #expect(run.entities.filter { $0.type == .person }.map(\.name).sorted() == ["구태민", "김성대", "마은경", "정윤호"], "\(run.names)")
    }

    @Test func aPartnerIsATitleOnlyAfterTheFirm() {
        let run = EntityRun("투자를 이끈 이서진 카이로스벤처스 파트너는 말했다. 양사는 전략적 파트너로서 협력한다. 데이비드 첸 파인크레스트캐피털 파트너가 참여했다.")
        #expect(run.entities.filter { $0.type == .person }.map(\.name).sorted() == ["데이비드 첸", "이서진"], "\(run.names)")
    }

    @Test func mayorsAndDeputiesOfCitiesAndProvinces() {
        let run = EntityRun("""
        협약식에는 노경석 전남도 경제부지사와 최병두 광양시장, 문진호 광양경제청장, 도준호 사천시장이 참석했다.
        """)
        for name in ["노경석", "최병두", "문진호", "도준호"] {
            #expect(run.entity(name)?.type == .person, "\(name): \(run.names)")
        }
        // 경제부지사 is a title, not a firm "경제부지" marked by 사.
        #expect(!run.names.contains("경제부지"), "\(run.names)")
    }

    @Test func aNameAndAnUnknownCompanyBeforeACompanyTitle() {
        let run = EntityRun("서하늘 모션랩 대표는 경영을 맡는다. 김민수 한결 대표도 참석했다. 결합하겠다고 했고, 클라우스 마이어 슈타인하겐파워 CEO는 화답했다.")
        for (person, company) in [("서하늘", "모션랩"), ("김민수", "한결"), ("클라우스 마이어", "슈타인하겐파워")] {
            #expect(run.entity(person)?.type == .person, "\(person): \(run.names)")
            #expect(run.entity(company)?.type == .company, "\(company): \(run.names)")
        }
        #expect(!run.names.contains("마이어"), "\(run.names)")
        // A known name of two words before a Korean name is the company.
        let known = EntityRun("제너럴 다이내믹스 오호서 대표는 인재 양성을 강조했다.")
        #expect(known.entity("오호서")?.type == .person, "\(known.names)")
    }

    @Test func aVerbalNounBeforeATitleIsNoName() {
        let run = EntityRun("이사회는 양사가 각각 3명씩 추천한 이사로 구성된다. 주총에서 선임된 대표가 취임했다.")
        #expect(run.entities.filter { $0.type == .person }.isEmpty, "\(run.names)")
    }

    @Test func laterBareMentionsOfAPersonCount() {
        let run = EntityRun("최민서 한빛제약 사장이 취임했다. 업계는 최민서 체제의 첫 행보에 주목한다.")
        #expect(run.entity("최민서")?.mentions.count == 2)
    }

    @Test(arguments: [
        "이번 대표 선임은 주총에서 결정된다.",
        "신임 사장은 다음 달 취임한다.",
        "공동 대표 체제로 바뀐다.",
        "국내 시장과 해외 시장 모두 성장했다.",
        "주요 기업 회장들이 모였다.",
        "전 대표는 고문으로 남는다.",
        "사업 내용 설명은 이 대표가 맡는다.",
        "업계 관계자는 최대 실적을 예상했다.",
    ])
    func wordsThatAreNotPeople(_ sentence: String) {
        let run = EntityRun(sentence)
        #expect(run.entities.filter { $0.type == .person }.isEmpty, "\(run.names)")
    }
}

@Suite("People, departments")
struct EntityPersonUnitTests {
    @Test func departmentBetweenNameAndTitleIsNoCompany() {
        let run = EntityRun("김태윤 해외사업 부사장과 박소율 디지털전략본부 상무가 발표했다.")
        #expect(run.names == ["김태윤", "박소율"])
        #expect(run.relations.isEmpty)
    }
}

@Suite("People, stacked titles")
struct EntityStackedTitleTests {
    @Test func titlesAreNotOrganisations() {
        let run = EntityRun("김철수 대표이사 사장은 연임됐다. 이민호 전 한빛은행장은 고문으로 위촉됐다.")
        #expect(run.names == ["김철수", "이민호"])
    }

    @Test func aTitleWithItsPersonTakesNoOther() {
        let run = EntityRun("서울대 의대 김지훈 교수 연구팀은 새 치료법을 발표했다.")
        #expect(run.names == ["서울대", "김지훈"])
    }

    @Test func aGlossWithAccentedLettersNamesAForeignPerson() {
        let run = EntityRun("세바스치앙 고메스(Sebastião Gomes) 마레노바 대표는 \"유럽 시장을 넓히겠다\"고 말했다.")
        #expect(run.entity("세바스치앙 고메스")?.aliases == ["Sebastião Gomes"], "\(run.names)")
        // A firm glossed the same way before a word that is no title names no person.
        #expect(EntityRun("소시에테 제네랄(Société Générale) 관계자는 말을 아꼈다.").names.isEmpty)
    }

    @Test func theHeadOfAHospitalWrittenAsOneWord() {
        let run = EntityRun("새빛병원(병원장 김도현)은 지역 기업과 협약을 맺었다. 김 병원장은 \"환자 중심 연구를 하겠다\"고 말했다.")
        #expect(run.entity("김도현")?.aliases == ["김 병원장"], "\(run.names)")
        #expect(run.relations.map { "\($0.source)>\($0.target)" } == ["person:김도현>institution:새빛병원"])
    }

    @Test func theHeadOfAnOfficeOfEducation() {
        let run = EntityRun("강원특별자치도교육청(교육감 최민규)이 한빛미래교육재단과 손잡았다. 최 교육감은 \"작은 학교를 살리겠다\"고 말했다.")
        #expect(run.entity("최민규")?.aliases == ["최 교육감"], "\(run.names)")
    }

    @Test func aFormerHeadNamesTheOrganisationButLeadsItNoMore() {
        let run = EntityRun("이번 투자에는 개인투자자인 한지석 전 노트메이트 대표가 참여했다.")
        #expect(run.names == ["한지석", "노트메이트"], "\(run.names)")
        #expect(run.relations.isEmpty)
        let foreign = EntityRun("기조연설은 마거릿 콜린스 전 영국 원자력청 청장이 맡는다.")
        #expect(foreign.names.contains("마거릿 콜린스"), "\(foreign.names)")
        // The present head still leads it.
        let present = EntityRun("한지석 현 노트메이트 대표는 말했다.")
        #expect(present.relations.map { "\($0.source)>\($0.target)" } == ["person:한지석>company:노트메이트"])
    }

    @Test func aFullTimeOfficerOfAnAssociation() {
        let run = EntityRun("오상훈 한국배터리산업협회 상근부회장은 \"회원사 의견을 모으겠다\"고 말했다.")
        #expect(run.names == ["오상훈", "한국배터리산업협회"], "\(run.names)")
    }

    @Test func verbsStartingWithASurnameAreNoNames() {
        let run = EntityRun("창업주는 지분 5%를 남겨 이사회 의장 유지. 그는 지분을 남기고 이사회 의장을 맡는다. 투자 유치 대표 주자다.")
        #expect(run.names.isEmpty, "\(run.names)")
        #expect(EntityRun("유지훈 이사회 의장은 말했다.").names == ["유지훈"])
    }

    @Test func aForeignNameAfterACitedSourceOrADescribingVerb() {
        let run = EntityRun("업계에 따르면 마티아스 베르그 한결전자 최고경영자(CEO)는 다음 달 방한한다.")
        #expect(run.names.contains("마티아스 베르그"), "\(run.names)")
        let verb = EntityRun("간담회에 참석한 리카르도 산토스 브라질 통상부 차관은 협력을 제안했다.")
        #expect(verb.names.contains("리카르도 산토스"), "\(verb.names)")
        #expect(!verb.names.contains(where: { $0.hasPrefix("참석한") }), "\(verb.names)")
    }

    @Test func aForeignNameAfterAVerbOfGoingToMeet() {
        let run = EntityRun("김도현 누리온텔레콤 사장은 지난달 29일 본사를 찾아 히카르두 알메이다(Ricardo Almeida) 최고경영자(CEO)와 만났다.")
        #expect(run.names.contains("히카르두 알메이다"), "\(run.names)")
        #expect(!run.names.contains(where: { $0.hasPrefix("찾아") }), "\(run.names)")
    }

    @Test func aForeignNameWithSmallWordsInItsGloss() {
        let run = EntityRun("헬리오스의 창업자 얀 더프리스(Jan de Vries) 최고경영자(CEO)는 \"좋다\"고 말했다. 이날 행사에는 헨드릭 반 데이크(Hendrik van Dijk) 부사장이 참석했다.")
        #expect(run.names == ["얀 더프리스", "헨드릭 반 데이크"], "\(run.names)")
        #expect(run.entity("Jan de Vries")?.name == "얀 더프리스", "\(run.forms)")
    }

    @Test func aForeignNameAfterItsTitleInATranslatedQuote() {
        let run = EntityRun("\"한국은 핵심 시장이다\"라고 창고 자동화 기업 케스트럴 다이내믹스의 최고경영자(CEO) 존 하퍼는 말했다. \"좋은 협력\"이라고 최고경영자 헨드릭 반 데이크는 덧붙였다.")
        #expect(run.names.contains("존 하퍼"), "\(run.names)")
        #expect(run.names.contains("헨드릭 반 데이크"), "\(run.names)")
        // Without a verb of saying after it, a title and two words are no name: "대표 선임 절차는 …".
        #expect(!EntityRun("회사는 최고경영자 선임 절차는 다음 달 마무리한다고 밝혔다.").entities.contains { $0.type == .person })
    }

    @Test func aVerbOpeningTheRestOfAListIsNoName() {
        let run = EntityRun("이준호 한결농산 대표를 비롯해 재배 농가 대표 등 40여명이 참석했다.")
        #expect(run.names == ["이준호", "한결농산"], "\(run.names)")
        // A foreign name after it still is one.
        let foreign = EntityRun("협약식에는 김하늘 한빛바이오 대표를 비롯해 마커스 헤일 오비온시스템즈 CEO가 참석했다.")
        #expect(foreign.names.contains("마커스 헤일"), "\(foreign.names)")
    }

    @Test func whatAPersonDidAtTheSigningIsNoName() {
        // "서명한" reads as 서 and a given name; before a name and a title it tells what they did.
        let run = EntityRun("협약서에 서명한 김철수 회장은 \"좋은 출발\"이라고 말했다. 정 대표와 함께 참석한 로드리고 살라사르(Rodrigo Salazar) 알타미라 회장도 웃었다.")
        #expect(!run.names.contains("서명한") && !run.names.contains("참석한"), "\(run.names)")
        #expect(run.entity("김철수")?.type == .person, "\(run.entities.map(\.id))")
        #expect(run.entity("로드리고 살라사르")?.type == .person, "\(run.entities.map(\.id))")
    }
}
