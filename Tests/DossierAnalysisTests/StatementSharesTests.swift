import Testing
@testable import DossierAnalysis

/// Candidates given their shares in one sentence compete ("Ellison has 45%, while Gaddis has
/// 44%"); not when the shares are approval ratings, nor when they come from two different
/// years' contests. Paragraphs written for these tests.
@Suite struct StatementSharesTests {
    @Test func twoCandidatesWithTheirSharesCompete() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "In the new poll Ellison has 45%, while Gaddis has 44%."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
        let spelled = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "The survey found 41 percent of voters back Ellison and 38 percent back Gaddis."
        #expect(toward("Gaddis", by: "Ellison", in: spelled).first?.meaning == .compete, "\(statements(spelled))")
    }

    @Test func aShareIsTiedToThePersonItsVotersBack() {
        // The second share stands nearer the first name than the second: the verb says whose it is.
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "The poll found that 43% of Ohio voters support former Dayton mayor Ruth Ellison, and 42% support Republican Sen. Tom Gaddis in the race."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.meaning == .compete, "\(statements(text))")
    }

    @Test func approvalRatingsSetNoRivals() {
        let text = "President Ruth Ellison and Senator Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "Ellison has an approval rating of 52 percent, and Gaddis has 47 percent."
        #expect(!toward("Gaddis", by: "Ellison", in: text).contains { $0.meaning == .compete }, "\(statements(text))")
    }

    @Test func sharesOfTwoYearsSetNoRivals() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "Ellison won 61 percent of the county in 2012, the most since Gaddis won 63 percent there in 1996."
        #expect(!toward("Gaddis", by: "Ellison", in: text).contains { $0.meaning == .compete }, "\(statements(text))")
    }
}
