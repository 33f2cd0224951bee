import Testing
@testable import DossierAnalysis

/// Names joined by "and" before one verb share its act: each of them takes the stance, not
/// only the name next to the verb (or the one the attribution gives a reported statement).
@Suite struct StatementSharedSubjectTests {
    @Test func bothNamesOfACoordinatedSubjectTakeTheStance() {
        let text = "Governor Tom Gaddis, Mayor Ann Lowe and Senator Ruth Ellison met in Ohio.\n\n"
            + "On Friday, Mayor Ann Lowe and Senator Ruth Ellison condemned Gaddis for the delay. "
            + "Lowe and Ellison both voted against the harbour plan."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        let plan = statements(text).filter { ($0.target ?? "").contains("harbour plan") }
        #expect(plan.contains { $0.actor.contains("Lowe") && $0.stance == .against }, "\(statements(text))")
        #expect(plan.contains { $0.actor.contains("Ellison") && $0.stance == .against }, "\(statements(text))")
    }

    @Test func aListClosedByAndSharesTheActButAnObjectDoesNot() {
        let text = "Governor Tom Gaddis, Mayor Ann Lowe, Judge Carl Brandt and Senator Ruth Ellison met in Ohio.\n\n"
            + "Lowe, Brandt and Ellison praised Gaddis on Monday. "
            + "Later Gaddis criticised Lowe and Brandt endorsed Ellison."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        // "criticised Lowe and Brandt endorsed …": Lowe is an object, not a subject of "endorsed".
        #expect(toward("Ellison", by: "Lowe", in: text).isEmpty, "\(statements(text))")
        #expect(toward("Ellison", by: "Brandt", in: text).first?.stance == .pro, "\(statements(text))")
    }
}
