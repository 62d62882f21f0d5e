import Dispatch
import Foundation

/// Maps a stream of items on several threads and hands the results on in input order, holding
/// only a bounded number of items at a time.
///
/// The calling thread reads items and delivers results; `jobs` worker threads transform the
/// items, each taking the next one as it comes free (so a long article does not hold the others
/// up). At most `windowItems` items, or about `windowBytes` input bytes, are read and not yet
/// delivered: memory is bounded whatever the length of the stream. Reading, transforming and
/// delivering overlap, so no core waits while the next items are read or results are written.
/// Results reach `deliver` in input order: the output is the same bytes whatever the number of
/// threads.
public struct OrderedParallelMap: Sendable {
    public var jobs: Int
    public var windowItems: Int
    public var windowBytes: Int

    /// `jobs` threads (at least 1); at most `windowItems` items (by default eight per thread,
    /// 32 at least) and about `windowBytes` bytes between reading and delivery.
    ///
    /// A short queue keeps each document's bytes and results warm in the cache from reading to
    /// writing: 1,024 documents read ahead cost two threads about a tenth of their speed on the
    /// 2-core machine, with nearly twice the page faults.
    public init(jobs: Int, windowItems: Int? = nil, windowBytes: Int = 16 << 20) {
        self.jobs = max(1, jobs)
        self.windowItems = max(1, windowItems ?? max(32, 8 * self.jobs))
        self.windowBytes = max(1, windowBytes)
    }

    /// How many results the reading thread waits for at once when it must wait: it then
    /// delivers them in a row instead of sleeping and waking for each.
    static let deliveryRun = 8

    /// The processors this machine offers.
    public static var availableCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Reads `items` to the end on the calling thread, transforms each on the worker threads, and
    /// hands the results to `deliver`, on the calling thread, in input order. `size` is an item's
    /// share of the byte budget. Returns once every item is delivered.
    public func run<Items: IteratorProtocol, Output>(
        _ items: inout Items, size: (Items.Element) -> Int,
        transform: @Sendable (Items.Element) -> Output, deliver: (Output) -> Void
    ) where Items.Element: Sendable {
        guard jobs > 1 else {
            // One thread: each item read, transformed and delivered in turn.
            while let item = items.next() { deliver(transform(item)) }
            return
        }
        let flow = Flow<Items.Element, Output>()
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedBox(transform)
            let workers = DispatchGroup()
            for _ in 0..<jobs {
                DispatchQueue.global().async(group: workers) {
                    while let (index, item) = flow.take() { flow.finish(index, work.value(item)) }
                }
            }
            // Sizes of the items read and not yet delivered, oldest first.
            var sizes: [Int] = []
            var oldest = 0
            var bytes = 0
            var read = 0
            var delivered = 0
            var exhausted = false
            while true {
                while !exhausted, read - delivered < windowItems, bytes < windowBytes {
                    guard let item = items.next() else {
                        exhausted = true
                        flow.close()
                        break
                    }
                    let itemSize = size(item)
                    sizes.append(itemSize)
                    bytes += itemSize
                    flow.put(read, item)
                    read += 1
                }
                guard delivered < read else { break }
                let output = flow.result(delivered, wakingAt: min(delivered + Self.deliveryRun, read) - 1)
                bytes -= sizes[oldest]
                oldest += 1
                if oldest >= 4_096 {
                    sizes.removeFirst(oldest)
                    oldest = 0
                }
                delivered += 1
                deliver(output)
            }
            workers.wait()
        }
    }
}

/// The items waiting for a worker and the results waiting for delivery. The reading thread
/// puts items and takes results; workers take items and put results. Each side has its own lock
/// and wakes only a thread that waits for what it brings.
private final class Flow<Input, Output>: @unchecked Sendable {
    private let queueCondition = NSCondition()
    private var queue: [(index: Int, item: Input)] = []
    private var head = 0
    private var closed = false

    private let resultCondition = NSCondition()
    private var results: [Int: Output] = [:]
    /// The result the reading thread waits for, if it waits.
    private var awaited: Int? = nil

    /// Queues item `index` for a worker.
    func put(_ index: Int, _ item: Input) {
        queueCondition.lock()
        queue.append((index, item))
        queueCondition.signal()
        queueCondition.unlock()
    }

    /// No more items will come: workers stop once the queue is empty.
    func close() {
        queueCondition.lock()
        closed = true
        queueCondition.broadcast()
        queueCondition.unlock()
    }

    /// The next item, waiting for one; nil once closed and empty.
    func take() -> (Int, Input)? {
        queueCondition.lock()
        defer { queueCondition.unlock() }
        while head == queue.count && !closed { queueCondition.wait() }
        guard head < queue.count else { return nil }
        let next = queue[head]
        head += 1
        if head >= 1_024 {
            queue.removeFirst(head)
            head = 0
        }
        return next
    }

    /// Stores the result of item `index`.
    func finish(_ index: Int, _ output: Output) {
        resultCondition.lock()
        results[index] = output
        if awaited == index { resultCondition.signal() }
        resultCondition.unlock()
    }

    /// The result of item `index`, waiting for it. A thread that must wait sleeps until item
    /// `later` is done as well (if it is not yet), so that it wakes to a run of results rather
    /// than once per item.
    func result(_ index: Int, wakingAt later: Int) -> Output {
        resultCondition.lock()
        defer { resultCondition.unlock() }
        var target = max(index, later)
        while true {
            if let output = results.removeValue(forKey: index) {
                awaited = nil
                return output
            }
            if results[target] != nil { target = index }
            awaited = target
            resultCondition.wait()
        }
    }
}

/// The transform, shared by the worker threads (it is `@Sendable`; the box only carries it past
/// `withoutActuallyEscaping`).
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
