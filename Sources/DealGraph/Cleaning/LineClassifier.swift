/// Decides, line by line, what of a scraped article is page furniture.
struct LineClassifier {
    /// What a line is.
    enum Verdict: Equatable {
        case body
        /// Dropped, with the reason shown by `--explain`.
        case noise(String)
        /// The header of a related-articles box: it and the headlines after it are dropped.
        case relatedHeader
    }

    static func classify(_ line: ArraySlice<Unicode.Scalar>) -> Verdict {
        let length = line.count
        if line.isEmpty { return .body }
        if !line.contains(where: ScalarKind.isWord) { return .noise("separator") }
        let ended = endsSentence(line)
        if length <= 300, NoiseRules.interfaceNotices.occurs(in: line) {
            return .noise("reader or portal notice")
        }
        if length <= 150, NoiseRules.copyright.occurs(in: line) {
            return .noise("copyright line")
        }
        guard length <= NoiseRules.shortLine else { return .body }
        if isStamp(line) || isBareTimestamp(line) || !ended && isCreditWithTimestamp(line) { return .noise("publication stamp") }
        if !ended, isGluedLinks(line) { return .noise("glued links") }
        if isByline(line, ended: ended) { return .noise("byline") }
        if !ended, length <= 40, NoiseRules.relatedHeaders.occurs(in: line) {
            return .relatedHeader
        }
        if !ended, isToolbar(line) { return .noise("page toolbar") }
        if isHashtags(line) { return .noise("hashtags") }
        if !ended, isBreadcrumb(line) { return .noise("section breadcrumb") }
        if let first = line.first, NoiseRules.linkBullets.contains(first) { return .noise("link to another article") }
        return .body
    }

    /// Whether the line ends like a sentence: "…했다.", "…했다.”", "…인가?".
    static func endsSentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = line.endIndex - 1
        while i >= line.startIndex, NoiseRules.closers.contains(line[i]) || line[i] == " " { i -= 1 }
        guard i >= line.startIndex else { return false }
        if NoiseRules.sentenceEnders.contains(line[i]) { return true }
        // Korean sentence-final syllable without a period ("…밝혔다"), common in scraped text.
        return line[i] == "다" && i - 1 >= line.startIndex && ScalarKind.isHangul(line[i - 1]) && line.count > 20
    }

    /// Whether a headline-like line: short, no sentence ending (or a list item).
    static func isHeadlineLike(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !line.isEmpty, line.count <= NoiseRules.headlineLength else { return false }
        if let first = line.first, NoiseRules.listBullets.contains(first) { return true }
        return !endsSentence(line)
    }

    private static func isStamp(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var body = line.drop { $0 == "[" || $0 == "(" || $0 == " " || $0 == "|" }
        for word in NoiseRules.stampWords.phrases where body.hasScalarPrefix(word) {
            body = body.dropFirst(word.count)
            // "입력 2024.03.05", "입력 : 2024-03-05", "승인2023.11.07"
            return body.prefix(6).contains(where: ScalarKind.isDigit)
        }
        return false
    }

    /// A date and time alone on a line, as portals print them under a headline:
    /// "2024.02.20. 오전 10:31", "2024-02-20 10:31".
    private static func isBareTimestamp(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let body = line.drop { $0 == " " || $0 == "|" }
        guard body.prefix(5).count == 5, body.prefix(4).allSatisfy(ScalarKind.isDigit),
              let separator = body.dropFirst(4).first, separator == "." || separator == "-" || separator == "/" else { return false }
        var rest = body.dropFirst(5)
        while let c = rest.first {
            if ScalarKind.isDigit(c) || c == "." || c == "-" || c == "/" || c == ":" || c == " " {
                rest = rest.dropFirst()
            } else if let word = NoiseRules.timeOfDayWords.first(where: { rest.hasScalarPrefix($0) }) {
                rest = rest.dropFirst(word.count)
            } else {
                return false
            }
        }
        return true
    }

    /// An outlet or desk beside a timestamp, parted by bars: "매일경제K 산업부 | 2024-10-15 15:47",
    /// "전자IT신문 윤지호 기자 | 입력 2025-01-09 11:05 | 지면 2025-01-10 6면".
    /// The desk ("산업부") would otherwise read as a ministry.
    private static func isCreditWithTimestamp(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= 80, line.contains("|") else { return false }
        return line.split(separator: "|").contains { part in
            part.contains(where: ScalarKind.isDigit) && (isBareTimestamp(part) || isStamp(part))
        }
    }

    /// Links written side by side with nothing between them, which scraping glues into one word
    /// ("뉴스홈속보정치경제사회", "좋아요훈훈해요"): seven syllables or more and no space, which no
    /// sentence of an article is.
    private static func isGluedLinks(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.count >= 7 && line.allSatisfy(ScalarKind.isHangul)
    }

    private static func isByline(_ line: ArraySlice<Unicode.Scalar>, ended: Bool) -> Bool {
        let hasEmail = line.contains("@") && line.contains(".")
        let hasTitle = NoiseRules.bylineWords.occurs(in: line)
        if hasEmail && (!ended || line.count <= 50) { return true }
        guard hasTitle, line.count <= 50 else { return false }
        // "김도윤 기자", "[워싱턴=홍길동 특파원]", "홍길동 기자 (hong@…)", "글·사진 홍길동 기자"
        var trimmed = line[...]
        while let last = trimmed.last, !ScalarKind.isWord(last) { trimmed = trimmed.dropLast() }
        if NoiseRules.bylineWords.phrases.contains(where: { trimmed.hasScalarSuffix($0) }) { return true }
        return line.contains("=") && !ended
    }

    /// Longest first, so "공유하기" is taken whole before "공유" could split it.
    private static let toolbarWordsLongestFirst = NoiseRules.toolbarWords.phrases.sorted(by: { $0.count > $1.count })

    private static func isToolbar(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= NoiseRules.shortLine, NoiseRules.toolbarWords.occurs(in: line) else { return false }
        var rest = Array(line)
        var found = 0
        for word in toolbarWordsLongestFirst {
            while let at = rest.firstOffset(of: word) {
                rest.replaceSubrange(at..<at + word.count, with: [" "])
                found += 1
            }
        }
        // Two toolbar words make a toolbar ("글자크기 변경 · 공유하기 · 댓글 0"); one needs the rest
        // of the line to be separators, counters and stray jamo ("ㅡ ㅢ", "| 0").
        let words = rest.filter { ScalarKind.isWord($0) && !ScalarKind.isDigit($0) && !(0x3131...0x318E).contains($0.value) }
        return found >= 2 || (found == 1 && words.count <= 2)
    }

    private static func isHashtags(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.first == "#" else { return false }
        let tokens = line.split(separator: " ")
        return tokens.allSatisfy { $0.first == "#" }
    }

    /// "바이오 > 산업", "홈 > 제약·바이오 > 신약".
    private static func isBreadcrumb(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.count <= 40 && (line.containsScalars([" ", ">", " "]) || line.containsScalars([" ", "›", " "]))
    }
}
