import Testing
@testable import DealGraph

@Suite struct SpanTests {
    /// Evidence gathered from a sentence cited three times comes out once, in text order.
    @Test func sortedUniqueIsTheSetOfSpansInOrder() {
        let source = SourceText("대웅제약은 에이치케이이노엔과 기술수출 계약을 체결했다. 계약 규모는 1조원이다.")
        let first = source.span(0, 30), second = source.span(31, 43)
        let gathered = [second, first, second, first, second]
        #expect(gathered.sortedUnique() == [first, second])
        #expect(gathered.sortedUnique() == Array(Set(gathered)).sorted())
        #expect([Span]().sortedUnique().isEmpty)
    }
}
