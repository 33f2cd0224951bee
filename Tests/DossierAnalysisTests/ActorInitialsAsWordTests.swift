import Testing
@testable import DossierAnalysis

/// Initials written as a word with one capital ("Slbb" for Silver Lantern Brass Band) are the
/// name's, as the capitals are ("SLBB"); a surname of someone named in full is never read so.
/// Paragraphs written for these tests.
@Suite struct ActorInitialsAsWordTests {
    @Test func initialsWrittenAsAWordJoinTheName() {
        let a = Analyzer().analyze("""
        Silver Lantern Brass Band to play at the fair.

        Silver Lantern Brass Band said on Monday that it would play at the county fair. The Slbb offered to give the money to the school.
        """).actors
        #expect(!a.contains { $0.name == "Slbb" }, "\(a.map { ($0.name, $0.aliases) })")
        #expect(a.contains { $0.aliases.contains("Slbb") }, "\(a.map { ($0.name, $0.aliases) })")
    }
}
