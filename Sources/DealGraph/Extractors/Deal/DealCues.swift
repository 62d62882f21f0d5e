/// The words Korean news uses for each kind of deal, for where a deal stands, and for parties
/// named collectively. Tables only; `DealExtractor` reads them and `DealCuesTests` holds examples.
enum DealCues {
    /// Phrases that name a deal of a kind. Longest match wins ("업무협약" over "협약").
    static let kinds: [(String, DealKind)] = [
        // MOUs and other non-binding agreements
        ("MOU", .mou), ("업무협약", .mou), ("업무 협약", .mou), ("양해각서", .mou), ("협약", .mou),
        ("협력 협약", .mou), ("파트너십 협약", .mou), ("파트너십 MOU", .mou), ("LOI", .mou),
        ("의향서", .mou), ("협약식", .mou), ("협력각서", .mou), ("MOA", .mou),
        // partnerships and joint development without a licence, supply or equity
        ("파트너십을 맺", .mou), ("파트너십을 체결", .mou), ("파트너십 계약", .mou), ("전략적 제휴", .mou),
        ("제휴 계약", .mou), ("업무 제휴", .mou), ("공동 개발 계약", .mou), ("공동개발 계약", .mou),
        ("개발하는 계약", .mou), ("공동 연구 계약", .mou), ("공동연구 계약", .mou),
        // technology exports and licensing out
        ("기술수출", .techExport), ("기술 수출", .techExport), ("라이선스 아웃", .techExport),
        // a technology handed over: "…에 알츠하이머병 항체 신약 후보를 4억2000만 유로에 넘겼다",
        // "…에 ADC 플랫폼을 넘긴 계약으로" (only with a word for technology before it: `licensedTechnologies`)
        ("넘겼", .techExport), ("넘긴", .techExport), ("넘기는", .techExport), ("넘기기로", .techExport),
        // (whole, so a total read backwards from its count is no export of goods: "기술수출 계약은 모두 31건")
        ("기술수출 계약", .techExport), ("기술 수출 계약", .techExport), ("기술수출계약", .techExport),
        ("라이선스아웃", .techExport), ("기술이전 계약", .techExport), ("기술 이전 계약", .techExport),
        // licensed in from abroad, a technology transfer across borders too ("기술이전(라이선스 인) 계약")
        ("라이선스 인", .techExport), ("라이선스인", .techExport), ("기술도입 계약", .techExport), ("기술 도입 계약", .techExport),
        ("라이선스 계약", .techExport), ("L/O", .techExport), ("기술이전했", .techExport),
        ("권리를 넘기", .techExport), ("권리를 이전", .techExport), ("판권을 넘기", .techExport),
        // "베트남의 한 양식 기업에 … 양식 기술을 이전한 바 있다"
        ("기술을 이전", .techExport), ("기술을 수출", .techExport),
        // a game or a show licensed to a publisher abroad: "북미·유럽 판권 계약", "퍼블리싱 계약"
        ("판권 계약", .techExport), ("퍼블리싱 계약", .techExport),
        // investments
        ("투자 유치", .investment), ("투자유치", .investment), ("투자를 유치", .investment),
        ("투자를 받", .investment), ("투자받", .investment), ("투자를 끌어", .investment),
        ("자금을 유치", .investment), ("투자를 확보", .investment), ("투자도 확보", .investment), ("투자도 유치", .investment),
        ("투자도 받", .investment),
        ("시리즈A", .investment), ("시리즈 A", .investment), ("시리즈B", .investment),
        ("시리즈 B", .investment), ("시리즈C", .investment), ("시리즈 C", .investment),
        ("시리즈D", .investment), ("프리IPO", .investment), ("프리 IPO", .investment),
        ("시드 라운드", .investment), ("시드 투자", .investment), ("브릿지 투자", .investment),
        // "액셀러레이터 스파크웨이브에서 시드 자금 5억원을 받았고": the money of a seed round
        ("시드 자금", .investment), ("시드자금", .investment), ("시드 투자금", .investment),
        ("지분 투자", .investment), ("지분투자", .investment), ("투자 계약", .investment),
        ("투자했", .investment), ("투자한다", .investment), ("투자하기로", .investment), ("투자하고 ", .investment),
        ("투자에 참여", .investment), ("라운드에는", .investment), ("투자에는", .investment), ("라운드는", .investment),
        ("투자자로 합류", .investment), ("투자자로 참여", .investment), ("라운드를 마", .investment),
        // "전략적 투자자(SI)로는 물류기업 동해로지스가 참여했다": investors of the round told by their kind
        ("투자자로는", .investment), ("투자자(SI)로는", .investment), ("투자자(FI)로는", .investment),
        // "미래온에쿼티파트너스가 리드 투자자로 나섰고, 카드사인 동방카드가 전략적 투자자(SI)로 들어왔다"
        ("투자자로 나섰", .investment), ("투자자로 들어", .investment), ("투자자(SI)로 들어", .investment),
        ("투자자(FI)로 들어", .investment), ("투자자(SI)로 나섰", .investment), ("투자자(FI)로 나섰", .investment),
        ("전략적투자자", .investment), ("재무적투자자", .investment), ("투자를 단행", .investment), ("투자도 단행", .investment),
        ("투자를 집행", .investment), ("자금을 넣", .investment), ("자금을 투입", .investment),
        ("투자에 나섰", .investment), ("후속 투자", .investment),
        ("출자했", .investment), ("출자한", .investment), ("출자하기로", .investment), (" 라운드에서", .investment),
        // new shares bought in a round are an investment, not a takeover ("신주 인수 계약"; matched
        // before "인수 계약", further left)
        ("신주 인수", .investment), ("신주인수", .investment), ("유상증자에 참여", .investment),
        // new shares allotted to named investors ("제3자배정 유상증자"; a rights issue to all
        // shareholders, "주주배정 유상증자", is no deal)
        ("제3자배정 유상증자", .investment), ("제3자 배정 유상증자", .investment), ("제3자배정 유증", .investment),
        ("제3자배정 방식", .investment), ("제3자 배정 방식", .investment),
        // bonds convertible into shares, sold to named investors ("200억원 규모의 전환사채(CB)를
        // 발행한다. … 사채는 청람PE가 전량 인수한다": bought in full, no takeover)
        ("전환사채(CB)를 발행", .investment), ("전환사채를 발행", .investment), ("CB를 발행", .investment),
        ("CB 발행", .investment), ("전환사채(CB) 발행", .investment), ("전환사채 발행", .investment),
        ("교환사채(EB)를 발행", .investment), ("교환사채를 발행", .investment), ("EB를 발행", .investment),
        ("전량 인수", .investment),
        // bonds taken up: "…가 발행한 100억원 규모 전환사채(CB)를 인수했는데"
        ("전환사채(CB)를 인수", .investment), ("전환사채를 인수", .investment), ("CB를 인수", .investment),
        // a share swap: each takes a stake in the other ("지분 맞교환 계약")
        ("지분 맞교환", .investment), ("지분 교환 계약", .investment), ("주식 맞교환", .investment),
        ("주식 교환 계약", .investment), ("주식교환 계약", .investment), ("주식교환계약", .investment), ("지분교환 계약", .investment),
        // supply contracts and orders
        ("공급 계약", .supply), ("공급계약", .supply), ("납품 계약", .supply), ("납품계약", .supply),
        // "급속충전기 납품 및 운영 계약", "공급 및 설치 계약"
        ("납품 및 운영 계약", .supply), ("공급 및 운영 계약", .supply), ("납품 및 설치 계약", .supply), ("공급 및 설치 계약", .supply),
        ("납품 및 유지보수 계약", .supply), ("공급 및 유지보수 계약", .supply),
        ("수주했", .supply), ("수주한", .supply), ("수주하", .supply), ("수주해", .supply), ("수주에 성공", .supply), ("수주는", .supply),
        // an order told by the buyer: "신성해운은 2023년에도 남해조선에 컨테이너선 2척을 발주한 바 있다"
        ("발주했", .supply), ("발주한", .supply), ("발주해", .supply), ("발주하기로", .supply),
        ("위탁생산 계약", .supply), ("위탁생산(CMO) 계약", .supply), ("공급하는 계약", .supply),
        ("위탁개발생산 계약", .supply), ("위탁개발생산(CDMO) 계약", .supply), ("CDMO 계약", .supply),
        ("CMO 계약", .supply), ("도입 계약", .supply), ("납품하는 계약", .supply), ("도입계약", .supply), ("구매 계약", .supply),
        ("구매계약", .supply), ("판매 계약", .supply), ("판매계약", .supply),
        ("공급받는 계약", .supply), ("공급 협약", .supply),
        // distribution: "독점 유통 계약", "총판 계약"
        ("유통 계약", .supply), ("유통계약", .supply), ("총판 계약", .supply), ("총판계약", .supply),
        // ships built to order ("VLCC 1척 … 건조 계약을 맺었다")
        ("건조 계약", .supply), ("건조계약", .supply), ("건조하는 계약", .supply),
        // "…과 LNG 운반선 2척을 6842억원에 짓기로 했다": built for a price, to order
        ("원에 짓기로", .supply), ("원에 건조하기로", .supply), ("원에 짓는", .supply), ("원에 건조하는", .supply),
        // services bought under contract ("발사 서비스 계약", "설계 용역 계약")
        ("서비스 계약", .supply), ("서비스계약", .supply), ("용역 계약", .supply), ("용역계약", .supply),
        ("정비 계약", .supply), ("정비 지원 계약", .supply), ("유지보수 계약", .supply), ("MRO 계약", .supply),
        // exports of goods (a technology's export is matched first, further left: "기술수출 계약")
        // and the call-off contracts that follow a framework ("2차 이행계약", "실행계약")
        ("수출 계약", .supply), ("수출계약", .supply), ("수출하는 계약", .supply),
        ("이행계약", .supply), ("이행 계약", .supply), ("실행계약", .supply), ("실행 계약", .supply),
        // joint ventures ("합작사" only as what is set up: "중국 합작사 CBC와 공급 계약" is supply)
        ("합작법인", .jointVenture), ("합작 법인", .jointVenture), ("합작회사", .jointVenture),
        ("조인트벤처", .jointVenture), ("JV", .jointVenture), ("합작사를", .jointVenture), ("합작사 설립", .jointVenture),
        ("합작 회사를", .jointVenture), ("합작 회사 설립", .jointVenture),
        ("합작투자", .jointVenture), ("합작 투자", .jointVenture), ("합작계약", .jointVenture), ("합작 계약", .jointVenture),
        // acquisitions
        ("인수했", .acquisition), ("인수한", .acquisition), ("인수하", .acquisition),
        ("인수를", .acquisition), ("인수 계약", .acquisition), ("인수합병", .acquisition),
        ("M&A", .acquisition), ("인수에", .acquisition), ("사들였", .acquisition), ("매입했", .acquisition),
        ("사들이는", .acquisition), ("사들인", .acquisition), ("사들이기로", .acquisition), ("인수해", .acquisition),
        ("사들이며", .acquisition), ("사들이면서", .acquisition),
        // "회사는 2021년 냉동만두 업체 다솜식품을 340억 원에 사들여 냉동 부문을 키웠다"
        ("사들여 ", .acquisition),
        ("경영권을 확보", .acquisition),
        // "밀키트 업체 프레시하우스를 품는다": taken into the buyer's arms
        ("를 품었", .acquisition), ("을 품었", .acquisition), ("를 품는다", .acquisition), ("을 품는다", .acquisition),
        ("품에 안았", .acquisition), ("품에 안는다", .acquisition),
        // a business bought ("영업양수도 계약": the seller's unit passes to the buyer)
        ("영업양수", .acquisition), ("양수도 계약", .acquisition),
        // a share purchase agreement (SPA): the buyer's contract for the firm
        ("주식매매계약", .acquisition), ("주식 매매계약", .acquisition), ("주식매매 계약", .acquisition), ("주식 매매 계약", .acquisition),
        // told by the seller ("지분 49%를 공무원연금공단에 매각하기로"): the buyer and what is sold
        ("매각했", .acquisition), ("매각한", .acquisition), ("매각하기로", .acquisition), ("매각하는", .acquisition),
        ("매각해", .acquisition), ("매각 계약", .acquisition), ("매각계약", .acquisition),
    ]

