import Testing
@testable import DealGraph

@Suite struct ArticleCleanerTests {
    private func clean(_ text: String) -> CleanedDocument {
        ArticleCleaner.clean(Document(id: "t", source: "t", text: text))
    }

    // MARK: the seed article

    @Test func seedBodySentencesAreKeptOnceAndMatchTheirSpans() throws {
        let document = try Fixtures.document("boston-cluster-roundtable.txt")
        let cleaned = ArticleCleaner.clean(document)
        let distinct = cleaned.distinctSentences
        #expect(distinct.count == 16)
        // No joins or entities in this article: every sentence is its own source slice.
        for sentence in cleaned.sentences {
            #expect(slice(document.text, sentence.span) == sentence.text)
            #expect(sentence.span.text == sentence.text)
        }
        let texts = distinct.map(\.text)
        #expect(texts.contains { $0.hasPrefix("미국을 국빈 방문 중인 윤석열 대통령은 28일") })
        #expect(texts.filter { $0.hasPrefix("미국을 국빈 방문 중인") }.count == 1)
        #expect(texts.filter { $0.hasPrefix("아울러 윤 대통령의 보스턴 방문을 계기로") }.count == 1)
    }

    @Test func seedRepeatedParagraphsPointToTheFirstCopy() throws {
        let cleaned = ArticleCleaner.clean(try Fixtures.document("boston-cluster-roundtable.txt"))
        let repeats = cleaned.sentences.filter { $0.repeats != nil }
        #expect(repeats.count == 2)
        for sentence in repeats {
            let original = cleaned.sentences[sentence.repeats!]
            #expect(original.repeats == nil)
            #expect(original.span.start < sentence.span.start)
            #expect(RepeatDetector.identity(original.scalars[...]) == RepeatDetector.identity(sentence.scalars[...]))
        }
    }

    @Test func seedBoilerplateAndRelatedHeadlinesAreRemoved() throws {
        let cleaned = ArticleCleaner.clean(try Fixtures.document("boston-cluster-roundtable.txt"))
        let kept = cleaned.sentences.map(\.text).joined(separator: "\n")
        for noise in ["본문 보기를 권장", "글자크기로 변경", "다음뉴스", "Copyright", "무단전재", "백종원",
                      "폴더블폰", "이더리움", "구리·남양주", "보라매"] {
            #expect(!kept.contains(noise), "kept noise: \(noise)")
        }
        let reasons = Dictionary(grouping: cleaned.removed, by: \.reason).mapValues(\.count)
        #expect(reasons["related headline"] == 10)
        #expect(reasons["copyright line"] == 2)
        #expect(reasons["reader or portal notice"] == 3)
    }

    // MARK: HTML

