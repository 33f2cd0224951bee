import Testing
@testable import DossierAnalysis

/// A quote's source that is a description right after a person's name and a comma ("said
/// Allan Voss, a professor of history at Carrow University who has predicted …") is that
/// person, not a new actor. Paragraphs written for these tests.
@Suite struct ActorAppositionSpeakerTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aDescribedSourceAfterANameIsThatPerson() {
        let a = actors("""
        "The harbour vote will decide the election," said Allan Voss, a professor of history at Carrow University who has predicted the outcome of every local election since 1990. Voss spoke on Monday.
        """)
        #expect(a.contains { $0.name == "Allan Voss" }, "\(a.map(\.name))")
        #expect(!a.contains { $0.name.contains("professor") }, "\(a.map(\.name))")
    }
}