    /// Words of joining forces that name an MOU when the clause names no deal of its own
    /// ("다카무라전장과 손잡았다", "농업부와 맞손을 잡았다"). A partnership told this way of parties
    /// that also signed a deal of a kind is that deal, told loosely ("A와 손잡고 … 공급 계약").
    static let partnerships: [(String, DealKind)] = [
        ("손잡았", .mou), ("손을 잡았", .mou), ("맞손을 잡", .mou), ("협력 체계를 구축", .mou), ("협력체계를 구축", .mou),
        ("협력 관계를 맺", .mou),
    ]

    /// Phrases that say where a deal stands. When a clause has several, the strongest doubt wins:
    /// cancelled, then expected, then planned, then signed.
    static let statuses: [(String, DealStatus)] = [
        // signed
        ("체결했", .signed), ("체결됐", .signed), ("체결되었", .signed), ("체결해", .signed),
        ("체결하는 등", .signed), ("체결한", .signed), ("체결하고", .signed), ("체결하며", .signed),
        ("맺었", .signed), ("맺은", .signed), ("맺어", .signed), ("맺고", .signed), ("맺어졌", .signed),
        ("맺으며", .signed), ("맺으면서", .signed), ("체결하면서", .signed),
        ("서명했", .signed), ("서명한", .signed), ("서명된", .signed), ("체결된", .signed),
        ("협약식을 가졌", .signed), ("따냈", .signed), ("따내며", .signed), ("따내면서", .signed),
        ("협약식을 열었", .signed), ("협약식을 개최했", .signed), ("협약식을 열고", .signed), ("협약식을 갖고", .signed),
        ("서명하고", .signed),
        // the ceremony named in quotes: "'스마트 항만 안전기술 실증 협약식'을 열었다"
        ("협약식'을 열었", .signed), ("협약식’을 열었", .signed), ("협약식\"을 열었", .signed), ("협약식”을 열었", .signed),
        ("협약식'을 가졌", .signed), ("협약식’을 가졌", .signed), ("협약식\"을 가졌", .signed), ("협약식”을 가졌", .signed), ("받기도", .signed), ("유치하기도", .signed),
        ("보탰", .signed), ("출자했", .signed), ("인수하며", .signed), ("인수하면서", .signed), ("이끌었", .signed), ("받으며", .signed), ("유치하며", .signed), ("단행했", .signed), ("투자자가 됐", .signed),
        ("성사", .signed), ("성사되면", .planned), ("마무리했", .signed), ("마무리하", .signed), ("마감했", .signed),
        ("유치했", .signed), ("유치한", .signed), ("확보했", .signed), ("받았", .signed),
        ("투자했", .signed), ("수주했", .signed), ("수주한", .signed), ("인수했", .signed), ("발주했", .signed),
        ("인수한", .signed), ("손잡았", .signed), ("손을 잡았", .signed), ("손잡고", .signed),
        ("합의했", .signed), ("기술수출했", .signed), ("참여했", .signed), ("나왔", .signed),
        ("이전했", .signed), ("사들였", .signed), ("매입했", .signed), ("채웠", .signed), ("매각했", .signed), ("매각한", .signed),
        ("설립했", .signed), ("출범", .signed), ("바 있", .signed), ("맺기도", .signed),
        ("체결하기도", .signed), ("집행했", .signed), ("집행한", .signed), ("이름을 올렸", .signed), ("이름을 올려", .signed),
        // a round done, told in the passive or by the money raised: "씨냅스에는 … 시리즈B 투자가
        // 이뤄졌다", "프리IPO로 2000만달러를 모았고"
        ("이뤄졌", .signed), ("이루어졌", .signed), ("를 모았", .signed),
        // an investor's place in the round: "리드 투자자로 나섰고", "전략적 투자자(SI)로 들어왔다"
        ("투자자로 나섰", .signed), ("투자자로 들어왔", .signed), ("로 나섰고", .signed), ("로 들어왔", .signed),
        // ships to be built for a price agreed: "…과 LNG 운반선 2척을 6842억원에 짓기로 했다"
        ("원에 짓기로 했", .signed),
        // an order told with the size of its contract: "다른 한 건은 … 이스트윈드 라인즈가 발주한 …
        // 4척으로, 계약 규모는 7035억원이다"
        ("계약 규모는", .signed), ("계약 금액은", .signed), ("계약금액은", .signed),
        // a technology handed over ("…에 신약 후보를 넘겼다"); to hand it over is planned
        ("넘겼", .signed), ("넘긴", .signed), ("넘기기로", .planned),
        // "…로부터 60억원 규모 시리즈A 투자를 끌어냈다": money drawn in
        ("끌어냈", .signed), ("끌어내며", .signed), ("끌어내면서", .signed), ("끌어낸", .signed),
        // a round led before, told as what the investor is: "2022년 … 시리즈A 때도 투자를 이끈 곳이다"
        ("이끈 ", .signed),
        ("하는 등", .signed), ("넘기며", .signed), ("넘기면서", .signed), ("넘겼", .signed),
        ("넣었", .signed), ("투입했", .signed), ("교환했", .signed), ("주도했", .signed), ("합류했", .signed),
        ("투자에 나섰", .signed), ("단행한다", .signed), ("투자한다", .signed), ("맺는 등", .signed), ("품었", .signed), ("품에 안았", .signed), ("구축했", .signed),
        // a venture set up: "…와 50대 50 지분으로 합작법인을 세웠다" (not "… 규모의 태성오프티마를
        // 세웠다", where the venture's own name would stand among its founders)
        ("합작법인을 세웠", .signed), ("합작사를 세웠", .signed), ("합작회사를 세웠", .signed), ("법인을 세웠", .signed),
        // "2020년 … 우진씨앤에스를 인수해 기업가치를 끌어올렸다" (not "인수해야")
        ("인수해 ", .signed), ("단행해 ", .signed),
        // a deal done, then what follows from it: "…에 120억원을 투자하고 원재료 공동 조달에 나선다"
        // (not "수주하고" nor "인수하고": "미 해군 사업을 수주하고 … 넓히겠다" is a hope)
        ("투자하고 ", .signed), ("단행하고 ", .signed), ("출자하고 ", .signed), ("유치하고 ", .signed), ("사들여 ", .signed),
        // a stake bought with a shareholder's rank: "…에 2000만 유로를 지분 투자하며 2대 주주에 올랐다"
        ("투자하며 ", .signed), ("투자하면서 ", .signed), ("주주에 올랐", .signed), ("주주가 됐", .signed),
        // a past buy told in passing: "2019년 이 브랜드를 사들인 뒤 유통망을 키워 왔다"
        ("사들인 뒤", .signed), ("사들인 후", .signed),
        // a round done before: "2022년 누리벤처캐피탈이 주도한 200억원 규모의 시리즈B를 마친 뒤"
        ("마친 뒤", .signed), ("마친 후", .signed), ("주도한 ", .signed),
        // "지난 3월 시리즈A 투자 유치를 마쳤다" (not "실사를 마쳤다")
        // a board's decision disclosed ("제3자배정 유상증자를 결정했다고 3일 공시했다"): done for the issuer
        ("유상증자를 결정했", .signed), ("유증을 결정했", .signed), ("발행을 결정했", .signed), ("취득을 결정했", .signed),
        // "…유상증자를 실시한다", "…유상증자 안건을 의결했다": the board's decision, disclosed
        ("유상증자를 실시", .signed), ("유증을 실시", .signed), ("안건을 의결했", .signed),
        ("사들이며", .signed), ("사들이면서", .signed),
        ("유치를 마쳤", .signed), ("원을 모았", .signed), ("투자를 마쳤", .signed), ("계약을 마쳤", .signed), ("체결을 마쳤", .signed),
        // planned ("체결된다" and "체결될" before "체결된", which is signed)
        ("서명된다", .planned), ("체결된다", .planned), ("체결될", .planned), ("서명될", .planned),
        ("체결할 예정", .planned), ("체결할 계획", .planned), ("맺을 예정", .planned),
        ("맺을 계획", .planned), ("맺는다", .planned), ("체결한다", .planned), ("추진한다", .planned),
        ("추진할 계획", .planned), ("할 예정", .planned), ("할 계획", .planned), ("하기로 했", .planned),
        ("체결하기로", .planned), ("맺기로", .planned), ("설립할 예정", .planned),
        ("기로 했", .planned), ("기로 의결", .planned), ("기로 결의", .planned), ("기로 결정", .planned),
        ("품는다", .planned), ("품에 안는다", .planned), ("세울 계획", .planned), ("세울 예정", .planned), ("설립한다", .planned), ("세운다", .planned), ("참여한다", .planned),
        // expected
        ("기대", .expected), ("논의 중", .expected), ("논의하고", .expected), ("검토", .expected),
        ("관측", .expected), ("전망", .expected), ("가능성", .expected), ("맺을 수 있", .expected),
        ("체결할 수 있", .expected), ("협상 중", .expected), ("추진 중", .expected),
        ("협의 중", .expected), ("협의하고 있", .expected), ("조율 중", .expected), ("협상을 진행", .expected),
        ("협상을 벌이", .expected), ("협상하고 있", .expected), ("협상을 이어", .expected),
        ("협의를 벌이", .expected), ("협의를 진행하고", .expected), ("협의를 이어", .expected),
        ("맺을 것으로", .expected), ("체결할 것으로", .expected),
        // "MOU 체결도 추진하고 있으며, … 이르면 내년 상반기에 MOU가 성사될 것으로 내다본다"
        ("추진하고 있", .expected), ("성사될", .expected), ("내다본다", .expected), ("내다봤", .expected),
        // a goal said: "연내에는 텔레누사와 MOU를 맺고 본계약 협상으로 넘어가는 것이 목표"
        ("것이 목표", .expected), ("게 목표", .expected),
        // cancelled
        ("해지", .cancelled), ("파기", .cancelled), ("철회", .cancelled), ("무산", .cancelled),
        ("취소", .cancelled), ("종료했", .cancelled), ("계약 해제", .cancelled),
    ]

