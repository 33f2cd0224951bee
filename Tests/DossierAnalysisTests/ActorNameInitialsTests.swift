import Testing
@testable import DossierAnalysis

/// Capitals that are the initials of a name of two or more words the article writes ("Corwin
/// Tallis … CT") are that name's actor, even when the name, with no first name, was read as a
/// person. Paragraphs written for these tests.
@Suite struct ActorNameInitialsTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func initialsJoinTheNameTheyAbbreviate() {
        let a = actors("""
        Corwin Tallis pulled its support for the harbour festival on Monday. CT said the festival no longer fit its plans.
        """)
        #expect(!a.contains { $0.name == "CT" }, "\(a.map(\.name))")
        #expect(a.first { $0.name == "Corwin Tallis" }?.aliases.contains("CT") == true, "\(a.map { ($0.name, $0.aliases) })")
    }
}
