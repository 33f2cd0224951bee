import Testing
@testable import DossierAnalysis

/// Fighting an actor stands against it ("we will keep fighting Ellison"); fighting for an actor
/// stands with it ("I fought for Ellison"), the side given by "for" (`for-side` in
/// word_polarity.txt).
@Suite struct StatementFightTests {
    @Test func fightingAnActorStandsAgainstIt() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "\"We will keep fighting Ruth Ellison in every county,\" said Governor Tom Gaddis."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func fightingForAnActorStandsWithIt() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "\"I will keep fighting for Ruth Ellison in every county,\" said former mayor Ann Lowe."
        let s = toward("Ellison", by: "Lowe", in: text)
        #expect(!s.isEmpty && s.allSatisfy { $0.stance == .pro }, "\(statements(text))")
    }
}