    /// Plans that follow a deal signed with a connective ("업무협약을 맺고 … 시험센터를 함께 운영하기로
    /// 했다"): what the parties will do under the deal, which stays signed. Plans of the signing
    /// itself ("체결하기로", "맺을 예정") are not among them.
    static let plansAfterSigning: [String] = ["기로 했", "하기로 했", "할 계획", "할 예정", "추진한다"]

    /// Status cues that count only where a word starts: "송배전망" (a grid) and "위성관측" hold 전망
    /// and 관측 inside a word.
    static let wordInitialStatuses: [String] = ["전망", "관측"]

    /// How strongly a status cue overrides another in the same clause.
    static func precedence(_ status: DealStatus) -> Int {
        switch status {
        case .cancelled: return 3
        case .expected: return 2
        case .planned: return 1
        case .signed: return 0
        }
    }

    /// Words that name the parties already mentioned, with how many they are.
    static let collectiveParties: [(String, Int)] = [
        ("양사", 2), ("양 사", 2), ("두 회사", 2), ("두 기업", 2), ("양 기관", 2), ("양기관", 2),
        ("두 기관", 2), ("양측", 2), ("양 측", 2), ("3사", 3), ("세 회사", 3), ("세 기관", 3), ("세 기업", 3),
        ("4사", 4), ("네 회사", 4), ("네 기관", 4), ("다섯 기관", 5),
        // "대양중공업, 울산시와 벌여 온 협상 … 세 곳은 … MOU를 체결할 것으로": bodies of any kind
        ("두 곳", 2), ("세 곳", 3), ("네 곳", 4), ("다섯 곳", 5),
        // "두 기존 투자사는 … 시리즈A에도 함께 투자했다": investors counted
        ("두 투자사", 2), ("두 기존 투자사", 2), ("세 투자사", 3), ("세 기존 투자사", 3),
    ] + countedParties

