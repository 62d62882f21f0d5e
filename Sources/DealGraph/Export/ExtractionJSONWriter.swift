import Foundation

/// Writes an `Extraction` as one line of JSON, byte for byte what `JSONEncoder` writes with
/// `.convertToSnakeCase`, `.sortedKeys` and `.withoutEscapingSlashes`, straight into bytes.
///
/// JSON Lines output is the corpus path's last stage, and a generic `Encoder` spent most of its
/// time building and sorting a tree of boxes. Here every model type has its own function with
/// its keys already converted and in sorted (UTF-8 byte) order, so writing is one pass into one
/// buffer. The price is that a new or renamed model property must be added
/// here too: tests hold the writer to `JSONEncoder` on every kind of value, so a missed one fails.
///
/// What `JSONEncoder` does, and so this does too: optional properties that are nil are left out
/// (synthesized `Codable` uses `encodeIfPresent`), empty arrays are `[]`, `Decimal` is its
/// `description`, `CalendarDay` is its `yyyy-mm-dd` string, enums are their raw values, and
/// strings escape only `"`, `\` and control characters (not `/`, U+2028 or DEL).
struct ExtractionJSONWriter: ~Copyable {
    private var bytes: ByteBuffer

    init(capacity: Int = 4096) {
        bytes = ByteBuffer(capacity: capacity)
    }

    /// The line for `extraction`, without a trailing newline.
    static func line(_ extraction: Extraction) -> String {
        var writer = ExtractionJSONWriter(for: extraction)
        writer.write(extraction)
        return writer.bytes.string()
    }

    /// The line for `extraction` and its newline, as UTF-8 bytes.
    static func lineData(_ extraction: Extraction) -> Data {
        var writer = ExtractionJSONWriter(for: extraction)
        writer.write(extraction)
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes.data()
    }

    /// A writer with room for `extraction`: output is a few times the size of the text it
    /// quotes, and reserving that once saves regrowing.
    private init(for extraction: Extraction) {
        self.init(capacity: 4096 + 4 * extraction.document.text.utf8.count)
    }

