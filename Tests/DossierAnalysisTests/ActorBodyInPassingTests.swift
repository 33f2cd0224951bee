import Testing
@testable import DossierAnalysis

/// Bodies and groups named in passing or inside longer phrases: a body's name before a noun
/// ("the Senate floor", "a White House bid"), a poll or a report that speaks for its body, a
/// verb in "-ed" after a group, and peoples named with a qualifier ("Cuban Americans",
/// "Cuban-Americans"). Paragraphs written for these tests.
@Suite struct ActorBodyInPassingTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func aBodysNameBeforeANounIsNoActor() {
        let n = names("""
        Lena Marsh said she would consider a future White House run. She stood in the middle of the Senate floor and stressed Supreme Court appointments during a visit.
        """)
        for body in ["White House", "Senate", "Supreme Court"] { #expect(!n.contains(body), "\(body) in \(n)") }
        #expect(n.contains("Lena Marsh"), "\(n)")
    }

    @Test func aBodyThatActsBeforeANounIsStillAnActor() {
        let n = names("""
        The Senate votes on the bill on Tuesday. Lena Marsh urged that the Senate hold hearings.
        """)
        #expect(n.contains("Senate"), "\(n)")
    }

    @Test func aPollsSourceIsItsMaker() {
        let n = names("""
        Clinton leads by 10 points, a Hallworth University poll found on Monday.
        """)
        #expect(n.contains("Hallworth University"), "\(n)")
        #expect(!n.contains { $0.hasSuffix("poll") }, "\(n)")
    }

    @Test func aVerbInEdAfterAGroupIsNoQualifier() {
        let n = names("""
        Both Democratic candidates enjoyed strong majority support among Latino voters, and Latino voters said so.
        """)
        #expect(!n.contains { $0.contains("enjoyed") }, "\(n)")
    }

    @Test func peoplesNamedWithAQualifierAreOneGroup() {
        let a = Analyzer().analyze("""
        Cuban Americans rejected the plan on Monday. Some 56 percent of Cuban-Americans said they would vote against it.
        """).actors
        let groups = a.filter { $0.name.contains("Americans") }
        #expect(groups.count == 1 && groups.first?.name == "Cuban Americans" && groups.first?.type == .group, "\(a.map { ($0.name, $0.type) })")
    }

    @Test func aBodyNamedBeforeItsMembersOrCandidatesIsNoActor() {
        let n = names("""
        Levy vote nears

        Nearly 90 House members signed a letter backing the levy on Tuesday. Since launching his White House bid, Gov. Tom Avery has rarely spoken about it, and GOP candidates said the plan would fail.
        """)
        for body in ["White House", "House of Representatives", "Republican Party"] { #expect(!n.contains(body), "\(body) in \(n)") }
        #expect(n.contains("House members") && n.contains("GOP candidates"), "\(n)")
    }

    @Test func aShoutedLabelParagraphIsNoActor() {
        let n = names("""
        Readers weigh in on the debate

        The debate showed a candidate in command. Nobody else came close.

        Dana Whitlow, Fairbanks, Alaska.

        TWITTER.

        We asked our followers what they thought. Join the conversation on Twitter.
        """)
        #expect(!n.contains("Twitter"), "\(n)")
        #expect(n.contains("Dana Whitlow"), "\(n)")
    }

    @Test func aNewsOutletOnlySpokenToIsNoActor() {
        let n = names("""
        Governor weighs Senate run

        Gov. Ann Rusk told CNN on Sunday that she was considering a run. "I have not decided," Rusk said in an interview with Politico. When reached by Reuters, her spokesman, Dale Moss, declined to comment.

        Rep. Tom Avery won the primary, with MSNBC calling the race an hour after the polls closed, according to the Associated Press.
        """)
        for outlet in ["CNN", "Politico", "Reuters"] { #expect(!n.contains(outlet), "\(outlet) in \(n)") }
        #expect(n.contains("MSNBC") && n.contains("Associated Press"), "\(n)")
    }
}
