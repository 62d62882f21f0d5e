import Testing
@testable import DealGraph

@Suite struct DeclaredCharsetTests {
    func sniff(_ html: String) -> DeclaredCharset? {
        DeclaredCharset.sniff(Array(html.utf8)[...])
    }

    @Test func metaCharsetInAnyCaseWithOrWithoutQuotes() {
        #expect(sniff(#"<html><head><meta charset="euc-kr"></head>"#) == .korean)
        #expect(sniff("<HTML><HEAD><META CHARSET=EUC-KR></HEAD>") == .korean)
        #expect(sniff("<meta charset='cp949'/>") == .korean)
        #expect(sniff("<meta charset = ks_c_5601-1987 >") == .korean)
    }

    @Test func httpEquivContentType() {
        #expect(sniff(#"<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">"#) == .korean)
        #expect(sniff(#"<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=x-windows-949'>"#) == .korean)
        #expect(sniff(#"<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">"#) == .utf8)
    }

    @Test func everyKoreanAliasIsCP949() {
        for label in ["euc-kr", "ks_c_5601-1987", "ksc5601", "cp949", "x-windows-949", "windows-949", "uhc"] {
            #expect(DeclaredCharset(label: label) == .korean, "\(label)")
        }
    }

    @Test func otherCharsetsKeepTheirLabel() {
        #expect(sniff("<meta charset=Shift_JIS>") == .other("shift_jis"))
        #expect(sniff(#"<meta charset="big5">"#) == .other("big5"))
    }

    @Test func noDeclarationIsNil() {
        #expect(sniff("<html><head><title>charset=euc-kr</title></head>") == nil)
        #expect(sniff(#"<meta name="description" content="MOU">"#) == nil)
        #expect(sniff("<meta charset=>") == nil)
        #expect(sniff("삼성전자는 업무협약을 체결했다.") == nil)
    }

    @Test func theFirstDeclaringMetaWins() {
        #expect(sniff(#"<meta name="x" content="y"><meta charset="euc-kr"><meta charset="utf-8">"#) == .korean)
    }

    @Test func onlyTheFirstKilobytesAreRead() {
        let padding = String(repeating: " ", count: DeclaredCharset.prescanLimit)
        #expect(sniff("<head>" + padding + #"<meta charset="euc-kr">"#) == nil)
    }

    @Test func aHostileLabelIsCutShort() {
        let label = String(repeating: "x", count: 10_000)
        #expect(sniff("<meta charset=\(label)>") == .other(String(repeating: "x", count: 40)))
        #expect(sniff(String(repeating: "<meta", count: 5_000)) == nil)
    }
}
