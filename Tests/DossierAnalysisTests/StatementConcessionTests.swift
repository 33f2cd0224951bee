import Testing
@testable import DossierAnalysis

/// "For all of her faults …": a concession grants what the speaker's point outweighs, no
/// judgement of the actor it names.
@Suite struct StatementConcessionTests {
    @Test func aConcessionUpToItsDashJudgesNobody() {
        let dash = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "\"For all of her faults and failures that critics claim — Ellison has served this state for thirty years,\" said Mayor Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: dash).allSatisfy { $0.stance != .against }, "\(statements(dash))")
        let comma = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "\"For all her terrible mistakes, Ellison has served this state for thirty years,\" said Mayor Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: comma).allSatisfy { $0.stance != .against }, "\(statements(comma))")
        // "for all" inside a clause is no concession.
        let inside = "Senator Ruth Ellison spoke in Ohio.\n\n"
            + "\"Ellison is a terrible, dishonest disaster for all of us,\" said Mayor Ann Kessler."
        #expect(toward("Ellison", by: "Kessler", in: inside).first?.stance == .against, "\(statements(inside))")
    }
}

/// Names joined by "and" share a judgement, also when the second carries a title ("Governor
/// Gaddis and Mayor Ann Kessler", "and Sen. Kessler").
@Suite struct StatementTitledCoordinationTests {
    @Test func aTitleAfterAndKeepsTheNamesJoined() {
        let text = "Senator Ruth Ellison, Governor Tom Gaddis and Mayor Ann Kessler spoke in Ohio.\n\n"
            + "\"We have come so far under the great and wise leadership of Governor Gaddis and Mayor Ann Kessler,\" Ellison said."
        #expect(toward("Kessler", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        let abbreviated = "Senator Ruth Ellison, Governor Tom Gaddis and Senator Ann Kessler spoke in Ohio.\n\n"
            + "\"We have come so far under the great and wise leadership of Gaddis and Sen. Kessler,\" Ellison said."
        #expect(toward("Kessler", by: "Ellison", in: abbreviated).first?.stance == .pro, "\(statements(abbreviated))")
    }
}