    mutating func write(_ value: Extraction) {
        raw(#"{"aggregates":"#)
        array(value.aggregates) { $0.write($1) }
        raw(#","amounts":"#)
        array(value.amounts) { $0.write($1) }
        raw(#","dates":"#)
        array(value.dates) { $0.write($1) }
        raw(#","deals":"#)
        array(value.deals) { $0.write($1) }
        raw(#","document":"#)
        write(value.document)
        raw(#","entities":"#)
        array(value.entities) { $0.write($1) }
        raw(#","relations":"#)
        array(value.relations) { $0.write($1) }
        raw(#","warnings":"#)
        array(value.warnings) { $0.string($1) }
        raw("}")
    }

    mutating func write(_ value: Document) {
        raw(#"{"format":"#)
        string(value.format.rawValue)
        raw(#","id":"#)
        string(value.id)
        optional(#","published":"#, value.published) { $0.write($1) }
        raw(#","source":"#)
        string(value.source)
        raw(#","text":"#)
        string(value.text)
        raw("}")
    }

    mutating func write(_ value: Entity) {
        raw(#"{"aliases":"#)
        array(value.aliases) { $0.string($1) }
        raw(#","id":"#)
        string(value.id)
        raw(#","mentions":"#)
        array(value.mentions) { $0.write($1) }
        raw(#","name":"#)
        string(value.name)
        raw(#","sectors":"#)
        array(value.sectors) { $0.string($1.rawValue) }
        raw(#","type":"#)
        string(value.type.rawValue)
        raw("}")
    }

    mutating func write(_ value: Relation) {
        raw(#"{"evidence":"#)
        array(value.evidence) { $0.write($1) }
        raw(#","kind":"#)
        string(value.kind.rawValue)
        raw(#","source":"#)
        string(value.source)
        raw(#","target":"#)
        string(value.target)
        optional(#","title":"#, value.title) { $0.string($1) }
        raw("}")
    }

    mutating func write(_ value: Deal) {
        raw(#"{"amounts":"#)
        array(value.amounts) { $0.string($1) }
        optional(#","date":"#, value.date) { $0.write($1) }
        raw(#","evidence":"#)
        array(value.evidence) { $0.write($1) }
        raw(#","id":"#)
        string(value.id)
        raw(#","kind":"#)
        string(value.kind.rawValue)
        raw(#","parties":"#)
        array(value.parties) { $0.string($1) }
        raw(#","sectors":"#)
        array(value.sectors) { $0.string($1.rawValue) }
        raw(#","signatories":"#)
        array(value.signatories) { $0.string($1) }
        raw(#","status":"#)
        string(value.status.rawValue)
        raw("}")
    }

    mutating func write(_ value: Aggregate) {
        raw(#"{"approximate":"#)
        bool(value.approximate)
        raw(#","count":"#)
        int(value.count)
        raw(#","evidence":"#)
        array(value.evidence) { $0.write($1) }
        raw(#","kind":"#)
        string(value.kind.rawValue)
        optional(#","sector":"#, value.sector) { $0.string($1.rawValue) }
        raw("}")
    }

    mutating func write(_ value: MoneyAmount) {
        raw(#"{"approximate":"#)
        bool(value.approximate)
        raw(#","bound":"#)
        string(value.bound.rawValue)
        raw(#","currency":"#)
        string(value.currency)
        optional(#","equivalent_of":"#, value.equivalentOf) { $0.string($1) }
        raw(#","id":"#)
        string(value.id)
        optional(#","role":"#, value.role) { $0.string($1.rawValue) }
        raw(#","span":"#)
        write(value.span)
        optional(#","upper":"#, value.upper) { $0.decimal($1) }
        raw(#","value":"#)
        decimal(value.value)
        raw("}")
    }

    mutating func write(_ value: DateMention) {
        // The two optional keys that sort before "grain" each bring their own comma; "grain" is always there.
        raw("{")
        if let day = value.day {
            raw(#""day":"#)
            int(day)
            raw(",")
        }
        if let end = value.end {
            raw(#""end":"#)
            string(end)
            raw(",")
        }
        raw(#""grain":"#)
        string(value.grain.rawValue)
        raw(#","id":"#)
        string(value.id)
        raw(#","local_time":"#)
        bool(value.localTime)
        optional(#","month":"#, value.month) { $0.int($1) }
        raw(#","relative":"#)
        bool(value.relative)
        raw(#","span":"#)
        write(value.span)
        optional(#","value":"#, value.value) { $0.string($1) }
        optional(#","year":"#, value.year) { $0.int($1) }
        raw("}")
    }

    mutating func write(_ value: Span) {
        raw(#"{"end":"#)
        int(value.end)
        raw(#","start":"#)
        int(value.start)
        raw(#","text":"#)
        string(value.text)
        raw("}")
    }

    /// `CalendarDay` encodes itself as its ISO string; written here without building the string.
    mutating func write(_ value: CalendarDay) {
        raw("\"")
        padded(value.year, width: 4)
        raw("-")
        padded(value.month, width: 2)
        raw("-")
        padded(value.day, width: 2)
        raw("\"")
    }

    // MARK: - Values

    /// `key` and the value when there is one: `JSONEncoder` leaves out keys whose value is nil.
    private mutating func optional<Value>(_ key: StaticString, _ value: Value?,
                                          _ writeValue: (inout ExtractionJSONWriter, Value) -> Void) {
        guard let value else { return }
        raw(key)
        writeValue(&self, value)
    }

    private mutating func array<Element>(_ items: [Element], _ writeItem: (inout ExtractionJSONWriter, Element) -> Void) {
        raw("[")
        // By index rather than `for in`, which copies (and retains) each element on the way out.
        for i in items.indices {
            if i > 0 { raw(",") }
            writeItem(&self, items[i])
        }
        raw("]")
    }

    /// Punctuation and pre-quoted keys, copied from the binary's constant bytes.
    private mutating func raw(_ text: StaticString) {
        bytes.append(text)
    }

    private mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// Decimal digits, as `String(value)` gives them, without making the string.
    mutating func int(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        // The magnitude as UInt, so Int.min does not overflow on negation.
        digits(value.magnitude, minimumWidth: 1)
    }

    /// `CalendarDay.iso` pads with zeros to a width; its fields are never negative.
    private mutating func padded(_ value: Int, width: Int) {
        digits(value.magnitude, minimumWidth: width)
    }

    private mutating func digits(_ value: UInt, minimumWidth: Int) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for UInt64.max's 20 digits
        withUnsafeMutableBytes(of: &buffer) { scratch in
            var n = value
            var i = scratch.count
            repeat {
                i -= 1
                scratch[i] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
            } while n > 0 || scratch.count - i < minimumWidth
            bytes.append(UnsafeRawBufferPointer(rebasing: scratch[i...]))
        }
    }

    /// `JSONEncoder` writes a `Decimal` as its `description` (exact digits, no exponent).
    /// `description` costs some 20,000 instructions: a whole amount (what the extractors make,
    /// a 64-bit significand times a power of ten) is written from its parts instead, digits and
    /// then zeros, which is the same text (`ExtractionJSONWriterTests.wholeAmountsFromTheirParts`
    /// holds the two together).
    private mutating func decimal(_ value: Decimal) {
        if !value.isSignMinus, value.exponent >= 0, value.exponent <= 64 {
            let significand = value.significand
            let whole = NSDecimalNumber(decimal: significand).uint64Value
            if Decimal(whole) == significand, let digits = UInt(exactly: whole) {
                self.digits(digits, minimumWidth: 1)
                if whole != 0 {
                    for _ in 0..<value.exponent { bytes.append(UInt8(ascii: "0")) }
                }
                return
            }
        }
        var text = value.description
        text.withUTF8 { bytes.append($0) }
    }

    // MARK: - Strings

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string literal as `JSONEncoder` writes it: `"` and `\` escaped, control characters
    /// as their short escape or `\u00XX`, everything else (including `/`) as its UTF-8 bytes.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            appendEscaped(utf8)
        }
        if done == nil {
            // Bridged or otherwise non-contiguous strings: copy them once.
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Copies runs that need no escaping in one go; most text has no byte to escape at all, so
    /// it is tested eight bytes at a time.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let start = utf8.baseAddress else { return }
        var runStart = 0
        while true {
            let i = JSONStringBytes.firstNeedingEscape(in: utf8, from: runStart)
            bytes.append(UnsafeBufferPointer(start: start + runStart, count: i - runStart))
            guard i < utf8.count else { return }
            let byte = start[i]
            runStart = i + 1
            switch byte {
            case UInt8(ascii: "\""): raw(#"\""#)
            case UInt8(ascii: "\\"): raw(#"\\"#)
            case 0x0A: raw(#"\n"#)
            case 0x0D: raw(#"\r"#)
            case 0x09: raw(#"\t"#)
            case 0x08: raw(#"\b"#)
            case 0x0C: raw(#"\f"#)
            default:
                raw(#"\u00"#)
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
        }
    }
}
