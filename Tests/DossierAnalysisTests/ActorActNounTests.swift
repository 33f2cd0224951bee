import Testing
@testable import DossierAnalysis

/// A noun of people that is also an act ("opposition") names the act before "to". Paragraphs
/// written for these tests.
@Suite struct ActorActNounTests {
    @Test func theOppositionToAPlanIsNoGroup() throws {
        let f = ActorFixture("""
        Mayor faces revolt

        The mayor seemed rattled by the growing opposition to his budget within the council, aides said. Mayor Lena Ruiz said she would not back down.
        """)
        #expect(f.actor("growing opposition") == nil, "\(f.actorNames)")
        #expect(f.actor("Lena Ruiz") != nil)
    }
}
