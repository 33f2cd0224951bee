import Testing
@testable import DossierAnalysis

/// Unnamed officials of a body are the body speaking: one actor with it. A lone unnamed
/// spokesperson stays a person of their own. Paragraphs written for these tests.
@Suite struct ActorBodyVoiceTests {
    @Test func aBodysOfficialsAreTheBody() throws {
        let a = Analyzer().analyze("""
        The Labor Department issued the new overtime rule on Wednesday. On Thursday, Labor Department officials said about four million workers would be covered.
        """)
        #expect(a.actors.contains { $0.type == .organization && $0.aliases.contains { $0.hasSuffix("officials") } }, "\(a.actors.map { "\($0.name) \($0.aliases)" })")
        #expect(!a.actors.contains { $0.type == .group && $0.name.hasSuffix("officials") }, "\(a.actors.map(\.name))")
    }

    @Test func officialsOfTheOneCampaignAreTheCampaign() throws {
        let a = Analyzer().analyze("""
        Governor Ellen Marsh will visit four towns this week, the campaign announced on Tuesday. Campaign officials said the tour would focus on farm prices.
        """)
        #expect(!a.actors.contains { $0.name.lowercased() == "campaign officials" }, "\(a.actors.map { "\($0.name) \($0.aliases)" })")
    }

    @Test func aLoneSpokeswomanStaysAPerson() throws {
        let a = Analyzer().analyze("""
        The Federal Aviation Administration grounded the small jets on Monday. An FAA spokeswoman said the inspections would take a week.
        """)
        #expect(a.actors.contains { $0.type == .person && $0.name.hasSuffix("spokeswoman") }, "\(a.actors.map(\.name))")
    }

    @Test func aPersonsSpokesmanStaysApart() throws {
        let a = Analyzer().analyze("""
        Senator Ruth Okafor voted against the bill on Friday. Her spokesman said she would explain the vote at a town hall.
        """)
        #expect(a.actors.contains { $0.name == "Ruth Okafor" }, "\(a.actors.map(\.name))")
        #expect(!(a.actors.first { $0.name == "Ruth Okafor" }?.aliases.contains { $0.contains("spokesman") } ?? false))
    }
}
