import Testing
@testable import DossierAnalysis

/// The names a group's apposition lists after "including" are members of the group: what the
/// group says or does in that clause, each of them says or does.
@Suite struct StatementIncludedMembersTests {
    @Test func membersListedAfterIncludingShareTheGroupsStatement() {
        let text = "Harbour dispute grows in Ohio.\n\n"
            + "Governor Tom Gaddis defended the harbour plan on Monday. "
            + "Several mayors, including Ann Lowe of Dayton and Senator Ruth Ellison, also criticized Gaddis for the delay."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func membersListedAfterIncludingShareTheGroupsAct() {
        let text = "Harbour dispute grows in Ohio.\n\n"
            + "Governor Tom Gaddis proposed the harbour plan on Monday. "
            + "Several Republican senators, including Ruth Ellison and Carl Brandt, have endorsed Gaddis. "
            + "Democratic lawmakers, including Ann Lowe, voted against the harbour plan."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .pro, "\(statements(text))")
        let plan = statements(text).filter { ($0.target ?? "").contains("harbour plan") }
        #expect(plan.contains { $0.actor.contains("Lowe") && $0.stance == .against }, "\(statements(text))")
    }
}
