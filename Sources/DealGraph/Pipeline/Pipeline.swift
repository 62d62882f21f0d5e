/// Reads one document end to end: cleaning, then each extractor in order.
///
/// Every stage is listed here, so none is forgotten and the order is plain to see.
public enum Pipeline {
    /// Everything DealGraph extracts from `document`. `warnings` are carried into the result
    /// (from decoding, say).
    public static func extract(_ document: Document, warnings: [String] = []) -> Extraction {
        let cleaned = ArticleCleaner.clean(document)
        return extract(document, cleaned: cleaned, warnings: warnings)
    }

    /// The same, from an already cleaned document (for `--explain` and benchmarks).
    public static func extract(_ document: Document, cleaned: CleanedDocument, warnings: [String] = []) -> Extraction {
        let sentences = cleaned.sentences
        let money = MoneyExtractor.extract(from: sentences, source: cleaned.source)
        let dates = DateExtractor.extract(from: sentences, source: cleaned.source, reference: document.published)
        return Extraction(document: document, amounts: money.amounts, dates: dates,
                          warnings: warnings + money.warnings)
    }
}
