import Testing
@testable import DossierAnalysis

/// The plural of a surname the article gives someone in full. Paragraphs written for these tests.
@Suite struct ActorFamilyNameTests {
    @Test func theFamilyOfSomeoneNamedIsNoActorOfItsOwn() throws {
        let f = ActorFixture("""
        Senator Roy Castell hosted a dinner on Friday. The Castells greeted each guest at the door, and Castell said the evening was a success.
        """)
        #expect(f.actor("Roy Castell") != nil, "\(f.actorNames)")
        #expect(f.actor("Castells") == nil, "\(f.actorNames)")
    }
}
