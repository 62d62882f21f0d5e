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

    init(keys: [[Unicode.Scalar]]) {
        for key in keys { insert(key) }
        buildFailureLinks()
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

    /// Every occurrence of every key in `text`, ordered by end, then by start.
    func matches(in text: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        var state = 0
        for (i, c) in text.enumerated() {
            let f = ScalarAutomaton.fold(c)
            while state != 0 && transitions[state][f] == nil { state = Int(failure[state]) }
            state = transitions[state][f].map(Int.init) ?? 0
            for key in outputs[state] {
                let length = keyLengths[Int(key)]
                result.append(Match(start: i + 1 - length, end: i + 1, key: Int(key)))
            }
        }
        return result
    }
}