    /// "3개사", "이들 5개 기관·기업은", "4개 기관은", "6개 기업이": parties counted with 개, by
    /// their last digit (the digits before it are read where it is found: "17개사" counts 17).
    private static let countedParties: [(String, Int)] = (0...9).flatMap { (n: Int) -> [(String, Int)] in
        ["\(n)개사", "\(n)개 기관", "\(n)개 기업", "\(n)개 기관·기업", "\(n)개 기업·기관", "\(n)개 기관과 기업"].map { ($0, n) }
    } + (0...9).map { ("\($0)곳", $0) }

    /// Words for firms a count of places ("N곳") must follow to count parties: "중소기업 8곳과",
    /// "스타트업 5곳과" (not "병원 2곳과" nor "항만 3곳").
    static let firmsCountedByPlace: [String] = ["기업 ", "업체 ", "스타트업 ", "벤처 ", "회사 "]

    /// What opens a sentence that lists the firms a count stood for: "참여 기업은 … 해솔테크, …
    /// 다온센서 및 … 비전마린 등이다".
    static let participantsListed: [String] = [
        "참여 기업은", "참여 기업으로는 ", "참여사는 ", "협약 기업은 ", "협약 대상 기업은 ",
        "협약에 참여한 기업은 ", "참여한 기업은 ", "대상 기업은 ", "선정된 기업은 ", "선정 기업은 ",
    ]

