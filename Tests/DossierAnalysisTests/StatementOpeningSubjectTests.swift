import Testing
@testable import DossierAnalysis

/// In reported speech, "him" stands for the "he" the sentence opens with when the only man
/// named in between is named as an owner ("Mr. Gaddis's record"); with a plain name in
/// between, the nearest name is kept.
@Suite struct StatementOpeningSubjectTests {
    /// Two rivals, and the husband of one of them named in full.
    static let opening = "Senator Ruth Gaddis and Governor Tom Barrow traded blows in Ohio on Monday. "
        + "Her husband, Frank Gaddis, stayed home.\n\n"
        + "Barrow spoke in Dayton. "

    @Test func objectPronounIsTheOpeningSubjectPastAnOwner() {
        let text = Self.opening
            + "He mocked Mr. Gaddis's business record after Mrs. Gaddis accused him of bigotry."
        let seen = statements(text)
        #expect(!seen.contains { $0.actor.contains("Ruth") && ($0.targetActor ?? "") == "Frank Gaddis" }, "\(seen)")
        #expect(toward("Barrow", by: "Ruth", in: text).contains { $0.stance == .against }, "\(seen)")
    }

    @Test func aPlainNameInBetweenKeepsTheNearestName() {
        let text = Self.opening
            + "He met Frank Gaddis after Mrs. Gaddis accused him of bigotry."
        let seen = statements(text)
        #expect(toward("Barrow", by: "Ruth", in: text).isEmpty, "\(seen)")
    }
}
