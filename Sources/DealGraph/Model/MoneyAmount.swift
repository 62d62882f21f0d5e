import Foundation

/// How a written amount bounds the real figure.
public enum AmountBound: String, Codable, Sendable {
    case exact
    /// 이상, 넘는, 초과, 최소
    case atLeast = "at_least"
    /// 이하, 미만, 최대, 까지
    case atMost = "at_most"
    /// 100억~200억원: `value` is the lower end, `upper` the higher.
    case range
}

/// What the money is for, when the sentence says so.
public enum AmountRole: String, Codable, Sendable {
    case upfront
    case milestone
    case royalty
    case total
    case investment
    case revenue
    case order
}

/// A sum of money named in the text, with an exact value in its currency's unit.
public struct MoneyAmount: Codable, Sendable, Equatable {
    public var id: String
    /// ISO 4217 code ("KRW", "USD", "JPY").
    public var currency: String
    /// Exact value in the currency's unit (1.5억 원 is 150000000).
    public var value: Decimal
    /// True for 약, 가량, 여, 안팎 and the like.
    public var approximate: Bool
    public var bound: AmountBound
    /// The upper end of a range.
    public var upper: Decimal?
    /// For an equivalent in another currency ("(한화 약 200억원)"), the id of the amount it restates.
    public var equivalentOf: String?
    public var role: AmountRole?
    public var span: Span

    public init(id: String, currency: String, value: Decimal, approximate: Bool = false,
                bound: AmountBound = .exact, upper: Decimal? = nil, equivalentOf: String? = nil,
                role: AmountRole? = nil, span: Span) {
        self.id = id
        self.currency = currency
        self.value = value
        self.approximate = approximate
        self.bound = bound
        self.upper = upper
        self.equivalentOf = equivalentOf
        self.role = role
        self.span = span
    }
}
