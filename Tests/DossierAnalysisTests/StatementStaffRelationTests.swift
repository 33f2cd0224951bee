import Testing
@testable import DossierAnalysis

/// Staff and allies named by what they are for someone: "a spokesman for X", "an adviser to
/// X", "chose X as her running mate", "X is a donor who backs Y".
@Suite struct StatementStaffRelationTests {
    @Test func aSpokesmanForOrAnAdviserToSomeoneIsOnTheirSide() {
        let text = "Senator Ruth Ellison spoke in Iowa. Governor Tom Gaddis spoke too.\n\n"
            + "Ann Lowe, a senior adviser to Ruth Ellison, said the race was close. "
            + "Mark Pruitt is a spokesman for Governor Tom Gaddis."
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Pruitt", in: text).first?.stance == .pro, "\(statements(text))")
        // A rival "for" a prize has no owner there.
        let prize = "Senator Ruth Ellison spoke.\n\nGaddis, a rival for the Republican Party nomination, spoke too."
        #expect(toward("Republican", by: "Gaddis", in: prize).isEmpty, "\(statements(prize))")
    }

    @Test func theNameBeforeAsIsTheOneTheNounNames() {
        let text = "Senator Ruth Ellison spoke in Iowa.\n\nRuth Ellison chose Governor Tom Gaddis as her running mate on Friday."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
    }

    @Test func whatTheNounAfterACopulaDoesIsTheSubjectsAct() {
        let text = "Governor Tom Gaddis spoke in Iowa.\n\nMark Pruitt is a longtime donor who backs Mr. Gaddis."
        #expect(toward("Gaddis", by: "Pruitt", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(!statements(text).contains { $0.actor.contains("donor") }, "\(statements(text))")
    }
}
