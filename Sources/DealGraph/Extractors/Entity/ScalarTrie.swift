/// A trie over Unicode scalars: the keys that start at chosen positions of a text.
///
/// Every name rule wants names that start where a word starts, so the trie is walked from those
/// positions only, as far as the text follows an edge; an Aho–Corasick scan would read every
/// scalar and follow failure links to report occurrences the rules then throw away.
///
/// Keys and text are compared with ASCII letters folded to lower case and line breaks read as
/// spaces, so "Sanofi", "SANOFI" and "sanofi" are one key.
///
/// The trie is built with its edges in one hash table, then laid out flat for the walks: each
/// state's transitions sit side by side, sorted by scalar (most states have one or none), and
/// the root, where every walk begins, gets a direct table when it is large.
struct ScalarTrie: Sendable {
    /// One occurrence of a key: scalars `start..<end` of the text hold key number `key`.
    struct Match: Sendable, Equatable {
        let start: Int
        let end: Int
        let key: Int
    }

    private let tables: Tables
    private static let rootLimit: UInt32 = 0xD7A4

    init(keys: [[Unicode.Scalar]]) {
        var trie = Trie(scalars: keys.reduce(0) { $0 + $1.count })
        for key in keys { trie.insert(key) }
        let (edgeStarts, edgeScalars, edgeTargets) = trie.layOut()

        let rootEdges = Int(edgeStarts[0])..<Int(edgeStarts[1])
        var rootNext: [Int32] = []
        if rootEdges.count >= 256 {
            let limit = Int(rootEdges.map { edgeScalars[$0] }.filter { $0 < ScalarTrie.rootLimit }.max() ?? 0) + 1
            rootNext = Array(repeating: -1, count: limit)
            for k in rootEdges where edgeScalars[k] < ScalarTrie.rootLimit {
                rootNext[Int(edgeScalars[k])] = edgeTargets[k]
            }
        }

        // Keys grouped by the state they end at, each group in key order (a counting sort).
        var outputStarts = [Int32](repeating: 0, count: trie.stateCount + 1)
        for state in trie.keyStates where state > 0 { outputStarts[Int(state) + 1] += 1 }
        for state in 0..<trie.stateCount { outputStarts[state + 1] += outputStarts[state] }
        var outputs = [Int32](repeating: 0, count: Int(outputStarts[trie.stateCount]))
        var fill = outputStarts
        for (key, state) in trie.keyStates.enumerated() where state > 0 {
            outputs[Int(fill[Int(state)])] = Int32(key)
            fill[Int(state)] += 1
        }
        tables = Tables(edgeStarts: edgeStarts, edgeScalars: edgeScalars, edgeTargets: edgeTargets,
                        rootNext: rootNext, rootFilter: rootNext.isEmpty ? LowByteFilter(rootEdges.map { edgeScalars[$0] }) : nil,
                        outputStarts: outputStarts, outputs: outputs)
    }

