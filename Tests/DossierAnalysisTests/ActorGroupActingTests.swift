import Testing
@testable import DossierAnalysis

/// Unnamed groups that act or take a stance: as the subject of "are", "did" or a past form the
/// verb list does not spell out, before an "-ed" verb, as a part of the group ("a third of
/// independents say"), with their quantifier left out of the name, and the audience and a
/// narrator. Paragraphs written for these tests.
@Suite struct ActorGroupActingTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func aGroupIsWhatTheSentenceSaysOfIt() {
        let n = names("""
        Lena Marsh says the fight will go on until June. Democratic strategists are more skeptical. Rival candidates went further on Monday, and the attendees expressed their support.
        """)
        for group in ["Democratic strategists", "Rival candidates", "attendees"] { #expect(n.contains(group), "\(group) not in \(n)") }
    }

    @Test func aPartysPeopleThatActAreAGroupByTheirSide() {
        let n = names("""
        Lena Marsh will name a judge in June. Democrats will press for a nominee who would protect voting rights, and independents plan to wait.
        """)
        for group in ["Democrats", "independents"] { #expect(n.contains(group), "\(group) not in \(n)") }
    }

    @Test func aPartOfAGroupSpeaksForTheGroup() {
        let n = names("""
        A third of independents, 33%, say they feel that way. Slightly more than half of the Democrats in the poll, 52%, agree.
        """)
        #expect(n.contains("independents"), "\(n)")
        #expect(!n.contains { $0.hasPrefix("third") || $0.hasPrefix("A third") }, "\(n)")
    }

    @Test func theObjectOfAVerbIsNoPartThatActs() {
        let n = names("""
        Firefighters rescued dozens of people from cars trapped on flooded roads. Of the three candidates tested, voters liked one.
        """)
        #expect(!n.contains { $0.contains("people") || $0.contains("candidates") }, "\(n)")
    }

    @Test func joiningForcesMakesNoArmedGroup() {
        let text = "Mayor Ann Kessler and Senator Joe Brant spoke.\n\nKessler joined forces with Brant in the fight over the budget."
        #expect(!names(text).contains { $0.lowercased().contains("forces") }, "\(names(text))")
        #expect(names("Brant's forces shelled the town, and forces loyal to Brant advanced.").contains { $0.lowercased().contains("forces") })
    }

    @Test func aGroupsNameLeavesOutHowManyOfThemThereAre() {
        let n = names("""
        Officials said many British voters were revolting against the rules, and Western and Russian diplomats traded accusations.
        """)
        #expect(n.contains("British voters"), "\(n)")
        #expect(n.contains("Western and Russian diplomats"), "\(n)")
    }

    @Test func theAudienceAndANarratorAct() {
        let n = names("""
        "Who will pay for the wall?" Harlan Voss asked. "Mexico!" the audience screamed back.

        "Jobs disappear. It is more of the same," says a narrator in the new advertisement.
        """)
        #expect(n.contains("audience"), "\(n)")
        #expect(n.contains("narrator"), "\(n)")
    }
}

/// Round-seven cases of groups and places that act: "backers of her party", a degree word in
/// the name, a relative clause's verb, a possessive before an act, a crowd and a county that
/// act, a place qualifying the noun of an object. Paragraphs written for these tests.
@Suite struct ActorGroupActingMoreTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func theBackersOfHerPartyWereSkeptical() {
        let n = names("Lena Marsh spoke on Monday. The more liberal backers of her party were already skeptical.")
        #expect(n.contains("more liberal backers of her party"), "\(n)")
    }

    @Test func aRelativeClausesVerbIsThePhrasesAct() {
        let n = names("The ruling sent the issue back to the lower courts, which have ruled against the plan.")
        #expect(n.contains("lower courts"), "\(n)")
    }

    @Test func aCountrysActAndACrowdThatActsAreActors() {
        let n = names("""
        For Lena Marsh, Britain's emotionally charged uprising against the European Union is a warning. In Anaheim, the crowd booed when Harlan Voss spoke.
        """)
        #expect(n.contains("Britain") || n.contains("United Kingdom"), "\(n)")
        #expect(n.contains("crowd"), "\(n)")
    }

    @Test func aCountyThatActsIsAnActor() {
        let n = names("""
        Vigo County, Indiana, has only miscalculated twice since 1888, voting for the loser in 1908 and 1952. "Vigo County, Indiana is the most prominent bellwether," the atlas said.
        """)
        #expect(n.contains("Vigo County"), "\(n)")
        let district = names("\"We will not give up,\" said District 751 President Marla Jennings.")
        #expect(!district.contains("District"), "\(district)")
    }

