import Foundation
import Testing
@testable import DealGraph

/// Scanning is one left-to-right pass: a megabyte line of digits and units finishes and yields a
/// bounded number of results. Sizes, not clocks: a quadratic scanner would not finish these
/// (10¹² steps for a megabyte), and a backtracking one would not finish the nested ranges.
@Suite("Money scanning is linear")
struct MoneyLinearTimeTests {
    static let megabyte = 1_000_000

    func line(_ unit: String, size: Int = megabyte) -> [Unicode.Scalar] {
        let scalars = Array(unit.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(size + scalars.count)
        while out.count < size { out.append(contentsOf: scalars) }
        return out
    }

    @Test("a megabyte of digits and units without a currency yields nothing")
    func megabyteWithoutCurrency() {
        let scalars = line("1억2천만 3억5천만~1조 2,000억 삼십만 30여억 1,000,1.5. 2025년 9건 ")
        #expect(scalars.count >= Self.megabyte)
        let scan = MoneyExtractor.matches(in: scalars)
        #expect(scan.matches.isEmpty)
        #expect(scan.warnings.isEmpty)
    }

    @Test("a megabyte of digits followed by a currency is one warning")
    func longRun() {
        var scalars = line("9")
        scalars.append("원")
        let scan = MoneyExtractor.matches(in: scalars)
        #expect(scan.matches.isEmpty)
        #expect(scan.warnings.count == 1)
    }

    @Test("a megabyte of units followed by a currency is one warning")
    func unitRun() {
        var scalars = line("억")
        scalars.append("원")
        let scan = MoneyExtractor.matches(in: scalars)
        #expect(scan.matches.isEmpty)
        #expect(scan.warnings.count == 1)
    }

    @Test("a megabyte of amounts yields one amount per amount written")
    func megabyteOfAmounts() {
        let scalars = line("1억원 ")
        let scan = MoneyExtractor.matches(in: scalars)
        #expect(scan.matches.count == scalars.count / 4)
    }

    @Test("other dense lines stay bounded", arguments: [
        "1억2천만", "억", "1,000,", "1~", "3억5천만~", "삼십만", "1.5.", "30여억", "$", "~~", "((((",
    ])
    func denseWithoutCurrency(_ unit: String) {
        let scan = MoneyExtractor.matches(in: line(unit, size: 100_000))
        #expect(scan.matches.isEmpty)
        #expect(scan.warnings.count <= 1)
    }

    @Test("dense amounts yield at most one amount per amount written", arguments: [
        "3억5천만 달러~", "$1-", "(약 1억원)", "1억원", "100억~200억원 ", "1500만달러(약 200억원) ",
    ])
    func dense(_ unit: String) {
        let scalars = line(unit, size: 100_000)
        let width = unit.unicodeScalars.count
        let scan = MoneyExtractor.matches(in: scalars)
        #expect(scan.matches.count <= scalars.count / width * 2 + 2)
        #expect(scan.matches.count >= scalars.count / width / 2)
    }
}