    /// How keys and text are compared: ASCII capitals lower-cased, a line break read as a space.
    static func folded(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(UInt8(v + 0x20)) }
        if v == 0x0A { return " " }
        return c
    }

    /// `folded(c)`'s code point, as the tables keep it.
    static func fold(_ c: Unicode.Scalar) -> UInt32 { folded(c).value }

    /// Every key that starts at one of `starts` (positions of `text`, in increasing order),
    /// ordered by end, then by start, then by key number (the order of a left-to-right scan).
    func matches(in text: [Unicode.Scalar], startingAt starts: [Int]) -> [Match] {
        var result: [Match] = []
        var ordered = true
        let tables = tables
        text.withUnsafeBufferPointer { text in
            for start in starts where start >= 0 && start < text.count {
                let first = ScalarTrie.fold(text[start])
                // Most positions start no key: the root's filter turns them away before a lookup.
                if let filter = tables.rootFilter, !filter.mayContain(first) { continue }
                var state = tables.step(0, first)
                var end = start + 1
                while state > 0 {
                    for k in Int(tables.outputStarts[state])..<Int(tables.outputStarts[state + 1]) {
                        // Room for a few at the first match: a sentence's first matches need no
                        // regrowing, and a sentence without any allocates nothing.
                        if result.isEmpty { result.reserveCapacity(8) }
                        if let last = result.last, last.end > end { ordered = false }
                        result.append(Match(start: start, end: end, key: Int(tables.outputs[k])))
                    }
                    guard end < text.count else { break }
                    state = tables.step(state, ScalarTrie.fold(text[end]))
                    end += 1
                }
            }
        }
        if !ordered { result.sort { ($0.end, $0.start, $0.key) < ($1.end, $1.start, $1.key) } }
        return result
    }

    /// The trie laid out for the walks, in buffers allocated once: the walks read them at every
    /// word of every sentence, without a bounds check or a reference count per read. Immutable
    /// once made, so shared freely between threads.
    private final class Tables: @unchecked Sendable {
        /// State `s`'s transitions are `edgeScalars[edgeStarts[s]..<edgeStarts[s + 1]]`, sorted,
        /// with their targets beside them in `edgeTargets`.
        let edgeStarts: UnsafeBufferPointer<Int32>
        let edgeScalars: UnsafeBufferPointer<UInt32>
        let edgeTargets: UnsafeBufferPointer<Int32>
        /// The root's transitions by scalar, up to its last key below `rootLimit` (ASCII to
        /// Hangul), for a root with many transitions (the lexicon's); empty otherwise.
        let rootNext: UnsafeBufferPointer<Int32>
        /// For a root without `rootNext`, the scalars it has a transition on: most scalars of a
        /// sentence start no key, and are passed over here.
        let rootFilter: LowByteFilter?
        /// Keys ending at state `s` are `outputs[outputStarts[s]..<outputStarts[s + 1]]`, in key order.
        let outputStarts: UnsafeBufferPointer<Int32>
        let outputs: UnsafeBufferPointer<Int32>

        init(edgeStarts: [Int32], edgeScalars: [UInt32], edgeTargets: [Int32], rootNext: [Int32],
             rootFilter: LowByteFilter?, outputStarts: [Int32], outputs: [Int32]) {
            self.edgeStarts = Tables.copy(edgeStarts)
            self.edgeScalars = Tables.copy(edgeScalars)
            self.edgeTargets = Tables.copy(edgeTargets)
            self.rootNext = Tables.copy(rootNext)
            self.rootFilter = rootFilter
            self.outputStarts = Tables.copy(outputStarts)
            self.outputs = Tables.copy(outputs)
        }

        deinit {
            for buffer in [edgeStarts, edgeTargets, rootNext, outputStarts, outputs] {
                buffer.deallocate()
            }
            edgeScalars.deallocate()
        }

        private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
        }

        /// The state after `state` on `scalar`, or -1.
        @inline(__always)
        func step(_ state: Int, _ scalar: UInt32) -> Int {
            if state == 0, !rootNext.isEmpty {
                return Int(scalar) < rootNext.count ? Int(rootNext[Int(scalar)]) : find(scalar, in: 0)
            }
            return find(scalar, in: state)
        }

        /// `state`'s transition on `scalar`: a short run is read in order, a long one by halves.
        @inline(__always)
        private func find(_ scalar: UInt32, in state: Int) -> Int {
            let end = Int(edgeStarts[state + 1])
            var low = Int(edgeStarts[state])
            if end - low <= 8 {
                while low < end {
                    if edgeScalars[low] == scalar { return Int(edgeTargets[low]) }
                    low += 1
                }
                return -1
            }
            var high = end
            while low < high {
                let mid = (low + high) / 2
                if edgeScalars[mid] < scalar { low = mid + 1 } else { high = mid }
            }
            return low < end && edgeScalars[low] == scalar ? Int(edgeTargets[low]) : -1
        }
    }

    /// The trie while it is built: every edge in one open-addressing table keyed by state and
    /// scalar, sized from the keys' total length (the most edges there can be), so building
    /// allocates a handful of arrays rather than one per state.
    private struct Trie {
        private var slotKeys: [UInt64]
        private var slotTargets: [Int32]
        private let mask: Int
        /// Edges in the order made.
        private var edgeFrom: [Int32] = []
        private var edgeScalar: [UInt32] = []
        private var edgeTo: [Int32] = []
        private(set) var stateCount = 1
        /// Per key, in key order, the state it ends at (0, the root, for an empty key).
        private(set) var keyStates: [Int32] = []

        init(scalars: Int) {
            var size = 16
            while size < 2 * scalars + 2 { size *= 2 }
            slotKeys = Array(repeating: 0, count: size)
            slotTargets = Array(repeating: 0, count: size)
            mask = size - 1
        }

        /// The slot of an edge's key, or of the empty slot where it would go. Keys are
        /// `(state + 1) << 32 | scalar`, never 0, which marks an empty slot.
        private func slot(_ key: UInt64) -> Int {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
            while slotKeys[slot] != 0 && slotKeys[slot] != key { slot = (slot + 1) & mask }
            return slot
        }

        mutating func insert(_ key: [Unicode.Scalar]) {
            var state = 0
            for c in key {
                let f = ScalarTrie.fold(c)
                let edge = UInt64(state + 1) << 32 | UInt64(f)
                let slot = slot(edge)
                if slotKeys[slot] == edge {
                    state = Int(slotTargets[slot])
                    continue
                }
                let next = stateCount
                stateCount += 1
                slotKeys[slot] = edge
                slotTargets[slot] = Int32(next)
                edgeFrom.append(Int32(state))
                edgeScalar.append(f)
                edgeTo.append(Int32(next))
                state = next
            }
            keyStates.append(Int32(state))
        }

        /// The edges grouped by state (`starts` has one more entry than there are states), each
        /// state's sorted by scalar.
        func layOut() -> (starts: [Int32], scalars: [UInt32], targets: [Int32]) {
            var starts = [Int32](repeating: 0, count: stateCount + 1)
            for from in edgeFrom { starts[Int(from) + 1] += 1 }
            for s in 0..<stateCount { starts[s + 1] += starts[s] }
            var fill = Array(starts.dropLast())
            var scalars = [UInt32](repeating: 0, count: edgeFrom.count)
            var targets = [Int32](repeating: 0, count: edgeFrom.count)
            for e in edgeFrom.indices {
                let at = Int(fill[Int(edgeFrom[e])])
                fill[Int(edgeFrom[e])] += 1
                scalars[at] = edgeScalar[e]
                targets[at] = edgeTo[e]
            }
            for s in 0..<stateCount where starts[s + 1] - starts[s] > 1 {
                let range = Int(starts[s])..<Int(starts[s + 1])
                if range.count <= 16 {
                    // Most states branch a few ways: sorted in place, without an array of pairs.
                    for k in range.dropFirst() {
                        let scalar = scalars[k], target = targets[k]
                        var j = k
                        while j > range.lowerBound, scalars[j - 1] > scalar {
                            scalars[j] = scalars[j - 1]
                            targets[j] = targets[j - 1]
                            j -= 1
                        }
                        scalars[j] = scalar
                        targets[j] = target
                    }
                    continue
                }
                let sorted = range.map { (scalars[$0], targets[$0]) }.sorted { $0.0 < $1.0 }
                for (k, edge) in zip(range, sorted) {
                    scalars[k] = edge.0
                    targets[k] = edge.1
                }
            }
            return (starts, scalars, targets)
        }
    }
}