    /// Demonstratives that make a deal word refer back to a deal already named ("이번 협약").
    static let backReferences: [String] = ["이번 ", "이 ", "해당 ", "같은 ", "앞선 "]

    /// Verbs of announcing: a date or an organisation attached to them dates or voices the
    /// announcement, not the deal ("…체결했다고 5일 밝혔다", "…체결됐다고 대통령실은 전했다").
    static let announcements: [String] = [
        "밝혔", "공시했", "전했", "발표했", "알렸", "말했", "설명했", "보도했", "공개했", "덧붙였",
        "밝힌 ",
    ]

    /// Words that point back at a deal already named: a clause holding one before its deal
    /// word adds to that deal rather than starting one ("이번 라운드에는 …이 참여했다").
    static let backReferenceNouns: [String] = [
        "이번 라운드", "이번 투자", "이번 협약", "이번 계약", "이번 MOU", "이번 거래", "해당 협약", "해당 계약",
        "같은 라운드", "같은 투자 라운드", "같은 투자", "해당 라운드",
        // the bonds or shares of an issue just told: "사채는 청람PE가 운용하는 펀드가 전량 인수한다"
        "사채는 ", "CB는 ", "신주는 ", "이번 CB", "이번 사채", "이번 유상증자", "이번 증자",
    ]

    /// Words that tell the deal just read again, as a record ("한화그룹이 미국 조선소를 인수한 것은
    /// 이번이 처음이다"): the clause adds evidence, not a deal or parties.
    static let restatements: [String] = ["이번이 처음", "이번이 두 번째", "이번이 세 번째", "이번이 네 번째"]

    /// What follows a deal word that names an existing deal as a basis ("협약에 따라"), or as the
    /// condition of what follows ("협약이 성사되면 양사는 올해 하반기부터 …").
    static let basedOn: [String] = [
        "에 따라", "에 따른", "의 일환", "이 성사되면", "가 성사되면", "이 체결되면", "가 체결되면",
        "이 성사될 경우", "가 성사될 경우", "이 체결될 경우", "가 체결될 경우",
    ]

    /// What follows a deal's noun that makes the deal the time what follows comes after ("협약 이후
    /// 하반기 중 … 협의할 계획이다"): the deal already told, not another ("…을 인수한 뒤" tells one).
    static let afterTheDeal: [String] = [" 이후", " 직후", " 후 ", " 후,", " 뒤 ", " 뒤,"]

    /// Verbs whose subject gives the money, so the investee is the other organisation.
    static let investingVerbs: [String] = [
        "투자자로 나섰", "투자자로 들어왔", "투자자(SI)로 들어왔", "투자자(FI)로 들어왔", "투자자(SI)로 나섰", "투자자(FI)로 나섰",
        "를 인수했", "를 인수한다", "를 인수하기로",
        "투자했", "투자한다", "투자하기로", "투자를 단행", "투자도 단행", "투자를 집행", "투자에 참여", "참여했", "채웠", "집행", "자금을 넣", "자금을 투입",
        "주도했", "합류했", "투자에 나섰", "보탰", "이끌었", "단행했", "출자", "이름을 올렸", "이름을 올려", "참여해",
    ]

    /// Names of a round of funding: a clause naming one and only its investors tells of the round
    /// the company of the paragraph raised ("프리IPO 라운드에서는 A가 리드 투자자로 나섰고 B가
    /// 참여해 250억원을 모았다").
    static let roundNames: [String] = ["시리즈", "프리IPO", "프리 IPO", "라운드", "시드 투자", "브릿지 투자"]

    /// What a licence covers: handed over ("신약 후보를 넘겼다"; not "경영권을 넘겼다", nor "공을
    /// 넘겼다") or bought ("후보물질 'OS-207'을 사들였다" is a licence, not a takeover).
    static let licensedTechnologies: [String] = ["후보물질", "후보", "판권", "권리", "라이선스", "기술", "특허"]
    /// What may be handed over under a licence too, but bought is a business ("플랫폼을 사들였다").
    static let technologiesHandedOver: [String] = ["플랫폼", "물질", "신약", "파이프라인"]

    /// The stage a round is named by, so that two rounds of one company are two deals: "2021년
    /// 에듀브릭스의 시리즈A 라운드에서 60억원을 투자해" is not the 시리즈B the article is about.
    /// Spaces are optional ("시리즈 B"); letters are read without case ("Series B" is not Korean
    /// news' spelling, "시리즈b" is rare but seen).
    static let roundStages: [(String, String)] = ["A", "B", "C", "D", "E", "F"].flatMap { (letter: String) -> [(String, String)] in
        [("시리즈 \(letter)", letter), ("프리 \(letter)", "pre-\(letter)"), ("프리 시리즈 \(letter)", "pre-\(letter)"),
         ("프리-\(letter)", "pre-\(letter)"), ("pre-\(letter)", "pre-\(letter)")]
    } + [
        ("시드 투자", "seed"), ("시드 라운드", "seed"), ("시드 단계", "seed"), ("시드 자금", "seed"),
        ("프리 IPO", "pre-IPO"), ("pre-IPO", "pre-IPO"), ("상장 전 지분 투자", "pre-IPO"),
    ]

    /// Words of taking part in a round ("…가 참여해", "…가 참여한 가운데"): its subjects invest in
    /// the topic the clause opens on ("베리봇은 … 시드 라운드에 A와 B가 참여해").
    static let takingPart: [String] = ["참여해", "참여했", "참여하며", "참여한 가운데", "가세해", "가세했", "합류해", "합류했"]

