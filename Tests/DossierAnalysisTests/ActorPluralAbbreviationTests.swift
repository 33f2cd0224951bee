import Testing
@testable import DossierAnalysis

/// The plural of an abbreviation names no one actor. Paragraphs written for these tests.
@Suite struct ActorPluralAbbreviationTests {
    @Test func pluralCapitalsAreNoPerson() throws {
        let f = ActorFixture("""
        Governor Ana Ruiz raised $4 million last quarter. PACs spent heavily on her rival, and Ruiz said she expected more attacks.
        """)
        #expect(f.actor("Ana Ruiz") != nil, "\(f.actorNames)")
        #expect(f.actor("PACs") == nil, "\(f.actorNames)")
    }
}
