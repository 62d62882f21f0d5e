import DealGraph
import Foundation
let e = JSONEncoder()
e.keyEncodingStrategy = .convertToSnakeCase
e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
let m = MoneyAmount(id: "m1", currency: "KRW", value: Decimal(string: "1.5")! * Decimal(100000000), span: Span(start: 0, end: 1, text: "x"))
print(String(decoding: try e.encode(m), as: UTF8.self))
