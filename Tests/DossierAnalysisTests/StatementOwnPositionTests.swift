import Testing
@testable import DossierAnalysis

/// A speaker stating its own position in what it says ("“I do not support the toll plan,” she
/// said", "saying she favors raising the minimum wage"): the statement is that position, not a bare
/// remark; "he" for a speaker who is a woman is someone else's position.
@Suite struct StatementOwnPositionTests {
    static let opening = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Harlow on Monday.\n\n"

    @Test func reportedWordsOpeningWithTheSpeakersStanceAreThatStance() {
        let text = Self.opening + "Ellison is more cautious, saying she strongly favors raising the minimum wage to $12."
        let s = statements(text).filter { $0.actor.contains("Ellison") }
        #expect(s.contains { $0.meaning == .support && $0.stance == .pro }, "\(s)")
    }

    @Test func ownWordsOpeningWithIAreTheSpeakersStance() {
        let text = Self.opening + "\"I support Governor Gaddis,\" Ellison told reporters."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        let negated = Self.opening + "\"I do not support the toll plan,\" Ellison told reporters."
        let s = statements(negated).filter { $0.actor.contains("Ellison") }
        #expect(s.contains { $0.meaning == .support && $0.stance == .against }, "\(s)")
    }

    @Test func anotherPersonsPronounIsNotTheSpeakersStance() {
        let text = Self.opening + "Senator Ruth Ellison, his rival, said that he opposes the toll plan."
        let s = statements(text).filter { $0.actor.contains("Ellison") }
        #expect(!s.contains { $0.meaning == .oppose }, "\(s)")
    }

    @Test func aVerbOfChoosingSidesOnlyWithTheActorItTakes() {
        let text = Self.opening + "Ellison said that she recruited Gaddis for the panel, and that she chose to stay home."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        let s = statements(text).filter { $0.actor.contains("Ellison") }
        #expect(!s.contains { $0.meaning == .support && ($0.target ?? "").contains("stay") }, "\(s)")
    }

    @Test func aBodysReportedWordsOpenWithItOrThey() {
        let text = Self.opening + "The Harlow Tenants Union said it welcomes Governor Gaddis to the talks."
        #expect(toward("Gaddis", by: "Harlow Tenants Union", in: text).contains { $0.meaning == .welcome }, "\(statements(text))")
    }
}
