import Testing
@testable import DossierAnalysis

/// A spokesperson's words are the stance of whom they speak for: a person named only in the
/// spokesperson's phrase ("a spokesman for Speaker Harlan Voss") is an actor when the
/// spokesperson speaks, and no actor when the spokesperson does not. Paragraphs written for
/// these tests.
@Suite struct ActorVoicedPrincipalTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func thePersonASpokesmanSpeaksForTakesAStance() {
        let a = actors("""
        Mara Quill accused the council of wasting money on Monday. Ian Broadley, a spokesman for Speaker Harlan Voss, said the toll was fair.
        """)
        #expect(a.contains { $0.name == "Ian Broadley" }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Harlan Voss" && $0.type == .person }, "\(a.map(\.name))")
    }

    @Test func aPrincipalWhoseSpokesmanIsOnlyMentionedIsNoActor() {
        let a = actors("""
        Mara Quill accused the council of wasting money on Monday. She sent a letter to Ian Broadley, a spokesman for Speaker Harlan Voss.
        """)
        #expect(!a.contains { $0.name == "Harlan Voss" }, "\(a.map(\.name))")
    }
}
