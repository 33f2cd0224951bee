import Testing
@testable import DossierAnalysis

/// The statement stage on short paragraphs written for it: what each cue means, negation,
/// modality, the target, the stance toward it, and reported actions.
@Suite struct StatementTests {
    func only(_ text: String, by actor: String, sourceLocation: SourceLocation = #_sourceLocation) -> SeenStatement? {
        let found = statements(text).filter { $0.actor.contains(actor) }
        #expect(found.count == 1, "\(statements(text))", sourceLocation: sourceLocation)
        return found.first
    }

    @Test(arguments: [
        ("Senator Maria Lopez condemned the offensive on Friday.", CueMeaning.condemn, Stance.against),
        ("Senator Maria Lopez welcomed the ceasefire on Friday.", .welcome, .against),
        ("Senator Maria Lopez praised the merger on Friday.", .praise, .pro),
        ("Senator Maria Lopez criticised the tax on Friday.", .criticise, .against),
        ("Senator Maria Lopez rejected the reform on Friday.", .reject, .against),
        ("Senator Maria Lopez opposed the takeover on Friday.", .oppose, .against),
        ("Senator Maria Lopez supported the bill on Friday.", .support, .pro),
        ("Senator Maria Lopez called for a ceasefire on Friday.", .callFor, .against),
        ("Senator Maria Lopez called for an inquiry on Friday.", .callFor, .pro),
        ("Senator Maria Lopez warned that the war would spread.", .warn, .against),
        ("Senator Maria Lopez vowed to continue the offensive.", .vow, .pro),
        ("Senator Maria Lopez threatened to launch strikes on the border.", .threaten, .pro),
        ("Senator Maria Lopez said she hoped to avoid a war.", .say, .against),
        // Accusing someone of blocking a merger is standing for it.
        ("Senator Maria Lopez accused the company of blocking the merger.", .accuse, .pro),
    ])
    func cueMeaningsAndStances(text: String, meaning: CueMeaning, stance: Stance) {
        let s = only(text, by: "Lopez")
        #expect(s?.meaning == meaning, "\(String(describing: s))")
        #expect(s?.stance == stance, "\(String(describing: s))")
    }

    @Test func stopAndAvoidAreAgainstWhatTheyGovern() {
        let s = only("The council called on all parties to stop the escalation immediately, council leader Omar Haddad said.",
                     by: "Haddad")
        #expect(s?.stance == .against)
        #expect(s?.frame == "conflict")
        #expect(s?.target == "the escalation")
    }

    @Test func aParticipleWithItsAgentEndsTheTarget() {
        let s = only("Councillor Ruth Amos said a terminal run by software would not need crane drivers.", by: "Amos")
        #expect(s?.target == "a terminal", "\(String(describing: s))")
    }

    @Test func aSubjectTakesTheStanceOfItsVerb() {
        let goOn = only("General Ivan Petrov told reporters that his campaign towards Marlow will continue until the rebels surrender.",
                        by: "Petrov")
        #expect(goOn == nil || goOn?.stance == .neutral, "'campaign' is no frame word: no stance")
        let cont = only("General Ivan Petrov told reporters that his operation towards Marlow will continue until the rebels surrender.",
                        by: "Petrov")
        #expect(cont?.stance == .pro)
        #expect(cont?.target == "his operation towards Marlow")
        #expect(cont?.modality == .will)
        let harm = only("Mayor Anne Kerr said the pipeline would destroy the valley.", by: "Kerr")
        #expect(harm?.stance == .against)
        #expect(harm?.frame == "development")
    }

    @Test func negationReversesTheStance() {
        let s = only("\"We believe that the main thing is for any actions not to lead to renewed bloodshed,\" minister Karl Berg told reporters.",
                     by: "Berg")
        #expect(s?.stance == .against)
        #expect(s?.negated == true)
        let cue = only("Senator Maria Lopez did not support the bill.", by: "Lopez")
        #expect(cue?.stance == .against)
        #expect(cue?.negated == true)
        // "not yet" is what has not happened so far, no stance against.
        let yet = only("Senator Maria Lopez said she had not yet endorsed the bill.", by: "Lopez")
        #expect(yet?.stance == .neutral, "\(String(describing: yet))")
    }

