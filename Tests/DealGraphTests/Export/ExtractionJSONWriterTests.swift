import Foundation
import Testing
@testable import DealGraph

/// `ExtractionJSONWriter` promises `JSONEncoder`'s bytes (snake_case, sorted keys, slashes
/// unescaped) for every value: held to `JSONEncoder` itself on real extractions and on
/// hand-made ones with every optional both present and absent.
@Suite struct ExtractionJSONWriterTests {
    private func foundationLine(_ extraction: Extraction) throws -> String {
        String(decoding: try ExtractionJSON.encoder(pretty: false).encode(extraction), as: UTF8.self)
    }

    private func expectSameAsJSONEncoder(_ extraction: Extraction, _ comment: Comment? = nil,
                                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ours = ExtractionJSONWriter.line(extraction)
        let theirs = try foundationLine(extraction)
        // The bytes the CLI writes are the same line and its newline.
        #expect(ExtractionJSON.lineData(extraction) == Data((ours + "\n").utf8), comment, sourceLocation: sourceLocation)
        guard ours != theirs else { return }
        let common = zip(ours.utf8, theirs.utf8).prefix { $0 == $1 }.count
        let around = { (s: String) in String(decoding: Array(s.utf8.dropFirst(max(0, common - 30)).prefix(80)), as: UTF8.self) }
        Issue.record("differs at byte \(common): \(around(ours).debugDescription) vs \(around(theirs).debugDescription) \(comment.map { "\($0)" } ?? "")",
                     sourceLocation: sourceLocation)
    }

