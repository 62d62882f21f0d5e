import Dispatch
import Foundation

/// Maps a stream of items on several threads and hands the results on in input order, holding
/// only a bounded window of items at a time.
///
/// Items are taken in windows of at most `windowItems` items or `windowBytes` input bytes; the
/// threads share out a window's items one by one (so a long article does not hold the others
/// up), and its results reach `deliver` in order before the next window is read. Memory is
/// bounded by the window, whatever the length of the stream; the output is the same bytes
/// whatever the number of threads.
public struct OrderedParallelMap: Sendable {
    public var jobs: Int
    public var windowItems: Int
    public var windowBytes: Int

    /// `jobs` threads (at least 1); a window of `windowItems` items and about `windowBytes` bytes.
    public init(jobs: Int, windowItems: Int = 1024, windowBytes: Int = 16 << 20) {
        self.jobs = max(1, jobs)
        self.windowItems = max(1, windowItems)
        self.windowBytes = max(1, windowBytes)
    }

    /// The processors this machine offers.
    public static var availableCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    public func run<Items: IteratorProtocol, Output>(
        _ items: inout Items, size: (Items.Element) -> Int,
        transform: @Sendable (Items.Element) -> Output, deliver: (Output) -> Void
    ) where Items.Element: Sendable {
        var window: [Items.Element] = []
        window.reserveCapacity(windowItems)
        while true {
            window.removeAll(keepingCapacity: true)
            var bytes = 0
            while window.count < windowItems, bytes < windowBytes, let item = items.next() {
                bytes += size(item)
                window.append(item)
            }
            if window.isEmpty { return }
            for output in map(window, transform) { deliver(output) }
        }
    }

    /// `transform` of every element, in order, computed on up to `jobs` threads.
    public func map<Input: Sendable, Output>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        let threads = min(jobs, inputs.count)
        if threads <= 1 { return inputs.map(transform) }
        let results = ResultSlots<Output>(count: inputs.count)
        let claim = NSLock()
        var nextIndex = 0
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedBox { () -> Int? in
                claim.lock()
                defer { claim.unlock() }
                guard nextIndex < inputs.count else { return nil }
                nextIndex += 1
                return nextIndex - 1
            }
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let index = work.value() {
                    results.store(transform(inputs[index]), at: index)
                }
            }
        }
        return results.take()
    }
}

/// One slot per result, each written by exactly one thread before `take()` reads them all.
/// Raw memory, not an array: threads writing different slots of one array would be flagged as
/// overlapping accesses.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: Output, at index: Int) { base[index] = value }

    func take() -> [Output] { (0..<count).map { base[$0]! } }
}

/// A closure shared by the threads of one `concurrentPerform`; its state is guarded by a lock.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
