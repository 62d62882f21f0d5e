/// Which parts of a page are not the article: read by `HTMLTextExtractor`.
///
/// Kept as tables so they can be tuned without reading the tokenizer.
enum HTMLDropRules {
    /// Elements whose content is never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "nav", "footer", "aside", "form", "noscript", "iframe", "svg",
        "button", "select", "option", "textarea", "template", "head", "figure", "figcaption",
        "object", "embed", "canvas", "video", "audio", "map", "menu",
    ]

    /// Page headers: dropped, but the article's own headings inside them are kept
    /// (news sites put the headline and subtitle in `<header class="article-head">`).
    static let headerElements: Set<String> = ["header"]
    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements whose text is raw (no tags inside), skipped to their closing tag.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp"]

    /// Elements that never have content or a closing tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ]

    /// Elements that start a new block of text (a paragraph break before and after).
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol",
        "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "blockquote", "pre", "address", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure",
        "figcaption", "form", "fieldset", "details", "summary", "body", "html",
    ]

    /// What the tables above say of an element.
    struct ElementKind: OptionSet, Sendable {
        let rawValue: UInt8
        static let dropped = ElementKind(rawValue: 1)
        static let header = ElementKind(rawValue: 2)
        static let heading = ElementKind(rawValue: 4)
        static let rawText = ElementKind(rawValue: 8)
        static let void = ElementKind(rawValue: 16)
        static let block = ElementKind(rawValue: 32)
    }

    /// Every element the tables name, by its (lower-case) name, with its name as a string: the
    /// tokenizer looks a tag up by the scalars it read, without making a string for a known one.
    static let elements: WordMap<(name: String, kind: ElementKind)> = {
        var kinds: [String: ElementKind] = [:]
        for (set, kind) in [(droppedElements, ElementKind.dropped), (headerElements, .header), (headingElements, .heading),
                            (rawTextElements, .rawText), (voidElements, .void), (blockElements, .block)] {
            for name in set { kinds[name, default: []].insert(kind) }
        }
        var map = WordMap<(name: String, kind: ElementKind)>()
        for (name, kind) in kinds.sorted(by: { $0.key < $1.key }) { map[Array(name.unicodeScalars)] = (name, kind) }
        return map
    }()

    /// The attributes that can mark an element as furniture (read by the tokenizer's checks on
    /// `class`/`id` names, `hidden`, `aria-hidden="true"` and `style="display:none"`).
    static let furnitureAttributes: WordSet = ["class", "id", "hidden", "aria-hidden", "style"]

    /// Words that mark page furniture wherever they stand in a `class` or `id`: as the whole
    /// name (`related`) or a dash/underscore-separated part of one (`related-news`, `ad_top`).
    static let furnitureParts: WordSet = [
        "related", "relation", "recommend", "popular", "ranking", "share", "sns", "comment",
        "comments", "reply", "ad", "ads", "advert", "advertisement", "banner", "sponsor",
        "breadcrumb", "byline", "copyright", "hashtag", "tags", "toolbar", "gnb", "lnb", "snb",
        "footer", "login", "member", "reporter", "writer", "subscribe", "newsletter", "promo",
        "sidebar", "widget", "social", "skip",
    ]

    /// Words that mark furniture only as a whole class name: as parts they are too common
    /// (`section-content`, `article-info-box` may hold the article).
    static let furnitureNames: WordSet = [
        "section", "info", "date", "category", "copy", "tools", "util", "print", "font", "hide",
        "hidden", "tag", "most",
    ]

    /// Whether a `class`/`id` attribute value names page furniture. Read on scalars, ASCII
    /// letters lower-cased: class lists are split on HTML white space, names on `-` and `_`.
    static func isFurniture(_ value: some Collection<Unicode.Scalar>) -> Bool {
        let folded = value.map(ScalarClass.lowercasedASCII)
        for name in folded.split(whereSeparator: isClassSeparator) {
            if furnitureNames.contains(name) { return true }
            for part in name.split(whereSeparator: { $0 == "-" || $0 == "_" }) where furnitureParts.contains(part) {
                return true
            }
        }
        return false
    }

    /// HTML white space, which separates the names of a class list.
    private static func isClassSeparator(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }
}
