import Testing
@testable import DossierAnalysis

/// A place in a contest behind a name ("finished third behind Ellison") sets the person placed
/// against the one named; "behind" with no word of placing ("the money behind Ellison") names
/// no contest. Paragraphs written for these tests.
@Suite struct StatementPlacingTests {
    @Test func finishingBehindANameCompetesWithIt() {
        let text = "Senator Ruth Ellison won the Ohio primary on Tuesday.\n\n"
            + "Governor Tom Gaddis finished a distant third behind Ruth Ellison, his aides said."
        let s = toward("Ellison", by: "Gaddis", in: text)
        #expect(!s.isEmpty && s.allSatisfy { $0.stance == .against }, "\(statements(text))")
    }

    @Test func behindWithNoPlacingNamesNoContest() {
        let text = "Senator Ruth Ellison won the Ohio primary on Tuesday.\n\n"
            + "Governor Tom Gaddis is the money behind Ruth Ellison, his aides said."
        #expect(toward("Ellison", by: "Gaddis", in: text).allSatisfy { $0.stance != .against }, "\(statements(text))")
    }
}
