import Testing
@testable import DossierAnalysis

/// A sentence's subject judges only in its own clause: "but", "while" or ", and" before another
/// actor's name opens that actor's clause.
@Suite struct StatementSubjectClauseTests {
    @Test func anotherSubjectAfterButEndsTheFirstOnesPredicate() {
        let text = "Ann Lowe spoke in Dover on Monday. Tom Gaddis spoke in Salem. Ann Lowe is a Democrat, but Tom Gaddis has been critical of Rob Ellison."
        let found = statements(text)
        #expect(!found.contains { $0.actor.contains("Lowe") && $0.targetActor?.contains("Ellison") == true }, "\(found)")
    }

    @Test func theSameSubjectAfterButKeepsItsPredicate() {
        let text = "Ann Lowe spoke in Dover on Monday. Ann Lowe is a Democrat, but she has been critical of Rob Ellison."
        let found = statements(text)
        #expect(found.contains { $0.actor.contains("Lowe") && $0.targetActor?.contains("Ellison") == true && $0.stance == .against },
                "\(found)")
    }
}
