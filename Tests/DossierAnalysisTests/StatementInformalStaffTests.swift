import Testing
@testable import DossierAnalysis

/// Staff named by an informal post ("his digital mastermind, Joe Brant", "her campaign guru")
/// are on the side of whom they serve, like an adviser or an aide. Paragraphs written for these
/// tests.
@Suite struct StatementInformalStaffTests {
    @Test func aMastermindNamedInAppositionServesTheOwner() {
        let text = "Governor Ruth Ellison won the 2014 race with a large online following.\n\n"
            + "Her digital mastermind, Joe Brant, now runs a consulting firm."
        #expect(toward("Ellison", by: "Brant", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func aGuruNamedAfterTheOwnersNameServesTheOwner() {
        let text = "Governor Ruth Ellison spoke in Dayton on Monday.\n\n"
            + "Ellison campaign guru Joe Brant said the polls were wrong."
        #expect(toward("Ellison", by: "Brant", in: text).first?.stance == .pro, "\(statements(text))")
    }
}
