import Foundation
import Testing
@testable import DossierEngine

/// Staff named by their post and whom they serve are on that one's side: a former adviser
/// too, and a spokesman for someone the article names nowhere else.
@Suite struct PositionStaffTests {
    @Test func aFormerAdviserIsOnTheSideOfWhomHeServed() throws {
        let text = """
        Governor Ruth Ellison spoke in Dayton on Monday about the port.

        "The port will open in May," said former Ellison adviser Paul Ardent, who now teaches.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare Ardent Ellison")
        #expect(r["Paul Ardent / Ruth Ellison"] == "agree", "\(r)")
    }

    @Test func aSpokesmanForSomeoneNamedOnlyThereIsOnTheirSide() throws {
        let text = """
        Governor Ruth Ellison spoke in Dayton on Monday about the port.

        Joe Brant, a spokesman for Senate leader Carl Moody, said, "We will read the plan."
        """
        let r = try Session.pairRelations(ofArticle: text, "compare \"Joe Brant\" \"Carl Moody\"")
        #expect(r.values.first == "agree", "\(r)")
    }

    @Test func aFormerAdviserWhoAttacksIsNoLongerOnTheirSide() throws {
        let text = """
        Governor Ruth Ellison spoke in Dayton on Monday about the port.

        Former Ellison adviser Paul Ardent condemned Ellison on Tuesday.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare Ardent Ellison")
        #expect(r["Paul Ardent / Ruth Ellison"] == "disagree", "\(r)")
    }
}
