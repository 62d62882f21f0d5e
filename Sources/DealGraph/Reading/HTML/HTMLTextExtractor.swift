/// Reads the article text out of an HTML page, keeping each character's offset in the HTML source.
///
/// A small, forgiving tokenizer (scraped pages are rarely valid): it drops scripts, styles,
/// comments, navigation, page headers (but not the headings in them), footers, asides, forms and
/// elements whose class or id marks page furniture (`HTMLDropRules`); decodes character
/// references; collapses white space; and turns block elements into paragraph breaks
/// (a blank line) and `<br>` into a line break. One pass over the scalars, bounded work per tag.
public enum HTMLTextExtractor {
    /// The visible text and the blocks dropped as furniture.
    public struct Output: Sendable {
        public var text: MappedText
        public var removed: [RemovedBlock]
    }

    /// Whether `text` looks like an HTML page rather than plain text.
    public static func looksLikeHTML(_ text: String) -> Bool {
        var probe = Substring(text.prefix(2048)).lowercased()[...]
        while let first = probe.first, first.isWhitespace || first == "\u{FEFF}" { probe = probe.dropFirst() }
        if probe.hasPrefix("<!doctype html") || probe.hasPrefix("<html") { return true }
        return probe.hasPrefix("<") && (probe.contains("<body") || probe.contains("<p>") || probe.contains("<div"))
    }

    private enum Visibility { case shown, pageHeader, dropped }

    private struct OpenElement {
        let name: String
        let visibility: Visibility
        let start: Int
        let reason: String?
    }

    /// How deep the stack of open elements may grow, and how far a closing tag looks for its
    /// opener: bounds the work on pathological pages.
    private static let maxDepth = 512
    private static let closeSearchLimit = 64

    public static func extract(_ source: SourceText) -> Output {
        let s = source.scalars
        let n = s.count
        var out = MappedText()
        out.reserveCapacity(n / 3)
        var removed: [RemovedBlock] = []
        var stack: [OpenElement] = []
        var pendingSpace: Int? = nil
        var pendingBreak = 0
        var breakAt = 0

        func visibility() -> Visibility { stack.last?.visibility ?? .shown }

        func requestBreak(_ lines: Int, at offset: Int) {
            if lines > pendingBreak { pendingBreak = lines; breakAt = offset }
            pendingSpace = nil
        }

        func emit(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
            if pendingBreak > 0 {
                if out.count > 0 {
                    for _ in 0..<pendingBreak { out.append("\n", from: breakAt, to: breakAt) }
                }
                pendingBreak = 0
                pendingSpace = nil
            } else if let space = pendingSpace {
                if out.count > 0, out.scalars[out.count - 1] != "\n" { out.append(" ", from: space, to: space + 1) }
                pendingSpace = nil
            }
            out.append(scalar, from: start, to: end)
        }

        var i = 0
        while i < n {
            let c = s[i]
            if c == "<", i + 1 < n {
                let next = s[i + 1]
                if next == "!" || next == "?" {
                    i = skipDeclaration(s, from: i)
                    continue
                }
                if next == "/" || isASCIILetter(next) {
                    guard let tag = readTag(s, from: i) else {
                        if visibility() == .shown { emit(c, from: i, to: i + 1) }
                        i += 1
                        continue
                    }
                    let tagEnd = tag.end
                    if tag.closing {
                        closeElement(tag, at: i, tagEnd: tagEnd)
                    } else {
                        openElement(tag, at: i)
                        if tag.kind.contains(.rawText) && !tag.selfClosing {
                            let closeAt = findClosing(tag.name, in: s, from: tagEnd)
                            if visibility() == .shown {
                                for k in tagEnd..<closeAt { emitText(s[k], k) }
                            }
                            i = closeAt
                            continue
                        }
                    }
                    i = tagEnd
                    continue
                }
            }
            if visibility() != .shown {
                i += 1
                continue
            }
            if c == "&", let (scalar, end) = readReference(s, from: i) {
                emitText(scalar, i, end)
                i = end
                continue
            }
            emitText(c, i)
            i += 1
        }
        return Output(text: out, removed: removed)

        func emitText(_ c: Unicode.Scalar, _ start: Int, _ end: Int? = nil) {
            if isHTMLSpace(c) {
                if pendingSpace == nil { pendingSpace = start }
            } else {
                emit(c, from: start, to: end ?? start + 1)
            }
        }

        func openElement(_ tag: Tag, at offset: Int) {
            let name = tag.name
            if tag.kind.contains(.block) { requestBreak(2, at: offset) }
            if name == "br" { requestBreak(1, at: offset) }
            if tag.kind.contains(.void) || tag.selfClosing { return }
            guard stack.count < maxDepth else { return }
            let parent = visibility()
            var state = parent
            var reason: String? = nil
            if parent != .dropped {
                if tag.kind.contains(.dropped) {
                    state = .dropped
                    reason = "html <\(name)>"
                } else if let furniture = tag.furnitureAttribute {
                    state = .dropped
                    reason = "html <\(name) \(furniture)>"
                } else if tag.kind.contains(.header) {
                    state = .pageHeader
                } else if parent == .pageHeader && tag.kind.contains(.heading) {
                    state = .shown
                }
            }
            stack.append(OpenElement(name: name, visibility: state, start: offset, reason: reason))
        }

        func closeElement(_ tag: Tag, at offset: Int, tagEnd: Int) {
            let name = tag.name
            let lowest = max(0, stack.count - closeSearchLimit)
            guard let match = stack[lowest...].lastIndex(where: { $0.name == name }) else { return }
            let element = stack[match]
            stack.removeSubrange(match...)
            if let reason = element.reason, visibility() != .dropped {
                removed.append(RemovedBlock(span: source.span(element.start, tagEnd), reason: reason))
            }
            if tag.kind.contains(.block) { requestBreak(2, at: offset) }
        }
    }

