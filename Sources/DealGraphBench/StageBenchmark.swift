import DealGraph
import Dispatch
import Foundation

/// Times each stage of the pipeline over a JSON Lines corpus, then the whole extract path
/// streaming from the file on one thread and on all of them.
struct StageBenchmark {
    struct Row {
        let name: String
        let seconds: Double
        let megabytes: Double
        let documents: Int

        var line: String {
            name.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: " %9.2f s %10.2f MB/s %10.0f docs/s", seconds,
                   megabytes / max(seconds, 1e-9), Double(documents) / max(seconds, 1e-9))
        }
    }

    let path: String
    let jobs: Int

    /// Documents whose stages are timed together: the corpus is read batch by batch, each stage
    /// timed over the batch held in memory, so memory holds one batch whatever the corpus size.
    static let batchSize = 1_000

    /// The stages, in pipeline order.
    static let stageNames = ["read+clean", "amounts", "dates", "entities", "deals", "JSON writing"]

    /// Per-stage rows (one thread), in pipeline order, then their sum.
    func stages() throws -> [Row] {
        var seconds = [Double](repeating: 0, count: Self.stageNames.count)
        var records: [(path: String, line: Int, bytes: [UInt8])] = []
        var inputBytes = 0
        var count = 0

        func time<T>(_ stage: Int, _ body: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = body()
            seconds[stage] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return result
        }

        func runStages() {
            let cleaned = time(0) { () -> [(Document, CleanedDocument)] in
                records.compactMap { record in
                    guard case .success(var document) = DocumentReader.record(record.bytes[...], path: record.path, line: record.line,
                                                                            published: nil) else { return nil }
                    if document.published == nil { document.published = PublicationDateDetector.detect(in: document.text) }
                    return (document, ArticleCleaner.clean(document))
                }
            }
            let amounts = time(1) { cleaned.map { MoneyExtractor.extract(from: $0.1.sentences, source: $0.1.source) } }
            let dates = time(2) {
                cleaned.map { DateExtractor.extract(from: $0.1.sentences, source: $0.1.source, reference: $0.0.published) }
            }
            let names = time(3) { cleaned.map { EntityExtractor.extract(from: $0.1.sentences, source: $0.1.source) } }
            let deals = time(4) {
                cleaned.indices.map { k in
                    DealExtractor.extract(from: cleaned[k].1.sentences, source: cleaned[k].1.source, entities: names[k].entities,
                                          mentions: names[k].mentions, amounts: amounts[k].amounts, dates: dates[k],
                                          reference: cleaned[k].0.published, relations: names[k].relations)
                }
            }
            let extractions = cleaned.indices.map { k in
                Extraction(document: cleaned[k].0, entities: names[k].entities, relations: names[k].relations,
                           deals: deals[k].deals, aggregates: deals[k].aggregates, amounts: amounts[k].amounts, dates: dates[k])
            }
            _ = time(5) { extractions.map { ExtractionJSON.lineData($0).count }.reduce(0, +) }
            records.removeAll(keepingCapacity: true)
        }

        var items = CorpusItems(paths: [path])
        while let item = items.next() {
            guard case .line(let p, let n, let bytes, _) = item else { continue }
            records.append((p, n, bytes))
            inputBytes += bytes.count
            count += 1
            if records.count == Self.batchSize { runStages() }
        }
        if !records.isEmpty { runStages() }

        let megabytes = Double(inputBytes) / 1_000_000
        var rows = zip(Self.stageNames, seconds).map { Row(name: $0, seconds: $1, megabytes: megabytes, documents: count) }
        rows.append(Row(name: "sum of stages", seconds: seconds.reduce(0, +), megabytes: megabytes, documents: count))
        return rows
    }

    /// The extract path as `dealgraph extract --format jsonl` runs it, streaming from the file,
    /// output counted and dropped.
    func endToEnd(jobs: Int) -> Row {
        let start = DispatchTime.now().uptimeNanoseconds
        var items = CorpusItems(paths: [path])
        var documents = 0
        var inputBytes = 0
        var outputBytes = 0
        OrderedParallelMap(jobs: jobs).run(&items, size: \.byteCount, transform: { item -> (Int, Int) in
            guard case .success(let (document, warnings)) = item.document(published: nil) else { return (0, item.byteCount) }
            let extraction = Pipeline.extract(document, warnings: warnings)
            return (ExtractionJSON.lineData(extraction).count, item.byteCount)
        }, deliver: { output, input in
            documents += 1
            inputBytes += input
            outputBytes += output
        })
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Row(name: "end to end, \(jobs) thread\(jobs == 1 ? "" : "s")", seconds: seconds,
                   megabytes: Double(inputBytes) / 1_000_000, documents: documents)
    }
}

/// Peak resident memory of this process so far, in MB (VmHWM), or nil off Linux.
func peakResidentMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }
    return nil
}
