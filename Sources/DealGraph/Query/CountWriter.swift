import Foundation

/// `dealgraph count` output: an aligned table, JSON or CSV. Pure functions, deterministic.
public enum CountWriter {
    /// A table for terminals; Hangul counts two columns wide. A count from an approximate total
    /// is marked `~`.
    ///
    ///     sector   count  named  from totals  documents
    ///     bio          9      2            7          1
    public static func table(_ result: DealCount) -> String {
        let party = result.by == .party
        var header = [result.by.rawValue, "count", "named", "from totals", "documents"]
        if party { header.insert("id", at: 1) }
        var lines: [[String]] = [header]
        for row in result.rows {
            var cells = [row.label, (row.approximate ? "~" : "") + String(row.count), String(row.named),
                         String(row.fromTotals), String(row.documents)]
            if party { cells.insert(row.key ?? "", at: 1) }
            lines.append(cells)
        }
        let textColumns = party ? 2 : 1
        var widths = Array(repeating: 0, count: header.count)
        for cells in lines {
            for (i, cell) in cells.enumerated() { widths[i] = max(widths[i], displayWidth(cell)) }
        }
        var out = ""
        for cells in lines {
            var line = ""
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - displayWidth(cell))
                if i > 0 { line += "  " }
                line += i < textColumns ? cell + pad : pad + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// `{"by", "kind", "sector", "party", "documents", "rows": [{DIMENSION, "count", "named",
    /// "from_totals", "documents", "approximate"}]}`; a party row also has `name`.
    public static func json(_ result: DealCount) -> String {
        let rows: [JSONText] = result.rows.map { row in
            var members: [String: JSONText] = [
                "count": .int(row.count), "named": .int(row.named), "from_totals": .int(row.fromTotals),
                "documents": .int(row.documents), "approximate": .bool(row.approximate),
                result.by.rawValue: row.key.map { .string($0) } ?? .null,
            ]
            if result.by == .party { members["name"] = .string(row.label) }
            return .object(members)
        }
        let top: [String: JSONText] = [
            "by": .string(result.by.rawValue),
            "kind": result.filter.kind.map { .string($0.rawValue) } ?? .null,
            "sector": result.filter.sector.map { .string($0.rawValue) } ?? .null,
            "party": result.filter.party.map { .string($0) } ?? .null,
            "documents": .int(result.documents),
            "rows": .array(rows),
        ]
        return JSONText.object(top).render() + "\n"
    }

    /// CSV (RFC 4180 quoting, LF line ends) with a header line; an empty key is a row with no sector or month.
    public static func csv(_ result: DealCount) -> String {
        var header = [result.by.rawValue, "count", "named", "from_totals", "documents", "approximate"]
        if result.by == .party { header.insert("name", at: 1) }
        var out = header.joined(separator: ",") + "\n"
        for row in result.rows {
            var cells = [row.key ?? "", String(row.count), String(row.named), String(row.fromTotals),
                         String(row.documents), row.approximate ? "true" : "false"]
            if result.by == .party { cells.insert(row.label, at: 1) }
            out += cells.map(field).joined(separator: ",") + "\n"
        }
        return out
    }

    private static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Terminal columns: East Asian wide characters (Hangul, CJK, full-width forms) take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark { return width }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