    @Test func htmlFixtureKeepsHeadlineAndBodyWithSpansIntoTheSource() throws {
        let document = try Fixtures.document("hanbit-kaist-mou.html")
        let cleaned = ArticleCleaner.clean(document)
        let texts = cleaned.sentences.map(\.text)
        #expect(texts == [
            "한빛전자, 카이스트와 \"차세대 반도체\" 공동연구 MOU",
            "5년간 R&D에 300억원 투입 / 석·박사 인력 200명 양성",
            "한빛전자는 카이스트(KAIST)와 차세대 반도체 소자 공동연구를 위한 업무협약(MOU)을 체결했다고 5일 밝혔다.",
            "협약식은 지난 4일 대전 카이스트 본원에서 열렸다.",
            "양 기관은 앞으로 5년간 R&D에 총 300억원을 투입한다.",
            "한빛전자 김민준 대표는 “인재 양성과 기술 개발을 함께 하겠다”고 말했다.",
            "이번 협약은 2.5나노 공정 이후를 겨냥한다.",
        ])
        // Spans point into the HTML source: entities stay as written there.
        let headline = cleaned.sentences[0]
        #expect(slice(document.text, headline.span) == "한빛전자, 카이스트와 &quot;차세대 반도체&quot; 공동연구 MOU")
        let plain = cleaned.sentences[3]
        #expect(slice(document.text, plain.span) == plain.text)
        let rd = cleaned.sentences[4]
        #expect(rd.span.text == "양 기관은 앞으로 5년간 R&amp;D에 총 300억원을 투입한다.")
        // A local range inside a sentence maps to the right source scalars.
        let local = Array(plain.text.unicodeScalars)
        let at = local.firstIndex(of: "카")!
        #expect(plain.span(of: at..<(at + 3), in: cleaned.source).text == "카이스")
        let kept = texts.joined()
        for noise in ["대한반도체", "서울대", "저작권자", "박서연", "글자크기", "광고", "홈"] {
            #expect(!kept.contains(noise), "kept noise: \(noise)")
        }
    }

    // MARK: line breaks, bylines, related lists

    @Test func hardLineBreaksInsideSentencesAreJoined() {
        let text = """
        중소기업기술정보진흥원은 랩센트럴과 스타트업 육성을 위한 업무협약(MOU)
        을 체결했다고 3
        일 밝혔다. 총 투자 규모는 1조3500억
        원이며 두 기관은 공동 프로그램을 운영할 계획이라고 밝혔
        다.
        """
        let cleaned = clean(text)
        #expect(cleaned.sentences.map(\.text) == [
            "중소기업기술정보진흥원은 랩센트럴과 스타트업 육성을 위한 업무협약(MOU)을 체결했다고 3일 밝혔다.",
            "총 투자 규모는 1조3500억원이며 두 기관은 공동 프로그램을 운영할 계획이라고 밝혔다.",
        ])
        // The joined sentence's span covers the source, line breaks included.
        #expect(cleaned.sentences[0].span.text.contains("(MOU)\n을"))
    }

    @Test func aBreakBetweenWordsBecomesASpace() {
        let text = "유한양행은 얀센 바이오텍과 비소세포폐암 치료 후보물질의 기술수출\n계약을 체결했다고 공시했다."
        #expect(clean(text).sentences.map(\.text) == ["유한양행은 얀센 바이오텍과 비소세포폐암 치료 후보물질의 기술수출 계약을 체결했다고 공시했다."])
    }

    @Test func aWordOfTwoSyllablesAfterABreakIsAWord() {
        // "후속" opens the wrapped line as a word; "다고" is an ending glued to the line before.
        let text = "투자에는 한국산업은행이 새로 참여했으며 기존 투자자인 온새미벤처스도\n후속 투자에 나섰다고 19일 밝혔\n다고 전했다."
        #expect(clean(text).sentences.map(\.text) == ["투자에는 한국산업은행이 새로 참여했으며 기존 투자자인 온새미벤처스도 후속 투자에 나섰다고 19일 밝혔다고 전했다."])
    }

    @Test func aWordWrappedInTwoIsOneWhenTheArticleWritesItWhole() {
        // "그린메탈솔루" + "션즈와": the article writes 그린메탈솔루션즈 elsewhere; "투자" + "협약식을"
        // is written apart elsewhere only ("투자 협약식"), so stays two words.
        let text = """
        그린메탈솔루션즈는 광양에 재활용 공장을 짓는다.
        전남도는 11일 도청 서재필실에서 광양시, 한빛리튬·세진케미칼·그린메탈솔루
        션즈와 총 4320억 원 규모의 투자 협약식을 열었다고 밝혔다. 이날 양측은 처음으로 투자
        협약식을 열었다.
        """
        #expect(clean(text).sentences.map(\.text) == [
            "그린메탈솔루션즈는 광양에 재활용 공장을 짓는다.",
            "전남도는 11일 도청 서재필실에서 광양시, 한빛리튬·세진케미칼·그린메탈솔루션즈와 총 4320억 원 규모의 투자 협약식을 열었다고 밝혔다.",
            "이날 양측은 처음으로 투자 협약식을 열었다.",
        ])
    }

    @Test func aLineLeavingABracketOpenGoesOnInTheNext() {
        let text = """
        [파이낸스투데이 류하은 기자] 핀테크 기업 페이브릿지가 인도네시아 시중은행 뱅크 누산타라 세자테라(Bank Nusantara
        Sejahtera·BNS)와 업무협약(MOU)을 맺었다고 26일 밝혔다.
        """
        #expect(clean(text).sentences.map(\.text).last?.hasSuffix("세자테라(Bank Nusantara Sejahtera·BNS)와 업무협약(MOU)을 맺었다고 26일 밝혔다.") == true,
                "\(clean(text).sentences.map(\.text))")
    }

    @Test func aBracketedDatelineDoesNotMakeTheFirstLineATitle() {
        // The dateline is cut after the lines are joined; its bracket alone made the line look
        // like a headline ("[종합] …"), so the sentence broke at the hard line break.
        let text = """
        한화에어로스페이스, 폴란드와 K9 자주포 2차 수출 계약…3조원 규모

        [서울=연합뉴스] 이준영 기자 = 한화에어로스페이스가 폴란드 군비청과 K9 자주포 152문을
        공급하는 2차 이행계약을 체결했다고 1일 밝혔다.
        """
        let cleaned = clean(text)
        #expect(cleaned.sentences.map(\.text) == [
            "한화에어로스페이스, 폴란드와 K9 자주포 2차 수출 계약…3조원 규모",
            "한화에어로스페이스가 폴란드 군비청과 K9 자주포 152문을 공급하는 2차 이행계약을 체결했다고 1일 밝혔다.",
        ])
        #expect(cleaned.removed.map(\.reason) == ["dateline byline"])
        // A bracketed headline of its own is still not glued to the body.
        let headline = "[종합] 한화에어로스페이스, 폴란드와 K9 자주포 2차 수출 계약 체결\n한화에어로스페이스가 폴란드 군비청과 계약을 맺었다."
        #expect(clean(headline).sentences.count == 2)
    }

    @Test func portalTimestampsAndGluedLinksAreRemoved() {
        let text = """
        뉴스홈속보정치경제사회
        포스코인터내셔널, 호주 세넥스에너지에 1조원 투자
        2024.02.20. 오전 10:31
        포스코인터내셔널이 호주 가스전 개발 자회사 세넥스에너지에 약 1조원을 추가로 투자한다.
        좋아요훈훈해요
        """
        let cleaned = clean(text)
        #expect(cleaned.sentences.map(\.text) == [
            "포스코인터내셔널, 호주 세넥스에너지에 1조원 투자",
            "포스코인터내셔널이 호주 가스전 개발 자회사 세넥스에너지에 약 1조원을 추가로 투자한다.",
        ])
        #expect(cleaned.removed.map(\.reason) == ["glued links", "publication stamp", "glued links"])
        // A short word alone, and a line that opens with a date, stay.
        #expect(clean("삼성전자\n2024.02.20에 협약을 맺었다.").sentences.map(\.text) == ["삼성전자", "2024.02.20에 협약을 맺었다."])
    }

    @Test func anOutletAndDeskBesideATimestampAreRemoved() {
        let text = """
        한마루식품, 스마트팜 '팜스케일' 지분 19.9% 인수
        매일경제K 산업부 | 2024-10-15 15:47
        한마루식품이 팜스케일에 120억원을 투자한다.
        """
        let cleaned = clean(text)
        #expect(cleaned.sentences.map(\.text) == ["한마루식품, 스마트팜 '팜스케일' 지분 19.9% 인수", "한마루식품이 팜스케일에 120억원을 투자한다."])
        #expect(cleaned.removed.map(\.reason) == ["publication stamp"])
        let credit = clean("전자IT신문 윤지호 기자 | 입력 2025-01-09 11:05 | 지면 2025-01-10 6면\n라이트스톤게임즈가 계약을 맺었다.")
        #expect(credit.sentences.map(\.text) == ["라이트스톤게임즈가 계약을 맺었다."])
        // A bar in a sentence with a date in it is body.
        #expect(clean("매출 | 2024-10-15 기준으로 1조원을 넘었다.").sentences.count == 1)
    }

    @Test func titleLineIsNotGluedToTheBody() {
        let text = "셀트리온, 바이넥스와 위탁생산 협약\n셀트리온은 바이넥스와 업무협약을 맺었다고 30일 밝혔다."
        #expect(clean(text).sentences.map(\.text) == ["셀트리온, 바이넥스와 위탁생산 협약", "셀트리온은 바이넥스와 업무협약을 맺었다고 30일 밝혔다."])
    }

    @Test func aRoundupsItemHeadingIsNotGluedToItsItem() {
        let text = "■ 스마트로직스, 물류 SW 기업 데이터온 인수\n스마트로직스는 데이터온의 지분 100%를 380억원에 사들이기로 했다고 5일 공시했다."
        #expect(clean(text).sentences.map(\.text) == ["■ 스마트로직스, 물류 SW 기업 데이터온 인수", "스마트로직스는 데이터온의 지분 100%를 380억원에 사들이기로 했다고 5일 공시했다."],
                "\(clean(text).sentences.map(\.text))")
        // A long line after a mark that is no heading goes on in the next.
        let wrapped = "■ 스마트로직스는 창고관리시스템 소프트웨어 기업 데이터온의 지분 100%를\n380억원에 사들이기로 했다고 5일 공시했다."
        #expect(clean(wrapped).sentences.count == 1, "\(clean(wrapped).sentences.map(\.text))")
    }

    @Test func subtitleLinesOpeningOnADashAreNotJoined() {
        let text = """
        미래창업진흥재단, 한강대병원과 스타트업 육성 협약…올해 협약 12건

        ― 임상 전문의 1:1 멘토링·병원 내 실증 공간 제공
        ― 분야별로 바이오·헬스케어 4건, AI 3건, 핀테크 3건
        — 해외 액셀러레이터와도 협약 논의

        미래창업진흥재단은 한강대학교병원과 스타트업 공동 육성을 위한 업무협약을 체결했다고 5일 밝혔다.
        """
        #expect(clean(text).sentences.map(\.text).dropFirst().prefix(3) == [
            "― 임상 전문의 1:1 멘토링·병원 내 실증 공간 제공", "― 분야별로 바이오·헬스케어 4건, AI 3건, 핀테크 3건", "— 해외 액셀러레이터와도 협약 논의",
        ], "\(clean(text).sentences.map(\.text))")
    }

    @Test func bylinesStampsAndToolbarsAreRemoved() {
        let text = """
        기사입력 2024-03-05 11:20 | 최종수정 2024-03-06 07:48
        홍길동 기자 (gildong.hong@example.co.kr)
        글자크기 | 스크랩 | 프린트 | 공유하기 | 댓글 0
        (서울=연합뉴스) 김철수 기자 = 한국수력원자력은 체코 연구기관 두 곳과 3자 업무협약을 맺었다고 16일 밝혔다.
        #한수원 #SMR #체코
        에너지 > 원전
        """
        let cleaned = clean(text)
        #expect(cleaned.sentences.map(\.text) == ["한국수력원자력은 체코 연구기관 두 곳과 3자 업무협약을 맺었다고 16일 밝혔다."])
        #expect(Set(cleaned.removed.map(\.reason)) == ["publication stamp", "byline", "page toolbar", "dateline byline", "hashtags", "section breadcrumb"])
    }

    @Test func relatedListAfterAHeaderIsRemovedButBodyAfterItIsKept() {
        let text = """
        SK하이닉스는 마이크론과 협력 방안을 논의했다.

        [관련기사]
        ▶ 삼성전자, 파운드리 고객 확보
        - LG에너지솔루션, 美 공장 증설

        업계는 두 회사가 다음 달 중 양해각서를 맺을 수 있을 것으로 보고 있다.
        """
        let kept = clean(text).sentences.map(\.text)
        #expect(kept == ["SK하이닉스는 마이크론과 협력 방안을 논의했다.", "업계는 두 회사가 다음 달 중 양해각서를 맺을 수 있을 것으로 보고 있다."])
    }

    @Test func aNumberedItemOfARelatedListEndingInAQuoteIsAHeadline() {
        let text = """
        노르딕윈드와 대양중공업은 이르면 연내 양해각서를 맺을 것으로 보인다.

        ■ 에너지경제매거진 인기기사
        1. 에퀴노르, 반딧불이 해상풍력 사업 계속…"2030년 상업운전"
        2. 해상풍력 특별법 국회 계류…업계 "골든타임 놓친다"
        3. 남부발전, 신안 해상풍력 4조 8000억 원 투자 협약
        """
        #expect(clean(text).sentences.map(\.text) == ["노르딕윈드와 대양중공업은 이르면 연내 양해각서를 맺을 것으로 보인다."],
                "\(clean(text).sentences.map(\.text))")
        // A body numbered in its own right, after no related header, is kept.
        let body = "협약의 주요 내용은 다음과 같다.\n1. 두 회사는 공동으로 부유체를 설계한다.\n2. 울산시는 인허가를 지원한다."
        #expect(clean(body).sentences.count == 3, "\(clean(body).sentences.map(\.text))")
    }

    @Test func aShortArticleWithoutTailKeepsItsLastLine() {
        let text = "신한은행은 KT와 금융사기 방지 협약을 맺었다.\n두 회사는 AI 기술을 함께 개발한다"
        #expect(clean(text).sentences.count == 2)
    }

    @Test func nearRepeatedLeadIsMarked() {
        let lead = "현대자동차는 LG에너지솔루션, SK온과 배터리 대여 사업 업무협약을 오는 18일 체결할 예정이라고 17일 밝혔다."
        let variant = "현대자동차는 LG에너지솔루션, SK온과 배터리 대여(리스) 사업 업무협약을 오는 18일 체결할 예정이라고 17일 밝혔다."
        let cleaned = clean("\(lead)\n\n협약에는 KST모빌리티도 참여한다.\n\n\(variant)")
        #expect(cleaned.sentences.count == 3)
        #expect(cleaned.sentences[2].repeats == 0)
        #expect(cleaned.distinctSentences.count == 2)
    }

    @Test func emptyAndWhitespaceInputGiveNoSentences() {
        #expect(clean("").sentences.isEmpty)
        #expect(clean(" \n\n \t\n").sentences.isEmpty)
    }

    @Test func fullWidthDigitsAreNormalisedButSpansStayInTheSource() {
        let cleaned = clean("계약금은 １,０００만 달러다.")
        #expect(cleaned.sentences[0].text == "계약금은 1,000만 달러다.")
        #expect(cleaned.sentences[0].span.text == "계약금은 １,０００만 달러다.")
    }
}
