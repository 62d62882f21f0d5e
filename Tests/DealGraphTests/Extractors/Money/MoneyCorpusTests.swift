import Foundation
import Testing
@testable import DealGraph

/// One surface form and what it must read as.
struct MoneyCorpusCase: Sendable, CustomTestStringConvertible {
    let form: String
    let expected: ExpectedMoney
    var testDescription: String { "\(form) → \(expected)" }
}

let moneyCorpusCases: [MoneyCorpusCase] = moneyCorpus.flatMap { expected, forms in
    forms.map { MoneyCorpusCase(form: $0, expected: expected) }
}

@Suite("Money corpus")
struct MoneyCorpusTests {
    @Test("the corpus is large enough")
    func size() {
        #expect(moneyCorpusCases.count >= 200)
        #expect(moneyNegatives.count >= 40)
    }

    /// Like Duckling's makeCorpusTest: exactly one amount, with the expected value.
    @Test(arguments: moneyCorpusCases)
    func positive(_ example: MoneyCorpusCase) {
        let found = moneyAmounts(example.form)
        #expect(found.count == 1, "\(found.map { "\($0.currency) \($0.value) \($0.span.text)" })")
        guard let amount = found.first else { return }
        let expected = example.expected
        #expect(amount.currency == expected.currency)
        #expect(amount.value == dec(expected.value))
        #expect(amount.bound == expected.bound)
        #expect(amount.upper == expected.upper.map(dec))
        #expect(amount.approximate == expected.approximate)
        #expect(amount.equivalentOf == nil)
        #expect(example.form.contains(amount.span.text))
    }

    /// The same forms inside a sentence still read as one amount.
    @Test(arguments: moneyCorpusCases)
    func inSentence(_ example: MoneyCorpusCase) {
        let found = moneyAmounts("회사는 이번 계약에서 \(example.form) 규모의 성과를 냈다.")
        #expect(found.count == 1)
        #expect(found.first?.value == dec(example.expected.value))
        #expect(found.first?.currency == example.expected.currency)
    }

    @Test(arguments: moneyNegatives)
    func negative(_ phrase: String) {
        let found = moneyAmounts(phrase)
        #expect(found.isEmpty, "\(found.map { "\($0.currency) \($0.value) \($0.span.text)" })")
        #expect(moneyAmounts("지난해 \(phrase) 관련 발표가 있었다.").isEmpty)
    }
}
