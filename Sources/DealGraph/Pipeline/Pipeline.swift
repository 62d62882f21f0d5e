/// Reads one document end to end: cleaning, then each extractor in order.
///
/// Every stage is listed here, so none is forgotten and the order is plain to see.
public enum Pipeline {
    /// Everything DealGraph extracts from `document`. `warnings` are carried into the result
    /// (from decoding, say). Without a publication day, the one the page states is used.
    public static func extract(_ document: Document, lexicon: Lexicon = .builtIn, warnings: [String] = []) -> Extraction {
        let cleaned = ArticleCleaner.clean(document)
        return extract(document, cleaned: cleaned, lexicon: lexicon, warnings: warnings)
    }

    /// The same, from an already cleaned document (for `--explain` and benchmarks).
    public static func extract(_ document: Document, cleaned: CleanedDocument, lexicon: Lexicon = .builtIn,
                               warnings: [String] = []) -> Extraction {
        var document = document
        if document.published == nil {
            document.published = PublicationDateDetector.detect(in: document.text)
        }
        let sentences = cleaned.sentences
        let source = cleaned.source
        let money = MoneyExtractor.extract(from: sentences, source: source)
        let dates = DateExtractor.extract(from: sentences, source: source, reference: document.published)
        let names = EntityExtractor.extract(from: sentences, source: source, lexicon: lexicon)
        let deals = DealExtractor.extract(from: sentences, source: source, entities: names.entities,
                                          mentions: names.mentions, amounts: money.amounts, dates: dates,
                                          reference: document.published, relations: names.relations)
        let overlong = cleaned.removed.filter { $0.reason == SentenceSplitter.droppedReason }
        var cleaningWarnings: [String] = []
        if let first = overlong.first {
            cleaningWarnings.append("\(overlong.count) run(s) of over \(SentenceSplitter.maxLength) characters without a space "
                                    + "cut and not read, the first at offset \(first.span.start)")
        }
        return Extraction(document: document, entities: names.entities, relations: names.relations,
                          deals: deals.deals, aggregates: deals.aggregates, amounts: money.amounts,
                          dates: dates, warnings: warnings + cleaningWarnings + money.warnings)
    }
}
