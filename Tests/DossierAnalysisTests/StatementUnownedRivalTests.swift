import Testing
@testable import DossierAnalysis

/// A rival named with no owner ("beating rival Tom Gaddis") is the rival of the person the
/// sentence names before the noun; not after an article, not a former rival, and not the
/// person the phrase is in apposition to. Paragraphs written for these tests.
@Suite struct StatementUnownedRivalTests {
    @Test func aRivalWithNoOwnerIsThatOfThePersonNamedBefore() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "Ellison won the Ohio primary on Tuesday, beating rival Tom Gaddis by six points."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.meaning == .compete, "\(statements(text))")
    }

    @Test func aFormerRivalIsNoLongerInTheContest() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "Ellison was introduced on stage by former rival Tom Gaddis."
        #expect(!toward("Ellison", by: "Gaddis", in: text).contains { $0.meaning == .compete }, "\(statements(text))")
    }

    @Test func aRivalInAppositionHasNoOwnerThere() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Toledo on Monday.\n\n"
            + "Tom Gaddis, a rival in the Senate race, toured the plant on Friday."
        #expect(!toward("Gaddis", by: "Gaddis", in: text).contains { $0.meaning == .compete }, "\(statements(text))")
        #expect(!toward("Ellison", by: "Gaddis", in: text).contains { $0.meaning == .compete }, "\(statements(text))")
    }
}
