import Testing
@testable import DossierAnalysis

/// A person who "acted as" or "served as" a post of someone's staff ("acted as the finance
/// chairman for Ellison's campaign") holds that post: on the owner's side. Paragraphs written
/// for these tests.
@Suite struct StatementServedAsTests {
    @Test func actingAsAPostForSomeonesCampaignIsOnTheirSide() {
        let text = "Senator Ruth Ellison opened her Senate race in Akron in 2001.\n\n"
            + "That year, Tom Gaddis acted as the informal finance chairman for Ellison's first campaign."
        let s = toward("Ellison", by: "Gaddis", in: text)
        #expect(!s.isEmpty && s.allSatisfy { $0.stance == .pro }, "\(statements(text))")
    }
}
