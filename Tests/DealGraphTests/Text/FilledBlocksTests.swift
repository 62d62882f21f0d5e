import Testing
@testable import DealGraph

/// Tables started from `FilledBlocks` are what `Array(repeating:count:)` makes, at every length:
/// empty, inside a block, a block exactly, and past it (made the usual way).
@Suite struct FilledBlocksTests {
    private let counts = [0, 1, 2, 17, 300, FilledBlocks.count - 1, FilledBlocks.count, FilledBlocks.count + 1, 3 * FilledBlocks.count]

    @Test func everyBlockHoldsOnlyItsValue() {
        #expect(FilledBlocks.zeroInts.count == FilledBlocks.count && FilledBlocks.zeroInts.allSatisfy { $0 == 0 })
        #expect(FilledBlocks.minusOneInts.count == FilledBlocks.count && FilledBlocks.minusOneInts.allSatisfy { $0 == -1 })
        #expect(FilledBlocks.falses.count == FilledBlocks.count && FilledBlocks.falses.allSatisfy { !$0 })
        #expect(FilledBlocks.zeroWords.count == FilledBlocks.count && FilledBlocks.zeroWords.allSatisfy { $0 == 0 })
    }

    @Test func copiesAreRepeatedValuesOfTheRightLength() {
        for count in counts {
            #expect([Int](count: count, copiedFrom: FilledBlocks.minusOneInts) == [Int](repeating: -1, count: count), "\(count)")
            #expect([Int](count: count, copiedFrom: FilledBlocks.zeroInts) == [Int](repeating: 0, count: count), "\(count)")
            #expect([Bool](count: count, copiedFrom: FilledBlocks.falses) == [Bool](repeating: false, count: count), "\(count)")
            #expect([UInt64](count: count, copiedFrom: FilledBlocks.zeroWords) == [UInt64](repeating: 0, count: count), "\(count)")
        }
    }

    /// A copy is its own array: writing to it leaves the block as it was.
    @Test func writingToACopyLeavesTheBlock() {
        var wordAt = [Int](count: 5, copiedFrom: FilledBlocks.minusOneInts)
        wordAt[2] = 7
        #expect(wordAt == [-1, -1, 7, -1, -1])
        #expect(FilledBlocks.minusOneInts.prefix(5).allSatisfy { $0 == -1 })
    }

    /// The tables of a real sentence: which word holds each scalar, -1 between words.
    @Test func sentenceWordsStartFromTheBlock() {
        let words = SentenceWords(Array("삼성전자는 17일 화이자와 협약을 맺었다.".unicodeScalars))
        #expect(words.wordAt.count == 23)
        #expect(words.wordAt.prefix(6) == [0, 0, 0, 0, 0, -1])
        #expect(words.wordAt.last == -1)
    }
}
