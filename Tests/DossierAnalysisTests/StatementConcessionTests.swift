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
