import Testing
@testable import DossierAnalysis

/// An unnamed spokesperson or official of a body is the body speaking: one actor with it.
/// Paragraphs written for these tests.
@Suite struct ActorBodyVoiceTests {
    @Test func aBodysSpokeswomanIsTheBody() throws {
        let a = Analyzer().analyze("""
        The Federal Aviation Administration grounded the small jets on Monday. An FAA spokeswoman said the inspections would take a week.
        """)
        let faa = try #require(a.actors.first { $0.aliases.contains("FAA") || $0.name == "FAA" }, "\(a.actors.map(\.name))")
        #expect(faa.aliases.contains { $0.hasSuffix("spokeswoman") }, "\(faa.aliases)")
        #expect(!a.actors.contains { $0.type == .person && $0.name.hasSuffix("spokeswoman") }, "\(a.actors.map(\.name))")
    }

    @Test func anOfficialOfTheOneCampaignIsTheCampaign() throws {
        let a = Analyzer().analyze("""
        Governor Ellen Marsh will visit four towns this week, the campaign announced on Tuesday. A campaign official said the tour would focus on farm prices.
        """)
        #expect(!a.actors.contains { $0.name == "campaign official" }, "\(a.actors.map { "\($0.name) \($0.aliases)" })")
        #expect(a.actors.contains { $0.aliases.contains("a campaign official") }, "\(a.actors.map { "\($0.name) \($0.aliases)" })")
    }

    @Test func aPersonsSpokesmanStaysApart() throws {
        let a = Analyzer().analyze("""
        Senator Ruth Okafor voted against the bill on Friday. Her spokesman said she would explain the vote at a town hall.
        """)
        #expect(a.actors.contains { $0.name == "Ruth Okafor" }, "\(a.actors.map(\.name))")
        #expect(!(a.actors.first { $0.name == "Ruth Okafor" }?.aliases.contains { $0.contains("spokesman") } ?? false))
    }
}
