import Testing
@testable import DossierAnalysis

/// A connector right after a title inside a capitalised run ("High Commissioner for Human
/// Rights") completes the title; it starts no person's name. Paragraphs written for these tests.
@Suite struct ActorTitleComplementTests {
    @Test func highCommissionerForHumanRightsIsNoPerson() throws {
        let f = ActorFixture("""
        Marta Velez, the High Commissioner for Human Rights, criticised the new border rules on Tuesday.
        """)
        #expect(!f.mentions.contains { $0.name.hasPrefix("for ") }, "\(f.mentions.map(\.name))")
        #expect(!f.actorNames.contains { $0.hasPrefix("for ") }, "\(f.actorNames)")
        #expect(f.actor("Marta Velez") != nil, "\(f.actorNames)")
    }
}
