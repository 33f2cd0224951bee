import Foundation
import Testing
@testable import DossierEngine

/// A campaign the article names with no owner ("the campaign said") is the campaign of the
/// person the article follows, on that person's side; with two candidates of like weight it is
/// no one's. Paragraphs written for these tests.
@Suite struct PositionUnownedCampaignTests {
    @Test func theCampaignIsTheCampaignOfThePersonTheArticleFollows() throws {
        let text = """
        Senator Ruth Ellison will propose a new rail plan for the Midwest on Friday, the campaign told reporters.

        Ellison has spoken about the rail plan in Toledo and Akron. Ellison said trains would return by 2030.

        Mayor Tom Gaddis of Akron said he had not seen the plan.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare campaign Ellison")
        #expect(r["campaign / Ruth Ellison"] == "agree", "\(r)")
    }

    @Test func withTwoCandidatesOfLikeWeightTheCampaignIsNoOnes() throws {
        let text = """
        Senator Ruth Ellison and Governor Tom Gaddis will both speak in Toledo on Friday, the campaign told reporters.

        Ellison has spoken about rail in Akron. Gaddis has spoken about roads in Akron.

        Ellison and Gaddis meet again in June.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare campaign Ellison Gaddis")
        #expect(r["campaign / Ruth Ellison"] != "agree", "\(r)")
        #expect(r["campaign / Tom Gaddis"] != "agree", "\(r)")
    }
}
