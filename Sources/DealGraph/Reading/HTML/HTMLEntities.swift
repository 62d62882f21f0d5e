/// Named character references that news pages use; the rest of HTML's 2,000 are rare in Korean news.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "middot": "\u{00B7}", "hellip": "\u{2026}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "bdquo": "\u{201E}", "bull": "\u{2022}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "times": "\u{00D7}", "divide": "\u{00F7}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "deg": "\u{00B0}", "plusmn": "\u{00B1}", "para": "\u{00B6}", "sect": "\u{00A7}",
        "cent": "\u{00A2}", "pound": "\u{00A3}", "yen": "\u{00A5}", "euro": "\u{20AC}",
        "curren": "\u{00A4}", "rarr": "\u{2192}", "larr": "\u{2190}", "uarr": "\u{2191}",
        "darr": "\u{2193}", "sdot": "\u{22C5}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "shy": "\u{00AD}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "iexcl": "\u{00A1}", "iquest": "\u{00BF}", "frac12": "\u{00BD}", "frac14": "\u{00BC}",
        "frac34": "\u{00BE}", "sup1": "\u{00B9}", "sup2": "\u{00B2}", "sup3": "\u{00B3}",
        "micro": "\u{00B5}", "tilde": "\u{02DC}", "circ": "\u{02C6}", "minus": "\u{2212}",
        "permil": "\u{2030}", "dagger": "\u{2020}", "Dagger": "\u{2021}", "loz": "\u{25CA}",
        "star": "\u{2606}", "starf": "\u{2605}", "check": "\u{2713}", "cross": "\u{2717}",
        // Latin letters with accents, for foreign names glossed in Latin: "N&oslash;rgaard", "Jo&atilde;o".
        "Agrave": "\u{00C0}", "Aacute": "\u{00C1}", "Acirc": "\u{00C2}", "Atilde": "\u{00C3}", "Auml": "\u{00C4}",
        "Aring": "\u{00C5}", "AElig": "\u{00C6}", "Ccedil": "\u{00C7}", "Egrave": "\u{00C8}", "Eacute": "\u{00C9}",
        "Ecirc": "\u{00CA}", "Euml": "\u{00CB}", "Igrave": "\u{00CC}", "Iacute": "\u{00CD}", "Icirc": "\u{00CE}",
        "Iuml": "\u{00CF}", "ETH": "\u{00D0}", "Ntilde": "\u{00D1}", "Ograve": "\u{00D2}", "Oacute": "\u{00D3}",
        "Ocirc": "\u{00D4}", "Otilde": "\u{00D5}", "Ouml": "\u{00D6}", "Oslash": "\u{00D8}", "Ugrave": "\u{00D9}",
        "Uacute": "\u{00DA}", "Ucirc": "\u{00DB}", "Uuml": "\u{00DC}", "Yacute": "\u{00DD}", "THORN": "\u{00DE}",
        "szlig": "\u{00DF}", "agrave": "\u{00E0}", "aacute": "\u{00E1}", "acirc": "\u{00E2}", "atilde": "\u{00E3}",
        "auml": "\u{00E4}", "aring": "\u{00E5}", "aelig": "\u{00E6}", "ccedil": "\u{00E7}", "egrave": "\u{00E8}",
        "eacute": "\u{00E9}", "ecirc": "\u{00EA}", "euml": "\u{00EB}", "igrave": "\u{00EC}", "iacute": "\u{00ED}",
        "icirc": "\u{00EE}", "iuml": "\u{00EF}", "eth": "\u{00F0}", "ntilde": "\u{00F1}", "ograve": "\u{00F2}",
        "oacute": "\u{00F3}", "ocirc": "\u{00F4}", "otilde": "\u{00F5}", "ouml": "\u{00F6}", "oslash": "\u{00F8}",
        "ugrave": "\u{00F9}", "uacute": "\u{00FA}", "ucirc": "\u{00FB}", "uuml": "\u{00FC}", "yacute": "\u{00FD}",
        "thorn": "\u{00FE}", "yuml": "\u{00FF}", "OElig": "\u{0152}", "oelig": "\u{0153}", "Scaron": "\u{0160}",
        "scaron": "\u{0161}", "Yuml": "\u{0178}",
    ]

    /// The longest name worth looking up; longer runs after `&` are left as text.
    static let longestName = 8

    /// The scalar a numeric reference (`&#39;`, `&#x27;`) stands for; invalid code points give U+FFFD.
    static func numeric(_ digits: String, hex: Bool) -> Unicode.Scalar {
        guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: hex ? 16 : 10),
              value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }
}
