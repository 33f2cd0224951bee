import Testing
@testable import DossierAnalysis

/// A surname in the plural after "the" names a family: a stance aimed at it is aimed at each
/// member the article names.
@Suite struct StatementFamilyNameTests {
    @Test func aStanceAimedAtAFamilyReachesEachMember() {
        let text = "Ohio feud deepens.\n\n"
            + "Governor Tom Gaddis and Senator Ann Gaddis opened the harbour on Monday. "
            + "Gaddis spoke first. "
            + "Carl Brandt, a local activist, has long attacked the Gaddises. "
            + "\"The Gaddises have failed this city and cheated its voters,\" said Ruth Ellison."
        #expect(toward("Tom Gaddis", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Ann Gaddis", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Ann Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
    }
}
