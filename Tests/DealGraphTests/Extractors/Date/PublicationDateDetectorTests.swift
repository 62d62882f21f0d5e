import Testing
@testable import DealGraph

/// The publication day from bylines, HTML meta and `<time>` tags, and JSON-LD.
@Suite("Publication date detector")
struct PublicationDateDetectorTests {
    private func detect(_ text: String) -> String? {
        PublicationDateDetector.detect(in: text)?.iso
    }

    @Test(arguments: [
        ("입력 2024.03.05 10:15   수정 2024.03.06 09:00", "2024-03-05"),
        ("수정 2024.03.06 09:00 | 입력 2024.03.05 10:15", "2024-03-05"),
        ("기사입력 2018-11-05 11:20 | 최종수정 2018-11-06 08:00", "2018-11-05"),
        ("강기자 | 승인 2023.11.07 09:30", "2023-11-07"),
        ("승인 2025.04.08 11:02 | 수정 2025.04.09 07:30", "2025-04-08"),
        ("최종수정 2024.03.09 | 승인 2024.03.08 | 입력 2024.03.07", "2024-03-07"),
        ("입력 : 2024-03-05", "2024-03-05"),
        ("입력: 2024/03/05 10:15", "2024-03-05"),
        ("등록 2001-12-26 06:10 | 경제부", "2001-12-26"),
        ("발행일 2024년 3월 5일", "2024-03-05"),
        ("발행일 : 2024. 3. 5.", "2024-03-05"),
        ("송고시간 없음\n게재 24.03.05", "2024-03-05"),
        ("[헬스경제신문 = 기자] | 2020.10.14 09:52 | 댓글 0", "2020-10-14"),
        ("2021-02-17 19:22  송태오 기자", "2021-02-17"),
        ("포스코인터내셔널, 호주 세넥스에너지에 1조원 투자\n2024.02.20. 오전 10:31\n이상민 기자", "2024-02-20"),
        ("2024.02.20. 오후 3:05 | 수정 2024.02.21. 오전 9:00", "2024-02-20"),
        ("등록번호 서울 아00000 | 입력 2024.03.05 10:15", "2024-03-05"),
        ("<li>입력 2021.11.30 15:08</li>\n<li>수정 2021.12.01 09:14</li>", "2021-11-30"),
        ("Published 2024-03-05 | Updated 2024-03-06", "2024-03-05"),
    ])
    func bylines(_ text: String, _ expected: String) {
        #expect(detect(text) == expected)
    }

    @Test(arguments: [
        (#"<meta property="article:published_time" content="2024-03-05T10:15:00+09:00">"#, "2024-03-05"),
        (#"<meta content="2024-03-05T10:15:00+09:00" property="article:published_time" />"#, "2024-03-05"),
        (#"<META PROPERTY='article:published_time' CONTENT='2024-03-05'>"#, "2024-03-05"),
        (#"<meta property="article:modified_time" content="2024-03-07T08:00:00+09:00"><meta property="article:published_time" content="2024-03-05T10:15:00+09:00">"#, "2024-03-05"),
        (#"<meta name="pubdate" content="20240305">"#, "2024-03-05"),
        (#"<time datetime="2024-03-05T10:15:00+09:00">2024.03.05 10:15</time>"#, "2024-03-05"),
        (#"<span>수정 2024.03.06 08:00</span><time datetime="2024-03-05">3월 5일</time>"#, "2024-03-05"),
        (#"<script type="application/ld+json">{"datePublished":"2020-04-21T10:15:00+09:00","dateModified":"2020-04-22T08:40:00+09:00"}</script>"#, "2020-04-21"),
        (#"<p class="info">입력 2020.04.21 10:15 &nbsp; 수정 2020.04.22 08:40</p>"#, "2020-04-21"),
        (#"<meta property="og:title" content="2024년 3월 5일 발표"><span class="date">승인 2023.11.07 09:30</span>"#, "2023-11-07"),
    ])
    func html(_ text: String, _ expected: String) {
        #expect(detect(text) == expected)
    }

    @Test(arguments: [
        "본문에는 2024년 3월 5일 계약을 맺었다는 내용만 있다.",
        "협약은 2024.02.20. 오전에 열렸다.",
        "검색어를 입력하세요",
        "입력 2024.02.30 10:00",
        #"<meta property="og:title" content="종근당, 1조원 규모 기술수출">"#,
        "",
    ])
    func nothingStated(_ text: String) {
        #expect(detect(text) == nil)
    }
}
