import Testing
@testable import DossierAnalysis

/// A person called by a title and a name has that form among the aliases. Paragraphs written for these tests.
@Suite struct ActorTitledAliasTests {
    @Test func titleAndNameAsWrittenAreAnAlias() throws {
        let f = ActorFixture("""
        President Marlowe faced criticism over his speech this month. Aides said Marlowe would not change course.
        """)
        let a = try #require(f.actor("Marlowe"), "\(f.actorNames)")
        #expect(a.aliases.contains("President Marlowe"), "\(a.aliases)")
    }
}
