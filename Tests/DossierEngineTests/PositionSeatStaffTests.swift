import Foundation
import Testing
@testable import DossierEngine

/// Staff named for the seat of an office ("White House spokesman") serve the one person the
/// article gives that office, and speak for them; not when two people hold it there, and not a
/// vice-president. Paragraphs written for these tests.
@Suite struct PositionSeatStaffTests {
    @Test func aWhiteHouseSpokesmanIsOnThePresidentsSide() throws {
        let text = """
        President Alma Greer defended the trade bill on Monday in Dayton.

        White House spokesman Carl Moody said the bill would pass by June.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare Moody Greer")
        #expect(r["Carl Moody / Alma Greer"] == "agree", "\(r)")
    }

    @Test func aSeatWithTwoHoldersInTheArticleServesNoOne() throws {
        let text = """
        President Alma Greer met President Ivo Tarrant in Dayton on Monday.

        White House spokesman Carl Moody said the talks would go on.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare Moody Greer Tarrant")
        #expect(r["Carl Moody / Alma Greer"] == "unclear", "\(r)")
        #expect(r["Carl Moody / Ivo Tarrant"] == "unclear", "\(r)")
    }

    @Test func aVicePresidentHoldsNoSeatOfTheOffice() throws {
        let text = """
        Vice President Alma Greer spoke in Dayton on Monday.

        White House spokesman Carl Moody said the talks would go on.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare Moody Greer")
        #expect(r["Carl Moody / Alma Greer"] == "unclear", "\(r)")
    }
}
