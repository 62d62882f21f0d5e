import Testing
@testable import DealGraph

/// The keys and forms entity assembly compares names by.
@Suite struct EntityAssemblyTests {
    @Test func clusterKeysDropSpacesAndKeepEverythingElse() {
        #expect(NameCandidate.key(type: .company, surface: "아임뉴런 바이오사이언스") == "company:아임뉴런바이오사이언스")
        #expect(NameCandidate.key(type: .institution, surface: "KOTRA") == "institution:KOTRA")
        #expect(NameCandidate.key(type: .person, surface: "브라이언 블란쳇") == "person:브라이언블란쳇")
        #expect(NameCandidate.key(type: .company, surface: " ") == "company:")
    }

    @Test func comparableFormsFoldCaseAndSpacesOnly() {
        #expect(EntityScan.comparable("Samsung Biologics") == "samsungbiologics")
        #expect(EntityScan.comparable("SK 바이오팜") == "sk바이오팜")
        // Spaces go; a line break is folded to a space after that (as the trie reads it),
        // so a name broken over two lines keeps its gap.
        #expect(EntityScan.comparable("한빛\n전자") == "한빛 전자")
        #expect(EntityScan.comparable("대웅제약") == "대웅제약")
        #expect(EntityScan.comparable("Ünited") == "Ünited")   // only ASCII is folded
    }

    @Test func keyListIsASetBeforeAndAfterItOutgrowsTheList() {
        var list = KeyList([TextKey("한빛전자")])
        // `insert` says whether the key was new (asked outside `#expect`, which cannot mutate).
        func inserted(_ text: String) -> Bool { list.insert(TextKey(text)) }
        #expect(!inserted("한빛전자"))
        #expect(inserted("한빛"))
        // Past the short list's limit the keys move to a set: none is lost, none counted twice.
        let many = (0..<100).map { "회사\($0)" }
        let first = many.map(inserted)
        let second = many.map(inserted)
        #expect(first.allSatisfy { $0 } && second.allSatisfy { !$0 })
        let old = [inserted("한빛전자"), inserted("한빛")]
        #expect(old == [false, false])
        #expect(inserted("새회사"))
    }
}
