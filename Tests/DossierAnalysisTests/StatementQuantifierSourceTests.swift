import Testing
@testable import DossierAnalysis

/// "Lowe and Brandt both condemned …": the attribution takes the quantifier for the source; the
/// names it sums up are the speakers, each taking the stance.
@Suite struct StatementQuantifierSourceTests {
    @Test func namesBeforeBothOrAllSpeak() {
        let text = "Harbour dispute grows in Ohio.\n\n"
            + "Governor Tom Gaddis proposed the harbour plan on Monday. "
            + "Mayor Ann Lowe and Senator Carl Brandt both condemned Gaddis for the delay. "
            + "Ruth Ellison of Dayton and Paul Moss of Akron, have all criticized the harbour plan."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
        let plan = statements(text).filter { ($0.target ?? "").contains("harbour plan") }
        #expect(plan.contains { $0.actor.contains("Ellison") && $0.stance == .against }, "\(statements(text))")
        #expect(plan.contains { $0.actor.contains("Moss") && $0.stance == .against }, "\(statements(text))")
    }
}
