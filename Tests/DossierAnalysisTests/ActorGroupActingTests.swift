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
