import Testing
@testable import DossierAnalysis

/// Journalists named in a credit line are not actors of the news. Paragraphs written for these tests.
@Suite struct ActorCreditLineTests {
    @Test func namesAfterReportingOrEditingByAreNoActors() throws {
        let f = ActorFixture("""
        Mayor Dana Whitlock said on Tuesday the bridge would reopen in spring. "We are nearly done," Whitlock said.

        (Additional reporting by Priya Hollister; Editing by Tobias Marchant and Ruth Okafor.)
        """)
        #expect(f.actor("Dana Whitlock") != nil, "\(f.actorNames)")
        for name in ["Priya Hollister", "Tobias Marchant", "Ruth Okafor"] { #expect(f.actor(name) == nil, "\(f.actorNames)") }
    }

    @Test func namesBeforeContributedReportingAreNoActors() throws {
        let f = ActorFixture("""
        Governor Lena Strand signed the budget on Friday, her office said.

        Marcus Abernathy contributed reporting.
        """)
        #expect(f.actor("Lena Strand") != nil, "\(f.actorNames)")
        #expect(f.actor("Marcus Abernathy") == nil, "\(f.actorNames)")
    }

    @Test func aJournalistWhoSpeaksElsewhereStaysAnActor() throws {
        let f = ActorFixture("""
        Tobias Marchant, a reporter, said he was stopped at the border on Monday.

        (Reporting by Tobias Marchant; Editing by Ruth Okafor.)
        """)
        #expect(f.actor("Tobias Marchant") != nil, "\(f.actorNames)")
        #expect(f.actor("Ruth Okafor") == nil, "\(f.actorNames)")
    }
}
