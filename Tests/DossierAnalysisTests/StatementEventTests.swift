import Testing
@testable import DossierAnalysis

/// The statement stage on what refers back to an article's lead event ("the decision", "the
/// case"), predicate nouns, concessions, and whom a speaker speaks for.
@Suite struct StatementEventTests {
    func by(_ actor: String, in text: String) -> [SeenStatement] {
        statements(text).filter { $0.actor.contains(actor) }
    }

    @Test func theDecisionIsTheEventTheArticleLeadsWith() {
        let text = """
        The regional government approved a second runway at Dunmore airport on Wednesday.

        Residents' group Quiet Valley condemned the decision on Thursday.

        The airport's owner welcomed the approval and said work would start in spring.
        """
        let condemn = by("Quiet Valley", in: text).first
        #expect(condemn?.frame == "development", "\(statements(text))")
        #expect(condemn?.stance == .against)
        let welcome = statements(text).first { $0.meaning == .welcome }
        #expect(welcome?.frame == "development", "\(statements(text))")
        #expect(welcome?.stance == .pro)
    }

    @Test func suingIsTheLawsuitAndTheCaseIsIt() {
        let text = """
        The city of Arden sued the chemical maker Polvex on Tuesday over the poisoned river.

        "The case has no merit," company spokesman Ben Ott said.
        """
        let s = by("Ott", in: text).first
        #expect(s?.frame == "lawsuit", "\(statements(text))")
        #expect(s?.stance == .against)
    }

    @Test func aPredicateNounJudgesItsSubject() {
        let way = by("Kerr", in: "Mayor Anne Kerr said the lawsuit was the only way to make the polluters pay.").first
        #expect(way?.frame == "lawsuit")
        #expect(way?.stance == .pro)
        let obstacle = by("Kerr", in: "Mayor Anne Kerr said the council would no longer stand in the way of the pipeline.").first
        #expect(obstacle?.stance == .pro, "no longer in its way: \(String(describing: obstacle))")
        let disaster = by("Kerr", in: "Mayor Anne Kerr said the new tax was a disaster for families.").first
        #expect(disaster?.frame == "tax")
        #expect(disaster?.stance == .against)
    }

    @Test func whatIsConcededBeforeButIsNoStance() {
        let plain = by("Berg", in: "\"We did not want to strike,\" union leader Fiona Berg said.").first
        #expect(plain?.stance == .against)
        let conceded = by("Berg", in: "\"We did not want to strike, but the board left us no choice,\" union leader Fiona Berg said.").first
        #expect(conceded?.stance == .neutral, "the point comes after 'but'")
        #expect(conceded?.frame == "strike", "still about the strike, for grouping")
    }

    @Test func anActionOnAnActorIsAStanceTowardIt() {
        let text = "The Harlow Chamber of Commerce endorsed Governor candidate Elena Marsh on Monday."
        let s = statements(text).first { $0.meaning == .support }
        #expect(s?.targetActor == "Elena Marsh", "\(statements(text))")
        #expect(s?.stance == .pro)
    }

    @Test func theSpeakersOwnGroupIsNoOtherActor() {
        let text = """
        Campaigners gathered outside the council on Monday after it backed the runway.

        Priya Sand, a spokeswoman for the campaign group Save the Fens, said the group would challenge the runway in court.
        """
        let s = by("Sand", in: text).first
        #expect(s?.stance == .against, "'the group' is hers: \(statements(text))")
        #expect(s?.frame == "development")
    }

    @Test func aNounNoFrameNamesIsStillATarget() {
        let text = """
        The regulator fined the social network Chatterly on Monday.

        Chatterly said it would appeal, calling the fine "unjustified and disproportionate".

        The consumer group Digital Rights Watch welcomed the fine on Tuesday.
        """
        let calling = statements(text).first { $0.meaning == .callFor }
        #expect(calling?.target == "the fine", "\(statements(text))")
        #expect(calling?.stance == .against)
        let welcome = statements(text).first { $0.meaning == .welcome }
        #expect(welcome?.target == "the fine", "\(statements(text))")
        #expect(welcome?.stance == .pro)
    }

    @Test func theObjectOfACueEndsWhereItsSubjectActsAgain() {
        let text = """
        The environment minister ordered an independent review of the Marsh Point terminal on Tuesday.

        Campaigners who oppose the terminal welcomed the decision.
        """
        let oppose = statements(text).first { $0.meaning == .oppose }
        #expect(oppose?.frame == "development", "about the terminal, not the decision: \(statements(text))")
        #expect(oppose?.stance == .against)
    }
}
