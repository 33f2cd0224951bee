import Testing
@testable import DossierAnalysis

/// A subject's two verbs joined by "and": the first verb's object ends at the "and", so what
/// the first verb does ("end the debate") says nothing of the second verb's object.
@Suite struct StatementCoordinatedObjectTests {
    @Test func theFirstVerbsObjectEndsAtTheAnd() {
        let text = "The state Senate took up the adoption bill on Monday.\n\n"
            + "The Senate's Republican majority voted to end the debate and voted in favor of the bill, which would let agencies refuse some couples. "
            + "Harlow Chemicals opposed the bill."
        let s = statements(text)
        let majority = s.filter { $0.actor.contains("majority") && ($0.target ?? "").contains("bill") }
        #expect(!majority.isEmpty, "\(s)")
        #expect(majority.allSatisfy { $0.stance == .pro }, "\(s)")
    }
}
