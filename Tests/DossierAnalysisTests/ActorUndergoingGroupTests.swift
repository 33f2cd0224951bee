import Testing
@testable import DossierAnalysis

/// A group that is only the subject of a passive ("the guests are introduced") or of "be" and
/// where they are ("aides are on hand") does not act; one that says where it stands ("critics
/// are opposed to the plan") does. Paragraphs written for these tests.
@Suite struct ActorUndergoingGroupTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aGroupThatIsOnlyIntroducedDoesNotAct() {
        let a = actors("""
        Mayor Harlan Voss opened the harbour festival on Saturday. Visiting fishermen are introduced one by one, and harbour stewards are on hand to guide them.
        """)
        #expect(!a.contains { $0.name.contains("fishermen") }, "\(a.map(\.name))")
        #expect(!a.contains { $0.name.contains("stewards") }, "\(a.map(\.name))")
    }

    @Test func aGroupThatIsOpposedToSomethingTakesAStance() {
        let a = actors("""
        Mayor Harlan Voss wants a new toll on the harbour bridge. Local fishermen are opposed to the toll.
        """)
        #expect(a.contains { $0.name.contains("fishermen") }, "\(a.map(\.name))")
    }
}