    /// How investors named after a round join it without a deal word of their own ("B, C 및 D가
    /// 함께 이름을 올렸다"); narrower than `investingVerbs` ("행사에 참여했다" joins no round).
    static let roundJoining: [String] = [
        "이름을 올렸", "이름을 올려", "합류했", "투자에 참여",
        // "A와 B가 각각 100억원씩 넣어 라운드를 공동으로 이끌었고": the round's leads, after it
        "라운드를 이끌었", "라운드를 공동으로 이끌었", "라운드를 주도했", "라운드를 공동 주도했", "라운드에 참여", "함께 참여했", "공동 투자했", "새로 참여했",
        // "…가 주도했고, A, B 및 C 등이 참여했다": a list closed by 등 after the round's lead
        "등이 참여했", "등도 참여했",
        // "A가 투자를 이끌었고 B와 C가 새로 참여했다": the round's lead, after the round
        "투자를 이끌었", "투자를 주도했",
        // "이번 라운드는 A가 주도했다. B와 C, 일본 D가 참여했다": subjects taking part, in the
        // sentence after the round (a deal of the sentence before is asked for)
        "가 참여했", "이 참여했", "가 가세했", "이 가세했",
        // "…제3자배정 유상증자를 결정했다. 배정 대상자는 A와 B로": who the new shares go to
        "배정 대상자는 ", "배정대상자는 ", "배정 대상은 ", "배정대상은 ",
        // "이번 투자는 지역 벤처캐피털 빛고을벤처파트너스가 주도했다": the round's lead, told after it
        "가 주도했", "이 주도했", "가 이끌었", "이 이끌었", "가 리드했", "이 리드했",
        // "A가 10억원, B가 10억원을 각각 보탰다": each backer's share
        "각각 보탰", "각각 넣었",
        // "미래브릿지PE가 라운드를 이끌었고 A와 B가 뒤를 받쳤다", "A와 B가 함께했다"
        "라운드를 이끌었", "라운드를 주도했", "뒤를 받쳤", "가 함께했", "이 함께했", "도 함께했",
        // "톈윈그룹이 350억원을 베팅했고, A와 B가 각각 180억원, 120억원을 보탰다"
        "원을 베팅했", "을 보탰", "를 보탰",
        // "(시리즈C 투자 유치를 마무리했다.) 한국산업은행과 에이스톤벤처스가 각각 200억원, 150억원을 넣었고"
        "원을 넣었", "원을 댔", "원을 대며", "원을 대고",
        // "라이언게이트캐피털도 1000만달러(약 131억원)를 넣었다": the sum with its equivalent in brackets
        "원)를 넣었", "원)을 넣었", "원)를 투자했", "원)을 투자했",
        // "나머지는 국내 재무적 투자자인 A와 B가 채웠다": the rest of the round, told as its topic
        "가 채웠", "이 채웠",
    ] + roundRest

    /// Firms of a kind, unnamed, as the subject of a deal: "국내 조선사들이 … 수주했다", "중소기업들이
    /// … 협약을 맺었다". A topic before them tells of their deals and is none of their parties.
    static let unnamedFirmsAsSubject: [String] = ["사들이 ", "기업들이 ", "업체들이 ", "회사들이 ", "스타트업들이 ", "기관들이 "]

    /// What the press reports of others: its subject is the medium, no party ("블룸버그통신은 … 두
    /// 회사가 … 서명할 수 있다고 보도했다"). (A firm telling its own news says 밝혔다 or 전했다,
    /// which are not listed.)
    static let mediaReports: [String] = ["고 보도했", "고 보도한", "고 보도해", "고 보도하며", "고 타전했"]

    /// Investors filling "the rest" of a round join the round the sentence before told, even
    /// after a deal of their own sentence ("…마무리했다. A가 60억원을 투자했고, B 등이 나머지를
    /// 채웠다": B is in the round, A's own investment is another deal).
    static let roundRest: [String] = ["나머지를 채웠", "나머지를 책임졌", "나머지를 댔", "나머지를 나눠 맡았", "나머지를 맡았"]

    /// Words naming a joint venture right before its name: "합작법인 '태성오프티마'". (Not 법인
    /// alone, of `ventureWords`: "현지 법인 X" is a subsidiary.)
    static let ventureNames: [String] = ["합작사", "합작법인", "합작회사", "신설법인"]

    /// Words that split a clause's parties into separate deals of one each ("각각 60억원을 유치",
    /// "텔비아, 노르웨이브와 각각 양해각서를 교환했다": one MOU with each).
    static let distributive: [String] = ["각각"]

    /// Words of a company raising money: "회사는 … 투자를 받으며" is its own round, where "회사는 …
    /// 투자해 공장을 짓는다" spends it.
    static let raising: [String] = ["유치", "받았", "받으며", "받아", "받기도", "받은", "마감했", "마무리했", "확보했", "를 모았", "을 모았"]

    /// A firm referred to as "this company" inside a clause: "이 회사 지분 70%를 인수한".
    static let thisCompany: [String] = ["이 회사 ", "이 회사를", "이 회사의 ", "해당 회사 ", "해당 회사를", "이 브랜드 ", "이 브랜드를", "해당 브랜드를"]
    /// The same as a counterpart: "한빛레이저가 이 회사로부터 물량을 따낸 것은 …".
    static let thisCompanyAsCounterpart: [String] = ["이 회사로부터", "이 회사와 ", "이 회사에 ", "해당 회사로부터", "해당 회사와 "]

    /// Words that deny a deal: "인수를 검토하거나 추진한 사실이 없다", "매각설은 사실무근".
    static let denials: [String] = ["사실이 없", "사실무근", "계획이 없", "검토하지 않", "추진하지 않", "부인했", "부인하며"]
    /// The people who own a firm, named after it ("탐라원 창업주 일가가 보유한 지분"): the shares they
    /// hold are the firm's, and the firm is what is bought, not a seller.
    static let firmsOwners: [String] = ["창업주", "창업자", "오너", "최대주주", "대주주", "회장 일가", "일가"]

    /// Words for a counterpart the text leaves unnamed: a deal with it keeps its one named party
    /// ("수과원은 2021년에도 베트남의 한 양식 기업에 … 기술을 이전한 바 있다").
    static let unnamedCounterparts: [String] = ["의 한 ", "익명의 ", "이름을 밝히지 않", "비공개", "공개하지 않", "미공개"]

    /// Words reporting a deal as talk or expectation: denied by one side, it is still expected
    /// ("인수를 추진하고 있다는 관측이 나왔지만, … "사실무근"").
    static let rumours: [String] = [
        "관측이", "관측도", "전망이", "전망도", "것으로 알려졌", "보도가", "소문", "인수설", "매각설", "합병설", "투자설", "제휴설",
    ]

