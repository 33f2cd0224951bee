import Testing
@testable import DossierAnalysis

/// "X agreed." with nothing after the verb answers the one quoted before.
@Suite struct StatementReplyTests {
    @Test func agreeingWithNothingAfterItAnswersTheLastSpeaker() {
        let text = "\"It has become a two-person race,\" said Craig Robson, editor of the Harlow Times.\n\n"
            + "Professor Dianne Bystrom agreed. \"The others are running out of time,\" she said.\n\nMayor Tom Gaddis disagreed."
        #expect(toward("Robson", by: "Bystrom", in: text).contains { $0.stance == .pro }, "\(statements(text))")
        #expect(toward("Bystrom", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func agreeingToSomethingIsNoReply() {
        let text = "\"We need a deal,\" said Craig Robson.\n\nMayor Tom Gaddis agreed to a phone call on Wednesday."
        #expect(toward("Robson", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
    }
}
