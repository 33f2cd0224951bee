import Testing
@testable import DossierAnalysis

/// Cues and content boundaries added in the second round: phrase cues with an object, questions
/// put to someone, appositions after an inverted source, quotes in fronted phrases.
@Suite struct CueCoverageTests {
    @Test func phraseCueTakesItsObjectAsContent() {
        let q = quote("Senator Jane Roe called for a full inquiry into the harbour contract.", containing: "inquiry")
        #expect(q == SeenQuote(kind: .indirect, content: "a full inquiry into the harbour contract", source: "Senator Jane Roe",
                               cue: "called for"))
        let r = quote("On Friday, the union's leader, Mark Ostby, called for an immediate strike vote.", containing: "strike")
        #expect(r?.source == "the union's leader")
        #expect(r?.content == "an immediate strike vote")
    }

    @Test func phraseCueNeverTakesTheObjectAsItsSource() {
        let found = attributions("In a radio interview, his sister called for an open primary.")
        #expect(!found.contains { $0.source == "an open primary" })
    }

    @Test func questionPutToTheSpeakerHasNoSource() {
        let q = quote("“We will see,” the mayor said when asked whether she would run again.", containing: "run again")
        #expect(q == SeenQuote(kind: .indirect, content: "whether she would run again", source: nil, cue: "asked"))
        let r = quote("Asked by a local reporter about the delay, the director shrugged.", containing: "delay")
        #expect(r?.source == "a local reporter")
        #expect(r?.content.hasPrefix("about the delay") == true)
    }

    @Test func appositionAfterAnInvertedSourceIsNotContent() {
        let q = quote("The budget is finally balanced, said Tom Weller, a professor of economics at Lakeview College.",
                      containing: "budget")
        #expect(q?.content == "The budget is finally balanced")
        #expect(q?.source == "Tom Weller")
        let r = quote("The harbour deal was a mistake, according to Ana Ruiz, the council's treasurer.", containing: "harbour")
        #expect(r?.content == "The harbour deal was a mistake")
    }

    @Test func anInvertedSourceMayStillInterruptItsClause() {
        let q = quote("The plan, said the minister, is dead.", containing: "plan")
        #expect(q?.content == "The plan | is dead")
    }

    @Test func quoteInsideAFrontedPhraseIsNotTheContent() {
        let q = quote("Walking in to chants of “Go! Go!,” the senator said her campaign was “closing strong.”",
                      containing: "campaign")
        #expect(q?.kind == .mixed)
        #expect(q?.source == "the senator")
        #expect(!attributions("Walking in to chants of “Go! Go!,” the senator said her campaign was “closing strong.”")
            .contains { $0.content.contains("Go!") })
    }

    @Test func numbersAndListedNamesSpeak() {
        let q = quote("Among young voters, 42% say the economy is their top concern.", containing: "economy")
        #expect(q?.source == "42%")
        let r = quote("Forbes and Wealth-X say the city has more billionaires than any other.", containing: "billionaires")
        #expect(r?.source == "Forbes and Wealth-X")
    }

    @Test func frontedPhraseAfterThatStaysInTheContent() {
        let q = quote("Local media reported that during the minister's visit this week, the two sides drew up a treaty.",
                      containing: "treaty")
        #expect(q?.content == "during the minister's visit this week, the two sides drew up a treaty")
    }

    @Test func pollsShowWhatTheyHold() {
        let q = quote("A new county poll shows the mayor with a ten-point lead.", containing: "lead")
        #expect(q?.source == "A new county poll")
        #expect(q?.cue == "shows")
    }

    @Test func nounCueOwnedByItsSource() {
        let q = quote("The senator's criticism of the harbour deal was echoed by the mayor.", containing: "harbour")
        #expect(q == SeenQuote(kind: .indirect, content: "the harbour deal", source: "The senator's", cue: "criticism of"))
        let r = quote("Pence's call for a special prosecutor was rejected.", containing: "prosecutor")
        #expect(r?.source == "Pence's")
        #expect(r?.content == "a special prosecutor")
        // Without an owner the noun says nothing about who holds the view; the verb still reads.
        #expect(quote("The criticism of the harbour deal grew louder.", containing: "harbour") == nil)
        #expect(quote("Residents claim that the harbour deal was rigged.", containing: "rigged")?.source == "Residents")
    }

    @Test func everyCueWordConstantIsTheWordsKey() {
        for (word, key) in CueWords.all { #expect(WordKey.of(word) == key, "\(word)") }
    }
}

/// Names written with and without accents, and one-word brand names.
@Suite struct ActorSpellingTests {
    @Test func accentedAndPlainSpellingsAreOneActor() {
        let f = ActorFixture("President Recep Tayyip Erdoğan spoke on Monday. Later, Erdogan said the talks would go on.")
        let people = f.table.actors.filter { $0.type == .person }
        #expect(people.count == 1, "\(f.actorNames)")
        #expect(people.first?.mentions.count == 2)
    }

    @Test func oneWordBrandThatSpeaksIsAnOrganisation() {
        let f = ActorFixture("StatTrack said on Monday that turnout had doubled. StatTrack tracks election data.")
        #expect(f.actor("StatTrack")?.type == .organization, "\(f.table.actors.map { "\($0.name) \($0.type)" })")
    }

    @Test func surnamesWithInnerCapitalsStayPeople() {
        let f = ActorFixture("Senator Tom McBride said the bill was dead. McBride left early.")
        #expect(f.actor("Tom McBride")?.type == .person)
    }

    @Test func aPluralSlipInABodysNameIsTheSameBody() {
        let f = ActorFixture("The Federal Trade Commissions said on Monday it would review the deal. The Federal Trade Commission later approved it.")
        let bodies = f.table.actors.filter { $0.type == .organization }
        #expect(bodies.count == 1, "\(f.actorNames)")
    }

    @Test func aStateLegislatorsTitleIsNoPartOfTheName() {
        let f = ActorFixture("Assemblywoman Dana Whitfield won the primary. Dana Whitfield thanked her voters, and Whitfield said she would run again.")
        #expect(f.table.actors.filter { $0.type == .person }.count == 1, "\(f.actorNames)")
        #expect(f.actor("Dana Whitfield")?.roles.contains { $0.lowercased().contains("assemblywoman") } == true, "\(f.actorNames)")
    }

    @Test func whoAfterTwoUnknownCapitalisedWordsMakesThemAPerson() {
        let f = ActorFixture("Marsh will face Democrat Quill Varnor, who is the daughter of a local grocer, in November.")
        #expect(f.actor("Quill Varnor")?.type == .person, "\(f.actorNames)")
    }
}
