import Foundation

/// A one-line progress report on stderr for long runs: documents done (of the total when the
/// inputs tell it), MB read, MB/s and the time left. Shown when stderr is a terminal or with
/// `--progress`; stdout carries only data. Colour only on a terminal and without `NO_COLOR`.
final class ProgressReporter {
    private let enabled: Bool
    private let redraws: Bool
    private let colour: Bool
    private let totalBytes: Int?
    private let totalDocuments: Int?
    private let started = Date()
    private lazy var lastShown = started
    private var documents = 0
    private var bytes = 0
    private var lineShown = false

    init(forced: Bool, totalBytes: Int?, totalDocuments: Int?) {
        let terminal = isatty(2) == 1
        enabled = forced || terminal
        redraws = terminal
        colour = terminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        self.totalBytes = totalBytes
        self.totalDocuments = totalDocuments
    }

    /// Counts `count` more documents of `size` bytes; redraws at most four times a second.
    func advance(documents count: Int, bytes size: Int) {
        documents += count
        bytes += size
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= (redraws ? 0.25 : 2) else { return }
        lastShown = now
        show(status(now: now))
    }

    /// A warning or error: printed on its own line, the progress line redrawn after it.
    func message(_ text: String) {
        clear()
        Console.error(text)
    }

    /// The final figures, once, when progress was shown.
    func finish() {
        guard enabled else { return }
        show(status(now: Date()))
        if redraws { FileHandle.standardError.write(Data("\n".utf8)) }
        lineShown = false
    }

    private func status(now: Date) -> String {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let megabytes = Double(bytes) / 1_000_000
        let rate = megabytes / seconds
        var text = "\(documents)"
        if let totalDocuments { text += "/\(totalDocuments)" }
        text += " documents · " + String(format: "%.1f", megabytes)
        if let totalBytes, totalBytes > 0 {
            text += String(format: "/%.1f MB", Double(totalBytes) / 1_000_000)
            let percent = min(100, 100 * Double(bytes) / Double(totalBytes))
            let shown = String(format: "%.0f%%", percent)
            text = (colour ? "\u{1B}[1m\(shown)\u{1B}[0m" : shown) + " " + text
            if rate > 0, bytes < totalBytes {
                text += " · ETA " + Self.duration(Double(totalBytes - bytes) / 1_000_000 / rate)
            }
        } else {
            text += " MB"
        }
        text += String(format: " · %.2f MB/s", rate)
        return text
    }

    private func show(_ text: String) {
        let line = redraws ? "\r\(text)\u{1B}[K" : "dealgraph: \(text)\n"
        FileHandle.standardError.write(Data(line.utf8))
        lineShown = redraws
    }

    private func clear() {
        guard lineShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lineShown = false
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 360_000 else { return "--:--" }
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                             : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
