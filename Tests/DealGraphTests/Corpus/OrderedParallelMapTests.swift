import Dispatch
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

extension OrderedParallelMapTests {
    /// Reading goes on while earlier items are transformed: item 2's transform waits until item 5
    /// has been read, as soon as item 1 is delivered. A map that read a window of four, transformed
    /// it whole and only then read on would never read item 5 first. The wait has a generous
    /// bound, so a regression fails rather than hangs.
    @Test func readingOverlapsTransforming() {
        let fourthRead = DispatchSemaphore(value: 0)
        let counter = SignallingItems(limit: 40, signalAt: 5, semaphore: fourthRead)
        var items = counter
        var delivered: [Int] = []
        OrderedParallelMap(jobs: 2, windowItems: 4).run(&items, size: { _ in 1 }, transform: { item -> Int in
            if item == 2 { return fourthRead.wait(timeout: .now() + 60) == .success ? item : -item }
            return item
        }, deliver: { delivered.append($0) })
        #expect(delivered == Array(1...40))
    }

    @Test func theDefaultQueueGrowsWithTheThreads() {
        #expect(OrderedParallelMap(jobs: 1).windowItems == 32)
        #expect(OrderedParallelMap(jobs: 2).windowItems == 32)
        #expect(OrderedParallelMap(jobs: 16).windowItems == 128)
        #expect(OrderedParallelMap(jobs: 2, windowItems: 0).windowItems == 1)
    }

    @Test func emptyStreamsAndMoreThreadsThanItems() {
        for jobs in [1, 2, 8] {
            var none = [Int]().makeIterator()
            var delivered: [Int] = []
            OrderedParallelMap(jobs: jobs).run(&none, size: { _ in 1 }, transform: { $0 }, deliver: { delivered.append($0) })
            #expect(delivered.isEmpty)
            var three = [5, 6, 7].makeIterator()
            OrderedParallelMap(jobs: jobs, windowItems: 1).run(&three, size: { _ in 1 }, transform: { $0 * 2 }, deliver: { delivered.append($0) })
            #expect(delivered == [10, 12, 14])
        }
    }
}

/// The items 1…limit; reading item `signalAt` signals `semaphore`.
private final class SignallingItems: IteratorProtocol {
    let limit: Int
    let signalAt: Int
    let semaphore: DispatchSemaphore
    private var read = 0

    init(limit: Int, signalAt: Int, semaphore: DispatchSemaphore) {
        self.limit = limit
        self.signalAt = signalAt
        self.semaphore = semaphore
    }

    func next() -> Int? {
        guard read < limit else { return nil }
        read += 1
        if read == signalAt { semaphore.signal() }
        return read
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
