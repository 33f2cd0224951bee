import Testing
@testable import DossierAnalysis

/// Cue phrases of attack ("took aim at", "took a swipe at") take a stance against their
/// object, as "criticised" does, and nouns of stance a possessive source owns ("Ellison's
/// endorsement of Gaddis") take the side of their verbs, by the word that gives them their
/// meaning (stance_cues.txt).
@Suite struct StatementAttackPhraseTests {
    @Test func takingAimAtAnActorStandsAgainstIt() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are in Iowa.\n\nEllison took aim at Gaddis on Monday."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        let swipe = "Senator Ruth Ellison and Governor Tom Gaddis are in Iowa.\n\nEllison took a swipe at Gaddis on Monday."
        #expect(toward("Gaddis", by: "Ellison", in: swipe).first?.stance == .against, "\(statements(swipe))")
    }

    @Test func aNounOfStanceOwnedByItsSourceTakesItsVerbsSide() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are in Iowa.\n\nEllison's endorsement of Gaddis surprised many voters."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        let criticism = "Senator Ruth Ellison and Governor Tom Gaddis are in Iowa.\n\nEllison's criticism of Gaddis grew sharper."
        #expect(toward("Gaddis", by: "Ellison", in: criticism).first?.stance == .against, "\(statements(criticism))")
    }
}
