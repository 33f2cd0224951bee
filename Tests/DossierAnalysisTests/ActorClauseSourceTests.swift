import Testing
@testable import DossierAnalysis

/// A quote's source read as a whole clause ("The vote got people talking about …", "It means
/// including people who …") is no phrase naming someone: no actor is made of it. Paragraphs
/// written for these tests.
@Suite struct ActorClauseSourceTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aClauseWithItsOwnVerbMakesNoActor() {
        let a = actors("""
        Mara Quill met Harlan Voss in Carrow on Friday. The meeting got people talking about whether the two would run together.
        """)
        #expect(!a.contains { $0.name.contains("got") }, "\(a.map(\.name))")
    }

    @Test func aClauseOpeningWithASubjectPronounMakesNoActor() {
        let a = actors("""
        Mara Quill wants the party to grow. It means including people who responded to her call for a new harbour plan.
        """)
        #expect(!a.contains { $0.name.hasPrefix("It ") }, "\(a.map(\.name))")
    }
}
