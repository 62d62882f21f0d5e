import Foundation

/// A non-negative decimal number, `mantissa × 10^exponent`, exact, that reports overflow
/// instead of trapping.
///
/// The scanner adds and scales a handful of numbers per token. Foundation's `Decimal` allocates
/// on every multiplication, so the scanner works on this value type and makes one `Decimal` per
/// amount (`decimal`). Nineteen significant digits are plenty for money; more is a problem the
/// scanner reports, never a rounded value. No `Double` anywhere.
struct ExactNumber: Sendable, Equatable, Comparable, CustomStringConvertible {
    private(set) var mantissa: UInt64
    private(set) var exponent: Int

    static let zero = ExactNumber(mantissa: 0, exponent: 0)

    init(mantissa: UInt64, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = mantissa == 0 ? 0 : exponent
        while self.mantissa != 0, self.mantissa % 10 == 0 {
            self.mantissa /= 10
            self.exponent += 1
        }
    }

    init(_ value: Int) {
        self.init(mantissa: UInt64(max(0, value)), exponent: 0)
    }

    /// 10^exponent.
    static func power(_ exponent: Int) -> ExactNumber { ExactNumber(mantissa: 1, exponent: exponent) }

    /// The value as an exact `Decimal`.
    var decimal: Decimal { Decimal(sign: .plus, exponent: exponent, significand: Decimal(mantissa)) }

    var description: String { "\(decimal)" }

    /// How many digits the integer part has (1 for 1–9, 0 for 0.1–0.9); `Int.min` for zero.
    var magnitude: Int {
        guard mantissa != 0 else { return Int.min }
        var digits = 0
        var m = mantissa
        while m != 0 { m /= 10; digits += 1 }
        return digits + exponent
    }

    /// This value times 10^by.
    func shifted(by places: Int) -> ExactNumber {
        mantissa == 0 ? self : ExactNumber(mantissa: mantissa, exponent: exponent + places)
    }

    /// The sum, or nil when it does not fit nineteen digits.
    func adding(_ other: ExactNumber) -> ExactNumber? {
        if mantissa == 0 { return other }
        if other.mantissa == 0 { return self }
        let e = min(exponent, other.exponent)
        guard let a = ExactNumber.scale(mantissa, by: exponent - e),
              let b = ExactNumber.scale(other.mantissa, by: other.exponent - e) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : ExactNumber(mantissa: sum, exponent: e)
    }

    /// `m × 10^places`, or nil on overflow.
    static func scale(_ m: UInt64, by places: Int) -> UInt64? {
        var value = m
        for _ in 0..<max(0, places) {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = next
        }
        return value
    }

    static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        let (l, r) = (lhs.magnitude, rhs.magnitude)
        if l != r { return l < r }
        let e = min(lhs.exponent, rhs.exponent)
        if let a = scale(lhs.mantissa, by: lhs.exponent - e), let b = scale(rhs.mantissa, by: rhs.exponent - e) { return a < b }
        return lhs.decimal < rhs.decimal
    }
}
