import Testing
@testable import DossierAnalysis

/// Judgements in quotes that VADER scores weakly or not at all: blame in the first person, a
/// demand that someone resign, coarseness; and a party tag after a name ("Gov. Tom Gaddis
/// (R)") that does not cut the name off from what follows it.
@Suite struct StatementDemandTests {
    static let intro = "Senator Ruth Ellison and Governor Tom Gaddis met at a debate in Iowa.\n\n"

    @Test func blameInTheFirstPersonIsAgainst() {
        let text = Self.intro + "\"I blame Tom Gaddis personally for the closing of the mill,\" Ellison said."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func toBeToBlameJudgesNoOneAfterIt() {
        let text = Self.intro + "Ellison said that the mill owners are to blame for Tom Gaddis losing the vote."
        #expect(toward("Gaddis", by: "Ellison", in: text).allSatisfy { $0.stance != .against }, "\(statements(text))")
    }

    @Test func aDemandToResignIsAgainst() {
        let text = Self.intro + "\"Gaddis should resign,\" Ellison said at a rally in Ames."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aPartyTagAfterANameKeepsItsClause() {
        let text = Self.intro + "Ellison said that Gov. Tom Gaddis (R) should resign over the mill."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func vulgarityNearANameIsAgainst() {
        let text = Self.intro + "\"We must overcome the divisiveness and vulgarity Tom Gaddis has brought into politics,\" Ellison wrote."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }
}
