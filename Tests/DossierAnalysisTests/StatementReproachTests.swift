import Testing
@testable import DossierAnalysis

/// Verbs of reproach and of keeping apart read with the actor they take for object:
/// "chastised X for …", "lashed out at X", "distanced herself from X".
@Suite struct StatementReproachTests {
    @Test func chastisingOrLashingOutAtSomeoneIsAgainstThem() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe spoke in Ohio.\n\n"
            + "On Friday, Gaddis chastised Ann Lowe for refusing to ask for help. "
            + "Senator Ruth Ellison lashed out at Gaddis over the delay."
        #expect(toward("Lowe", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func distancingOneselfFromSomeoneIsAgainstThemButMovingAnotherIsNot() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe spoke in Ohio.\n\n"
            + "In 2010, Lowe distanced herself from Governor Tom Gaddis because he was unpopular."
        #expect(toward("Gaddis", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
        let other = "Governor Tom Gaddis and Mayor Ann Lowe spoke in Ohio.\n\n"
            + "Lowe tried to distance Gaddis from his plan for the harbour."
        #expect(toward("Gaddis", by: "Lowe", in: other).isEmpty, "\(statements(other))")
    }
}
