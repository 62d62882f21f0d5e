import Foundation
import Testing
@testable import DealGraph

@Suite struct OrderedParallelMapTests {
    /// Uneven work (some items far slower), so threads finish out of order; results must not.
    @Test func resultsComeInInputOrderWhateverTheThreads() {
        let inputs = Array(0..<2_000)
        let expected = inputs.map { slowSquare($0) }
        for jobs in [1, 2, 4, 7] {
            var items = inputs.makeIterator()
            var delivered: [Int] = []
            OrderedParallelMap(jobs: jobs, windowItems: 64).run(&items, size: { _ in 1 }, transform: slowSquare,
                                                                deliver: { delivered.append($0) })
            #expect(delivered == expected, "jobs \(jobs)")
        }
    }

    /// No more than a window of items is read ahead of what has been delivered.
    @Test func readsAtMostAWindowAhead() {
        let counter = CountingItems(limit: 1_000)
        var items = counter
        var delivered = 0
        var furthestAhead = 0
        OrderedParallelMap(jobs: 3, windowItems: 50, windowBytes: 1 << 30).run(&items, size: { _ in 1 }, transform: { $0 },
                                                                                 deliver: { _ in
            delivered += 1
            furthestAhead = max(furthestAhead, counter.read - delivered)
        })
        #expect(delivered == 1_000)
        #expect(furthestAhead < 50)
    }

    @Test func theByteBudgetClosesAWindowEarly() {
        // Items of 10 bytes, a budget of 25: windows of three items at most.
        let counter = CountingItems(limit: 30)
        var items = counter
        var aheadAtDelivery: [Int] = []
        var delivered = 0
        OrderedParallelMap(jobs: 2, windowItems: 100, windowBytes: 25).run(&items, size: { _ in 10 }, transform: { $0 },
                                                                           deliver: { _ in
            delivered += 1
            aheadAtDelivery.append(counter.read - delivered)
        })
        #expect(delivered == 30)
        #expect(aheadAtDelivery.allSatisfy { $0 < 3 })
    }
}

/// The items 1…limit, counting how many have been read (the iterator and the counter are one object).
private final class CountingItems: IteratorProtocol {
    let limit: Int
    private(set) var read = 0

    init(limit: Int) { self.limit = limit }

    func next() -> Int? {
        guard read < limit else { return nil }
        read += 1
        return read
    }
}

@Sendable private func slowSquare(_ n: Int) -> Int {
    var x = n
    for _ in 0..<(n % 97 == 0 ? 20_000 : 10) { x = (x &* 31 &+ 7) % 1_000_003 }
    return n * n + (x > 2_000_000 ? 1 : 0)
}
