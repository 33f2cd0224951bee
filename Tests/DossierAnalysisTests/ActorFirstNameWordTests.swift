import Testing
@testable import DossierAnalysis

/// A first name that is also a common word, opening a sentence alone. Paragraphs written for these tests.
@Suite struct ActorFirstNameWordTests {
    @Test func aSentenceOpeningAdverbIsNoPerson() throws {
        let a = Analyzer().analyze("""
        Governor Ellen Marsh spent the holiday at a shelter. Soon after, the photo of Marsh turned up in a column suggesting that she was seeking attention.
        """)
        #expect(a.actors.contains { $0.name == "Ellen Marsh" }, "\(a.actors.map(\.name))")
        #expect(!a.actors.contains { $0.name == "Soon" }, "\(a.actors.map(\.name))")
    }

    @Test func theWordAsAFirstNameElsewhereStaysAName() throws {
        let a = Analyzer().analyze("""
        The volunteers were led by Hope, a nurse from the town, and her brother. Hope said the shelter needed more beds.
        """)
        #expect(a.actors.contains { $0.name == "Hope" }, "\(a.actors.map(\.name))")
    }
}
