import Testing
@testable import DossierAnalysis

/// Round 6 classes, each on a paragraph of our own: the actor whose act opens an article owns
/// that event (whatever its verb), and later judgements of "the decision" are about it; a name
/// that is itself an apposition, or followed by a relative clause, still reaches its verb; what
/// "as" gives a cue's object is a judgement of it.
@Suite struct StatementLeadActTests {
    func by(_ actor: String, in text: String) -> [SeenStatement] {
        statements(text).filter { $0.actor.contains(actor) }
    }

    @Test func theSubjectOfTheLeadOwnsItsEventAndTheDecisionIsThatEvent() {
        let text = """
        SALEM, Ore. (AP) — Gov. Helen Marsh on Friday struck $30 million that legislators had set aside for a new dental school in Astoria.

        Rep. Dale Oyler, who wrote the provision, called the decision "a disgrace" and promised to fight it.
        """
        let marsh = by("Marsh", in: text)
        #expect(marsh.contains { $0.stance == .pro && $0.frame == "^" }, "\(statements(text))")
        let oyler = by("Oyler", in: text)
        #expect(oyler.contains { $0.stance == .against && $0.frame == "^" }, "\(statements(text))")
    }

    @Test func aLeadThatSaysOrOpensWithAnotherSubjectOwnsNothing() {
        let said = "PORTLAND — Mayor Ines Calder said on Friday that the city would review its parking rules.\n\nThe plan drew little notice."
        #expect(by("Calder", in: said).allSatisfy { $0.frame != "^" }, "\(statements(said))")
        let other = "PORTLAND — The sharpest fight of the night came as Mayor Ines Calder defended the parking rules.\n\nNo one else spoke."
        #expect(by("Calder", in: other).allSatisfy { $0.frame != "^" }, "\(statements(other))")
        // A headline is no lead sentence, nor is a name's possessive a subject.
        let headline = "Calder tops Brandt in parking fight\n\nThe plan drew little notice from anyone in the city on Friday, officials said."
        #expect(by("Calder", in: headline).allSatisfy { $0.frame != "^" }, "\(statements(headline))")
        let possessive = "PORTLAND — Mayor Ines Calder's office on Friday released a plan that would double parking fees across the city.\n\nNo one objected."
        #expect(by("Calder", in: possessive).allSatisfy { $0.frame != "^" }, "\(statements(possessive))")
    }

    @Test func anArticlesOwnPlanIsNotThePossessorsPlan() {
        let text = """
        SALEM, Ore. — Gov. Helen Marsh on Friday cut $30 million that legislators had set aside for a new dental school.

        The port authority's chair, Lena Ruiz, said the authority would review its building plans.
        """
        #expect(by("Ruiz", in: text).allSatisfy { $0.stance == .neutral }, "\(statements(text))")
    }

    @Test func aNameInAppositionOrBeforeARelativeClauseReachesItsVerb() {
        let lead = "WASHINGTON — Regulators sued on Monday to block the merger of two freight railroads.\n\n"
        let president = lead + "The shippers' league, which lobbied for months, cheered. Its president, Omar Kent, praised the lawsuit as \"the right call for farmers.\""
        #expect(by("Kent", in: president).contains { $0.stance == .pro }, "\(statements(president))")
        let clause = lead + "Sen. Ada Pruitt, whose state would lose two rail lines under the plan, also praised the lawsuit on Tuesday."
        #expect(by("Pruitt", in: clause).contains { $0.stance == .pro }, "\(statements(clause))")
    }
}
