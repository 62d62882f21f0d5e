/// Look-up tables for the rules' word lists, keyed by Unicode scalars (`ScalarSet` is beside
/// them, in ScalarSet.swift).
///
/// `Set<String>` compares and hashes Korean text through Unicode normalisation, and a rule that
/// asks about a slice of a sentence first has to build a `String` from it. These tables hash the
/// scalar values themselves and take any scalar sequence (an `ArraySlice`, a `String`'s
/// scalars), so the hot paths ask without allocating. Text is compared scalar by scalar, as
/// everywhere else in the extractors.

/// A map from words (scalar sequences) to values, by open addressing on an FNV-1a hash of the
/// scalar values.
struct WordMap<Value: Sendable>: Sendable {
    private var keys: [[Unicode.Scalar]] = []
    private var values: [Value] = []
    /// Each key's hash, so that growing the table rehashes no key.
    private var hashes: [Int] = []
    /// Slot → index into `keys`, or -1; the slot count is a power of two at least twice the keys.
    private var slots: [Int32] = [-1, -1]
    /// The first scalars of the keys: most words a rule asks about start differently from all of
    /// a small list's words, and are turned away before hashing.
    private var firstScalars = LowByteFilter()
    private var hasEmptyKey = false

    init() {}

    /// An empty map with room for `capacity` words before it grows.
    init(capacity: Int) {
        var size = 2
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: -1, count: size)
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The value of a word; `nil` when it is not in the map.
    func value<S: Sequence>(for word: S) -> Value? where S.Element == Unicode.Scalar {
        var scalars = word.makeIterator()
        if let first = scalars.next() {
            guard firstScalars.mayContain(first.value) else { return nil }
        } else if !hasEmptyKey {
            return nil
        }
        let mask = slots.count - 1
        var slot = WordMap.hash(word) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keys[index].elementsEqual(word) { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    /// The value of a word whose `hash(of:)` the caller has already worked out.
    func value(for word: [Unicode.Scalar], hash: Int) -> Value? {
        value(for: word[...], hash: hash)
    }

    /// The same, for a word cut from a longer text.
    func value(for word: ArraySlice<Unicode.Scalar>, hash: Int) -> Value? {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash && keys[index][...] == word { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a word the map does not hold (the caller has just asked), with its `hash(of:)`.
    mutating func insertNew(_ word: [Unicode.Scalar], _ value: Value, hash: Int) {
        append(word, value, hash: hash)
    }

    func value(for text: String) -> Value? { value(for: text.unicodeScalars) }

    subscript(_ word: [Unicode.Scalar]) -> Value? {
        get { value(for: word) }
        set {
            guard let newValue else { preconditionFailure("WordMap does not remove words") }
            if let index = index(of: word) {
                values[index] = newValue
                return
            }
            append(word, newValue, hash: WordMap.hash(word))
        }
    }

    private mutating func append(_ word: [Unicode.Scalar], _ value: Value, hash: Int) {
        keys.append(word)
        values.append(value)
        hashes.append(hash)
        if let first = word.first { firstScalars.insert(first.value) } else { hasEmptyKey = true }
        if keys.count * 2 > slots.count { rehash(slots.count * 2) } else { place(keys.count - 1) }
    }

    private func index(of word: [Unicode.Scalar]) -> Int? {
        let mask = slots.count - 1
        var slot = WordMap.hash(word) & mask
        while slots[slot] >= 0 {
            if keys[Int(slots[slot])] == word { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: -1, count: size)
        for index in keys.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = hashes[index] & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    /// The hash a word is stored under: for callers that ask and then add the same word.
    static func hash(of word: [Unicode.Scalar]) -> Int { hash(word) }

    static func hash(of word: ArraySlice<Unicode.Scalar>) -> Int { hash(word) }

    private static func hash<S: Sequence>(_ word: S) -> Int where S.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in word { h = (h ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        // FNV's low bits are weak for short keys: fold the high half in before masking.
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}

/// A set of words ("부품", "소재", "관계자" …) written as strings in the rule tables.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var map = WordMap<Bool>()
    /// The words, in the order first written.
    private(set) var words: [String] = []

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words where map[Array(word.unicodeScalars)] == nil {
            map[Array(word.unicodeScalars)] = true
            self.words.append(word)
        }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains<S: Sequence>(_ word: S) -> Bool where S.Element == Unicode.Scalar { map.value(for: word) != nil }

    func contains(_ text: String) -> Bool { map.value(for: text.unicodeScalars) != nil }

    var count: Int { map.count }
}

/// A map from single scalars to values (particles by their first syllable, suffixes by their
/// last): a `ScalarSet` of the keys answers whether a scalar is one, and its rank among them
/// indexes the values. No hashing, no search.
struct ScalarMap<Value: Sendable>: Sendable {
    private let keys: ScalarSet
    /// The values in the keys' code point order.
    private let values: [Value]

    init(_ dictionary: [Unicode.Scalar: Value]) {
        let sorted = dictionary.sorted { $0.key.value < $1.key.value }
        keys = ScalarSet(sorted.map(\.key))
        values = sorted.map(\.value)
    }

    @inline(__always)
    subscript(_ scalar: Unicode.Scalar) -> Value? {
        guard let index = keys.index(of: scalar) else { return nil }
        return values[index]
    }

    /// Whether the scalar is a key, asked without copying its value.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool { keys.contains(scalar) }
}
