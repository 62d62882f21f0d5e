import Testing
@testable import DealGraph

/// Runs the date corpus: every phrase must give exactly the expected dates, in order, with the
/// grain their form implies.
@Suite("Date corpus")
struct DateCorpusTests {
    @Test(arguments: DateCorpus.all)
    func corpus(_ row: DateCase) {
        let mentions = DateExtractor.extract(from: row.phrase, reference: row.reference)
        #expect(mentions.map(DateCase.describe) == row.expected)
        for (mention, expected) in zip(mentions, row.expected) {
            #expect(mention.grain == DateCase.grain(of: expected), "\(row.phrase): \(expected)")
        }
    }

    @Test func corpusIsLargeAndHasNegatives() {
        #expect(DateCorpus.all.count >= 150)
        #expect(DateCorpus.all.filter { $0.expected.isEmpty }.count >= 40)
    }
}
