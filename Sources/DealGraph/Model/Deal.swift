/// The kind of agreement a deal is.
public enum DealKind: String, Codable, Sendable, CaseIterable, Comparable {
    case mou
    case techExport = "tech_export"
    case investment
    case supply
    case jointVenture = "joint_venture"
    case acquisition

    public static func < (lhs: DealKind, rhs: DealKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a deal stands according to the article.
public enum DealStatus: String, Codable, Sendable, CaseIterable {
    /// Signed or concluded (체결했다, 맺었다).
    case signed
    /// Scheduled to be signed (체결할 예정).
    case planned
    /// Hoped for or under discussion, not agreed (기대, 논의 중).
    case expected
    /// Terminated or broken off (해지, 파기).
    case cancelled
}

/// One agreement between parties, however often the article mentions it.
public struct Deal: Codable, Sendable, Equatable {
    public var id: String
    public var kind: DealKind
    /// Entity ids of the organisations that are party to the deal.
    public var parties: [String]
    /// Entity ids of people who signed on behalf of a party.
    public var signatories: [String]
    public var sectors: [Sector]
    public var status: DealStatus
    /// The day of the signing (or of the planned signing), when the text gives it.
    public var date: CalendarDay?
    /// Ids of the money amounts that belong to the deal.
    public var amounts: [String]
    /// Every sentence that supports the deal, in text order.
    public var evidence: [Span]

    public init(id: String, kind: DealKind, parties: [String], signatories: [String] = [],
                sectors: [Sector], status: DealStatus, date: CalendarDay? = nil,
                amounts: [String] = [], evidence: [Span]) {
        self.id = id
        self.kind = kind
        self.parties = parties
        self.signatories = signatories
        self.sectors = sectors
        self.status = status
        self.date = date
        self.amounts = amounts
        self.evidence = evidence
    }
}

/// A total the article states without naming every deal ("총 9건의 바이오 분야 MOU").
public struct Aggregate: Codable, Sendable, Equatable {
    public var kind: DealKind
    /// The sector the total counts, or nil when the article gives none.
    public var sector: Sector?
    public var count: Int
    /// True for "30여 건", "약 20건".
    public var approximate: Bool
    public var evidence: [Span]

    public init(kind: DealKind, sector: Sector?, count: Int, approximate: Bool, evidence: [Span]) {
        self.kind = kind
        self.sector = sector
        self.count = count
        self.approximate = approximate
        self.evidence = evidence
    }
}