    @Test func aGroupActsPastWhereItIs() {
        let n = names("Insurgent Democratic candidates in Florida did no better against their party's establishment.")
        #expect(n.contains("Insurgent Democratic candidates in Florida"), "\(n)")
    }

    @Test func theFamiliesOfTheVictimsActNotTheVictims() {
        let n = names("Lena Marsh said the families of the Benghazi victims were wrong in their recollections.")
        #expect(n.contains { $0.hasPrefix("families") }, "\(n)")
    }

    @Test func aRunEndingInAQualifierNamesNoOne() {
        let n = names("Insurgent Democratic candidates in Florida did no better against their party's establishment.")
        #expect(!n.contains("Insurgent Democratic"), "\(n)")
    }
}

/// Past participles of irregular verbs after an auxiliary ("has done") show their subject acting.
@Suite struct ActorParticipleTests {
    @Test func aNameBeforeHasDoneActs() {
        let a = Analyzer().analyze("""
        Harlan Voss spoke about refugees on Tuesday. "Look what Merkel has done in Germany," he said of the German leader's plan.
        """)
        #expect(a.actors.contains { $0.name == "Merkel" }, "\(a.actors.map(\.name))")
    }
}

/// The people at one event, named by collective nouns, are one group.
@Suite struct ActorCollectiveTests {
    @Test func theAudienceAndTheCrowdAreOneGroup() {
        let a = Analyzer().analyze("""
        "Who will pay for the wall?" Harlan Voss asked. "Mexico!" the audience screamed back. He spoke to cheers from the crowd at the Austin, Texas, event.
        """).actors
        #expect(a.filter { $0.type == .group }.count == 1, "\(a.map(\.name))")
    }
}

/// Groups named by their stance alone ("critics", "conservatives", "backers") take a stance by
/// what they are, so they are actors when they act even without a qualifier or an owner.
/// Paragraphs written for these tests.
@Suite struct ActorStanceGroupTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func aGroupNamedByItsStanceActs() {
        let n = names("""
        Mayor Idris Calloway defended the new toll on Tuesday. The plan drew pleas from conservatives to delay it, and critics vowed to repeal it.
        """)
        #expect(n.contains("critics"), "\(n)")
        #expect(n.contains("conservatives"), "\(n)")
    }

    @Test func aPlainGroupNamedByTheNounAloneIsNoActor() {
        let n = names("Mayor Idris Calloway defended the new toll on Tuesday. Shoppers paid it, and commuters were angry.")
        #expect(!n.contains("shoppers") && !n.contains("commuters"), "\(n)")
    }
}

/// Places counted together after they were named ("the two nations", "our two countries") are
/// those places again, not a group of people that acts; new ones counted ("25 other states
/// sued") still act. Paragraphs written for these tests.
@Suite struct ActorCountedPlacesTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func theTwoNationsAreThePlacesJustNamed() {
        let n = names("""
        Premier Lisa Orvan visited Valdoria and Estmark on Monday, and the two countries have traded ever since. "Our two countries are friends," Orvan said.
        """)
        #expect(!n.contains { $0.contains("nations") || $0.contains("countries") }, "\(n)")
    }

    @Test func newPlacesCountedStillAct() {
        let n = names("Valdoria and 12 other states sued the agency on Monday, calling the rule unlawful.")
        #expect(n.contains { $0.contains("states") }, "\(n)")
    }

    @Test func oneOwnersGroupMetTwiceUnderOneNameIsOneActor() {
        // "supporters … his supporters … some of his supporters": one owner's group, one actor.
        let text = "Gaddis Tweets False Numbers\n\n"
            + "Tom Gaddis tweeted a chart of false crime numbers on Sunday, just a day after supporters physically assaulted a protester at his rally.\n\n"
            + "Harsh talk has been a hallmark of his campaign and has incited anger from his supporters. "
            + "At a Gaddis rally in Marlow, Ohio, on Saturday, some of his supporters kicked and punched a protester."
        let a = Analyzer().analyze(text)
        #expect(a.actors.filter { $0.name.lowercased().hasSuffix("supporters") }.count == 1, "\(a.actors.map(\.name))")
        #expect(a.actors.contains { $0.name == "Tom Gaddis" })
    }
}
