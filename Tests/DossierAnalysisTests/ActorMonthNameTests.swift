import Testing
@testable import DossierAnalysis

/// A month that is also a first name. Paragraphs written for these tests.
@Suite struct ActorMonthNameTests {
    @Test func aMonthBeforeASurnameAndADescriptionIsAFirstName() throws {
        let f = ActorFixture("""
        Delegates pressed

        April Brannigan, a spokeswoman for the Harwick Democratic Party, said the rules would not change. Brannigan added that the vote was fair.
        """)
        #expect(f.actor("April Brannigan")?.type == .person, "\(f.actorNames)")
        #expect(f.actor("Brannigan") == nil)
    }

    @Test func aMonthBeforeANameStaysADate() throws {
        let f = ActorFixture("""
        Vote delayed

        In April Senator Mark Hadley said the vote would wait. In May Hadley changed his mind.
        """)
        #expect(f.actor("Mark Hadley") != nil, "\(f.actorNames)")
        #expect(!f.actorNames.contains { $0.hasPrefix("April") || $0.hasPrefix("May") })
    }
}
