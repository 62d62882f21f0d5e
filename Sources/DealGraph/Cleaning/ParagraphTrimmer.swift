/// Cuts the dateline bylines news agencies put before the first sentence:
/// "(서울=연합뉴스) 홍길동 기자 = ", "[워싱턴=뉴스1] 김철수 특파원 = ", "【서울=뉴시스】".
enum ParagraphTrimmer {
    private static let openers: ScalarSet = ["(", "[", "【", "<", "〈"]
    private static let closers: ScalarSet = [")", "]", "】", ">", "〉"]

    /// Where the article text starts after a dateline byline, or nil when there is none.
    static func datelineEnd(_ text: [Unicode.Scalar]) -> Int? {
        guard let first = text.first, openers.contains(first) else { return nil }
        let window = min(text.count, 60)
        guard let close = (1..<window).first(where: { closers.contains(text[$0]) }),
              text[1..<close].contains("=") else { return nil }
        var end = close + 1
        // "… 홍길동 기자 = " after the bracket.
        if let equals = (end..<window).first(where: { text[$0] == "=" }),
           NoiseRules.bylineWords.occurs(in: text[end..<equals]) {
            end = equals + 1
        }
        while end < text.count, text[end] == " " { end += 1 }
        return end < text.count ? end : nil
    }
}
