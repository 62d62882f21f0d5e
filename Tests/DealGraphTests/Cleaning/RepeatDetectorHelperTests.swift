import Testing
@testable import DealGraph

/// The tables `RepeatDetector` keeps: bigram sets and the first sentence of each key.
@Suite struct RepeatDetectorHelperTests {
    private func key(_ text: String) -> [Unicode.Scalar] {
        RepeatDetector.identity(Array(text.unicodeScalars)[...])
    }

    private func bigrams(_ key: [Unicode.Scalar]) -> Set<UInt64> {
        guard key.count >= 2 else { return [] }
        return Set((1..<key.count).map { UInt64(key[$0 - 1].value) << 32 | UInt64(key[$0].value) })
    }

    @Test func sentenceIdentitiesAreReadInTheParagraphsPass() {
        let paragraph = Array("“셀트리온은 바이넥스와 CMO 계약을 맺었다.” 회사 관계자는 \"1조원 규모\"라고 말했다. 끝".unicodeScalars)
        let sentences = SentenceSplitter.split(paragraph)
        #expect(sentences.count == 3)
        let (whole, parts) = RepeatDetector.identity(of: paragraph, parts: sentences)
        #expect(whole == RepeatDetector.identity(paragraph[...]))
        #expect(parts.map(Array.init) == sentences.map { RepeatDetector.identity(paragraph[$0]) })
        #expect(parts[0].elementsEqual("셀트리온은바이넥스와cmo계약을맺었다".unicodeScalars))
        // Parts out of order or overlapping are read each on their own, with the same result.
        for shuffled in [[sentences[2], sentences[0]], [0..<10, 5..<20], [sentences[1], sentences[1]]] {
            let (again, scattered) = RepeatDetector.identity(of: paragraph, parts: shuffled)
            #expect(again == whole)
            #expect(scattered.map(Array.init) == shuffled.map { RepeatDetector.identity(paragraph[$0]) })
        }
        #expect(RepeatDetector.identity(of: [], parts: []) == ([], []))
    }

    @Test func bigramSetCountsDistinctPairs() {
        let lead = key("셀트리온은 바이넥스와 위탁생산(CMO) 계약을 맺었다고 밝혔다. 셀트리온은")
        let set = BigramSet(lead)
        #expect(set.count == bigrams(lead).count)
        #expect(set.contains(UInt64(Unicode.Scalar("셀").value) << 32 | UInt64(Unicode.Scalar("트").value)))
        #expect(!set.contains(UInt64(Unicode.Scalar("트").value) << 32 | UInt64(Unicode.Scalar("셀").value)))
        #expect(BigramSet([]).count == 0 && BigramSet(key("가")).count == 0)
    }

    @Test func sharedCountIsTheIntersection() {
        let a = key("유한양행은 얀센에 레이저티닙을 기술수출했다고 5일 밝혔다.")
        let b = key("유한양행은 얀센에 폐암 신약 레이저티닙을 기술수출했다고 5일 밝혔다.")
        let c = key("종근당은 노바티스와 1조7000억원 규모 계약을 체결했다.")
        for (x, y) in [(a, b), (a, c), (b, c), (a, a)] {
            let expected = bigrams(x).intersection(bigrams(y)).count
            #expect(BigramSet(x).sharedCount(with: BigramSet(y)) == expected)
            #expect(BigramSet(y).sharedCount(with: BigramSet(x)) == expected)
        }
    }

    @Test func similarityThresholdAgreesWithTheExactRatio() {
        let texts = [
            "유한양행은 얀센에 레이저티닙을 기술수출했다고 5일 밝혔다.",
            "유한양행은 얀센에 레이저티닙을 기술수출했다고 5일 밝혔다",
            "유한양행은 얀센에 폐암 신약 레이저티닙을 기술수출했다고 5일 밝혔다.",
            "유한양행은 얀센에 레이저티닙을 기술 수출했다고 6일 밝혔다.",
            "종근당은 노바티스와 1조7000억원 규모 계약을 체결했다.",
            "",
        ].map(key)
        for x in texts {
            for y in texts {
                let a = bigrams(x), b = bigrams(y)
                let shared = a.intersection(b).count
                let exact = a.isEmpty || b.isEmpty ? 0 : Double(shared) / Double(a.count + b.count - shared)
                for threshold in [0.5, 0.8, 0.9, 0.95, 1.0] {
                    #expect(BigramSet(x).similarity(to: BigramSet(y), reaches: threshold) == (exact >= threshold))
                }
            }
        }
    }

    @Test func keyIndexFindsQuotedCopiesByTheirHash() {
        var index = WordMap<Int>(capacity: 2)
        let lead = key("삼성바이오로직스는 일라이릴리와 위탁생산 계약을 체결했다.")
        let quoted = key("“삼성바이오로직스는 일라이릴리와 위탁생산 계약을 체결했다”")
        let other = key("삼성바이오에피스는 바이오젠과 판매 계약을 체결했다.")
        #expect(lead == quoted && lead != other)
        let leadHash = WordMap<Int>.hash(of: lead)
        #expect(index.value(for: lead, hash: leadHash) == nil)
        index.insertNew(lead, 3, hash: leadHash)
        #expect(index.value(for: quoted, hash: WordMap<Int>.hash(of: quoted)) == 3)
        #expect(index.value(for: other, hash: WordMap<Int>.hash(of: other)) == nil)
        index.insertNew(other, 5, hash: WordMap<Int>.hash(of: other))
        #expect(index.value(for: other) == 5 && index.value(for: lead) == 3)
        // Past the capacity asked for, the table grows and keeps every key.
        let many = (0..<100).map { key("문장 \($0)번째는 서로 다른 내용을 담고 있다.") }
        for (k, sentence) in many.enumerated() { index.insertNew(sentence, 100 + k, hash: WordMap<Int>.hash(of: sentence)) }
        #expect(index.count == 102)
        #expect(many.indices.allSatisfy { index.value(for: many[$0], hash: WordMap<Int>.hash(of: many[$0])) == 100 + $0 })
        #expect(index.value(for: lead) == 3)
    }

    @Test func repeatedLeadIsMarkedOnce() {
        let text = "셀트리온은 바이넥스와 위탁생산 계약을 맺었다고 3일 밝혔다.\n\n계약 규모는 공개하지 않았다.\n\n셀트리온은 바이넥스와 위탁생산 계약을 맺었다고 3일 밝혔다."
        let cleaned = ArticleCleaner.clean(Document(id: "t", source: "t", text: text))
        #expect(cleaned.sentences.map(\.repeats) == [nil, nil, 0])
    }
}
