import Testing
@testable import DossierAnalysis

/// A noun that a bare relative clause follows is no qualifier of a group. Paragraphs written for these tests.
@Suite struct ActorClauseNounTests {
    @Test func theReasonPeopleLeftNamesNoGroupWithReason() throws {
        let f = ActorFixture("""
        That is the reason people left the party, the senator said.
        """)
        #expect(!f.mentions.contains { $0.name.contains("reason") }, "\(f.mentions.map(\.name))")
    }
}
