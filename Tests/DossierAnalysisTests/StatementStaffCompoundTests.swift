import Testing
@testable import DossierAnalysis

/// A post named by a compound before a name ("Ellison press secretary Joe Brant", "Ellison
/// campaign communications director Mark Pruitt") puts its holder on the owner's side; the
/// words of the compound are no verb ("press", "campaign"). Titles of each name in a list of
/// rivals start again after "and".
@Suite struct StatementStaffCompoundTests {
    @Test func aPostNamedByACompoundIsOnTheOwnersSide() {
        let text = "Senator Ruth Ellison spoke in Iowa on Monday.\n\n"
            + "Ellison campaign communications director Mark Pruitt said the crowd was large. "
            + "Ellison press secretary Joe Brant said the trip would go on."
        #expect(toward("Ellison", by: "Pruitt", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Ellison", by: "Brant", in: text).first?.stance == .pro, "\(statements(text))")
        // "campaign" and "press" there are no acts of Ellison toward them.
        #expect(toward("Pruitt", by: "Ellison", in: text).isEmpty, "\(statements(text))")
        #expect(toward("Brant", by: "Ellison", in: text).isEmpty, "\(statements(text))")
    }

    @Test func eachRivalInAListKeepsItsOwnTitles() {
        let text = "Senator Ruth Ellison spoke in Iowa on Monday.\n\n"
            + "Ellison has ignored her rivals, Sen. Tom Gaddis of Ohio and former Iowa governor Ann Lowe, all week."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }
}
