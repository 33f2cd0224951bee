import Testing
@testable import DossierAnalysis

/// A headline capitalises its first word whatever it is. Paragraphs written for these tests.
@Suite struct ActorHeadlineWordTests {
    @Test func aCommonWordOpeningTheHeadlineOrSubheadIsNoActor() throws {
        let actors = Analyzer().analyze("""
        Vote could help Hadley make his case;
        Outsider sees chance to sway delegates.

        Senator Mark Hadley calls the primary "the big one."

        Hadley spoke in Dayton on Tuesday.
        """).actors.map(\.name)
        #expect(!actors.contains("Outsider"))
        #expect(actors.contains("Mark Hadley"))
        let shouted = Analyzer().analyze("""
        WHAM: Hadley Just Fired Back At His Rival

        Senator Mark Hadley answered his rival on Tuesday.
        """).actors.map(\.name)
        #expect(!shouted.contains("WHAM"))
    }

    @Test func aNameOpeningTheBodyStaysAnActor() throws {
        let actors = Analyzer().analyze("""
        Vote could help Hadley

        Brakeley said on Tuesday that the vote would be close.
        """).actors.map(\.name)
        #expect(actors.contains("Brakeley"))
    }
}
