import Foundation

/// Money amounts as graph attributes and labels.
enum AmountText {
    /// Plain and exact, for attributes: `KRW 30000000000`, `~USD 15000000`, `≥USD 15000000`,
    /// `KRW 10000000000-20000000000`.
    static func attribute(_ amount: MoneyAmount) -> String {
        var text = "\(amount.currency) \(plain(amount.value))"
        if amount.bound == .range, let upper = amount.upper { text += "-\(plain(upper))" }
        return prefix(amount) + text
    }

    /// For people: `300억 원`, `1조 2,000억 원`, `USD 15,000,000`, with ~ ≥ ≤ as above.
    static func label(_ amount: MoneyAmount) -> String {
        var text = readable(amount.value, currency: amount.currency)
        if amount.bound == .range, let upper = amount.upper {
            text = readable(amount.value, currency: amount.currency) + "–" + readable(upper, currency: amount.currency)
        }
        return prefix(amount) + text
    }

    private static func prefix(_ amount: MoneyAmount) -> String {
        switch amount.bound {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .exact, .range: return amount.approximate ? "~" : ""
        }
    }

    static func plain(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }

    private static func readable(_ value: Decimal, currency: String) -> String {
        let text = plain(value)
        let isInteger = !text.contains(".") && !text.hasPrefix("-")
        if currency == "KRW", isInteger, let korean = koreanUnits(text) { return korean + " 원" }
        return "\(currency) \(grouped(text))"
    }

    /// 30000000000 → "300억", 1200000000000 → "1조 2,000억", 15000 → "1만 5,000".
    private static func koreanUnits(_ digits: String) -> String? {
        guard digits.count <= 20 else { return nil }
        let units: [(String, Int)] = [("조", 12), ("억", 8), ("만", 4), ("", 0)]
        var rest = Array(digits)
        var parts: [String] = []
        for (name, power) in units {
            guard rest.count > power else { continue }
            let head = String(rest[..<(rest.count - power)])
            rest = Array(rest[(rest.count - power)...])
            let trimmed = head.drop { $0 == "0" }
            if !trimmed.isEmpty { parts.append(grouped(String(trimmed)) + name) }
        }
        return parts.isEmpty ? "0" : parts.joined(separator: " ")
    }

    /// Thousands separators on the integer part: "15000000.5" → "15,000,000.5".
    private static func grouped(_ text: String) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let body = sign.isEmpty ? Substring(text) : text.dropFirst()
        let integer = body.prefix { $0 != "." }
        let fraction = body.dropFirst(integer.count)
        var out = ""
        for (i, digit) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return sign + out + fraction
    }
}
