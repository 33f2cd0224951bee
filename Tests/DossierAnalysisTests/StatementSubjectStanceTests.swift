import Testing
@testable import DossierAnalysis

/// What the reporter says an actor did, read after the sentence's subject: only a subject that
/// opens the sentence, not a possessor nor a name inside a clause opened before it.
@Suite struct StatementSubjectStanceTests {
    @Test func aSubjectsWordsAboutAnotherActorAreItsStance() {
        let text = "Governor Tom Gaddis and Senator Ruth Ellison spoke.\n\nBut Gaddis savaged Ellison as a corrupt and dishonest insider."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aPossessorOrANameInAnOpeningClauseIsNoSubject() {
        let since = "Governor Tom Gaddis and Senator Ruth Ellison spoke.\n\n"
            + "Since Gaddis's 2008 election, wealthy donors have warmly and generously supported Ellison."
        #expect(!statements(since).contains { $0.actor.contains("Gaddis") && $0.targetActor != nil }, "\(statements(since))")
        let possessor = "Governor Tom Gaddis and Senator Ruth Ellison spoke.\n\n"
            + "Gaddis's brilliant, wonderful success made Ellison furious."
        #expect(toward("Ellison", by: "Gaddis", in: possessor).isEmpty, "\(statements(possessor))")
    }
}

/// "not only … but" is no negation of the judgement that follows it.
@Suite struct StatementNotOnlyTests {
    @Test func notOnlyDoesNotTurnAJudgementRound() {
        let text = "Governor Tom Gaddis spoke in Ohio.\n\n\"Gaddis is not only a liar, but a danger to the free world,\" said Ann Lowe."
        #expect(!toward("Gaddis", by: "Lowe", in: text).contains { $0.stance == .pro }, "\(statements(text))")
    }
}

/// "lacks the strength": lacking something good is no praise.
@Suite struct StatementLackTests {
    @Test func lackingSomethingGoodIsNoPraise() {
        let text = "Governor Tom Gaddis spoke in Ohio.\n\nAnn Lowe said Gaddis lacks the strength, the wisdom and the stamina to lead the country."
        #expect(!toward("Gaddis", by: "Lowe", in: text).contains { $0.stance == .pro }, "\(statements(text))")
    }
}
