/// An Aho–Corasick automaton over Unicode scalars: every key found in one left-to-right pass.
///
/// Keys and text are compared with ASCII letters folded to lower case and line breaks read as
/// spaces, so "Sanofi", "SANOFI" and "sanofi" are one key.
struct ScalarAutomaton: Sendable {
    /// One occurrence of a key: scalars `start..<end` of the text hold key number `key`.
    struct Match: Sendable, Equatable {
        let start: Int
        let end: Int
        let key: Int
    }

    private var transitions: [[UInt32: Int32]] = [[:]]
    private var failure: [Int32] = [0]
    /// Keys ending at each state, those of its failure chain included.
    private var outputs: [[Int32]] = [[]]
    private(set) var keyLengths: [Int] = []
    /// The transitions and outputs laid out flat for `matches`, built once the trie is complete.
    private var edges = Edges([])
    /// The root's transitions by scalar, up to its last key below `rootLimit` (ASCII to Hangul):
    /// most scalars of a text are read from the root, and this spares them the hash probe.
    private var rootNext: [Int32] = []
    private static let rootLimit: UInt32 = 0xD7A4
    private var outputStarts: [Int32] = []
    private var flatOutputs: [Int32] = []

    init(keys: [[Unicode.Scalar]]) {
        for key in keys { insert(key) }
        buildFailureLinks()
        edges = Edges(transitions)
        // Worth its memory for the lexicon's automaton, not for an article's few names.
        if transitions[0].count >= 256 {
            let limit = Int(transitions[0].keys.filter { $0 < ScalarAutomaton.rootLimit }.max() ?? 0) + 1
            rootNext = Array(repeating: -1, count: limit)
            for (scalar, target) in transitions[0] where scalar < ScalarAutomaton.rootLimit { rootNext[Int(scalar)] = target }
        }
        for keys in outputs {
            outputStarts.append(Int32(flatOutputs.count))
            flatOutputs += keys
        }
        outputStarts.append(Int32(flatOutputs.count))
    }

    /// (state, scalar) → next state in one open-addressed table: the text scan costs one multiply
    /// and usually one probe per scalar, where a dictionary per state costs a full hash.
    private struct Edges: Sendable {
        private var keys: [UInt64]
        private var targets: [Int32]
        private let shift: UInt64
        private static let empty = UInt64.max

        init(_ transitions: [[UInt32: Int32]]) {
            let count = transitions.reduce(0) { $0 + $1.count }
            var bits: UInt64 = 4
            while (1 << bits) < count * 2 { bits += 1 }
            shift = 64 - bits
            keys = Array(repeating: Edges.empty, count: 1 << bits)
            targets = Array(repeating: 0, count: 1 << bits)
            for (state, edges) in transitions.enumerated() {
                for (scalar, target) in edges.sorted(by: { $0.key < $1.key }) {
                    let key = UInt64(state) << 32 | UInt64(scalar)
                    var slot = slot(of: key)
                    while keys[slot] != Edges.empty { slot = (slot + 1) & (keys.count - 1) }
                    keys[slot] = key
                    targets[slot] = target
                }
            }
        }

        private func slot(of key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        /// The state after `state` on `scalar`, or -1.
        func next(_ state: Int, _ scalar: UInt32) -> Int {
            let key = UInt64(state) << 32 | UInt64(scalar)
            var slot = slot(of: key)
            while true {
                let found = keys[slot]
                if found == key { return Int(targets[slot]) }
                if found == Edges.empty { return -1 }
                slot = (slot + 1) & (keys.count - 1)
            }
        }
    }

    static func fold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v >= 0x41 && v <= 0x5A { return v + 0x20 }
        if v == 0x0A { return 0x20 }
        return v
    }

    private mutating func insert(_ key: [Unicode.Scalar]) {
        let id = Int32(keyLengths.count)
        keyLengths.append(key.count)
        guard !key.isEmpty else { return }
        var state = 0
        for c in key {
            let f = ScalarAutomaton.fold(c)
            if let next = transitions[state][f] {
                state = Int(next)
            } else {
                transitions.append([:])
                failure.append(0)
                outputs.append([])
                let next = transitions.count - 1
                transitions[state][f] = Int32(next)
                state = next
            }
        }
        outputs[state].append(id)
    }

    private mutating func buildFailureLinks() {
        var queue: [Int] = []
        for (_, next) in transitions[0] {
            failure[Int(next)] = 0
            queue.append(Int(next))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (c, nextState) in transitions[state] {
                let next = Int(nextState)
                queue.append(next)
                var f = Int(failure[state])
                while f != 0 && transitions[f][c] == nil { f = Int(failure[f]) }
                let target = transitions[f][c].map(Int.init) ?? 0
                failure[next] = Int32(target == next ? 0 : target)
                outputs[next].append(contentsOf: outputs[Int(failure[next])])
            }
        }
    }

    @inline(__always)
    private func root(_ scalar: UInt32) -> Int {
        Int(scalar) < rootNext.count ? Int(rootNext[Int(scalar)]) : edges.next(0, scalar)
    }

    /// Every occurrence of every key in `text`, ordered by end, then by start.
    func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        var state = 0
        for (i, c) in text.enumerated() {
            let f = ScalarAutomaton.fold(c)
            var next = state == 0 ? root(f) : edges.next(state, f)
            while next < 0 && state != 0 {
                state = Int(failure[state])
                next = state == 0 ? root(f) : edges.next(state, f)
            }
            state = max(next, 0)
            for k in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
                let key = Int(flatOutputs[k])
                result.append(Match(start: i + 1 - keyLengths[key], end: i + 1, key: key))
            }
        }
        return result
    }
}
