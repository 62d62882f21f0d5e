import Foundation

/// A temporary folder for one test's files, removed with everything in it when the last holder
/// lets go (a suite instance lives for one test), so test runs leave nothing in /tmp.
public final class ScratchFolder: Sendable {
    public let url: URL

    public init(_ prefix: String = "dealgraph-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    /// A new empty subfolder, so files of the same name never meet.
    public func subfolder() throws -> URL {
        let folder = url.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `bytes` to a file called `name` in a new subfolder and returns its URL.
    public func file(_ name: String, _ bytes: some Sequence<UInt8>) throws -> URL {
        let url = try subfolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
