import Testing
@testable import DossierAnalysis

/// A quantifier ("some", "many") opens a phrase for people: a word before it belongs to the
/// clause ("for years some critics"), not to the group's name. Paragraphs written for these tests.
@Suite struct ActorQuantifierPhraseTests {
    @Test func aTimeWordBeforeSomeIsNoPartOfTheGroup() throws {
        let actors = Analyzer().analyze("""
        Mayor Helen Okafor defended the harbour plan on Tuesday. For years some critics have warned that the old wall would fail, and they renewed the warning this week.
        """).actors.map(\.name)
        #expect(actors.contains { $0.contains("critics") }, "\(actors)")
        #expect(!actors.contains { $0.contains("years") }, "\(actors)")
    }

    @Test func aDeterminerBeforeManyStaysInThePhrase() throws {
        let actors = Analyzer().analyze("""
        Mayor Helen Okafor defended the harbour plan on Tuesday. Her many critics have warned that the old wall would fail, and they renewed the warning this week.
        """).actors.map(\.name)
        #expect(actors.contains { $0.contains("critics") }, "\(actors)")
    }
}
