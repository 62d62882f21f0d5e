import Testing
@testable import DealGraph

/// One row of the date corpus: a phrase, the publication day, and the dates expected in it.
///
/// Each expected date is written as `value`, `value..end` for a range, `?grain` for a date left
/// unresolved (no reference), with `@local` when the text says it is the local day abroad.
/// The grain follows from the value's form: `2024-03-05` day, `2024-03` month, `2024-Q1`
/// quarter, `2024-H2` half, `2024` year. An empty list is a negative case.
struct DateCase: Sendable, CustomTestStringConvertible {
    let phrase: String
    let reference: CalendarDay?
    let expected: [String]

    init(_ phrase: String, _ reference: String?, _ expected: [String]) {
        self.phrase = phrase
        self.reference = reference.flatMap { CalendarDay(iso: $0) }
        self.expected = expected
    }

    var testDescription: String { "\(phrase) @\(reference?.iso ?? "-")" }

    /// The mentions of the phrase, written as the expectations are.
    func actual() -> [String] {
        DateExtractor.extract(from: phrase, reference: reference).map(Self.describe)
    }

    static func describe(_ m: DateMention) -> String {
        var s = m.value ?? "?\(m.grain.rawValue)"
        if let end = m.end { s += "..\(end)" }
        if m.localTime { s += "@local" }
        return s
    }

    /// The grain a value's form implies.
    static func grain(of written: String) -> DateGrain {
        let value = String(written.split(separator: "@")[0].split(separator: ".")[0])
        if value.hasPrefix("?") { return DateGrain(rawValue: String(value.dropFirst())) ?? .day }
        if value.contains("-Q") { return .quarter }
        if value.contains("-H") { return .half }
        switch value.count {
        case 10: return .day
        case 7: return .month
        default: return .year
        }
    }
}
