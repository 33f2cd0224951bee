import Testing
@testable import DossierAnalysis

/// "campaign" takes a side only through a preposition: "campaigned for Gaddis" backs him,
/// "campaigned hard in Ohio" or "in Gaddis's home town" names no object.
@Suite struct StatementIntransitiveTests {
    @Test func campaigningTakesASideOnlyThroughAPreposition() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Lowe campaigned for Gaddis on Monday. "
            + "Senator Ruth Ellison campaigned hard in Gaddis's home town on Tuesday."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(statements(text).filter { $0.actor.contains("Ellison") && $0.stance != .neutral }.isEmpty, "\(statements(text))")
    }
}
