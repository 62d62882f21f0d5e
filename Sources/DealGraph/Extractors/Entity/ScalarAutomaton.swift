/// An Aho–Corasick automaton over Unicode scalars: every key found in one left-to-right pass.
///
/// Keys and text are compared with ASCII letters folded to lower case and line breaks read as
/// spaces, so "Sanofi", "SANOFI" and "sanofi" are one key.
///
/// The trie is built with a short list per state, then laid out flat for the scan, which reads
/// every scalar of every sentence: each state's transitions sit side by side, sorted by scalar
/// (most states have one or none), and the root, where most scalars are read, gets a direct
/// table when it is large.
struct ScalarAutomaton: Sendable {
    /// One occurrence of a key: scalars `start..<end` of the text hold key number `key`.
    struct Match: Sendable, Equatable {
        let start: Int
        let end: Int
        let key: Int
    }

    private(set) var keyLengths: [Int] = []
    private let failure: [Int32]
    /// State `s`'s transitions are `edgeScalars[edgeStarts[s]..<edgeStarts[s + 1]]`, sorted,
    /// with their targets beside them in `edgeTargets`.
    private let edgeStarts: [Int32]
    private let edgeScalars: [UInt32]
    private let edgeTargets: [Int32]
    /// The root's transitions by scalar, up to its last key below `rootLimit` (ASCII to Hangul),
    /// for a root with many transitions (the lexicon's); empty otherwise.
    private let rootNext: [Int32]
    private static let rootLimit: UInt32 = 0xD7A4
    /// For a root without `rootNext`, bit `scalar % 256` is set for every scalar it has a
    /// transition on: most scalars of a sentence start no key, and are passed over here.
    private let rootFilter: [UInt64]
    /// Keys ending at state `s` (those of its failure chain included) are
    /// `outputs[outputStarts[s]..<outputStarts[s + 1]]`.
    private let outputStarts: [Int32]
    private let outputs: [Int32]

    init(keys: [[Unicode.Scalar]]) {
        var trie = Trie()
        for key in keys {
            trie.insert(key)
            keyLengths.append(key.count)
        }
        trie.buildFailureLinks()
        failure = trie.failure

        var starts: [Int32] = []
        var scalars: [UInt32] = []
        var targets: [Int32] = []
        for edges in trie.transitions {
            starts.append(Int32(scalars.count))
            for (scalar, target) in edges.sorted(by: { $0.scalar < $1.scalar }) {
                scalars.append(scalar)
                targets.append(target)
            }
        }
        starts.append(Int32(scalars.count))
        edgeStarts = starts
        edgeScalars = scalars
        edgeTargets = targets

        var rootNext: [Int32] = []
        if trie.transitions[0].count >= 256 {
            let limit = Int(trie.transitions[0].map(\.scalar).filter { $0 < ScalarAutomaton.rootLimit }.max() ?? 0) + 1
            rootNext = Array(repeating: -1, count: limit)
            for (scalar, target) in trie.transitions[0] where scalar < ScalarAutomaton.rootLimit {
                rootNext[Int(scalar)] = target
            }
        }
        self.rootNext = rootNext
        var rootFilter = [UInt64](repeating: 0, count: 4)
        for (scalar, _) in trie.transitions[0] { rootFilter[Int(scalar & 0xFF) >> 6] |= 1 << UInt64(scalar & 63) }
        self.rootFilter = rootNext.isEmpty ? rootFilter : []

        var outputStarts: [Int32] = []
        var outputs: [Int32] = []
        for keys in trie.outputs {
            outputStarts.append(Int32(outputs.count))
            outputs += keys
        }
        outputStarts.append(Int32(outputs.count))
        self.outputStarts = outputStarts
        self.outputs = outputs
    }

    static func fold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v >= 0x41 && v <= 0x5A { return v + 0x20 }
        if v == 0x0A { return 0x20 }
        return v
    }

    /// The trie while it is built. A state's transitions are a short list read in order (most
    /// states have one); the root's, which are thousands for the lexicon, are also kept by scalar.
    private struct Trie {
        var transitions: [[(scalar: UInt32, target: Int32)]] = [[]]
        var rootTransitions: [UInt32: Int32] = [:]
        var failure: [Int32] = [0]
        var outputs: [[Int32]] = [[]]
        var keyCount: Int32 = 0

        func next(_ state: Int, _ scalar: UInt32) -> Int? {
            if state == 0 { return rootTransitions[scalar].map(Int.init) }
            for edge in transitions[state] where edge.scalar == scalar { return Int(edge.target) }
            return nil
        }

        mutating func insert(_ key: [Unicode.Scalar]) {
            let id = keyCount
            keyCount += 1
            guard !key.isEmpty else { return }
            var state = 0
            for c in key {
                let f = ScalarAutomaton.fold(c)
                if let next = next(state, f) {
                    state = next
                } else {
                    transitions.append([])
                    failure.append(0)
                    outputs.append([])
                    let next = transitions.count - 1
                    transitions[state].append((f, Int32(next)))
                    if state == 0 { rootTransitions[f] = Int32(next) }
                    state = next
                }
            }
            outputs[state].append(id)
        }

        mutating func buildFailureLinks() {
            // Breadth first, so a state's failure target (shallower) is complete before it.
            var queue: [Int] = transitions[0].map { Int($0.target) }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                for (c, nextState) in transitions[state] {
                    let next = Int(nextState)
                    queue.append(next)
                    var f = Int(failure[state])
                    while f != 0 && self.next(f, c) == nil { f = Int(failure[f]) }
                    let target = self.next(f, c) ?? 0
                    failure[next] = Int32(target == next ? 0 : target)
                    outputs[next].append(contentsOf: outputs[Int(failure[next])])
                }
            }
        }
    }

    /// The state after `state` on `scalar`, or -1.
    @inline(__always)
    private func step(_ state: Int, _ scalar: UInt32) -> Int {
        if state == 0, !rootNext.isEmpty {
            return Int(scalar) < rootNext.count ? Int(rootNext[Int(scalar)]) : find(scalar, in: 0)
        }
        return find(scalar, in: state)
    }

    /// `state`'s transition on `scalar`: a short run is read in order, a long one by halves.
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

    /// Every occurrence of every key in `text`, ordered by end, then by start.
    func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        var state = 0
        for (i, c) in text.enumerated() {
            let f = ScalarAutomaton.fold(c)
            // At the root, a scalar no key starts with leaves the automaton there (the root has no outputs).
            if state == 0, !rootFilter.isEmpty, rootFilter[Int(f & 0xFF) >> 6] & (1 << UInt64(f & 63)) == 0 { continue }
            var next = step(state, f)
            while next < 0 && state != 0 {
                state = Int(failure[state])
                next = step(state, f)
            }
            state = max(next, 0)
            for k in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
                let key = Int(outputs[k])
                result.append(Match(start: i + 1 - keyLengths[key], end: i + 1, key: key))
            }
        }
        return result
    }
}
