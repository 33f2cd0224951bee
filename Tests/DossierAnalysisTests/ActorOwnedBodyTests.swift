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

    @Test func theBareNounIsThePersonsBodyNotANearerOneOfItsKind() {
        // "the administration" after "the Harlow administration" and "the White House": the
        // president's administration, described by that noun, not the body named between.
        let a = actors("""
        The Harlow administration has pushed for the raids since January, President Harlow said. The White House declined to comment on Monday. Lawmakers said the administration had ignored them, and the administration said it would go on.
        """)
        let admin = a.first { $0.name.contains("Harlow administration") }
        #expect(admin?.aliases.contains("the administration") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(a.first { $0.name == "White House" }?.aliases.contains("the administration") != true, "\(a.map { ($0.name, $0.aliases) })")
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

/// Owned groups and kin: "her advisers" after "advisers say", "her staff" of a named campaign,
/// "her husband" named far before. Paragraphs written for these tests.
@Suite struct ActorOwnedGroupTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func anOwnedGroupIsTheSameGroupDescribedBefore() {
        let a = actors("""
        Lena Marsh has no plans, advisers say, to change her message. On Friday her advisers said they were confident.
        """)
        #expect(a.filter { $0.name.contains("advisers") }.count == 1, "\(a.map(\.name))")
    }

    @Test func herStaffIsHerNamedCampaign() {
        let a = actors("""
        The Marsh campaign said on Monday it would appeal. Lena Marsh said her staff had found errors.
        """)
        #expect(a.first { $0.name == "Marsh campaign" }?.aliases.contains("her staff") == true, "\(a.map { ($0.name, $0.aliases) })")
    }

    @Test func kinIsThePersonOfTheSurnameWherever() {
        let a = actors("""
        Former Governor Mark Carver spoke in Ohio in May. Voters cheered. The crowd was large. The rally ended late.

        Joan Carver said that she and her husband supported the trade deal.
        """)
        #expect(a.first { $0.name == "Mark Carver" }?.aliases.contains("her husband") == true, "\(a.map { ($0.name, $0.aliases) })")
    }
}
