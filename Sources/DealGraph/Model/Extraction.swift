/// Everything DealGraph read from one document.
///
/// Its JSON (snake_case keys) is the contract other tools read: top-level `document`,
/// `entities`, `relations`, `deals`, `aggregates`, `amounts`, `dates`, `warnings`.
public struct Extraction: Codable, Sendable, Equatable {
    public var document: Document
    public var entities: [Entity]
    public var relations: [Relation]
    public var deals: [Deal]
    public var aggregates: [Aggregate]
    public var amounts: [MoneyAmount]
    public var dates: [DateMention]
    /// Problems met while reading that did not stop it (invalid UTF-8, a capped number).
    public var warnings: [String]

    public init(document: Document, entities: [Entity] = [], relations: [Relation] = [],
                deals: [Deal] = [], aggregates: [Aggregate] = [], amounts: [MoneyAmount] = [],
                dates: [DateMention] = [], warnings: [String] = []) {
        self.document = document
        self.entities = entities
        self.relations = relations
        self.deals = deals
        self.aggregates = aggregates
        self.amounts = amounts
        self.dates = dates
        self.warnings = warnings
    }
}
