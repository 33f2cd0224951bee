import Testing
@testable import DossierAnalysis

/// Indices and commodities in a markets report are no actors. Paragraphs written for these tests.
@Suite struct ActorMarketNameTests {
    @Test func indicesAndCommoditiesAreNoActors() throws {
        let f = ActorFixture("""
        Stocks slip as Harlow Motors disappoints

        The Dow Jones industrial average closed down 40 points, and the S.&P. 500 fell 0.3 percent. The Nasdaq rose slightly. Brent crude fell 30 cents a barrel. Silver rose 12 cents, to $19.80 an ounce. Harlow Motors said its sales dropped.
        """)
        #expect(f.actor("Harlow Motors") != nil, "\(f.actorNames)")
        for name in ["Dow Jones", "S.&P.", "Nasdaq", "Brent", "Silver"] { #expect(f.actor(name) == nil, "\(f.actorNames)") }
    }

    @Test func aCommodityWordAfterAFirstNameIsASurname() throws {
        let f = ActorFixture("""
        The pollster Nate Silver said the race had tightened. Silver added that turnout would decide it.
        """)
        #expect(f.actor("Nate Silver") != nil, "\(f.actorNames)")
    }
}
