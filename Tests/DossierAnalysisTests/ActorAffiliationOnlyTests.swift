import Testing
@testable import DossierAnalysis

/// A body named only as where a person works is no actor of its own. Paragraphs written for
/// these tests.
@Suite struct ActorAffiliationOnlyTests {
    @Test func aBodyBeforeAPersonsNameIsWhereTheyWork() throws {
        let f = ActorFixture("""
        Race tightens

        Some observers, including Lakeview State University at Millbrook professor Ada Brenner, criticized the plan. Lakeview State University's Tom Riggs agreed.
        """)
        #expect(f.actor("Lakeview State University") == nil, "\(f.actorNames)")
        #expect(f.actor("Ada Brenner") != nil && f.actor("Tom Riggs") != nil)
    }

    @Test func aBodyThatActsElsewhereStays() throws {
        let f = ActorFixture("""
        Race tightens

        Lakeview State University's Tom Riggs agreed. Lakeview State University said on Monday it would join the suit.
        """)
        #expect(f.actor("Lakeview State University") != nil, "\(f.actorNames)")
    }

    @Test func aBodyInARoleWithNoNameAfterIsWhereTheyWork() throws {
        let f = ActorFixture("""
        Veteran backs challenger

        Dan Okafor is a former U.S. Army captain and a lifelong Democrat. Okafor said on Tuesday he would vote for the challenger.
        """)
        #expect(f.actor("U.S. Army") == nil, "\(f.actorNames)")
        #expect(f.actor("Dan Okafor") != nil)
    }
}
