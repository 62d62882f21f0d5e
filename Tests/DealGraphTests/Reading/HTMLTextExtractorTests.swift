import Testing
@testable import DealGraph

@Suite struct HTMLTextExtractorTests {
    private func visible(_ html: String) -> (String, MappedText, SourceText) {
        let source = SourceText(html)
        let output = HTMLTextExtractor.extract(source)
        return (output.text.string, output.text, source)
    }

    @Test func namedAndNumericEntitiesAreDecoded() {
        let (text, _, _) = visible("<p>R&amp;D &quot;협력&quot; &#39;CKD-510&#39; &#x2F; 제약&middot;바이오&nbsp;분야 &copy;</p>")
        #expect(text == "R&D \"협력\" 'CKD-510' / 제약·바이오 분야 ©")
    }

    @Test func bareAmpersandsAndUnknownEntitiesStayText() {
        let (text, _, _) = visible("<p>AT&T와 P&G, &unknown; 그리고 &#0; 끝</p>")
        #expect(text == "AT&T와 P&G, &unknown; 그리고 \u{FFFD} 끝")
    }

    @Test func everyScalarMapsBackToItsSource() {
        let html = "<div><p>종근당은 &quot;노바티스&quot;와\n  계약을 맺었다.</p><p>R&amp;D</p></div>"
        let (_, mapped, source) = visible(html)
        for i in 0..<mapped.count {
            let piece = source.slice(mapped.starts[i], mapped.ends[i])
            let c = mapped.scalars[i]
            switch piece {
            case "&quot;": #expect(c == "\"")
            case "&amp;": #expect(c == "&")
            case "<p>", "</p>", "\n": #expect(c == "\n" || c == " ")
            default:
                if c == " " || c == "\n" {
                    #expect(piece.unicodeScalars.allSatisfy { $0 == " " || $0 == "\n" } || piece.isEmpty)
                } else {
                    #expect(piece == String(c))
                }
            }
        }
    }

    @Test func scriptsStylesCommentsAndFurnitureAreDropped() {
        let html = """
        <html><head><title>제목</title><script>if (a < b) { x = "<p>광고</p>"; }</script></head>
        <body><nav>홈 | 경제</nav><!-- <p>주석 속 문장</p> -->
        <div class="ad-top">광고 배너</div>
        <article><p>셀트리온은 바이넥스와 협약을 맺었다.</p></article>
        <aside><p>많이 본 뉴스</p></aside>
        <section class="related-news"><li>다른 기사 제목</li></section>
        <p style="display: none">숨은 문장</p>
        <footer>Copyright</footer></body></html>
        """
        let (text, _, _) = visible(html)
        #expect(text == "셀트리온은 바이넥스와 협약을 맺었다.")
    }

    @Test func furnitureClassNamesAreReadOnScalars() {
        // A part of a name, any ASCII case, anywhere in a class list split on HTML white space.
        #expect(HTMLDropRules.isFurniture(Array("box AD_Top".unicodeScalars)))
        #expect(HTMLDropRules.isFurniture(Array("article-body\r\nrelated-news".unicodeScalars)))
        #expect(HTMLDropRules.isFurniture(Array("\tPrint".unicodeScalars)))
        // Whole-name words are no furniture as parts; unrelated or non-ASCII names are none.
        #expect(!HTMLDropRules.isFurniture(Array("section-content article-info-box".unicodeScalars)))
        #expect(!HTMLDropRules.isFurniture(Array("기사-본문 adverb".unicodeScalars)))
        #expect(!HTMLDropRules.isFurniture(Array("".unicodeScalars)))
    }

    @Test func headingsInsideThePageHeaderAreKept() {
        let html = """
        <header class="article-head"><h1>LS전선, 해저케이블 공급</h1><h2>1342억원 규모</h2>
        <div class="byline">배준혁 기자</div><span>로그인</span></header><p>본문이다.</p>
        """
        let (text, _, _) = visible(html)
        #expect(text == "LS전선, 해저케이블 공급\n\n1342억원 규모\n\n본문이다.")
    }

    @Test func blockElementsBreakParagraphsAndBrBreaksLines() {
        let (text, _, _) = visible("<p>첫 문단<br>둘째 줄</p><div>다음 문단</div><span>이어짐</span>")
        #expect(text == "첫 문단\n둘째 줄\n\n다음 문단\n\n이어짐")
    }

    @Test func unclosedAndStrayTagsDoNotLoseText() {
        let (text, _, _) = visible("<p>하나<p>둘</b></div><p>셋 < 넷")
        #expect(text == "하나\n\n둘\n\n셋 < 넷")
    }

    @Test func detectsPagesButNotPlainText() {
        #expect(HTMLTextExtractor.looksLikeHTML("<!DOCTYPE html><html><body></body></html>"))
        #expect(HTMLTextExtractor.looksLikeHTML("  <html lang=\"ko\">"))
        #expect(!HTMLTextExtractor.looksLikeHTML("삼성전자 <반도체> 투자 계획"))
    }

    @Test func accentedLatinLettersAreDecoded() {
        let (text, _, _) = visible("<p>쇠렌센 마린(S&oslash;rensen Marine), Jo&atilde;o, Citro&euml;n &amp; Fran&ccedil;ois</p>")
        #expect(text == "쇠렌센 마린(Sørensen Marine), João, Citroën & François")
    }
}