    /// What a firm pledges when it signs an investment pact: money put in, a plant built.
    static let pledges: [String] = [
        "들여", "투자해", "투자한다", "투자할", "투자하기로", "짓는다", "짓기로", "지을", "세우고", "세운다", "세우기로",
        "건립한다", "건립하기로", "신설한다", "신설하기로", "증설한다", "증설하기로", "이전한다", "이전하기로",
        "투입한다", "투입하기로", "투입해", "단행하기로",
    ]

    /// Events named after a deal word, which make it no deal: "투자유치 설명회", "MOU 체결식"
    /// stays a deal (체결식 is a signing, not in this list).
    static let eventsAfter: [String] = [
        " 설명회", "설명회", " 박람회", " 포럼", " 세미나", " 로드쇼", " 컨퍼런스", " 콘퍼런스", " 아카데미", " 경진대회", " 페스티벌",
    ]

    /// Words right before a deal word that make it no deal: "해외투자보험 인수" is an insurer
    /// underwriting, not an acquisition.
    static let notDealsBefore: [(DealKind, String)] = [(.acquisition, "보험 "), (.acquisition, "보증 "), (.acquisition, "보험")]

    /// A deal word followed by this and an MOU word is what the MOU is for: "합작법인 설립을 위한
    /// 양해각서" is an MOU.
    static let purposeOf = "위한 "
    /// The MOU words that make a deal word before them its purpose ("…을 위한 주주협약" is the
    /// joint venture's own agreement, not an MOU).
    static let nonBindingWords: [String] = ["양해각서", "MOU", "업무협약", "업무 협약", "의향서", "LOI", "MOA"]

    /// Words before the owners of the shares a buyer takes: the sellers, no parties ("스카이브릿지
    /// 파트너스와 창업자 등이 보유한 로보링크 지분 51%를 인수한다").
    static let heldBy: [String] = [
        "이 보유한", "가 보유한", "등이 보유한", "이 보유 중인", "가 보유 중인", "등이 보유 중인", "이 가진 ", "가 가진 ", "등이 가진 ",
    ]

    /// Words before the shareholder who sells, in a deal buying a firm: "노르소 윈드 최대주주인
    /// 발트캐피털과 주식매매계약(SPA)을 체결했다".
    static let shareholderBefore: [String] = ["최대주주인 ", "대주주인 ", "주주인 "]
    /// The same said after the name: "휴엔홀딩스 등 최대주주 측과 … 주식매매계약(SPA)을 체결했다".
    static let shareholderAfter: [String] = [" 등 최대주주", " 등 대주주", " 등 기존 주주", " 등 주주", " 측 최대주주"]

    /// Words that make a deal told after another of the same kind another one ("앞서 … 계약을 맺었다").
    static let anotherDeal: [String] = ["앞서", "지난해", "또 ", "추가로", "별도로", "이어 ", "한편"]
    /// "At that time", a time the sentence before named: "대온정밀은 당시 … 1차 공급 계약을 맺으며".
    static let thatTime: [String] = [" 당시 ", " 당시에 ", " 당시에도 "]
    /// A day or place marked with 도 ("지난 26일에도", "유럽에서도"): another deal like the one told.
    static let alsoThen: [String] = ["에도 ", "에서도 "]
    /// A joint venture referred to by its kind, as the subject of a deal of its own ("합작사가 …
    /// 공급 계약을").
    static let jointVentureReferences: [String] = [
        "합작사가 ", "합작사는 ", "합작법인이 ", "합작법인은 ", "합작회사가 ", "합작회사는 ", "신설법인이 ", "신설법인은 ",
        "신설 법인이 ", "신설 법인은 ",
    ]

    /// Words of a sentence that names the joint venture ("신설 법인의 이름은 '…'으로 정했다").
    static let ventureWords: [String] = ["합작사", "합작법인", "합작회사", "법인"]

    /// Words of a share swap, which is between the two firms a collective stands for ("두 회사는 …
    /// 지분 맞교환 계약을 체결하고").
    static let stakeSwaps: [String] = ["맞교환", "지분 교환", "주식 교환", "주식교환", "지분교환"]
    /// After a deal word, what sets that deal apart from the one the clause tells: "협약과 별도로".
    static let apartFrom: [String] = ["과 별도로", "와 별도로", "과는 별도로", "와는 별도로", "과 별개로", "와 별개로", "과는 별개로", "와는 별개로"]

    /// What an investor's subject particle is followed by when it only describes the round
    /// ("X는 Y가 주도한 시리즈B 라운드에서 …을 유치했다": Y invests in X, one deal).
    static let roundLeaders: [String] = [
        "주도한", "주도하는", "이끈", "이끄는", "참여한", "리드한",
        // "A가 리드하고 B가 참여한 … 시리즈A": the round's lead, joined to its other backers
        "주도하고 ", "리드하고 ", "이끌고 ",
    ]

    /// Titles after a name that make the organisation someone's affiliation ("HD현대중공업
    /// 특수선사업 대표와"), not a party.
    static let titles: [String] = [
        "대표", "사장", "회장", "부회장", "부사장", "위원장", "장관", "차관", "총리", "원장", "본부장",
        "이사장", "부행장", "행장", "부문장", "교수", "센터장", "단장", "총장", "청장", "의장", "소장",
        "전무", "상무", "이사", "CEO", "팀장", "실장", "국장", "처장", "관계자", "대변인", "연구원", "최고경영자",
    ]

    /// Words of putting a name to a deal: "권 대표는 … 최고경영자(CEO)와 만나 … 양해각서(MOU)에
    /// 서명했다" has the heads sign for their organisations.
    static let signing: [String] = ["서명", "체결", "맺", "교환"]

    /// Words before a name that make it context: the parent of the real party, or the joint
    /// venture the parties set up.
    static let contextPrefixes: [String] = [
        "지주회사 ", "지주사 ", "모회사 ",
        // the joint venture itself, not one of its founders: "합작법인 '그린아이언'"
        // (quoted only: "중국 합작법인 CBC와 공급 계약" keeps CBC a party)
        "합작법인 '", "합작법인 ‘", "합작법인 \"", "합작법인 “", "신설법인 '", "신설법인 ‘",
    ]

    /// Nouns of events: a sector word inside an event's name ("해양항공우주 전시회") says nothing
    /// of the deal.
    static let eventNouns: [String] = ["전시회", "박람회", "포럼", "엑스포", "컨퍼런스", "콘퍼런스", "행사", "서밋"]

