import Foundation
import Testing
import TestSupport
@testable import DealGraph

@Suite struct LineReaderTests {
    private let scratch = ScratchFolder("linereader")

    private func file(_ bytes: [UInt8]) throws -> String {
        try scratch.file("lines.jsonl", bytes).path
    }

    private func lines(_ path: String) throws -> [(Int, String)] {
        let reader = try LineReader(path: path)
        var out: [(Int, String)] = []
        while let line = try reader.next() { out.append((line.number, String(decoding: line.bytes, as: UTF8.self))) }
        return out
    }

    @Test func linesAcrossChunkBoundariesCRLFAndNoFinalNewline() throws {
        // The second line is longer than a read chunk, so it is assembled from several reads.
        let long = String(repeating: "한빛전자는 카이스트와 협약을 맺었다. ", count: LineReader.chunkSize / 40)
        let text = "{\"id\":\"a\"}\r\n\(long)\n\n마지막 줄"
        let read = try lines(try file(Array(text.utf8)))
        #expect(read.map(\.0) == [1, 2, 3, 4])
        #expect(read[0].1 == "{\"id\":\"a\"}")
        #expect(read[1].1 == long)
        #expect(read[2].1 == "")
        #expect(read[3].1 == "마지막 줄")
    }

    @Test func anEmptyFileHasNoLines() throws {
        #expect(try lines(try file([])).isEmpty)
    }

    @Test func aMissingFileIsAnInputError() {
        #expect(throws: InputError.self) { try LineReader(path: "/nonexistent/corpus.jsonl") }
    }

    @Test func aDirectoryFailsToReadWithAnError() throws {
        let reader = try LineReader(path: FileManager.default.temporaryDirectory.path)
        #expect(throws: InputError.self) { _ = try reader.next() }
    }

    @Test func peekingLeavesEveryByteForTheArticle() throws {
        let text = "\n\n  \n한빛전자는 카이스트와 협약을 맺었다.\n둘째 줄"
        let reader = try LineReader(path: try file(Array(text.utf8)))
        #expect(try reader.peekFirstContentLine() == Array("한빛전자는 카이스트와 협약을 맺었다.".utf8))
        #expect(try reader.rest(limit: 1 << 20) == Array(text.utf8))
    }

    @Test func restRefusesMoreThanItsLimit() throws {
        let reader = try LineReader(path: try file(Array(repeating: UInt8(ascii: "a"), count: 3 << 20)))
        #expect(throws: InputError.self) { _ = try reader.rest(limit: 1 << 20) }
    }
}
