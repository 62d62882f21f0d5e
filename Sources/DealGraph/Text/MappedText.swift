/// Text derived from a source, with each scalar's source range kept beside it.
///
/// Reading HTML or normalising text changes scalars (an entity becomes one character, a
/// full-width digit an ASCII one); the map lets every later span point back into the source.
public struct MappedText: Sendable {
    public private(set) var scalars: [Unicode.Scalar] = []
    /// Source offset where each scalar starts.
    public private(set) var starts: [Int] = []
    /// Source offset one past where each scalar ends.
    public private(set) var ends: [Int] = []

    public init() {}

    /// The source itself, scalar for scalar.
    public init(identity source: SourceText) {
        scalars = source.scalars
        let count = source.count
        starts = [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = i }
            initialized = count
        }
        ends = [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = i + 1 }
            initialized = count
        }
    }

    public var count: Int { scalars.count }

    public mutating func append(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
        scalars.append(scalar)
        starts.append(start)
        ends.append(end)
    }

    public mutating func reserveCapacity(_ n: Int) {
        scalars.reserveCapacity(n)
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
    }

    /// Copies scalars `range` of `other`, keeping their source ranges.
    public mutating func append(contentsOf other: MappedText, range: Range<Int>) {
        scalars.append(contentsOf: other.scalars[range])
        starts.append(contentsOf: other.starts[range])
        ends.append(contentsOf: other.ends[range])
    }

    /// The plain text of `range`.
    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    public var string: String { string(0..<count) }
}
