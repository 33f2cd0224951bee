import Testing
@testable import DossierAnalysis

/// A description in apposition that opens with its body's possessive ("Halvard Bank's director
/// of consumer loans"): the body is the affiliation, and the role is the words after the possessive.
/// Paragraph written for this test.
@Suite struct ActorPossessiveRoleTests {
    static let text = """
    "Rates will stay where they are," said Lena Dorsey, Halvard Bank's director of consumer loans. Dorsey added that the bank expected no change.
    """

    @Test func theRoleLeavesOutThePossessive() throws {
        let f = ActorFixture(Self.text)
        let dorsey = try #require(f.actor("Lena Dorsey"))
        #expect(dorsey.roles == ["director"])
        #expect(dorsey.affiliation == "Halvard Bank")
    }
}
