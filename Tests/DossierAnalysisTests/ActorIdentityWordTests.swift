import Testing
@testable import DossierAnalysis

/// A word of party, creed or origin alone describes someone; it names no actor. Paragraphs
/// written for these tests.
@Suite struct ActorIdentityWordTests {
    @Test func aPartyOrCreedWordAloneIsNoActor() throws {
        let names = Analyzer().analyze("""
        Hadley wins in Ohio

        In heavily Democratic or Republican counties, turnout was high, and Six in 10 Republican said they backed Mark Hadley. Hadley, who is Roman Catholic, thanked voters. "I am a proud Latina," said Rosa Delgado, a volunteer.
        """).actors.map(\.name)
        for word in ["Republican", "Democratic", "Roman Catholic", "Latina"] { #expect(!names.contains(word)) }
        #expect(names.contains("Mark Hadley") && names.contains("Rosa Delgado"))
    }

    @Test func thePluralIsStillAGroup() throws {
        let f = ActorFixture("""
        Vote delayed

        Republicans said on Monday that the vote would wait. Democrats protested outside the building.
        """)
        #expect(f.actor("Republicans") != nil)
        #expect(f.actor("Democrats") != nil)
    }
}
