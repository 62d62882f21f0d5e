import Foundation
@testable import DealGraph

/// The amounts of one plain-text sentence.
func moneyAmounts(_ text: String) -> [MoneyAmount] {
    MoneyExtractor.extract(from: [Sentence(text)], source: SourceText(text)).amounts
}

/// The amounts and warnings of one plain-text sentence.
func moneyExtraction(_ text: String) -> (amounts: [MoneyAmount], warnings: [String]) {
    MoneyExtractor.extract(from: [Sentence(text)], source: SourceText(text))
}

/// An exact decimal from its text, for expectations ("1.23", "150000000").
func dec(_ text: String) -> Decimal {
    guard let value = Decimal(string: text) else { fatalError("not a decimal: \(text)") }
    return value
}

/// Text with ⟦…⟧ markers: the text without them and the scalar ranges they enclosed.
func marked(_ text: String) -> (text: String, ranges: [Range<Int>]) {
    var scalars = String.UnicodeScalarView()
    var ranges: [Range<Int>] = []
    var open = 0
    var count = 0
    for scalar in text.unicodeScalars {
        switch scalar {
        case "⟦": open = count
        case "⟧": ranges.append(open..<count)
        default:
            scalars.append(scalar)
            count += 1
        }
    }
    return (String(scalars), ranges)
}