    // MARK: - Tokens

    private struct Tag {
        var name: String
        /// What `HTMLDropRules` says of the element (nothing for one it does not name).
        var kind: HTMLDropRules.ElementKind = []
        var closing: Bool
        var selfClosing: Bool
        var end: Int
        /// `class="…"`/`id="…"` text when it marks furniture, or `hidden` / `display:none`.
        var furnitureAttribute: String?
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }

    private static func isHTMLSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" || c == "\u{A0}"
    }

    /// Reads `<name attr=value …>` or `</name>` starting at `start` (the `<`).
    private static func readTag(_ s: [Unicode.Scalar], from start: Int) -> Tag? {
        let n = s.count
        var i = start + 1
        let closing = s[i] == "/"
        if closing { i += 1 }
        // Names are looked up as they stand in the page, lower-cased on the fly: only an unknown
        // tag's name, or an attribute that can mark furniture, is made a string.
        let nameStart = i
        while i < n, isASCIILetter(s[i]) || (s[i] >= "0" && s[i] <= "9") || s[i] == "-" || s[i] == ":" { i += 1 }
        if i == nameStart { return closing ? Tag(name: "", closing: true, selfClosing: false, end: skipToGreater(s, from: i), furnitureAttribute: nil) : nil }
        let name = s[nameStart..<i].lazy.map(ScalarClass.lowercasedASCII)
        let known = HTMLDropRules.elements.value(for: name)
        var tag = Tag(name: known?.name ?? String(scalars: Array(name)), kind: known?.kind ?? [], closing: closing, selfClosing: false,
                      end: n, furnitureAttribute: nil)
        // Attributes: name, optional = value (quoted or bare); stop at '>'.
        while i < n {
            let c = s[i]
            if c == ">" { tag.end = i + 1; return tag }
            if c == "/" && i + 1 < n && s[i + 1] == ">" { tag.selfClosing = true; tag.end = i + 2; return tag }
            if isHTMLSpace(c) || c == "/" { i += 1; continue }
            let attrStart = i
            while i < n, !isHTMLSpace(s[i]), s[i] != "=", s[i] != ">", !(s[i] == "/" && i + 1 < n && s[i + 1] == ">") { i += 1 }
            let attr = s[attrStart..<i].lazy.map(ScalarClass.lowercasedASCII)
            while i < n, isHTMLSpace(s[i]) { i += 1 }
            var value: ArraySlice<Unicode.Scalar> = []
            if i < n, s[i] == "=" {
                i += 1
                while i < n, isHTMLSpace(s[i]) { i += 1 }
                if i < n, s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    i += 1
                    let start = i
                    while i < n, s[i] != quote { i += 1 }
                    value = s[start..<i]
                    i += 1
                } else {
                    let start = i
                    while i < n, !isHTMLSpace(s[i]), s[i] != ">" { i += 1 }
                    value = s[start..<i]
                }
            }
            if attr.isEmpty { i += 1; continue }
            // Only a few attributes can mark furniture: the others (href, src …) are not made strings.
            guard HTMLDropRules.furnitureAttributes.contains(attr) else { continue }
            let attrName = String(scalars: Array(attr))
            let attrValue = String(scalars: value)
            if (attrName == "class" || attrName == "id"), HTMLDropRules.isFurniture(value) {
                tag.furnitureAttribute = "\(attrName)=\"\(attrValue)\""
            } else if attrName == "hidden" || attrName == "aria-hidden" && attrValue == "true" {
                tag.furnitureAttribute = attrName
            } else if attrName == "style", attrValue.lowercased().filter({ $0 != " " }).contains("display:none") {
                tag.furnitureAttribute = "style=\"\(attrValue)\""
            }
        }
        return nil
    }

    private static func skipToGreater(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, s[i] != ">" { i += 1 }
        return min(i + 1, s.count)
    }

    /// Skips `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>` and `<? … >`.
    private static func skipDeclaration(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        if start + 3 < n, s[start + 1] == "!", s[start + 2] == "-", s[start + 3] == "-" {
            var i = start + 4
            while i + 2 < n {
                if s[i] == "-" && s[i + 1] == "-" && s[i + 2] == ">" { return i + 3 }
                i += 1
            }
            return n
        }
        return skipToGreater(s, from: start)
    }

    /// Offset of `</name` (case-insensitive) at or after `start`, or the end of input.
    private static func findClosing(_ name: String, in s: [Unicode.Scalar], from start: Int) -> Int {
        let target = Array(name.unicodeScalars)
        var i = start
        while i + 1 + target.count < s.count {
            if s[i] == "<", s[i + 1] == "/" {
                var matches = true
                for (k, t) in target.enumerated() {
                    let c = s[i + 2 + k]
                    if ScalarClass.lowercasedASCII(c) != t { matches = false; break }
                }
                if matches { return i }
            }
            i += 1
        }
        return s.count
    }

    /// Decodes `&name;`, `&#NNN;` or `&#xHH;` at `start`; nil when it is a bare ampersand.
    private static func readReference(_ s: [Unicode.Scalar], from start: Int) -> (Unicode.Scalar, Int)? {
        let n = s.count
        var i = start + 1
        guard i < n else { return nil }
        if s[i] == "#" {
            i += 1
            let hex = i < n && (s[i] == "x" || s[i] == "X")
            if hex { i += 1 }
            var digits: [Unicode.Scalar] = []
            while i < n, digits.count <= 8, s[i].isASCII, (hex ? s[i].properties.isASCIIHexDigit : (s[i] >= "0" && s[i] <= "9")) {
                digits.append(s[i])
                i += 1
            }
            guard !digits.isEmpty else { return nil }
            if i < n, s[i] == ";" { i += 1 }
            return (HTMLEntities.numeric(String(scalars: digits), hex: hex), i)
        }
        var name: [Unicode.Scalar] = []
        while i < n, name.count < HTMLEntities.longestName, isASCIILetter(s[i]) || (s[i] >= "0" && s[i] <= "9") {
            name.append(s[i])
            i += 1
        }
        guard let scalar = HTMLEntities.named[String(scalars: name)] else { return nil }
        if i < n, s[i] == ";" { i += 1 }
        return (scalar, i)
    }
}