    @Test func pipelineExtractionsOfTheDevCorpusAndFixtures() throws {
        // The shared dev corpus when it is there (it is outside the package), the fixtures always.
        var folders = [Fixtures.root.appendingPathComponent("articles")]
        let dev = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
        if FileManager.default.fileExists(atPath: dev.path) { folders.append(dev) }
        var count = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where name.hasSuffix(".txt") || name.hasSuffix(".html") {
                let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
                for published in [CalendarDay(iso: "2023-04-29"), nil] {
                    let (document, warnings) = try DocumentReader.article(bytes: bytes, path: name, published: published)
                    try expectSameAsJSONEncoder(Pipeline.extract(document, warnings: warnings), "\(name)")
                    count += 1
                }
            }
        }
        #expect(count >= 4)
    }

    /// Every type with every optional set, and odd strings and numbers in every string and number.
    @Test func everyFieldPresent() throws {
        let span = Span(start: -3, end: Int.max, text: "따옴표 \" 역슬래시 \\ / \u{7F} \u{2028}\u{2029} 🇰🇷 \u{FEFF}")
        let extraction = Extraction(
            document: Document(id: "h\"\\/", source: "s\n\t", published: CalendarDay(year: 2024, month: 2, day: 29),
                               text: "제어 \u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F} 끝", format: .html),
            entities: [Entity(id: "company:대웅제약", type: .company, name: "대웅제약", aliases: ["Daewoong", "대웅"],
                              mentions: [span, Span(start: 0, end: 0, text: "")], sectors: [.bio, .ai])],
            relations: [Relation(kind: .leads, source: "person:홍길동", target: "company:대웅제약", title: "대표", evidence: [span])],
            deals: [Deal(id: "deal:1", kind: .techExport, parties: ["a", "b"], signatories: ["p"], sectors: [.semiconductor],
                         status: .planned, date: CalendarDay(year: 1, month: 1, day: 1), amounts: ["m1", "m2"], evidence: [span])],
            aggregates: [Aggregate(kind: .jointVenture, sector: .culture, count: -12, approximate: true, evidence: [span])],
            amounts: [
                MoneyAmount(id: "m1", currency: "KRW", value: Decimal(string: "150000000")!, approximate: true, bound: .range,
                            upper: Decimal(string: "99999999999999999999999999999999999999")!, equivalentOf: "m2", role: .upfront, span: span),
                MoneyAmount(id: "m2", currency: "USD", value: Decimal(string: "-0.000000000035")!, bound: .atLeast,
                            upper: Decimal(string: "12.5")!, role: .milestone, span: span),
            ],
            dates: [DateMention(id: "d1", value: "2024-Q1", grain: .quarter, end: "2024-H2", year: 2024, month: 12, day: 31,
                                relative: true, localTime: true, span: span)],
            warnings: ["\u{1B}[31m경고\u{1B}[0m", "", "👩‍👩‍👧"])
        try expectSameAsJSONEncoder(extraction)
    }

    /// Every optional absent, every array empty.
    @Test func everythingOptionalAbsent() throws {
        let span = Span(start: 0, end: 0, text: "")
        try expectSameAsJSONEncoder(Extraction(document: Document(id: "", source: "", text: "")))
        try expectSameAsJSONEncoder(Extraction(
            document: Document(id: "x", source: "-", published: nil, text: "x"),
            entities: [Entity(id: "location:서울", type: .location, name: "서울")],
            relations: [Relation(kind: .leads, source: "a", target: "b")],
            deals: [Deal(id: "d", kind: .mou, parties: [], sectors: [], status: .cancelled, evidence: [])],
            aggregates: [Aggregate(kind: .acquisition, sector: nil, count: 0, approximate: false, evidence: [])],
            amounts: [MoneyAmount(id: "m", currency: "JPY", value: 0, span: span)],
            dates: [DateMention(id: "d", value: nil, grain: .day, span: span),
                    DateMention(id: "e", value: "2024", grain: .year, day: 5, span: span),
                    DateMention(id: "f", value: nil, grain: .month, end: "2024-05", month: 4, span: span)]))
    }

    /// Every case of every enum, so a raw value written by hand cannot drift from the type's own.
    @Test func everyEnumCase() throws {
        let span = Span(start: 1, end: 2, text: "a")
        let bounds: [AmountBound] = [.exact, .atLeast, .atMost, .range]
        let roles: [AmountRole?] = [nil, .upfront, .milestone, .royalty, .total, .investment, .revenue, .order]
        let grains: [DateGrain] = [.day, .month, .quarter, .half, .year]
        let extraction = Extraction(
            document: Document(id: "e", source: "e", text: "e", format: .text),
            entities: EntityType.allCases.map { Entity(id: $0.rawValue, type: $0, name: $0.rawValue, sectors: Sector.allCases) },
            deals: DealKind.allCases.flatMap { kind in
                DealStatus.allCases.map { Deal(id: "\(kind)", kind: kind, parties: [], sectors: [], status: $0, evidence: []) }
            },
            aggregates: Sector.allCases.map { Aggregate(kind: .supply, sector: $0, count: 1, approximate: false, evidence: []) },
            amounts: bounds.flatMap { bound in roles.map { MoneyAmount(id: "m", currency: "EUR", value: 1, bound: bound, role: $0, span: span) } },
            dates: grains.map { DateMention(id: "d", value: "v", grain: $0, span: span) })
        try expectSameAsJSONEncoder(extraction)
    }

    /// Numbers at their edges, as Int and as Decimal, in every place a number goes.
    @Test func numbers() throws {
        let ints = [0, 1, -1, 9, 10, 99, 100, 1_000_000_007, Int.max, Int.min, Int.min + 1, -1_234_567_890_123]
        let decimals = ["0", "-0", "1", "-1", "0.1", "0.35", "1.5", "150000000", "1e30", "1.23e-20", "-9999999999999999.99",
                        "18446744073709551615", "18446744073709551616", "3402823669209384634633746074317682114550000000"]
            .map { Decimal(string: $0)! } + [Decimal(Int.max), Decimal(Int.min), Decimal(0.1), Decimal(1) / Decimal(3)]
        for (k, n) in ints.enumerated() {
            let span = Span(start: n, end: ints[(k + 1) % ints.count], text: String(n))
            let extraction = Extraction(
                document: Document(id: "n", source: "n", published: CalendarDay(year: 9999, month: 12, day: 31), text: ""),
                aggregates: [Aggregate(kind: .mou, sector: nil, count: n, approximate: false, evidence: [span])],
                amounts: decimals.map { MoneyAmount(id: "m", currency: "KRW", value: $0, upper: -$0, span: span) },
                dates: [DateMention(id: "d", value: nil, grain: .day, year: n, month: n, day: n, span: span)])
            try expectSameAsJSONEncoder(extraction, "\(n)")
        }
    }

    /// Whole amounts are written from their significand and exponent, not `description`: the
    /// same text for significands across the 64-bit range (each power of two, either side of it,
    /// and a spread between) times every power of ten the writer takes that way, and past it.
    @Test func wholeAmountsFromTheirParts() throws {
        var significands: [UInt64] = [0, 1, 9, 10, 15, 999, 1_000, 1_234_567, UInt64.max, UInt64.max - 1]
        for bit in 1..<64 {
            let power = UInt64(1) << UInt64(bit)
            significands += [power - 1, power, power + 1]
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            significands.append(state >> (state % 64))
        }
        let span = Span(start: 0, end: 3, text: "1억원")
        for exponent in [0, 1, 2, 3, 4, 5, 7, 8, 12, 16, 19, 20, 30, 40, 63, 64, 65, 70, 100] {
            let amounts = significands.map { significand in
                let value = Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
                return MoneyAmount(id: "m", currency: "KRW", value: value, upper: value + 1, span: span)
            }
            let extraction = Extraction(
                document: Document(id: "w", source: "w", published: nil, text: "1억원"), amounts: amounts)
            try expectSameAsJSONEncoder(extraction, "exponent \(exponent)")
        }
    }

    /// Every byte that can begin an escape, and every scalar range of UTF-8, in a string alone
    /// and between other text.
    @Test func stringEscapesScalarByScalar() throws {
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init)
            + [0xA0, 0x7FF, 0x800, 0xFFFD, 0xFEFF, 0x2028, 0x2029, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF].compactMap(Unicode.Scalar.init)
        let texts = scalars.flatMap { [String($0), "앞\(Character($0))뒤", "\(Character($0))\(Character($0))"] }
        let extraction = Extraction(document: Document(id: "s", source: "s", text: texts.joined()), warnings: texts)
        try expectSameAsJSONEncoder(extraction)
    }

    /// A bridged `NSString` may not give contiguous UTF-8; the writer copies it first.
    @Test func nonContiguousStrings() throws {
        let bridged = NSString(string: "브리지 \"문자열\" \\ \u{1}").description
        try expectSameAsJSONEncoder(Extraction(document: Document(id: bridged, source: bridged, text: bridged), warnings: [bridged]))
    }

    /// `ExtractionJSON.line` is this writer.
    @Test func lineIsTheWriter() throws {
        let extraction = Pipeline.extract(try Fixtures.document("hanbit-kaist-mou.html"))
        #expect(try ExtractionJSON.line(extraction) == ExtractionJSONWriter.line(extraction))
    }
}
