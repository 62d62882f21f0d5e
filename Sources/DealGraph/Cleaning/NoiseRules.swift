/// The phrases that mark a line of a scraped page as page furniture rather than article text.
///
/// Written as data for whoever tunes them: each list says what it catches. `LineClassifier`
/// applies them; `NoiseRulesTests` holds the examples.
enum NoiseRules {
    /// Copyright and reuse notices. A line holding one of these is dropped when it is short
    /// (body sentences rarely quote them).
    static let copyright = ScalarPhraseList([
        "무단전재", "무단 전재", "무단복제", "무단 복제", "재배포 금지", "재배포금지", "재배포 및",
        "Copyright", "COPYRIGHT", "copyright", "ⓒ", "©", "(c)", "(C)", "저작권자", "All rights reserved",
        "AI 학습 이용 금지", "AI학습 이용 금지",
    ])

    /// Portal and reader UI notices: dropped wherever they stand.
    static let interfaceNotices = ScalarPhraseList([
        "본문 보기를 권장", "글자크기로 변경", "글자 크기로 변경", "(예시)", "가장 빠른 뉴스가 있고",
        "기사를 읽어드립니다", "음성으로 듣기", "기사 듣기", "번역beta", "Translated by",
        "네이버 메인에서", "네이버에서 구독", "구독하기", "채널 추가", "제보는 카카오톡", "카카오톡 제보",
        "뉴스 제보", "기사제보", "구독 신청", "이 기사를 추천", "좋아요 버튼", "광고를 클릭",
        "URL복사", "URL 복사", "링크 복사", "회원 전용 기사", "유료 회원 전용",
    ])

    /// Words of page toolbars ("글자크기 | 스크랩 | 프린트 | 공유하기 | 댓글 0"): a short line with no
    /// sentence ending made of them is dropped.
    static let toolbarWords = ScalarPhraseList([
        "글자크기", "글자 크기", "글자 작게", "글자 크게", "기사 공유", "글씨크기", "글꼴", "스크랩", "프린트", "인쇄", "공유하기", "공유", "댓글",
        "좋아요", "추천", "구독", "로그인", "회원가입", "본문 바로가기", "목록", "이전기사", "다음기사",
        "기사보내기", "페이스북", "트위터", "카카오톡", "카카오스토리", "밴드", "AD", "광고", "텍스트 음성 변환", "닫기", "검색",
    ])

    /// Times of day in a bare timestamp ("2024.02.20. 오전 10:31"), for the line verdict and for
    /// `PublicationDateDetector`'s unlabelled stamps.
    static let timeOfDayWords: [[Unicode.Scalar]] = scalarPhrases(["오전", "오후", "AM", "PM", "am", "pm"])

    /// Publication and update stamps ("입력 2024.03.05 10:15", "기사입력 2018-11-05"): a short
    /// line that starts with one of these and soon has a digit.
    static let stampWords = ScalarPhraseList([
        "입력", "기사입력", "수정", "최종수정", "최종 수정", "승인", "등록", "발행", "발행일", "업데이트",
        "송고", "게재", "기사승인", "Published", "Updated",
    ])

    /// Reporter bylines: a short line holding one of these together with a name or an e-mail.
    static let bylineWords = ScalarPhraseList([
        "기자", "특파원", "리포터", "객원기자", "선임기자", "논설위원", "전문기자", "인턴기자",
    ])

    /// Headers of "related articles" boxes: the lines after them are other articles' headlines.
    static let relatedHeaders = ScalarPhraseList([
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사", "많이본뉴스",
        "인기 기사", "인기기사", "추천 기사", "추천기사", "주요 뉴스", "주요뉴스", "이 기사와 관련된",
        "이 기사와 함께", "함께 본 기사", "함께 볼 만한", "오늘의 주요", "실시간 뉴스", "핫뉴스",
        "포토뉴스", "최신 뉴스", "최신뉴스", "다른 기사", "기자의 다른 기사", "이 시각 주요뉴스",
        "에디터 추천", "당신이 좋아할 만한", "베스트 클릭",
    ])

    /// Marks that open a line linking elsewhere ("▶ 관련 기사 보기").
    static let linkBullets: ScalarSet = ["▶", "☞", "▷", "►", "➤", "→", "◀"]

    /// Marks that open a list item of headlines ("- 배터리 열폭주 …", "· …"), or a subtitle's line
    /// ("― 분야별로 바이오·헬스케어 4건, …"): a line opening on one is never the end of the line before.
    static let listBullets: ScalarSet = ["-", "·", "•", "ㆍ", "▶", "■", "□", "◆", "◇", "○", "●", "▲", "△", "※", "*", "☞", "▷",
                                         "―", "—", "–"]

    /// Scalars that may end a sentence, and closers that may follow them ("…했다.”").
    static let sentenceEnders: ScalarSet = [".", "?", "!", "。", "…"]
    static let closers: ScalarSet = ["\"", "'", "”", "’", "」", "』", ")", "]", "》", "〉"]

    /// A line longer than this is article text whatever it contains.
    static let shortLine = 80
    /// A headline in a related list is at most this long.
    static let headlineLength = 100
}
