import DealGraph
import Foundation

/// Builds a JSON Lines corpus of realistic articles from template articles: each copy gets other
/// company and institution names (from the built-in lexicon), other people, amounts, dates and
/// sector words, so the benchmark does not read one text over and over.
struct CorpusGenerator {
    struct Template {
        let text: String
        let isHTML: Bool
        let scalars: [Unicode.Scalar]
        let extraction: Extraction
    }

    let templates: [Template]
    let companies: [String]
    let institutions: [String]

    /// Sector words that can stand for one another in a sentence.
    static let sectorWords = ["바이오", "반도체", "이차전지", "인공지능(AI)", "수소", "원전", "방산", "디지털 헬스케어", "모빌리티", "우주항공"]
    static let surnames = Array("김이박최정강조윤장임한오서신권황안송류홍").map(String.init)
    static let givenSyllables = Array("민서준지현우진수영호성하은재동혜연주석경태윤미정철").map(String.init)

    init(templateFiles: [String]) throws {
        var templates: [Template] = []
        for path in templateFiles {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let isHTML = path.hasSuffix(".html") || path.hasSuffix(".htm")
            let document = Document(id: "t", source: path, published: CalendarDay(iso: "2024-05-01"), text: text,
                                    format: isHTML ? .html : .text)
            templates.append(Template(text: text, isHTML: isHTML, scalars: Array(text.unicodeScalars),
                                      extraction: Pipeline.extract(document)))
        }
        self.templates = templates
        let entries = Lexicon.builtIn.entries
        companies = entries.filter { $0.kind == .company }.map(\.name)
        institutions = entries.filter { $0.kind == .institution }.map(\.name)
    }

    /// Writes about `megabytes` MB of records to `path`; the same seed gives the same bytes.
    func write(megabytes: Int, to path: String, seed: UInt64) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        defer { try? handle.close() }
        var random = SplitMix(seed: seed)
        let target = megabytes * 1_000_000
        var written = 0
        var number = 0
        var pending = Data()
        while written < target {
            let template = templates[number % templates.count]
            number += 1
            let line = try record(template, id: "bench-\(number)", random: &random)
            pending.append(line)
            written += line.count
            if pending.count > 4 << 20 {
                handle.write(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        handle.write(pending)
    }

    private func record(_ template: Template, id: String, random: inout SplitMix) throws -> Data {
        var replacements: [(range: Range<Int>, text: String)] = []
        for entity in template.extraction.entities {
            let name: String
            switch entity.type {
            case .company: name = companies.isEmpty ? entity.name : companies[random.below(companies.count)]
            case .institution: name = institutions.isEmpty ? entity.name : institutions[random.below(institutions.count)]
            case .person: name = person(&random)
            case .location: continue
            }
            for mention in entity.mentions {
                // A short reference ("김 대표") keeps its surname: only full mentions are swapped.
                if mention.text == entity.name { replacements.append((mention.start..<mention.end, name)) }
            }
        }
        for amount in template.extraction.amounts {
            replacements.append((amount.span.start..<amount.span.end, newDigits(amount.span.text, &random)))
        }
        for date in template.extraction.dates {
            replacements.append((date.span.start..<date.span.end, newDate(date.span.text, &random)))
        }
        var text = apply(replacements, to: template.scalars)
        let from = Self.sectorWords[random.below(Self.sectorWords.count)]
        let to = Self.sectorWords[random.below(Self.sectorWords.count)]
        text = text.replacingOccurrences(of: from, with: to)
        let day = String(format: "%04d-%02d-%02d", 2015 + random.below(12), 1 + random.below(12), 1 + random.below(28))
        let object: [String: String] = ["id": id, "published": day, template.isHTML ? "html" : "text": text]
        var line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        line.append(0x0A)
        return line
    }

    /// Non-overlapping replacements, applied back to front so offsets stay valid.
    private func apply(_ replacements: [(range: Range<Int>, text: String)], to scalars: [Unicode.Scalar]) -> String {
        var chosen: [(range: Range<Int>, text: String)] = []
        for r in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where r.range.upperBound <= scalars.count && (chosen.last.map { $0.range.upperBound <= r.range.lowerBound } ?? true) {
            chosen.append(r)
        }
        var view = String.UnicodeScalarView()
        var at = 0
        for r in chosen {
            view.append(contentsOf: scalars[at..<r.range.lowerBound])
            view.append(contentsOf: r.text.unicodeScalars)
            at = r.range.upperBound
        }
        view.append(contentsOf: scalars[at...])
        return String(view)
    }

    private func person(_ random: inout SplitMix) -> String {
        Self.surnames[random.below(Self.surnames.count)] + Self.givenSyllables[random.below(Self.givenSyllables.count)]
            + Self.givenSyllables[random.below(Self.givenSyllables.count)]
    }

    /// The same amount text with other digits (the first never 0).
    private func newDigits(_ text: String, _ random: inout SplitMix) -> String {
        var out = String.UnicodeScalarView()
        var previousWasDigit = false
        for c in text.unicodeScalars {
            if c.properties.numericType != nil, c.isASCII {
                let digit = previousWasDigit ? random.below(10) : 1 + random.below(9)
                out.append(Unicode.Scalar(UInt8(48 + digit)))
                previousWasDigit = true
            } else {
                out.append(c)
                previousWasDigit = c == "," || c == "."
                    ? previousWasDigit : false
            }
        }
        return String(out)
    }

    /// The same date text with another year (2015–2026), month and day (1–28).
    private func newDate(_ text: String, _ random: inout SplitMix) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i].isASCII, scalars[i].properties.numericType != nil else {
                out.append(scalars[i]); i += 1; continue
            }
            var end = i
            while end < scalars.count, scalars[end].isASCII, scalars[end].properties.numericType != nil { end += 1 }
            let unit = end < scalars.count ? scalars[end] : " "
            let value: Int
            switch unit {
            case "년": value = end - i == 2 ? 15 + random.below(12) : 2015 + random.below(12)
            case "월": value = 1 + random.below(12)
            case "일": value = 1 + random.below(28)
            default: value = Int(String(String.UnicodeScalarView(scalars[i..<end]))) ?? 1
            }
            out.append(contentsOf: String(value).unicodeScalars)
            i = end
        }
        return String(out)
    }
}

/// A small, fast, seedable generator (SplitMix64), so a corpus is the same on every machine.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
