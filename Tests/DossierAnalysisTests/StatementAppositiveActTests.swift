import Testing
@testable import DossierAnalysis

/// Acts reporters tell in passing: a relative clause inside an apposition ("Paul Ardent, a
/// longtime donor who backs Gaddis,"), a passive made with "get" ("Lowe, who got trounced by
/// Gaddis,"), a rival "taken down", and a stance held with an adjective ("has been critical of").
@Suite struct StatementAppositiveActTests {
    @Test func anAppositionsRelativeClauseActsForTheName() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Donors gave money, among them Paul Ardent, a longtime harbour donor who backs Gaddis. "
            + "The Harbour Fund, a group that has endorsed Lowe, ran ads."
        #expect(toward("Gaddis", by: "Ardent", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Lowe", by: "Harbour Fund", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func anAppositionWithNoActLeavesTheNamesOwnVerb() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Paul Ardent, a donor who lives in Dayton, criticized Gaddis on Monday."
        #expect(toward("Gaddis", by: "Ardent", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func racesLostAndWonInPassingAreRivalries() {
        let text = "Governor Tom Gaddis, Mayor Ann Lowe and Judge Carl Brandt ran in Ohio.\n\n"
            + "Lowe, who got trounced by Gaddis in the primary, still spoke. "
            + "Brandt took down businessman Paul Ardent in the county race."
        #expect(toward("Lowe", by: "Gaddis", in: text).first?.meaning == .compete, "\(statements(text))")
        #expect(toward("Ardent", by: "Brandt", in: text).first?.meaning == .compete, "\(statements(text))")
    }

    @Test func aStanceHeldWithAnAdjectiveIsTowardTheActor() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Judge Carl Brandt has reportedly been critical of Gaddis for months. "
            + "Paul Ardent was supportive of Lowe. Ardent got a reply on Monday."
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Lowe", by: "Ardent", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(statements(text).filter { $0.stance != .neutral }.count == 2, "\(statements(text))")
    }

    @Test func anAdverbWithoutLyMayStandBeforeTheAct() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Judge Carl Brandt has long been supportive of Gaddis. "
            + "Paul Ardent, who has often targeted Lowe, spoke next."
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Lowe", by: "Ardent", in: text).first?.stance == .against, "\(statements(text))")
        // "long" qualifying a noun is no act of anyone's.
        let noun = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Gaddis spoke of the long lines in Lowe's city."
        #expect(toward("Lowe", by: "Gaddis", in: noun).isEmpty, "\(statements(noun))")
    }

    @Test func atOddsWithAndCoalescingBehindTakeSides() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Judge Carl Brandt has been at odds with Gaddis for years. "
            + "Paul Ardent is coalescing behind Lowe."
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Lowe", by: "Ardent", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func campaigningAgainstSomeoneOpposesIt() {
        let text = "Governor Tom Gaddis and Mayor Ann Lowe met in Ohio.\n\n"
            + "Judge Carl Brandt campaigned against Gaddis in the spring. Paul Ardent campaigned for Lowe."
        #expect(toward("Gaddis", by: "Brandt", in: text).first?.stance == .against, "\(statements(text))")
        #expect(!toward("Gaddis", by: "Brandt", in: text).contains { $0.stance == .pro }, "\(statements(text))")
        #expect(toward("Lowe", by: "Ardent", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func choosingOneOverAnotherMakesThemRivals() {
        let text = "Governor Tom Gaddis, Mayor Ann Lowe and Judge Carl Brandt spoke in Ohio.\n\n"
            + "Brandt said he would vote for Gaddis over Lowe in November. Gaddis took over the port."
        #expect(toward("Lowe", by: "Gaddis", in: text).first?.meaning == .compete, "\(statements(text))")
        #expect(toward("Gaddis", by: "Lowe", in: text).isEmpty, "\(statements(text))")
    }
}
