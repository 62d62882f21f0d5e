import Foundation

/// How names are compared and turned into ids across documents.
///
/// Three forms of one name:
/// - `display`: what users see — NFC, Korean legal-form marks ((주), ㈜, 주식회사, …) removed,
///   runs of spaces collapsed.
/// - `idPart`: the name inside a node id (`company:대웅제약`) — NFKC, legal forms and every space
///   removed, case kept.
/// - `key`: what two names must share to be the same entity — NFKC, lower case, Korean and
///   trailing English legal forms (Inc., Co., Ltd., …) removed, letters and digits only.
///   "㈜대웅 제약", "(주)대웅제약" and "대웅제약" share the key `대웅제약`; "Auditum Bio, Inc." and
///   "AUDITUM BIO" share `auditumbio`.
public enum NameKey {
    /// Korean legal-form marks, removed wherever they stand (after NFKC, ㈜ is already "(주)").
    static let koreanLegalForms: [String] = [
        "유한책임회사", "주식회사", "유한회사", "합자회사", "합명회사", "재단법인", "사단법인",
        "(주)", "(유)", "(합)", "(재)", "(사)", "(株)", "㈜", "㈔", "㈕",
    ]

    /// Legal forms of companies written in Latin letters, removed only as whole trailing words
    /// ("Auditum Bio Inc.", "Nordkraft AB"). The entity rules read a Latin gloss ending in one as
    /// a company's name (`OrganizationShapes.hasLatinLegalForm`).
    static let englishLegalForms: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
        "plc", "gmbh", "lp", "llp", "ag", "ab", "sa", "nv", "bv", "spa", "kk", "pte", "pty", "oy", "oyj",
        "asa", "srl", "sas", "jsc", "pjsc", "tbk", "bhd", "ltda", "kft", "zrt", "sarl", "aps",
    ]

    /// Particles that may be left stuck to a name by a lenient extractor ("카이스트와"); used only
    /// to join a name to another name already known in the corpus, never to cut a name alone.
    /// Longest first. 사 is the foreign-firm mark ("아우디툼바이오사").
    static let particles: [String] = [
        "에서는", "에서도", "으로는", "와의", "과의", "와는", "과는", "에서", "으로", "에게", "께서",
        "이", "가", "을", "를", "은", "는", "의", "에", "와", "과", "도", "로", "사", "측",
    ]

    /// The name as shown: NFC, legal forms removed, spaces collapsed and trimmed.
    public static func display(_ name: String) -> String {
        var text = name.precomposedStringWithCanonicalMapping
        for form in koreanLegalForms {
            text = text.replacingOccurrences(of: form, with: " ")
        }
        let kept = collapseSpaces(text)
        return kept.isEmpty ? name.precomposedStringWithCanonicalMapping : kept
    }

    /// The name inside a node id: NFKC, legal forms and spaces removed, case kept.
    public static func idPart(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping
        for form in koreanLegalForms {
            text = text.replacingOccurrences(of: form, with: "")
        }
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace && !isControl($0) }
        let kept = String(scalars: scalars)
        return kept.isEmpty ? "_" : kept
    }

    /// The comparison key: two names with the same key name the same thing.
    public static func key(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping.lowercased()
        for form in koreanLegalForms {
            text = text.replacingOccurrences(of: form, with: " ")
        }
        // Whole words, so trailing "Inc." or ", Ltd." can be dropped.
        var words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        while words.count > 1, let last = words.last, englishLegalForms.contains(last) {
            words.removeLast()
        }
        let key = words.joined()
        if !key.isEmpty { return key }
        // A name of punctuation only keeps its own (space-free) form rather than becoming "".
        return idPart(name).lowercased()
    }

    /// Keys this key could be with a particle taken off its end, longest particle first, each at
    /// least two scalars long.
    static func withoutParticle(_ key: String) -> [String] {
        var out: [String] = []
        let scalars = Array(key.unicodeScalars)
        for particle in particles {
            let tail = Array(particle.unicodeScalars)
            guard scalars.count >= tail.count + 2, Array(scalars.suffix(tail.count)) == tail else { continue }
            out.append(String(scalars: scalars.dropLast(tail.count)))
        }
        return out
    }

    static func collapseSpaces(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || isControl(scalar) {
                pendingSpace = !view.isEmpty
                continue
            }
            if pendingSpace { view.append(" "); pendingSpace = false }
            view.append(scalar)
        }
        return String(view)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}

extension String {
    /// Byte order of the UTF-8 forms: the same in every language and process.
    func utf8Precedes(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}
