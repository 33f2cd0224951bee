import Testing
@testable import DossierAnalysis

/// How far back a negation turns a judgement round: three words, not counting "to" and
/// articles, so that "unlikely to have a good relationship with X" is no praise of X.
@Suite struct StatementNegationReachTests {
    @Test func unlikelyToHaveAGoodRelationshipIsNoPraise() {
        let text = "Ellison Says She Is Unlikely To Have A Good Relationship With Tom Gaddis\n\n"
            + "Senator Ruth Ellison and Governor Tom Gaddis met in May."
        #expect(!toward("Gaddis", by: "Ellison", in: text).contains { $0.stance == .pro }, "\(statements(text))")
        // Without the negation, the same words praise.
        let good = "Ellison Says She Will Have A Good Relationship With Tom Gaddis\n\n"
            + "Senator Ruth Ellison and Governor Tom Gaddis met in May."
        #expect(toward("Gaddis", by: "Ellison", in: good).contains { $0.stance == .pro }, "\(statements(good))")
    }

    @Test func aNegationFourContentWordsBackDoesNotReach() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis met in May.\n\n"
            + "Ellison said no one there ever doubted the honest, brilliant and excellent Tom Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: text).contains { $0.stance == .pro }, "\(statements(text))")
    }

    @Test func didNothingIllegalIsNoCharge() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke on Monday.\n\n"
            + "\"The panel said that Tom Gaddis did nothing illegal or corrupt,\" Ellison said."
        #expect(!toward("Gaddis", by: "Ellison", in: text).contains { $0.stance == .against }, "\(statements(text))")
    }
}
