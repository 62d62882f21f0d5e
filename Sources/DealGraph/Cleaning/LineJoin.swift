/// When a line break falls inside a sentence ("…업무협약(MOU)\n을 체결했다고 3\n일 밝혔다").
enum LineJoin {
    /// nil when `next` starts a new paragraph; otherwise whether to put a space between the lines
    /// (`true` for a break between words, `false` for a break inside a word or number phrase).
    static func joiner(_ previous: ArraySlice<Unicode.Scalar>, _ next: ArraySlice<Unicode.Scalar>) -> Bool? {
        guard let last = previous.last, let first = next.first else { return nil }
        if LineClassifier.endsSentence(previous) { return nil }
        if NoiseRules.listBullets.contains(first) { return nil }
        let glued = startsWithBoundSyllables(next)
        let number = endsInNumber(previous)
        // "…뱅크 누산타라 세자테라(Bank Nusantara" then "Sejahtera·BNS)와 …": a line that leaves a
        // bracket open goes on in the next, whatever it looks like.
        if leavesBracketOpen(previous) { return !(glued && ScalarKind.isHangul(last)) }
        // A short line that neither ends in a number nor is continued by an ending is a title.
        guard glued || number || (previous.count >= 25 && !headlineStyle(previous)) else { return nil }
        if number && ScalarKind.isHangul(first) { return false }
        if glued && (ScalarKind.isHangul(last) || ScalarKind.isDigit(last) || last == ")") { return false }
        return true
    }

    /// Korean headline style: "[종합] …", "종근당, 노바티스에 …", "… 기술수출…창사 이래 최대".
    private static func headlineStyle(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // "■ 스마트로직스, 물류 SW 기업 데이터온 인수": a roundup's item heading, read after its mark.
        if let first = line.first, NoiseRules.listBullets.contains(first), line.count > 2, line[line.startIndex + 1] == " " {
            return headlineStyle(line.dropFirst(2))
        }
        if line.first == "[" || line.first == "【" {
            // "[서울=연합뉴스] 홍길동 기자 = 한화에어로스페이스가 …" opens the body's first line:
            // what follows the dateline decides.
            guard let cut = ParagraphTrimmer.datelineEnd(Array(line.prefix(64))) else { return true }
            return headlineStyle(line.dropFirst(cut))
        }
        if line.contains("…") || line.containsScalars([".", ".", "."]) { return true }
        guard let space = line.firstIndex(of: " ") else { return false }
        return space > line.startIndex && line[space - 1] == ","
    }

    /// Whether the line opens more round brackets than it closes.
    private static func leavesBracketOpen(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var depth = 0
        for c in line {
            if c == "(" { depth += 1 } else if c == ")", depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// Korean number units a line can stop after: "1조3500억" then "원" on the next line.
    private static let numberUnits: ScalarSet = ["십", "백", "천", "만", "억", "조"]

    /// Whether the line stops in a number ("…3", "…1조3500억"): the unit or ending must follow.
    private static func endsInNumber(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = line.last else { return false }
        if ScalarKind.isDigit(last) { return true }
        let beforeLast = line.index(before: line.endIndex) - 1
        return numberUnits.contains(last) && beforeLast >= line.startIndex && ScalarKind.isDigit(line[beforeLast])
    }

    /// Whether the line opens with one or two syllables bound to what came before: a particle
    /// or ending ("을 체결", "다.", "원)의", "다고 밝혔다") rather than a word of its own. Two
    /// syllables are bound only when they are a particle or an ending: most are words ("후속
    /// 투자에", "기술 이전").
    private static func startsWithBoundSyllables(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var run = 0
        var i = line.startIndex
        while i < line.endIndex, ScalarKind.isHangul(line[i]) { run += 1; i += 1 }
        guard run >= 1, run <= 2 else { return false }
        guard i == line.endIndex || !ScalarKind.isWord(line[i]) else { return false }
        return run == 1 || boundPairs.contains(line[line.startIndex..<i])
    }

    /// Two-syllable particles and endings a wrapped line can open with.
    static let boundPairs: WordSet = [
        // particles
        "에서", "으로", "에게", "까지", "부터", "보다", "처럼", "만큼", "이나", "에는", "에도", "에선",
        "과의", "와의", "과도", "와도", "로는", "로도", "이라", "라는", "이란",
        // verb endings
        "다고", "다며", "다는", "다가", "했다", "한다", "된다", "됐다", "이다", "였다", "했고", "하고", "하며",
        "으며", "이며", "라며", "라고", "으나", "지만", "는데", "면서", "어서", "아서", "해서", "하여", "되어",
        "됐고", "되며", "기로", "겠다", "니다", "했으",
    ]
}
