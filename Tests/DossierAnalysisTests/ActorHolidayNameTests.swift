import Testing
@testable import DossierAnalysis

/// A holiday's name is no person's. Paragraphs written for these tests.
@Suite struct ActorHolidayNameTests {
    @Test func aHolidayThatActsInAQuoteIsNoPerson() throws {
        let a = Analyzer().analyze("""
        The debate was set for the weekend, so a spokesman for Senator Paul Brandt could only joke: "I guess Christmas Eve was booked."
        """)
        #expect(!a.actors.contains { $0.name.contains("Christmas") }, "\(a.actors.map(\.name))")
    }

    @Test func eveAsAFirstNameStaysAName() throws {
        let f = ActorFixture("""
        The playwright Eve Marlowe said the theatre would reopen in May.
        """)
        #expect(f.actor("Eve Marlowe") != nil, "\(f.actorNames)")
    }
}
