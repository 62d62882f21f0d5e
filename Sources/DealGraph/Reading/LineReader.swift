import Foundation

/// Reads a file, or standard input, a line at a time through a fixed-size buffer, so a JSON Lines
/// corpus of any size is held one line (and one chunk) at a time.
public final class LineReader {
    /// Bytes asked of the system per read.
    public static let chunkSize = 1 << 20
    /// A longer line is skipped with an error rather than held: nothing sane is this long, and
    /// memory stays bounded whatever the input.
    public static let maxLineLength = 64 << 20

    /// A line, numbered from 1, without its "\n" and "\r".
    public struct Line: Sendable {
        public let number: Int
        public let bytes: [UInt8]
    }

    public let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// Start of the unread part of `buffer`.
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0

    /// Opens `path` (`-` is standard input).
    public init(path: String) throws(InputError) {
        self.path = path
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
        } else {
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                throw InputError(source: path, reason: "cannot open for reading (\(String(cString: strerror(errno))))")
            }
            descriptor = opened
            ownsDescriptor = true
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line; nil at the end. A line over `maxLineLength` is skipped, its number in the error.
    public func next() throws(InputError) -> Line? {
        var searchFrom = position
        var skipping = false
        while true {
            if let newline = firstNewline(from: searchFrom) {
                lineNumber += 1
                let start = position
                position = newline + 1
                if skipping { throw tooLong() }
                return Line(number: lineNumber, bytes: trimmedCR(buffer[start..<newline]))
            }
            if atEnd {
                guard position < buffer.count || skipping else { return nil }
                lineNumber += 1
                let start = position
                position = buffer.count
                if skipping { throw tooLong() }
                return Line(number: lineNumber, bytes: trimmedCR(buffer[start...]))
            }
            // Keep only the unfinished line, then read more.
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            if buffer.count > LineReader.maxLineLength {
                skipping = true
                buffer.removeAll(keepingCapacity: false)
            }
            searchFrom = buffer.count
            try fill()
        }
    }

    /// The first line with more than spaces, read ahead but not consumed (nil for an empty input,
    /// or a first line over `maxLineLength`): to tell a corpus from an article on standard input.
    public func peekFirstContentLine() throws(InputError) -> [UInt8]? {
        var lineStart = position
        var searchFrom = position
        while true {
            if let newline = firstNewline(from: searchFrom) {
                let line = trimmedCR(buffer[lineStart..<newline])
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return line }
                lineStart = newline + 1
                searchFrom = lineStart
                continue
            }
            if atEnd {
                let line = trimmedCR(buffer[min(lineStart, buffer.count)...])
                return line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? nil : line
            }
            if buffer.count - lineStart > LineReader.maxLineLength { return nil }
            searchFrom = buffer.count
            try fill()
        }
    }

    /// Everything not yet read, as one block (an article read from standard input); an error past
    /// `limit` bytes.
    public func rest(limit: Int) throws(InputError) -> [UInt8] {
        while !atEnd {
            try fill()
            if buffer.count - position > limit {
                throw InputError(source: path, reason: "larger than \(limit >> 20) MiB: not an article (split a corpus into JSON Lines)")
            }
        }
        defer { buffer = []; position = 0 }
        return Array(buffer[position...])
    }

    private func tooLong() -> InputError {
        InputError(source: "\(path):\(lineNumber)", reason: "line longer than \(LineReader.maxLineLength >> 20) MiB skipped")
    }

    private func firstNewline(from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { all -> Int? in
            guard let base = all.baseAddress,
                  let found = memchr(base + start, 0x0A, all.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func trimmedCR(_ line: ArraySlice<UInt8>) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : Array(line)
    }

    private func fill() throws(InputError) {
        let old = buffer.count
        buffer.reserveCapacity(old + LineReader.chunkSize)
        var failure: Int32 = 0
        var got = 0
        buffer.append(contentsOf: repeatElement(0, count: LineReader.chunkSize))
        buffer.withUnsafeMutableBufferPointer { all in
            while true {
                let n = read(descriptor, all.baseAddress! + old, LineReader.chunkSize)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno } else { got = n }
                break
            }
        }
        buffer.removeLast(LineReader.chunkSize - got)
        if failure != 0 {
            atEnd = true
            throw InputError(source: path, reason: "read failed (\(String(cString: strerror(failure))))")
        }
        if got == 0 { atEnd = true }
    }
}
