/// Money amounts of an article: exact values, currencies, qualifiers, equivalents and roles.
///
/// Each distinct sentence is scanned once (`MoneyScanner`), then equivalents are linked
/// (`EquivalentLinker`) and roles read (`AmountRoles`) within the sentence. Ids run "m1", "m2", …
/// in text order.
public enum MoneyExtractor {
    /// Amounts of every sentence that is not a repeat (sentence.repeats == nil), in text order,
    /// with ids "m1", "m2", … and warnings for capped/rejected absurd numbers.
    public static func extract(from sentences: [Sentence], source: SourceText) -> (amounts: [MoneyAmount], warnings: [String]) {
        var amounts: [MoneyAmount] = []
        var warnings: [String] = []
        for sentence in sentences where sentence.repeats == nil {
            let scan = matches(in: sentence.scalars)
            let base = amounts.count
            for match in scan.matches {
                amounts.append(MoneyAmount(
                    id: "m\(amounts.count + 1)", currency: match.currency, value: match.value,
                    approximate: match.approximate, bound: match.bound, upper: match.upper,
                    equivalentOf: match.equivalentOf.map { "m\(base + $0 + 1)" }, role: match.role,
                    span: sentence.span(of: match.range, in: source)))
            }
            for warning in scan.warnings {
                warnings.append("money at \(sentence.sourceOffset(of: warning.range.lowerBound)): \(warning.message)")
            }
        }
        return (amounts, warnings)
    }

    /// The amounts of one sentence's scalars, linked and with roles, in local offsets.
    public static func matches(in scalars: [Unicode.Scalar]) -> MoneyScan {
        var scan = MoneyScanner.scan(scalars)
        EquivalentLinker.link(&scan.matches, in: scalars)
        AmountRoles.assign(&scan.matches, in: scalars)
        return scan
    }
}
