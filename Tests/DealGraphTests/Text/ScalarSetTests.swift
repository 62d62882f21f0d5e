import Testing
@testable import DealGraph

/// The small scalar tables the cleaner and the date scanner ask on every scalar.
@Suite struct ScalarSetTests {
    @Test func setAnswersLikeASetOfScalars() {
        let particles: ScalarSet = ["은", "는", "이", "가", "을", "를", "의", "에", "는"]
        #expect(particles.count == 8)
        for c in "은는이가을를의에".unicodeScalars { #expect(particles.contains(c)) }
        for c in "삼성전자와셀트리온 .,A1".unicodeScalars { #expect(!particles.contains(c)) }
        // Neighbours of a member, and scalars beyond the largest member, are not members.
        let member = Unicode.Scalar("은").value
        #expect(!particles.contains(Unicode.Scalar(member + 1024)!))
        #expect(!particles.contains(Unicode.Scalar(member - 1024)!))
    }

    @Test func indexIsTheRankOfTheMember() {
        let set = ScalarSet("다나가".unicodeScalars)
        #expect(set.scalars == Array("가나다".unicodeScalars))
        #expect(set.index(of: "가") == 0)
        #expect(set.index(of: "다") == 2)
        #expect(set.index(of: "라") == nil)
        let empty: ScalarSet = []
        #expect(empty.isEmpty && !empty.contains("가"))
    }

    @Test func setsFromStringsAndUnionsKeepEveryMember() {
        let places = ScalarSet("시도군구")
        #expect(places.count == 4 && places.contains("군") && !places.contains("면"))
        // Members far apart (ASCII and Hangul) rank across the bitmap's words.
        let mixed = places.union(["C", "E", "O"])
        #expect(mixed.count == 7)
        #expect(mixed.scalars == Array("CEO구군도시".unicodeScalars))
        #expect(mixed.index(of: "O") == 2 && mixed.index(of: "구") == 3 && mixed.index(of: "시") == 6)
        #expect(!mixed.contains("😀") && mixed.index(of: "😀") == nil)
    }

    @Test func phraseListFindsAnyPhraseInALine() {
        let notices = ScalarPhraseList(["무단전재", "무단 전재", "재배포 금지", "ⓒ"])
        #expect(notices.occurs(in: Array("<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>".unicodeScalars)[...]))
        #expect(notices.occurs(in: Array("ⓒ".unicodeScalars)[...]))
        #expect(!notices.occurs(in: Array("유한양행은 얀센과 기술이전 계약을 맺었다고 밝혔다.".unicodeScalars)[...]))
        // A phrase cut off by the end of the line does not occur.
        #expect(!notices.occurs(in: Array("기사의 무단전".unicodeScalars)[...]))
        // Slices keep their own indices.
        let line = Array("앞부분 무단전재 뒷부분".unicodeScalars)
        #expect(notices.occurs(in: line[4...]))
        #expect(!notices.occurs(in: line[5...]))
        #expect(notices.phrases.first == Array("무단전재".unicodeScalars))
    }

    @Test func phraseListAgreesWithPhraseByPhraseSearch() {
        let phrases = ["기자", "특파원", "관련 기사", "관련기사", "Copyright", "(c)"]
        let list = ScalarPhraseList(phrases)
        let lines = ["홍길동 기자 hong@yna.co.kr", "[워싱턴=김철수 특파원]", "관련 기사 더보기", "Copyright (c) 2024",
                     "삼성바이오로직스는 3일 공시했다.", "관련", "", "기"]
        for line in lines {
            let scalars = Array(line.unicodeScalars)[...]
            #expect(list.occurs(in: scalars) == phrases.contains { scalars.containsScalars(Array($0.unicodeScalars)) })
        }
    }

    @Test func phraseListSkippingFindsWhatEveryScalarFinds() {
        // Lists whose window skips (every phrase two scalars or more), with phrases that repeat
        // scalars, hold one another, share a last scalar or end in a space, and lists that
        // cannot skip (a one-scalar phrase); lines drawn from a few scalars, so that phrases and
        // near misses are everywhere.
        let lists: [[String]] = [
            ["가나"], ["가가나", "나가"], ["가나가나", "나다"], ["가나다라", "다라", "라 가"],
            ["나 ", " 가나"], ["가", "나다라"], ["다라가나다", "가나다라가"],
            ["기사 듣기", "구독하기", "(예시)"], ["각각"],
        ]
        var seed: UInt64 = 0x2024_0305
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for phrases in lists {
            let list = ScalarPhraseList(phrases)
            let needles = phrases.map { Array($0.unicodeScalars) }
            let alphabet = Array(Set(needles.joined())) + ["x"]
            var found = 0
            for _ in 0..<400 {
                // Pieces: a scalar of the phrases (or none of them), a whole phrase, or a
                // phrase cut short (a near miss).
                var line: [Unicode.Scalar] = []
                for _ in 0..<next(6) {
                    let needle = needles[next(needles.count)]
                    switch next(20) {
                    case 0..<8: line.append(alphabet[next(alphabet.count)])
                    case 8..<11: line += needle
                    default: line += needle.prefix(next(needle.count))
                    }
                }
                let expected = needles.contains { line[...].containsScalars($0) }
                #expect(list.occurs(in: line[...]) == expected, "\(phrases) in \(String(String.UnicodeScalarView(line)))")
                if expected { found += 1 }
            }
            // Both answers were asked for many times.
            #expect(found > 20 && found < 380, "\(phrases): found in \(found) of 400 lines")
        }
    }

    @Test func sourceScalarsAreTheStringsScalars() {
        for text in ["", "ASCII only", "셀트리온, 1조3500억원 규모 CMO 계약 체결", "ⓒ 연합뉴스 “인용” 😀 é\r\n끝"] {
            #expect(SourceText.scalars(of: text) == Array(text.unicodeScalars))
        }
        // Scalars of one to four bytes at every offset from an eight-byte boundary, counted
        // eight bytes at a time and the rest one by one.
        for lead in 0..<8 {
            let text = String(repeating: "a", count: lead) + String(repeating: "é한😀x", count: 5)
            #expect(SourceText.scalars(of: text) == Array(text.unicodeScalars))
        }
    }

    @Test func spanTextsAreTheScalarsBetweenTheirOffsets() {
        // Every range of a text of one- to four-byte scalars, a CRLF pair (one Character), a
        // combining mark and a ZWJ emoji sequence: cut from the input's bytes, each span holds
        // exactly the scalars between its offsets, even where a Character would be split.
        let text = "A\r\n한é\u{301}😀\u{200D}🔥ⓒ “x”\n"
        let source = SourceText(text)
        let scalars = Array(text.unicodeScalars)
        #expect(source.count == scalars.count)
        for start in -1...(scalars.count + 1) {
            for end in -1...(scalars.count + 1) {
                let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
                let expected = String(String.UnicodeScalarView(scalars[lower..<upper]))
                let cut = source.slice(start, end)
                #expect(cut == expected && Array(cut.unicodeScalars) == Array(scalars[lower..<upper]), "\(start)..<\(end)")
            }
        }
        #expect(source.span(2, 4).text == "\n한" && source.span(2, 4).start == 2)
    }

    @Test func normalizerKeepsExactlyWhatItsSwitchLeavesAlone() {
        // Every BMP scalar, each followed by "x": a scalar is kept when the output holds it,
        // unchanged, at its own source offset.
        var text = ""
        for value in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(value) else { continue }
            text.unicodeScalars.append(c)
            text.unicodeScalars.append("x")
        }
        let source = SourceText(text)
        let out = TextNormalizer.normalize(MappedText(identity: source))
        var kept = Set<Int>()
        for k in 0..<out.count where out.ends[k] == out.starts[k] + 1 && out.scalars[k] == source.scalars[out.starts[k]] {
            kept.insert(out.starts[k])
        }
        for offset in stride(from: 0, to: source.count, by: 2) {
            let c = source.scalars[offset]
            #expect(TextNormalizer.keeps(c) == kept.contains(offset), "U+\(String(c.value, radix: 16))")
        }
    }

    @Test func normalizerCopiesUnchangedStretchesWithTheirMap() {
        let source = SourceText("１.５억 달러\r\n\u{200B}계약")
        let out = TextNormalizer.normalize(MappedText(identity: source))
        #expect(out.string == "1.5억 달러\n계약")
        // CRLF is one line break over both; the zero-width space leaves a gap in the map.
        #expect(out.starts == [0, 1, 2, 3, 4, 5, 6, 7, 10, 11])
        #expect(out.ends == [1, 2, 3, 4, 5, 6, 7, 9, 11, 12])
    }

    @Test func wordScalarsSkipOnlyPunctuationWithoutLetters() {
        for value in UInt32(0x2000)...0x206F {
            let c = Unicode.Scalar(value)!
            #expect(!c.properties.isAlphabetic, "U+\(String(value, radix: 16)) is a letter")
            #expect(!ScalarKind.isWord(c))
        }
        #expect(ScalarKind.isWord("삼") && ScalarKind.isWord("株") && ScalarKind.isWord("é") && ScalarKind.isWord("ª"))
        #expect(!ScalarKind.isWord("“") && !ScalarKind.isWord("·") && !ScalarKind.isWord("…"))
    }

    @Test func shortcutLetterBlocksAgreeWithTheAlphabeticProperty() {
        // Every scalar past ASCII: the blocks answered without the property lookup (Latin-1,
        // CJK ideographs, General Punctuation) must answer as the property does.
        var mismatches: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let c = Unicode.Scalar(value), !ScalarKind.isHangul(c) else { continue }
            if ScalarKind.isOtherLetter(c) != c.properties.isAlphabetic { mismatches.append("U+\(String(value, radix: 16))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func dateSpacesAreUnicodeWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(value) else { continue }
            if DateScalarReader.isSpace(c) != c.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16))")
            }
        }
        #expect(!DateScalarReader.isSpace(nil))
    }
}
