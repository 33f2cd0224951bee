import Testing
@testable import DossierAnalysis

/// A call made on someone to act ("urged Gaddis to release the tapes", "called on Gaddis to
/// quit") is pressure on that actor: a stance against it. A call for something, or a telephone
/// call ("called Gaddis to congratulate him"), presses no one.
@Suite struct StatementPressureTests {
    static let intro = "Senator Ruth Ellison and Governor Tom Gaddis met at a debate in Iowa.\n\n"

    @Test func urgingSomeoneToActIsPressureOnThem() {
        let text = Self.intro + "Ellison urged Gaddis to release the audio tapes of his meeting with donors."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func callingOnSomeoneNotToActIsPressureToo() {
        let text = Self.intro + "Ellison called on Gaddis not to sign the pipeline bill."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    /// "called for a Gaddis boycott": the call is for an action against the actor named.
    @Test func aCallForABoycottOfSomeoneIsAgainstThem() {
        let text = Self.intro + "Ellison called for a Gaddis boycott after the debate."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    /// "calling for Gaddis to be banned": a call for what is to be done to the actor is against
    /// them; "calling for Gaddis to ban …" is the actor's own act.
    @Test func aCallForSomeoneToBeBannedIsAgainstThem() {
        let text = Self.intro + "Ellison is calling for Gaddis to be banned from the state after the debate."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        let own = Self.intro + "Ellison is calling for Gaddis to ban fracking in the state."
        #expect(toward("Gaddis", by: "Ellison", in: own).allSatisfy { $0.stance != .against }, "\(statements(own))")
    }

    @Test func aTelephoneCallPressesNoOne() {
        let text = Self.intro + "After the vote, Ellison called Gaddis to congratulate him on the result."
        #expect(toward("Gaddis", by: "Ellison", in: text).allSatisfy { $0.stance != .against }, "\(statements(text))")
    }

    /// "Sens." is a title, no sentence end: the names listed after a relation noun stay in its
    /// sentence ("Trump's rivals, Sens. Ted Cruz and Marco Rubio").
    @Test func pluralTitleKeepsTheListInItsSentence() {
        let text = Self.intro + "Gaddis's leading rivals, Sens. Ruth Ellison of Iowa and Mark Dunne of Ohio, spoke on Monday."
        #expect(toward("Gaddis", by: "Dunne", in: text).first?.stance == .against, "\(statements(text))")
    }
}
