import Testing
@testable import DossierAnalysis

/// Judgements received from someone ("drew criticism from", "won the endorsement of") are the
/// giver's stance toward the subject that received them.
@Suite struct StatementReceivedJudgementTests {
    @Test func criticismDrawnFromActorsIsTheirStance() {
        let text = "Governor Tom Gaddis and Senator Ruth Ellison spoke in May.\n\n"
            + "Gaddis's comments on the port have drawn sharp criticism from Ellison and the Ohio Farmers Union."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ohio Farmers Union", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func anEndorsementWonIsTheGiversSupport() {
        let text = "Governor Tom Gaddis and the Ohio Farmers Union met in May.\n\n"
            + "Gaddis won the endorsement of the Ohio Farmers Union on Tuesday."
        #expect(toward("Gaddis", by: "Ohio Farmers Union", in: text).first?.stance == .pro, "\(statements(text))")
        // Criticism named with no verb of receiving is no one's stance here.
        let bare = "Governor Tom Gaddis and Senator Ruth Ellison spoke in May.\n\n"
            + "Gaddis answered the criticism from Ellison in a long speech."
        #expect(!toward("Gaddis", by: "Ellison", in: bare).contains { $0.stance == .against }, "\(statements(bare))")
    }

    @Test func comingUnderFireOrFacingAttacksIsTheAttackersStance() {
        let text = "Governor Tom Gaddis and Senator Ruth Ellison spoke in May.\n\n"
            + "Gaddis came under fire from Ellison over the port budget."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        let attacks = "Governor Tom Gaddis and the Ohio Farmers Union met in May.\n\n"
            + "Gaddis has faced down attacks from the Ohio Farmers Union for a year."
        #expect(toward("Gaddis", by: "Ohio Farmers Union", in: attacks).first?.stance == .against, "\(statements(attacks))")
        let by = "Governor Tom Gaddis and the Ohio Farmers Union met in May.\n\n"
            + "Gaddis is coming under attack by the Ohio Farmers Union this week."
        #expect(toward("Gaddis", by: "Ohio Farmers Union", in: by).first?.stance == .against, "\(statements(by))")
        // "by" names no attacker without "under": "faced criticism by Friday" is a date.
        let noUnder = "Governor Tom Gaddis and Senator Ruth Ellison spoke in May.\n\n"
            + "Gaddis faced attacks by Ellison in a long speech."
        #expect(!toward("Gaddis", by: "Ellison", in: noUnder).contains { $0.stance == .against }, "\(statements(noUnder))")
    }

    @Test func backingHeldIsTheGiversSupportButNotAfterAnotherVerb() {
        let text = "Governor Tom Gaddis and Senator Ruth Ellison spoke in May.\n\n"
            + "Gaddis, who had the backing of Ruth Ellison, won the county by a wide margin."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        // "has ignited criticism from": the criticism is the igniting verb's, not held.
        let ignited = "Governor Tom Gaddis and Senator Ruth Ellison spoke in May.\n\n"
            + "Gaddis has ignited a debate and criticism from Ellison over the port."
        #expect(!toward("Gaddis", by: "Ellison", in: ignited).contains { $0.meaning == .criticise }, "\(statements(ignited))")
    }
}

/// The names listed after "including" in the object of a cue that takes sides are its objects too.
@Suite struct StatementIncludedObjectTests {
    @Test func criticisingAGroupIncludingANameCriticisesTheName() {
        let text = "Senator Ruth Ellison, Mayor Ann Kessler and Governor Tom Gaddis spoke on Monday.\n\n"
            + "Ellison criticized Republican leaders, including Tom Gaddis, over the port."
        #expect(toward("Gaddis", by: "Ellison", in: text).contains { $0.stance == .against }, "\(statements(text))")
        let praise = "Senator Ruth Ellison, Mayor Ann Kessler and Governor Tom Gaddis spoke on Monday.\n\n"
            + "Ellison praised several mayors, including Ann Kessler, for their work."
        #expect(toward("Kessler", by: "Ellison", in: praise).contains { $0.stance == .pro }, "\(statements(praise))")
        #expect(toward("Gaddis", by: "Ellison", in: praise).isEmpty, "\(statements(praise))")
    }
}
