import Testing
@testable import DealGraph

/// A match written exactly as its key takes the key's string; any other writing builds its own.
@Suite struct KeyTextsTests {
    @Test func aMatchWrittenAsItsKeyTakesTheKeysString() {
        let fromTexts = KeyTexts(texts: ["셀트리온", "SK바이오팜", "한국수력원자력"])
        let fromScalars = KeyTexts(scalars: fromTexts.scalars)
        #expect(fromScalars.scalars == fromTexts.scalars)
        let sentence = Array("SK바이오팜은 한국수력원자력과 sk바이오팜 한국수력\n원자력".unicodeScalars)
        for keys in [fromTexts, fromScalars] {
            #expect(keys.text(ofKey: 1, matching: sentence[0..<6]) == "SK바이오팜")
            #expect(keys.text(ofKey: 2, matching: sentence[8..<15]) == "한국수력원자력")
            // Another case, a line break inside, another key: no string to take.
            #expect(keys.text(ofKey: 1, matching: sentence[17..<23]) == nil)
            #expect(keys.text(ofKey: 2, matching: sentence[24..<32]) == nil)
            #expect(keys.text(ofKey: 0, matching: sentence[0..<6]) == nil)
        }
    }
}
