import Testing
@testable import DossierAnalysis

/// "you" in a quote said to someone ("“You're very rude,” Ellison told Gaddis") stands for
/// the one it is said to: what the speaker says of "you" is said of that actor.
@Suite struct StatementAddresseeTests {
    @Test func youIsTheOneTheQuoteIsSaidTo() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis met at a debate in Iowa.\n\n"
            + "\"You're a dishonest and reckless man,\" Ellison told Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func theSpeakerAfterTheCueIsNoAddressee() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis met at a debate in Iowa.\n\n"
            + "\"You're a dishonest and reckless crowd,\" said Gaddis."
        #expect(statements(text).allSatisfy { $0.targetActor != "Tom Gaddis" || !$0.actor.contains("Gaddis") }, "\(statements(text))")
    }
}
