import Testing
@testable import DossierAnalysis

/// A body the lexicon knows by one word ("Senate"), named first with a place before it ("the Ohio
/// Senate"), is that place's body when shortened, not a second actor; alone it stays the body the
/// lexicon knows. Paragraphs written for these tests.
@Suite struct ActorPlacedBodyTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func theShortNameAfterAPlacedNameIsThePlacedBody() {
        let a = actors("""
        Ohio Senate passes school bill.

        The Ohio Senate voted 20-12 on Tuesday to pass a bill on school funding. Democrats in the Ohio Senate said the bill would hurt rural districts.

        The bill must still clear a vote in the Senate and has yet to be taken up in the House.
        """)
        #expect(a.first { $0.name == "Ohio Senate" }?.aliases.contains("Senate") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(!a.contains { $0.name == "Senate" }, "\(a.map(\.name))")
    }

    @Test func theShortNameAloneStaysItsOwnBody() {
        let a = actors("""
        The Senate voted 60-40 on Tuesday to pass a farm bill. Senator Alma Ruiz said the vote was a win for growers.

        The bill now goes to the House, where Speaker Dan Pell said it faced a hard fight. The Senate will take up the budget next week.
        """)
        #expect(a.contains { $0.name == "Senate" && $0.type == .organization }, "\(a.map(\.name))")
    }
}
