import Testing
@testable import DossierAnalysis

/// Bodies named after the person they belong to: one actor for "Clinton camp" and "Clinton's
/// presidential campaign", "her campaign" joining "the Clinton campaign", and an owned campaign
/// the article never names called after its owner. Paragraphs written for these tests.
@Suite struct ActorOwnedBodyTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func namesOfOnePersonsCampaignAreOneActor() {
        let a = actors("""
        Marsh camp: the ban threatens security

        Edna Marsh, vice chairwoman for Marsh's presidential campaign, emailed supporters on Monday. Lena Marsh said the ban was wrong.
        """)
        let campaigns = a.filter { $0.type == .organization && ($0.name.contains("campaign") || $0.name.contains("camp")) }
        #expect(campaigns.count == 1, "\(a.map(\.name))")
    }

    @Test func aPossessiveCampaignJoinsTheNamedOne() {
        let a = actors("""
        The Voss campaign said on Monday it would appeal. Harlan Voss told reporters that his campaign had raised $2 million.
        """)
        let voss = a.first { $0.name == "Voss campaign" }
        #expect(voss?.aliases.contains("his campaign") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(a.filter { $0.name.contains("campaign") }.count == 1)
    }

    @Test func anUnnamedCampaignIsCalledAfterItsOwner() {
        let a = actors("""
        Harlan Voss spoke in Ohio on Monday. His campaign said it had raised $2 million.
        """)
        #expect(a.first { $0.name == "Voss campaign" }?.aliases.contains("His campaign") == true
            || a.first { $0.name == "Voss campaign" }?.aliases.contains("his campaign") == true, "\(a.map { ($0.name, $0.aliases) })")
    }
}
