import Testing
@testable import DossierAnalysis

/// Names that appear without naming an actor: a body named as where something happens ("in the
/// White House", "on Twitter"), a handle's label, a name qualifying a noun ("the Brexit vote"),
/// an adjective with a hyphen ("Spanish-language"), a town before its state, "No. 1", and a lone
/// word that a "he" in the next sentence does not make a person. Paragraphs written for these tests.
@Suite struct ActorMentionInPassingTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func aBodyNamedOnlyAsAPlaceIsNoActor() {
        let n = names("""
        Lena Marsh said the bill would pass once she was in the White House. On Twitter, Tom Eckert called it a mistake. A similar bill stalled in the Senate last year, and a vote on the floor of Congress failed.
        """)
        for body in ["White House", "Twitter", "Senate", "Congress"] { #expect(!n.contains(body), "\(body) in \(n)") }
        #expect(n.contains("Lena Marsh") && n.contains("Tom Eckert"))
    }

    @Test func aBodyThatActsIsAnActorWhereverElseItIsNamed() {
        let n = names("""
        The bill stalled in the Senate last year. The Senate voted 51-49 on Tuesday to pass it.
        """)
        #expect(n.contains("Senate"), "\(n)")
    }

    @Test func aHandlesLabelIsNoActor() {
        let n = names("""
        Ada Kell wrote the column on Monday and said she would write again.

        Twitter: @adakell.
        """)
        #expect(!n.contains("Twitter"), "\(n)")
    }

    @Test func aNameBetweenAnArticleAndANounQualifiesTheNoun() {
        let n = names("""
        Lena Marsh said the Brexit vote was a warning. She would support the Trans-Pacific Partnership free-trade deal once she was elected, and she spoke at the Austin town hall.
        """)
        for word in ["Brexit", "Trans-Pacific Partnership", "Austin"] { #expect(!n.contains(word), "\(word) in \(n)") }
    }

    @Test func aHyphenedAdjectiveATownBeforeItsStateAndNumbersAreNoNames() {
        let n = names("""
        Trump said Spanish-language broadcaster Univision was unfair. He spoke to the crowd at the Austin, Texas, event where he met the leader of the country he has made his No. 1 scapegoat. He spent an hour with him.
        """)
        for word in ["Spanish-language", "Austin", "No."] { #expect(!n.contains(word), "\(word) in \(n)") }
    }

    @Test func aHeInTheNextSentenceMakesNoPersonOfALoneWord() {
        let n = names("""
        The vote in Bellmoor was close, and the result shocked Lena Marsh. He said he would appeal.
        """)
        #expect(!n.contains("Bellmoor"), "\(n)")
    }
}

/// Round-five cases: a thing someone has, a word that mostly qualifies nouns, a prize, a poll,
/// a document of a group. Paragraphs written for these tests.
@Suite struct ActorThingTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func aCapitalisedThingSomeoneHasIsNoActor() {
        let n = names("""
        Lena Marsh said Harlan Voss's Islamaphobia threatens national security. "His Islamaphobia doesn't reflect our values," she said.
        """)
        #expect(!n.contains("Islamaphobia"), "\(n)")
    }

    @Test func aWordThatMostlyQualifiesNounsNamesAThing() {
        let n = names("""
        Lena Marsh said the Brexit vote was a warning. Thursday's Brexit referendum shocked her advisers. "Brexit is a cautionary tale," Tom Eckert said after the Brexit vote.
        """)
        #expect(!n.contains("Brexit"), "\(n)")
    }

    @Test func aBodyAsAPrizeIsNoActor() {
        let n = names("""
        Lena Marsh said Democrats had a chance of taking back the Senate, and she hoped to hold the White House.
        """)
        #expect(!n.contains("Senate") && !n.contains("White House"), "\(n)")
    }

    @Test func aBodyReclaimedOrRegainedIsAPrize() {
        let n = names("""
        The governor is now considered the party's best hope to reclaim the Senate, but he cannot expect to win without help, Senator Mark Hadley said. Democrats hope to regain the White House.
        """)
        #expect(!n.contains("Senate") && !n.contains("White House"), "\(n)")
    }

    @Test func peopleHarmedByOthersAreNoActors() {
        let n = names("""
        Four Americans were killed in the attack. Senator Mark Hadley said the embassy had asked for more guards, and Americans abroad demanded answers.
        """)
        #expect(n.filter { $0 == "Americans" }.count <= 1 && n.contains("Mark Hadley"), "\(n)")
        let killed = names("Four Americans were killed in the attack. Senator Mark Hadley said the embassy had asked for more guards.")
        #expect(!killed.contains("Americans"), "\(killed)")
    }

    @Test func aPollIsItsMakerAndAPollOfVotersNoGroup() {
        let a = Analyzer().analyze("""
        In a national Suffolk University Poll, likely voters said they were scared. According to a recent poll of Indiana voters, Voss leads.
        """)
        let n = a.actors.map(\.name)
        #expect(!n.contains("Suffolk University Poll"), "\(n)")
        #expect(!n.contains { $0.contains("poll of") }, "\(n)")
    }

    @Test func theSourceOfAnActIsAnActor() {
        let n = names("""
        The proposal has drawn harsh criticism from fellow GOP presidential hopefuls, and cheers from the crowd at the rally.
        """)
        #expect(n.contains("GOP presidential hopefuls"), "\(n)")
    }

    @Test func aBodyNamedOnlyAfterAPrepositionIsNoActor() {
        let n = names("""
        Tom Eckert, a partner in the Chicago office of Holloway Partners, was nominated to the Ninth District Court. He spoke in the grand hall of the Harbor Museum Center.
        """)
        for body in ["Holloway Partners", "Ninth District Court", "Harbor Museum Center"] { #expect(!n.contains(body), "\(body) in \(n)") }
        #expect(n.contains("Tom Eckert"), "\(n)")
    }

    @Test func aLawNamedForTwoPeopleIsNoPerson() {
        let n = names("""
        Lena Marsh wants to restore Hallam-Stokes. Hallam-Stokes aimed to protect savers, she said, and Hallam-Stokes required banks to split. "It worked," she said.
        """)
        #expect(!n.contains { $0.contains("Hallam-Stokes") }, "\(n)")
        #expect(n.contains("Lena Marsh"), "\(n)")
    }

    @Test func aPersonWithADoubleBarrelledSurnameIsStillAPerson() {
        let n = names("Maria Hallam-Stokes said the bill would pass. Hallam-Stokes added that she would vote for it.")
        #expect(n.contains("Maria Hallam-Stokes"), "\(n)")
    }

    @Test func aBodyAfterAPrepositionThatActsOrNamesAnAgentIsAnActor() {
        let n = names("""
        The plan was rejected by the Harbor Authority on Monday. Members of the Holloway Chamber of Commerce disagreed with the vote.
        """)
        #expect(n.contains("Harbor Authority"), "\(n)")
        #expect(n.contains("Holloway Chamber of Commerce"), "\(n)")
    }
}

/// Quotation marks written as two straight single marks (''…'', as some newspapers do).
@Suite struct ActorDoubleApostropheQuoteTests {
    @Test func aGroupDescribedOnlyInsideDoubleApostrophesIsNoActor() {
        let names = Analyzer().analyze("""
        ''We believe frustrated average voters are looking for real answers,'' said Tom Eckert, a campaign adviser.
        """).actors.map(\.name)
        #expect(!names.contains { $0.contains("voters") }, "\(names)")
        #expect(names.contains("Tom Eckert"))
    }
}
