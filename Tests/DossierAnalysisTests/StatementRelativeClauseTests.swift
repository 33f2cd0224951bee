import Testing
@testable import DossierAnalysis

/// A relative clause after a name ("Ann Lowe, who has been critical of Ellison", "the Harlow
/// Tenants Union, which has opposed Gaddis") says what that actor does or is: its stance toward the actors it names, also in a sentence that attributes
/// a quotation or has another subject, never inside a quotation.
@Suite struct StatementRelativeClauseTests {
    @Test func aClauseAfterASpeakersNameGivesItsStance() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "\"The primary will be close,\" said former mayor Ann Lowe, who has been critical of Ellison."
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aClauseAfterAnObjectGivesItsStance() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "Ellison met state treasurer Ben Orme, who will lead the opposition to Gaddis in the legislature."
        #expect(toward("Gaddis", by: "Orme", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aBodysWhichClauseGivesItsStanceButNotAPersons() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "The rally was organised by the Harlow Tenants Union, which has long been highly critical of Gaddis."
        #expect(toward("Gaddis", by: "Harlow Tenants Union", in: text).first?.stance == .against, "\(statements(text))")
        let person = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "The rally was organised by Ann Lowe, which angered Gaddis."
        #expect(toward("Gaddis", by: "Lowe", in: person).isEmpty, "\(statements(person))")
    }

    @Test func aClauseInsideAQuotationIsTheSpeakers() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "\"My friend Ben Orme, who always praised Gaddis, told me the truth,\" said Ann Lowe."
        #expect(toward("Gaddis", by: "Orme", in: text).isEmpty, "\(statements(text))")
    }

    @Test func aClauseAfterAShortAppositionIsTheNamedActors() {
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "\"The race is close,\" said Ben Orme, a former state party chair who is supporting Ellison. The rally on Sunday "
            + "was held by the Harlow Tenants Union, a small neighbourhood group that has long feuded with Gaddis."
        #expect(toward("Ellison", by: "Orme", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Harlow Tenants Union", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aClauseAfterAnAppositionWithAPrepositionIsNotTheNamedActors() {
        // "the director of a charity that …": the clause is the charity's.
        let text = "Senator Ruth Ellison and Governor Tom Gaddis are running for president.\n\n"
            + "\"The race is close,\" said Ben Orme, the director of a charity that has long feuded with Gaddis."
        #expect(toward("Gaddis", by: "Orme", in: text).isEmpty, "\(statements(text))")
    }
}
