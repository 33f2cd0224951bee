import Testing
@testable import DossierAnalysis

/// A reported act of support withheld with a bare "not" ("has not stepped forward to defend
/// Ellison") is no attack on the one not supported: no stance against it. Paragraphs written
/// for these tests.
@Suite struct StatementWithheldSupportTests {
    @Test func notDefendingAnActorTakesNoStanceAgainstIt() {
        let text = "Senator Ruth Ellison faced new questions about her firm on Monday.\n\n"
            + "Governor Tom Gaddis has not stepped forward publicly to defend Ellison, and his aides declined to comment."
        #expect(toward("Ellison", by: "Gaddis", in: text).allSatisfy { $0.stance != .against }, "\(statements(text))")
    }
}