    @Test func aHedgeWeakensAndSetsTheModality() {
        let firm = only("Mayor Anne Kerr said the terminal will bring jobs to the city.", by: "Kerr")
        let hedged = only("Mayor Anne Kerr said the terminal might bring jobs to the city.", by: "Kerr")
        #expect(firm?.stance == .pro && hedged?.stance == .pro)
        #expect(hedged?.modality == .may)
        #expect((hedged?.strength ?? 1) < (firm?.strength ?? 0))
    }

    @Test func peaceWordsStandAgainstTheConflict() {
        let s = only("Russia called for \"all possible efforts to fully resolve the situation with peaceful political means\".",
                     by: "Russia")
        #expect(s?.stance == .against)
        #expect(s?.frame == "conflict")
        #expect(s?.target == "peaceful political means")
    }

    @Test func aReportedActionIsAStatement() {
        let found = statements("UN chief Antonio Guterres pushed earlier to avoid a military escalation, meeting Haftar a day after his troops launched an offensive.")
        let push = found.first { $0.actor.contains("Guterres") }
        #expect(push?.fromQuote == false)
        #expect(push?.stance == .against)
        #expect(push?.target == "a military escalation", "the clause after the comma is not Guterres's: \(found)")
        let launch = found.first { $0.target == "an offensive" }
        #expect(launch?.stance == .pro)
        #expect(launch?.fromQuote == false)
    }

    @Test func anotherActorsStanceInsideAQuoteIsNotTheSpeakers() {
        let s = only("Campaigner Rosa Diaz said the report showed that the council had voted blindly when it backed the expansion.",
                     by: "Diaz")
        #expect(s?.stance == .neutral, "the council backed it, not Diaz: \(String(describing: s))")
    }

    @Test func aCueWithAnActorForObjectTargetsTheActor() {
        let s = only("Mayor Anne Kerr criticised Governor Paul Stone for the delay.", by: "Kerr")
        #expect(s?.stance == .against)
        #expect(s?.targetActor == "Paul Stone")
    }

    @Test func aPronounSubjectActsForTheActorItStandsFor() {
        // "She" is read as a quote's "she said" would be; "he" inside a quote is not the
        // subject of a reported action, and no one acts on themselves.
        let text = "Mayor Anne Kerr spoke in Ohio on Monday.\n\n"
            + "She criticised Governor Paul Stone for the delay. "
            + "\"He would endorse Stone,\" said Senator Ruth Ellison. Stone said he would endorse Stone."
        #expect(toward("Stone", by: "Kerr", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Stone", by: "Stone", in: text).isEmpty, "\(statements(text))")
        #expect(toward("Stone", by: "Ellison", in: text).allSatisfy { $0.fromQuote }, "\(statements(text))")
    }

    @Test func aVerbFormRightAfterANameOpenedByTheIsANoun() {
        // "campaign" and "side" are verbs of support ("campaigned for", "sided with"), but in
        // "the Ellison campaign" and "the Ellison side" they are what the name qualifies.
        let text = "Senator Ruth Ellison and Governor Tom Gaddis spoke on Monday.\n\n"
            + "The Ellison campaign did not respond to Gaddis. Enthusiasm is higher on the Ellison side and underscoring Gaddis's problem."
        #expect(toward("Gaddis", by: "Ellison", in: text).isEmpty, "\(statements(text))")
        #expect(statements(text).allSatisfy { $0.stance != .pro }, "\(statements(text))")
    }

    @Test func staffNamedWithTheirPrincipalsBodyAreOnItsSide() {
        let text = "Senator Ruth Ellison spoke on Monday.\n\n"
            + "Ellison campaign spokesman Joe Brant said nothing. Ellison campaign manager Ann Lowe released a memo."
        #expect(toward("Ellison", by: "Brant", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        // The campaign is no act of Ellison's toward her own staff.
        #expect(toward("Lowe", by: "Ellison", in: text).isEmpty, "\(statements(text))")
    }

    @Test func aQuoteWithoutStanceIsNeutral() {
        let s = only("\"The fighting struck regions south of the capital,\" said local official Ana Ruiz.", by: "Ruiz")
        #expect(s?.stance == .neutral)
        #expect(s?.frame == "conflict", "it is still about the conflict, for grouping")
    }
}
