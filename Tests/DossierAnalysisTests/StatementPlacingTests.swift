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

    /// "came in second to Ellison": an ordinal place before "to" and a name; "second to none"
    /// and a place with no word of placing before it name no contest.
    @Test func anOrdinalPlaceBeforeToAndANameCompetesWithIt() {
        let text = "Senator Ruth Ellison won the Ohio primary on Tuesday.\n\n"
            + "Governor Tom Gaddis came in second to Ruth Ellison in Ohio, his aides said. "
            + "Mayor Ann Lowe was second to none in fundraising."
        let s = toward("Ellison", by: "Gaddis", in: text)
        #expect(!s.isEmpty && s.allSatisfy { $0.stance == .against }, "\(statements(text))")
        #expect(toward("Ellison", by: "Lowe", in: text).isEmpty, "\(statements(text))")
    }

    /// "Carl Brandt, Gaddis's major competitor": a competitor is a rival.
    @Test func aCompetitorIsARival() {
        let text = "Governor Tom Gaddis won the Ohio primary on Tuesday.\n\n"
            + "Carl Brandt, Gaddis's major competitor, fared slightly better in Iowa."
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
    }
}
