import Testing
@testable import DossierAnalysis

/// Acts told as narration toward an actor: attacking ("hitting Gaddis with ads", "took on
/// Gaddis", "went after Lowe") is against it, standing by ("stood by Gaddis", "worked for Lowe")
/// is for it; the same verbs toward no actor take no stance ("took on the role", "hit the road").
@Suite struct StatementNarratedActTests {
    @Test func attackingAndStandingByAreReadAsStances() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "The Harbour Fund has been hitting Gaddis with ads since May. "
            + "Senator Ruth Ellison took on Gaddis in a debate, and Judge Carl Brandt went after Lowe on Monday. "
            + "Paul Ardent, who worked for Lowe for years, spoke on Friday. Later Ardent stood by Gaddis."
        #expect(toward("Gaddis", by: "Harbour Fund", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Lowe", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Lowe", by: "Ardent", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ardent", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func theSameVerbsTowardNoActorTakeNoStance() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Lowe took on the role of chair in May. Gaddis hit the road on Monday."
        #expect(statements(text).filter { $0.stance != .neutral }.isEmpty, "\(statements(text))")
    }

    @Test func pouncingOnARemarkIsAgainstItsOwner() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Gaddis spoke about the port on Monday. Paul Ardent, an adviser to Lowe, jumped on Gaddis's remark."
        #expect(toward("Gaddis", by: "Ardent", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func anAppositionWithACueNounStillLeadsToTheAct() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Gaddis spoke about the port on Monday. Paul Ardent, senior adviser for the campaign, jumped on Gaddis's remark."
        #expect(toward("Gaddis", by: "Ardent", in: text).first?.stance == .against, "\(statements(text))")
    }
}
