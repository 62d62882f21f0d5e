import Foundation

/// The numeral vocabulary of Korean news copy, as data. The grammar lives in `NumberScanner`.
///
/// Korean groups digits by four: a number is a sum of groups, each a value below 10⁴ times a
/// myriad unit (만 10⁴, 억 10⁸, 조 10¹², 경 10¹⁶), larger units first: 1조 2,720억 = 10¹² +
/// 2720·10⁸. Inside a group, 천/백/십 multiply the digit before them (5천만 = 5·10³·10⁴,
/// 천오백만 = 1500·10⁴). Exponents, not values, are stored so every value stays exact (`ExactNumber`).
enum KoreanNumerals {
    /// Sino-Korean digit syllables.
    static let digits: [(Unicode.Scalar, Int)] = [
        ("일", 1), ("이", 2), ("삼", 3), ("사", 4), ("오", 5), ("육", 6), ("륙", 6), ("칠", 7), ("팔", 8), ("구", 9),
    ]

    /// Units inside a four-digit group, as powers of ten: 십 10¹, 백 10², 천 10³.
    static let smallUnits: [(Unicode.Scalar, Int)] = [("십", 1), ("백", 2), ("천", 3)]

    /// Myriad units, as powers of ten: 만 10⁴, 억 10⁸, 조 10¹², 경 10¹⁶.
    static let myriadUnits: [(Unicode.Scalar, Int)] = [("만", 4), ("억", 8), ("조", 12), ("경", 16)]

    /// The value of a Hangul digit syllable.
    static func digit(_ scalar: Unicode.Scalar) -> Int? { lookup(scalar, in: digits) }
    /// The exponent of a small unit (십 백 천).
    static func smallUnit(_ scalar: Unicode.Scalar) -> Int? { lookup(scalar, in: smallUnits) }
    /// The exponent of a myriad unit (만 억 조 경).
    static func myriadUnit(_ scalar: Unicode.Scalar) -> Int? { lookup(scalar, in: myriadUnits) }

    /// Tables this small are scanned, not hashed; non-Hangul scalars return at once.
    private static func lookup(_ scalar: Unicode.Scalar, in table: [(Unicode.Scalar, Int)]) -> Int? {
        guard ScalarClass.isHangulSyllable(scalar) else { return nil }
        for (key, value) in table where key == scalar { return value }
        return nil
    }

    /// The decimal point of a Hangul numeral (일점오 = 1.5).
    static let decimalPoints: ScalarSet = ["점", "쩜"]

    /// "More than": 30여억 원, 100억여 원, 300여만 달러 are approximate.
    static let approximateMarker: Unicode.Scalar = "여"

    /// English scale words in Korean copy ("$15 million", "USD 1.2 billion"), as powers of ten.
    static let scaleWords = ScalarLexicon<Int>([
        ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12),
        ("mn", 6), ("mln", 6), ("bn", 9), ("bln", 9), ("tn", 12),
    ], foldsCase: true)

    /// Scale letters written right after the digits ("15M 달러", "$1.5B", "$300K").
    static let scaleLetters = ScalarMap<Int>(["K": 3, "k": 3, "M": 6, "B": 9])

    /// Limits that keep absurd input from becoming a number: digits after the point, and the
    /// largest accepted value (10²⁰, beyond 9999경). Significant digits are limited to what
    /// `ExactNumber` holds (19).
    static let maxFractionDigits = 12
    static let maxValue = ExactNumber.power(20)
}
