import Testing
@testable import DossierAnalysis

/// Staff named with no owner and joined by "with", "to", "via" or "and" to the person the
/// sentence is about work for that person; a post named as the subject of its own verb after
/// someone else's name serves no one by that alone. Paragraphs written for these tests.
@Suite struct StatementUnownedStaffTests {
    @Test func staffWalkingInWithThePersonServeThem() {
        let text = "Senator Ruth Ellison visited the mill in Akron on Monday.\n\n"
            + "Cameras caught Ellison stepping off the bus with policy director Tom Gaddis before the rally began."
        let s = toward("Ellison", by: "Gaddis", in: text)
        #expect(!s.isEmpty && s.allSatisfy { $0.stance == .pro }, "\(statements(text))")
    }

    @Test func aPostThatSpeaksAfterAnotherNameServesNoOneByThat() {
        let text = "Senator Ruth Ellison visited the mill in Akron on Monday.\n\n"
            + "\"The senator has no plan for the mill,\" spokesman Tom Gaddis said after Ellison left."
        #expect(toward("Ellison", by: "Gaddis", in: text).allSatisfy { $0.stance != .pro }, "\(statements(text))")
    }
}
