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

/// A numbered heading written in capitals ("3. EXPERTS DOWNPLAY …") is a label: the group noun
/// opening it and the shouted verb after it are no group. Paragraphs written for these tests.
@Suite struct ActorShoutedHeadingTests {
    @Test func aShoutedNumberedHeadingMakesNoGroup() throws {
        let actors = Analyzer().analyze("""
        Five things to know today

        3. ANALYSTS DISMISS PLANNED HARBOUR TOLL.

        The toll would raise little money, the port authority said on Monday.
        """).actors.map(\.name)
        #expect(!actors.contains { $0.uppercased() == $0 && $0.contains("ANALYSTS") }, "\(actors)")
    }

    @Test func aGroupOpeningAnOrdinarySentenceStaysAnActor() throws {
        let actors = Analyzer().analyze("""
        Analysts dismissed the planned harbour toll on Monday, saying it would raise little money.
        """).actors.map(\.name)
        #expect(actors.contains { $0.lowercased().contains("analysts") }, "\(actors)")
    }
}
