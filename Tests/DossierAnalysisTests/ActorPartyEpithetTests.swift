import Testing
@testable import DossierAnalysis

/// "the Dunmore Republican asks …" as a quote's source is the lawmaker the article follows
/// there, the most mentioned person of its sentence and the two before, not a new actor; one
/// the article ties to the other party is not. Paragraphs written for these tests.
@Suite struct ActorPartyEpithetTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aStateAndPartyNounGoBackToTheLawmaker() {
        let text = """
        Rep. Harlan Voss on Tuesday asked for an inquiry into the harbour contract. Voss said the deal was rushed, and Voss wrote to the auditor, Mara Quill.

        In the letter, the Dunmore Republican asks whether "the board broke the law."
        """
        let analysis = Analyzer().analyze(text)
        let a = analysis.actors
        #expect(!a.contains { $0.name.contains("Republican") }, "\(a.map(\.name))")
        let voss = a.first { $0.name == "Harlan Voss" }
        let asks = analysis.quotes.first { q in q.source.map { ScalarText.string(ArticleText(text), $0) } == "the Dunmore Republican" }
        #expect(asks != nil && asks?.speaker == voss?.id, "\(analysis.quotes.map { ($0.speaker, $0.source) })")
    }
}
