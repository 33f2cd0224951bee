import Testing
@testable import DossierAnalysis

/// "Hale campaign officials … their candidate": the candidate of a group that belongs to a named
/// person is that person, and "their" looks to people before a body named just before them
/// ("According to the Post, …"). Paragraphs written for these tests.
@Suite struct ActorOwnedCandidateTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func theCandidateOfAPersonsOfficialsIsThatPerson() {
        let a = actors("""
        Mayor race heats up in Fairview.

        Tom Hale said he would not back Ruth Caldera in the mayoral race.

        According to the Post, Hale campaign officials asked what would happen if their candidate announced he would not back Caldera now. They found he would lose the party's support.
        """)
        #expect(a.first { $0.name == "Tom Hale" }?.aliases.contains("their candidate") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(!a.contains { $0.name.contains("candidate") && !$0.name.contains("officials") }, "\(a.map(\.name))")
    }
}
