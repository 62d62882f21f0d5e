/// The `--explain` report: what cleaning kept and what it removed, with reasons, for whoever
/// tunes the rules.
public enum ExplainWriter {
    public static func render(_ document: Document, _ cleaned: CleanedDocument) -> String {
        var out = "# \(document.id) (\(document.source))"
        out += document.published.map { "  published \($0.iso)" } ?? "  published: unknown"
        out += "\n\nkept sentences (\(cleaned.distinctSentences.count) distinct of \(cleaned.sentences.count)):\n"
        for sentence in cleaned.sentences {
            let where_ = "\(sentence.sourceRange.lowerBound)..<\(sentence.sourceRange.upperBound)"
            if let original = sentence.repeats {
                out += "  [\(sentence.index + 1)] \(where_) repeats [\(original + 1)]\n"
            } else {
                out += "  [\(sentence.index + 1)] \(where_) ¶\(sentence.paragraph + 1) \(sentence.text)\n"
            }
        }
        out += "\nremoved (\(cleaned.removed.count)):\n"
        for block in cleaned.removed {
            out += "  \(block.span.start)..<\(block.span.end) \(block.reason): \(preview(block.span.text))\n"
        }
        return out
    }

    /// The first 50 scalars of a block on one line.
    static func preview(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        var count = 0
        var lastWasSpace = false
        for c in text.unicodeScalars {
            let isSpace = c == " " || c == "\n" || c == "\t" || c == "\r"
            if isSpace && lastWasSpace { continue }
            lastWasSpace = isSpace
            view.append(isSpace ? " " : c)
            count += 1
            if count == 50 { view.append("…"); break }
        }
        return String(view).trimmingSpaces
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, f == " " { scalars = scalars.dropFirst() }
        while let l = scalars.last, l == " " { scalars = scalars.dropLast() }
        return String(scalars: scalars)
    }
}
