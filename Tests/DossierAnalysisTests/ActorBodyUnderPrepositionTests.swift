import Testing
@testable import DossierAnalysis

/// A body named by a common noun only inside a prepositional phrase is no actor; working for a
/// body or being in a body of people still shows it as one. Paragraphs written for these tests.
@Suite struct ActorBodyUnderPrepositionTests {
    @Test func aCampaignOnlyUnderAPrepositionIsNoActor() throws {
        let a = Analyzer().analyze("""
        Senator Ted Cruz spoke to farmers in Dayton on Monday. Lower taxes have been the centerpiece of his campaign, he said, and he felt good about his campaign in the state.
        """)
        #expect(!a.actors.contains { $0.name.hasSuffix("campaign") }, "\(a.actors.map(\.name))")
    }

    @Test func aCampaignPeopleWorkForStaysAnActor() throws {
        let a = Analyzer().analyze("""
        Hillary Clinton spoke in Toledo on Tuesday. Two of the pollsters were later hired as consultants for Clinton's campaign.
        """)
        #expect(a.actors.contains { $0.name.hasSuffix("campaign") }, "\(a.actors.map(\.name))")
    }

    @Test func aCampOfPeopleSomeoneIsInStaysAnActor() throws {
        let a = Analyzer().analyze("""
        Corey Lewandowski left the race in June. A longtime adviser who is not in the Lewandowski camp said the decision was overdue.
        """)
        #expect(a.actors.contains { $0.name == "Lewandowski camp" }, "\(a.actors.map(\.name))")
    }

    @Test func aParticleAfterABodyIsNoNounItQualifies() throws {
        let f = ActorFixture("""
        Maria Lopez wants to move the Green Party forward after the election, she told reporters.
        """)
        #expect(f.actor("Green Party") != nil, "\(f.actorNames)")
    }
}
