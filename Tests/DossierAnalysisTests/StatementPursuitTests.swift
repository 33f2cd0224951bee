import Testing
@testable import DossierAnalysis

/// Inquiries and suits: who investigates, subpoenas, indicts or sues someone stands against them;
/// a passive with no one named after "by" is no act of its subject.
@Suite struct StatementPursuitTests {
    @Test func anInquiryOrASuitIsAgainstWhomItPursues() {
        let text = "The Harlow Agency met on Monday. Senator Ruth Ellison spoke in Iowa. Tom Gaddis spoke too.\n\n"
            + "The Harlow Agency is investigating Ellison's use of a private server. "
            + "Critics cited the Harlow Agency's probe into Tom Gaddis. It was an inquiry by the Harlow Agency into Mark Pruitt."
        #expect(toward("Ellison", by: "Harlow", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Harlow", in: text).first?.meaning == .oppose, "\(statements(text))")
        #expect(toward("Pruitt", by: "Harlow", in: text).first?.stance == .against, "\(statements(text))")
        // "investigation of" is as often of an event as of someone: no stance read there.
        let of = "The Harlow Agency met on Monday. Tom Gaddis spoke too.\n\nCritics cited the Harlow Agency's investigation of Tom Gaddis."
        #expect(toward("Gaddis", by: "Harlow", in: of).isEmpty, "\(statements(of))")
    }

    @Test func aPassiveWithNoAgentIsNoActOfItsSubject() {
        let text = "Governor Tom Gaddis spoke in Iowa.\n\nGaddis was widely criticized for his remarks. Gaddis was then subpoenaed to appear."
        #expect(!statements(text).contains { $0.actor.contains("Gaddis") && $0.stance != .neutral }, "\(statements(text))")
        // A "was" inside a clause skipped on the way is no passive.
        let clause = "Governor Tom Gaddis spoke in Iowa. Ann Lowe spoke too.\n\nGaddis, who was in Ohio, praised Lowe on Monday."
        #expect(toward("Lowe", by: "Gaddis", in: clause).first?.stance == .pro, "\(statements(clause))")
    }
}
