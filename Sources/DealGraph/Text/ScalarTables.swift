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
    /// Slot → index into `keys`, or -1; the slot count is a power of two at least twice the keys.
    private var slots: [Int32] = [-1, -1]
    /// The first scalars of the keys: most words a rule asks about start differently from all of
    /// a small list's words, and are turned away before hashing.
    private var firstScalars = LowByteFilter()
    private var hasEmptyKey = false

    init() {}

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

    func value(for text: String) -> Value? { value(for: text.unicodeScalars) }

    subscript(_ word: [Unicode.Scalar]) -> Value? {
        get { value(for: word) }
        set {
            guard let newValue else { preconditionFailure("WordMap does not remove words") }
            if let index = index(of: word) {
                values[index] = newValue
                return
            }
            keys.append(word)
            values.append(newValue)
            if let first = word.first { firstScalars.insert(first.value) } else { hasEmptyKey = true }
            if keys.count * 2 > slots.count { rehash(slots.count * 2) } else { place(keys.count - 1) }
        }
    }

    /// Stores `value` for `word` unless the word already has one (the first value stays).
    mutating func insertIfAbsent(_ word: [Unicode.Scalar], _ value: Value) {
        if index(of: word) == nil { self[word] = value }
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
        var slot = WordMap.hash(keys[index]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

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
}
