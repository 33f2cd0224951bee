import Testing
@testable import DossierAnalysis

/// An epithet goes to the person the article follows, not to who speaks of them ("Voss told
/// donors that the nominee …"), a party before it ("the GOP presidential nominee") says which
/// side and owns no one, and the same epithet noun again goes to the person it went to before.
/// Paragraphs written for these tests.
@Suite struct ActorEpithetConsistencyTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    static let text = """
    Harlan Voss has run campaigns in Ohio for twenty years. Voss joined the race in May. Voss now chairs the campaign of Mara Quill.

    Mara Quill held a rally in Toledo on Monday. Voss told donors that the Republican presidential nominee would win the state.

    Quill spoke again on Tuesday, and Voss stayed in Dayton. Rather, the GOP presidential nominee keeps a small circle of advisers.
    """

    @Test func whoSpeaksOfTheNomineeIsNotTheNominee() {
        let a = actors(Self.text)
        let voss = a.first { $0.name == "Harlan Voss" }
        #expect(voss?.aliases.contains { $0.contains("nominee") } == false, "\(a.map { ($0.name, $0.aliases) })")
        let quill = a.first { $0.name == "Mara Quill" }
        #expect(quill?.aliases.contains("the Republican presidential nominee") == true, "\(a.map { ($0.name, $0.aliases) })")
    }

    @Test func theSameEpithetWithAPartyGoesToTheSamePerson() {
        let a = actors(Self.text)
        let quill = a.first { $0.name == "Mara Quill" }
        #expect(quill?.aliases.contains("the GOP presidential nominee") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(!a.contains { $0.name.contains("nominee") }, "\(a.map(\.name))")
    }
}
