import Foundation
import Testing
@testable import DealGraph

@Suite("Money number scanner")
struct MoneyNumberScannerTests {
    func read(_ text: String) -> NumberToken? {
        NumberScanner.scan(Array(text.unicodeScalars), at: 0)
    }

    /// Numerals from Duckling's Numeral/KO corpus that news uses (native-Korean counting words,
    /// fractions and negatives are left out: they are never amounts of money).
    static let ducklingNumerals: [(String, String)] = [
        ("10", "10"), ("십", "10"), ("11", "11"), ("십일", "11"), ("20", "20"), ("이십", "20"), ("삼십오", "35"),
        ("사십칠", "47"), ("오십이", "52"), ("육십구", "69"), ("칠십일", "71"), ("팔십사", "84"), ("구십삼", "93"),
        ("백", "100"), ("백이십삼", "123"), ("오백칠십구", "579"), ("천", "1000"), ("천칠백이십삼", "1723"),
        ("오천육백십구", "5619"), ("만", "10000"), ("일만", "10000"), ("만이천삼백사십오", "12345"),
        ("일만이천삼백사십오", "12345"), ("오만팔천백구십사", "58194"), ("오십팔만천구백", "581900"),
        ("오백팔십일만구천십사", "5819014"), ("오천팔백십구만백사십팔", "58190148"), ("일억", "100000000"),
        ("이천칠백사십오억", "274500000000"), ("일억이", "100000002"), ("이천칠백삼십오만", "27350000"),
        ("삼십이억삼천오백육십구만팔천백이십", "3235698120"), ("사백이억삼천사백구십팔만오천칠백이십구", "40234985729"),
        ("칠천십이억삼천구백팔십만천백이십삼", "701239801123"), ("3.4", "3.4"), ("삼점사", "3.4"), ("4123.3", "4123.3"),
        ("사천백이십삼점삼", "4123.3"), ("일점이삼", "1.23"), ("274500000000", "274500000000"),
    ]

    @Test(arguments: ducklingNumerals)
    func ducklingNumeral(_ phrase: String, _ value: String) throws {
        let token = try #require(read(phrase))
        #expect(token.readings.first?.value.decimal == dec(value))
        #expect(token.readings.first?.end == phrase.unicodeScalars.count)
    }

    @Test("mixed digits and units", arguments: [
        ("5천만", "50000000"), ("2백억", "20000000000"), ("1천200억", "120000000000"), ("3억5천만", "350000000"),
        ("3억 5,000만", "350000000"), ("1조2000억", "1200000000000"), ("1.5조", "1500000000000"), ("1억74만", "100740000"),
        ("23만1000", "231000"), ("１２억", "1200000000"), ("1,234,567", "1234567"), ("0.35", "0.35"),
        ("1조 2,345억 6,789만", "1234567890000"), ("15 million", "15000000"), ("1.2bn", "1200000000"), ("300K", "300000"),
    ])
    func mixed(_ phrase: String, _ value: String) throws {
        let token = try #require(read(phrase))
        #expect(token.readings.first?.value.decimal == dec(value))
    }

    @Test("values are exact decimals, never binary floating point")
    func exact() throws {
        let token = try #require(read("1.5억"))
        let value = try #require(token.readings.first?.value.decimal)
        #expect(value == Decimal(150_000_000))
        #expect("\(value)" == "150000000")
        let tiny = try #require(read("0.1조")?.readings.first?.value.decimal)
        #expect("\(tiny)" == "100000000000")
        let cents = try #require(read("29.99")?.readings.first?.value.decimal)
        #expect("\(cents)" == "29.99")
    }

    @Test("a token offers shorter readings for a tail that may be a particle")
    func readings() throws {
        let token = try #require(read("3억이"))
        #expect(token.readings.map(\.value.decimal) == [dec("300000002"), dec("300000000")])
    }

    @Test("absurd numbers are problems, not numbers, and are consumed whole")
    func absurd() throws {
        let long = String(repeating: "9", count: 400)
        let token = try #require(read(long))
        #expect(token.problem == .tooManyDigits)
        #expect(token.readings.isEmpty)
        #expect(token.consumedEnd == 400)

        let units = try #require(read("억억억억"))
        #expect(units.problem == .unitOutOfOrder)
        #expect(units.consumedEnd == 4)

        let large = try #require(read("99999경"))
        #expect(large.problem == .tooLarge)
        #expect(large.readings.isEmpty)

        let fraction = try #require(read("0." + String(repeating: "1", count: 40)))
        #expect(fraction.problem == .tooManyDigits)
    }

    @Test("numbers start at word starts only")
    func starts() {
        let s = Array("제약 2025년 A380 조사 1,500".unicodeScalars)
        let starts = s.indices.filter { NumberScanner.canStart(s, at: $0) }
        // 2 of 2025, 조 of 조사, 1 of 1,500 (not the 약 of 제약, nor digits inside A380 or 1,500).
        #expect(starts == [3, 14, 17])
    }
}
