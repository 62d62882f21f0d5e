import Foundation

/// Growable bytes written through a pointer, for writers that make many small appends.
///
/// `[UInt8].append` checks uniqueness and capacity and calls into the generic append on every
/// call; writing an extraction makes hundreds of appends of a few bytes, and that overhead was a
/// fifth of its time. Noncopyable, so the memory has exactly one owner and is freed once.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Room for `extra` more bytes; amortised by doubling.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(UnsafeRawBufferPointer(bytes))
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The bytes, copied once into `Data` (for writing out without building a String).
    func data() -> Data {
        Data(bytes: base, count: count)
    }

    /// The bytes as a String (they must be UTF-8; `String` checks, and would repair).
    func string() -> String {
        String(unsafeUninitializedCapacity: count) { target in
            guard let address = target.baseAddress else { return 0 }
            address.initialize(from: base, count: count)
            return count
        }
    }
}
