import Testing
@testable import DossierAnalysis

/// In a line written all in capitals an auxiliary is the verb, not the abbreviation it is spelt
/// like. Paragraphs written for these tests.
@Suite struct ActorShoutedAuxiliaryTests {
    @Test func aShoutedIsIsNoIslamicState() throws {
        let actors = Analyzer().analyze("""
        THE FIX IS IN: Council Ignores Budget Warnings.

        4. WHERE THE HARBOUR IS FACING A HARD WINTER.

        The city council approved the budget on Monday despite warnings from its auditors.
        """).actors.map(\.name)
        #expect(!actors.contains("Islamic State"), "\(actors)")
    }

    @Test func theAbbreviationInOrdinaryTextStaysAnActor() throws {
        let actors = Analyzer().analyze("""
        IS claimed responsibility for the attack on Monday, the ministry said.
        """).actors.map(\.name)
        #expect(actors.contains("Islamic State"), "\(actors)")
    }
}
