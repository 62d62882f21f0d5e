import Foundation

/// Writes to stdout and stderr; the only place the CLI prints.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func out(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("dealgraph: \(message)\n".utf8))
    }
}

/// Exit codes, as swift-argument-parser uses them.
enum ExitCode {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
}
