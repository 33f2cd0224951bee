import Testing
@testable import DossierAnalysis

/// A body that speaks for its owner, only mentioned by its noun. Paragraphs written for these tests.
@Suite struct ActorOwnedBodyInPassingTests {
    @Test func anOwnedBodyOnlyMentionedIsNoActor() throws {
        let a = Analyzer().analyze("""
        The mayor spoke at the county fair on Sunday. He blamed other parts of his office for the delays, saying the budget was late.
        """)
        #expect(!a.actors.contains { $0.name == "office" }, "\(a.actors.map(\.name))")
    }

    @Test func anOwnedBodyThatSpeaksStaysAnActor() throws {
        let a = Analyzer().analyze("""
        The mayor spoke at the county fair on Sunday. His office said the budget would be late.
        """)
        #expect(a.actors.contains { $0.name == "office" }, "\(a.actors.map(\.name))")
    }

    @Test func aPersonsBodyIsNoBody() throws {
        let a = Analyzer().analyze("""
        The boxer Marcus Hale collapsed after the tenth round. Doctors said Hale's body showed signs of severe exhaustion, and he was kept overnight.
        """)
        #expect(a.actors.contains { $0.name == "Marcus Hale" }, "\(a.actors.map(\.name))")
        #expect(!a.actors.contains { $0.name.hasSuffix("body") }, "\(a.actors.map(\.name))")
    }

    @Test func aBodyOnlyBesideItsOwnerIsNoActor() throws {
        let a = Analyzer().analyze("""
        Governor Ellen Marsh toured the flooded towns on Monday. Marsh and her team are drawing up a relief plan, aides said.
        """)
        #expect(a.actors.contains { $0.name == "Ellen Marsh" }, "\(a.actors.map(\.name))")
        #expect(!a.actors.contains { $0.name.hasSuffix("team") }, "\(a.actors.map(\.name))")
    }

    @Test func aBodyThatActsAloneStaysAnActor() throws {
        let a = Analyzer().analyze("""
        Governor Ellen Marsh toured the flooded towns on Monday. Marsh and her team are drawing up a relief plan. Her team said the plan would be ready by Friday.
        """)
        #expect(a.actors.contains { $0.name.hasSuffix("team") }, "\(a.actors.map(\.name))")
    }

    @Test func anOwnedCampaignReadAsARunIsTheOwnersDoing() throws {
        let a = Analyzer().analyze("""
        Old rivals meet again

        Marta Quint raised $2 million for her first Senate campaign in 1998. Years later, Quint said she regretted nothing. Her rival, Tom Ellery, said he had admired her campaign against the dam.
        """)
        #expect(a.actors.contains { $0.name == "Marta Quint" }, "\(a.actors.map(\.name))")
        #expect(!a.actors.contains { $0.name.hasSuffix("campaign") }, "\(a.actors.map(\.name))")
    }

    @Test func aNamedCampaignThatSpeaksStays() throws {
        let a = Analyzer().analyze("""
        Old rivals meet again

        The Quint campaign said on Monday that Marta Quint would debate Tom Ellery.
        """)
        #expect(a.actors.contains { $0.name == "Quint campaign" }, "\(a.actors.map(\.name))")
    }
}