    /// Words of working together: a sentence naming all of a deal's parties with one of these
    /// describes that deal ("HD현대가 … 헌팅턴 잉걸스와 손잡고 …").
    static let cooperation: [String] = ["손잡", "손을 잡", "맞손", "협력", "제휴", "파트너", "공동 개발", "공동개발"]

    /// "…MOU도 체결됐다": a deal signed on the same occasion as the one just told.
    static let alsoSigned: [String] = ["도 체결", "도 맺", "도 서명"]

    /// A contract signed, its kind unsaid ("계약을 맺었다"): more about the deal just told.
    static let contractSigned: [String] = ["계약을 맺었", "계약을 체결했", "계약을 맺은", "계약을 체결한", "계약서에 서명", "체결됐"]

    /// A clause opening on one of these with a subject particle ("시는", "도가", "교육청은") names
    /// the body of that kind named just before ("인천시가 … 시는 이날 …", "부산광역시교육청은 … 교육청은
    /// 지난해 5월 KT와 …"), as "회사는" names the company.
    static let bodiesReferred: [String] = ["시", "도", "군", "교육청", "공사", "재단", "진흥원", "공단", "연구원", "기술원",
                                           "대학", "대학교", "병원", "협회"]
    /// How the names of the bodies a word refers to may end, where not as the word does: "대학은"
    /// names "중부과학기술대학교".
    static let bodiesReferredEndings: [String: [String]] = ["대학": ["대학", "대학교"]]

    /// Linking adverbs a clause may open on before its subject ("앞서 도는 …", "또 회사는 …").
    static let openingAdverbs: [String] = [
        "앞서 ", "또 ", "또한 ", "이어 ", "아울러 ", "한편 ", "이와 함께 ", "이와 별도로 ", "별도로 ", "이 밖에 ", "이밖에 ",
        "이와 더불어 ", "동시에 ",
    ]

    /// "계약일은 지난 14일이며": the day of the contract just told, stated apart.
    static let contractDayStatements: [String] = ["계약일은 ", "계약 체결일은 ", "계약체결일은 ", "체결일은 "]

    /// A clause opening on these names the company the article tells of ("회사는 지난해 …
    /// 픽셀오르를 인수하며"), as "시는" names the city.
    static let companySelfReferences: [String] = ["회사는 ", "회사가 ", "이 회사는 ", "동사는 ", "같은 회사는 "]

    /// Words that name the counterpart of the deal just told, in a clause of its own ("발주처는
    /// 그리스 선사 에게안 메리디안 쉬핑이다", "계약 상대방은 …").
    static let counterpartNamed: [String] = [
        "발주처는", "발주처가", "발주사는", "발주처인", "선주는", "선주사는", "계약 상대방은", "계약 상대는", "고객사는",
        "상대는", "상대방은", "협약 상대는",
    ]

    /// The copula a counterpart named last ends on: "… 셀로닉스이다".
    static let copula = "이다"

    /// The same, told by the partner, only where they open the clause ("파트너는 싱가포르 퍼블리셔
    /// 루미나 인터랙티브다"): "메리디안벤처스 파트너는" is a person's title.
    static let partnerNamed: [String] = ["파트너는 ", "계약 파트너는 ", "협력 파트너는 "]

    /// Connective endings after which a new clause (possibly a new deal) starts.
    static let clauseEndings: ScalarSet = ["며", "고", "서", "데"]

    /// Words after a name that make it a host of the event: the names joined to it by 와/과 host too.
    static let hostRoles: [String] = [
        "가 주최한", "이 주최한", "가 주관한", "이 주관한", "가 공동 주최한", "이 공동 주최한", "가 공동 주관한", "이 공동 주관한",
    ]

    /// Words ending in 은 or 는 that describe the noun after them, no subject: "같은 해 11월에는",
    /// "오는 11월 2일에는".
    static let adnominals: [String] = ["같은", "많은", "작은", "좋은", "높은", "낮은", "넓은", "짧은", "깊은", "적은", "오는", "다가오는"]

    /// Words for a subsidiary, before its name: "화성그룹의 에너지 계열사 화성에너지가" makes the
    /// group context, the subsidiary the party.
    static let subsidiaryWords: [String] = subsidiaryNouns.map { $0 + " " }
    private static let subsidiaryNouns = ["계열사", "자회사", "손자회사", "관계사"]
    /// The same words ending a sentence or a phrase, and a business unit ("수리야그룹의 식품
    /// 계열사다", "수리야그룹 계열 편의점").
    static let unitWords: [String] = subsidiaryNouns + ["사업부", "계열 "]

    /// Words before a person who invests in their own name ("엔젤투자자인 정민우 …").
    static let angelInvestors: [String] = ["엔젤투자자인 ", "엔젤 투자자인 ", "개인투자자인 ", "개인 투자자인 ", "엔젤투자자 ", "엔젤 투자자 "]

    /// Words after a name that make it a sponsor or host of the event, not a party.
    static let nonPartyRoles: [String] = [
        " 후원", "후원으로", " 주관", "주관으로", " 주최", "주최로", "의 자회사", "의 계열사", " 산하",
        "가 후원한", "이 후원한",
        // "새빛금융지주 계열사인 새빛은행은": the parent of the party
        " 계열사인", " 자회사인",
        // "그린마트는 대흥유통그룹 계열사로, 지난해에도 … 협약을 맺은 바 있다"
        " 계열사로", " 자회사로", " 계열사이며", " 자회사이며",
        " 외에도", " 외에", " 출신",
        // "메디브레인은 … 청람대 교원 창업 기업으로 출발해": where the firm came from
        " 교원 창업", " 교원창업", " 실험실 창업", "에서 분사",
        // "삼영조선홀딩스는 자회사 삼영중공업이 … 체결했다고 공시했다": the parent announces
        "는 자회사", "은 자회사", "는 계열사", "은 계열사",
        // "금융감독원 전자공시시스템에 따르면 세화바이오는 …": the source of the news
        "에 따르면", " 전자공시", " 공시에 따르면", " 발표에 따르면", " 자료에 따르면",
        // "성균관대가 최대주주인 킹고투자파트너스 등이": the owner describing the party
        "가 최대주주인", "이 최대주주인", "가 대주주인", "이 대주주인", "가 모회사인", "이 모회사인",
    ] + hostRoles
}
