/// Turns a scraped article into the sentences extractors read, keeping noise out.
///
/// Steps, each linear in the input: HTML to text (for pages), normalisation, line verdicts
/// (`LineClassifier`), related-headline lists, joining hard line breaks inside sentences,
/// dateline bylines, repeated paragraphs (`RepeatDetector`) and sentence splitting.
public enum ArticleCleaner {
    public static func clean(_ document: Document) -> CleanedDocument {
        let source = SourceText(document.text)
        var removed: [RemovedBlock] = []
        let raw: MappedText
        switch document.format {
        case .html:
            let html = HTMLTextExtractor.extract(source)
            raw = html.text
            removed = html.removed
        case .text:
            raw = MappedText(identity: source)
        }
        let text = TextNormalizer.normalize(raw)
        let lines = Line.split(text)
        var verdicts = lines.map { LineClassifier.classify(text.scalars[$0.range]) }
        markRelatedLists(lines, text, &verdicts)
        for (line, verdict) in zip(lines, verdicts) {
            if case .noise(let reason) = verdict {
                removed.append(RemovedBlock(span: span(of: line.range, text, source), reason: reason))
            }
        }
        var paragraphs = joinParagraphs(lines, verdicts, text)
        for k in paragraphs.indices {
            if let cut = ParagraphTrimmer.datelineEnd(paragraphs[k].scalars) {
                removed.append(RemovedBlock(span: span(of: 0..<cut, paragraphs[k], source), reason: "dateline byline"))
                paragraphs[k] = paragraphs[k].suffix(from: cut)
            }
        }
        paragraphs.removeAll { $0.count == 0 }
        let sentences = RepeatDetector.sentences(of: paragraphs, source: source, removed: &removed)
        removed.sort { $0.span < $1.span }
        return CleanedDocument(source: source, sentences: sentences, removed: removed)
    }

    private static func span(of range: Range<Int>, _ text: MappedText, _ source: SourceText) -> Span {
        guard !range.isEmpty else { return source.span(0, 0) }
        return source.span(text.starts[range.lowerBound], text.ends[range.upperBound - 1])
    }

    /// Whether a line opens on a list number: "1. ", "12) ".
    private static func startsNumbered(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex, i - line.startIndex < 3, ScalarKind.isDigit(line[i]) { i += 1 }
        return i > line.startIndex && i + 1 < line.endIndex && (line[i] == "." || line[i] == ")") && line[i + 1] == " "
    }

    /// Drops the headline lists of related articles: lines after a "관련기사" header, and the
    /// run of headline-like lines that trails the article body.
    private static func markRelatedLists(_ lines: [Line], _ text: MappedText, _ verdicts: inout [LineClassifier.Verdict]) {
        var inList = false
        // Whether the list's items so far are numbered ("1. …", "2) …"): an item numbered like
        // them is one whatever it ends in ("2. 해상풍력 특별법 국회 계류…업계 "골든타임 놓친다"").
        var numbered = false
        for k in lines.indices {
            let line = text.scalars[lines[k].range]
            switch verdicts[k] {
            case .relatedHeader:
                verdicts[k] = .noise("related articles header")
                inList = true
                numbered = false
            case .body where inList:
                if line.isEmpty { continue }
                let isNumbered = startsNumbered(line)
                if LineClassifier.isHeadlineLike(line) || numbered && isNumbered && line.count <= NoiseRules.headlineLength {
                    verdicts[k] = .noise("related headline")
                    numbered = isNumbered
                } else {
                    inList = false
                }
            default:
                break
            }
        }
        // The trailing run: headline-like lines after the last sentence of the body.
        var tail: [Int] = []
        var bulleted = false
        var k = lines.count - 1
        while k >= 0 {
            let line = text.scalars[lines[k].range]
            if case .noise = verdicts[k] { k -= 1; continue }
            if line.isEmpty { k -= 1; continue }
            guard LineClassifier.isHeadlineLike(line) else { break }
            if let first = line.first, NoiseRules.listBullets.contains(first) { bulleted = true }
            tail.append(k)
            k -= 1
        }
        let bodyBefore = k >= 0
        if bodyBefore, tail.count >= 2 || bulleted {
            for t in tail { verdicts[t] = .noise("related headline") }
        }
    }

    /// Groups kept lines into paragraphs, joining a line broken inside a sentence to the next.
    private static func joinParagraphs(_ lines: [Line], _ verdicts: [LineClassifier.Verdict], _ text: MappedText) -> [MappedText] {
        var paragraphs: [MappedText] = []
        var current = MappedText()
        var previous: ArraySlice<Unicode.Scalar>? = nil
        var previousEnd = 0
        var wrapped = WrappedWords(text.scalars)

        func flush() {
            if current.count > 0 { paragraphs.append(current) }
            current = MappedText()
            previous = nil
        }

        for (line, verdict) in zip(lines, verdicts) {
            let scalars = text.scalars[line.range]
            guard verdict == .body, !scalars.isEmpty else {
                flush()
                continue
            }
            if let prev = previous, let joiner = LineJoin.joiner(prev, scalars) {
                if joiner, !wrapped.splitsWord(prev, scalars, at: previousEnd) {
                    current.append(" ", from: text.starts[previousEnd], to: text.ends[previousEnd])
                }
            } else {
                flush()
            }
            appendCollapsingSpaces(line.range, of: text, to: &current)
            previous = scalars
            previousEnd = line.range.upperBound < text.count ? line.range.upperBound : max(0, text.count - 1)
        }
        flush()
        return paragraphs
    }

    /// Copies the line with each run of spaces made one; stretches without a doubled space
    /// are copied whole.
    private static func appendCollapsingSpaces(_ range: Range<Int>, of text: MappedText, to out: inout MappedText) {
        let s = text.scalars
        var runStart = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == " ", i > range.lowerBound, s[i - 1] == " " {
                out.append(contentsOf: text, range: runStart..<i)
                while i < range.upperBound, s[i] == " " { i += 1 }
                runStart = i
                continue
            }
            i += 1
        }
        out.append(contentsOf: text, range: runStart..<range.upperBound)
    }
}

/// One line of normalised text, trimmed of surrounding spaces.
struct Line {
    let range: Range<Int>

    static func split(_ text: MappedText) -> [Line] {
        var lines: [Line] = []
        var start = 0
        let s = text.scalars
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            var lower = start
            var upper = i
            while lower < upper, s[lower] == " " { lower += 1 }
            while upper > lower, s[upper - 1] == " " { upper -= 1 }
            lines.append(Line(range: lower..<upper))
            start = i + 1
        }
        return lines
    }
}

extension MappedText {
    /// The scalars from `offset` on, with their map.
    func suffix(from offset: Int) -> MappedText {
        var out = MappedText()
        var from = offset
        while from < count, scalars[from] == " " { from += 1 }
        out.append(contentsOf: self, range: from..<count)
        return out
    }
}
