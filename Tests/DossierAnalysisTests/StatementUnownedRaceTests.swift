import Testing
@testable import DossierAnalysis

/// A race named with no owner before "against" is run by the person the sentence is about,
/// not by one named only as an owner ("Greer's endorsement"); a fight with no owner is no
/// one's. Paragraphs written for these tests.
@Suite struct StatementUnownedRaceTests {
    @Test func theRaceAgainstANameIsRunByThePersonTheSentenceIsAbout() {
        let text = "Senator Ruth Ellison met President Alma Greer at the White House on Monday.\n\n"
            + "Ellison said she did not ask for Greer's endorsement in the race for the nomination against Tom Gaddis."
        let s = toward("Gaddis", by: "Ellison", in: text)
        #expect(!s.isEmpty && s.allSatisfy { $0.stance == .against }, "\(statements(text))")
        #expect(toward("Gaddis", by: "Greer", in: text).isEmpty, "\(statements(text))")
    }

    @Test func aFightWithNoOwnerIsNoOnes() {
        let text = "Senator Ruth Ellison spoke in Akron on Monday.\n\n"
            + "Ellison said the fight against Tom Gaddis's plan would go on."
        #expect(toward("Gaddis", by: "Ellison", in: text).allSatisfy { $0.stance != .pro }, "\(statements(text))")
    }
}
