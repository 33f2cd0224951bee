import Testing
@testable import DossierAnalysis

/// A verb written in title case beside a name is no part of it. Paragraphs written for these tests.
@Suite struct ActorTitleCaseVerbTests {
    @Test func aVerbAfterANameInTitleCaseIsCutOff() throws {
        let f = ActorFixture("""
        The vote is close. Senator Mark Ellison Says he will back the bill, and Ellison told reporters it would pass.
        """)
        #expect(f.actor("Mark Ellison") != nil, "\(f.actorNames)")
        #expect(!f.actorNames.contains { $0.contains("Says") }, "\(f.actorNames)")
    }

    @Test func aVerbBeforeANameInAHeadlineIsCutOff() throws {
        let f = ActorFixture("""
        Ohio Senator Says Donald Harlan Is Unfit

        Senator Mark Ellison said on Tuesday that Donald Harlan was unfit for office.
        """)
        #expect(!f.mentions.contains { $0.name.hasPrefix("Says") }, "\(f.mentions.map(\.name))")
    }
}
