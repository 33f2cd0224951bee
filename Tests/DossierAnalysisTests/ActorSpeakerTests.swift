import Testing
@testable import DossierAnalysis

@Suite struct ActorSpeakerTests {
    @Test func pronounsGoToTheNearestCompatibleActor() {
        let f = ActorFixture("""
        Senator Elizabeth Warren criticised the bill on Tuesday. “It is a giveaway to the banks,” she said.
        Governor Greg Abbott defended it. “This will create jobs,” he told reporters.
        Two teachers unions opposed the plan. They said it would cut school budgets.
        """)
        #expect(f.speaker("she") == "Elizabeth Warren")
        #expect(f.speaker("he") == "Greg Abbott")
        #expect(f.speaker("They") == "teachers unions")
    }

    @Test func pronounGenderComesFromFirstNamesTitlesAndEarlierPronouns() {
        let f = ActorFixture("""
        Kim Novak and Mr. Dale Ortiz met on Monday. “We agreed on nothing,” she said. \
        Pat Quinlan arrived later. He said he was tired. Ortiz and Quinlan left together. “It was long,” he said.
        """)
        #expect(f.speaker("she") == "Kim Novak")
        #expect(f.speaker("He said") == "Pat Quinlan")
    }

    @Test func descriptionsGoToTheActorThatCarriesThem() {
        let f = ActorFixture("""
        UN Secretary-General Antonio Guterres arrived on Friday. Kremlin spokesman Dmitry Peskov denied the report.
        The United Nations chief said he was deeply concerned. The Kremlin spokesman said Moscow had not been consulted.
        The Washington Post reported on Sunday that a deal was close. The newspaper said three officials confirmed it.
        Republican presidential nominee Donald Trump attacked the deal. The Republican nominee said it would cost jobs.
        Sen. Mary Landry, who chairs the committee, was skeptical. The senator said she would vote against it.
        """)
        #expect(f.speaker("The United Nations chief") == "Antonio Guterres")
        #expect(f.owner(of: "The United Nations chief")?.name == "Antonio Guterres")
        #expect(f.speaker("The Kremlin spokesman") == "Dmitry Peskov")
        #expect(f.speaker("The newspaper") == "Washington Post")
        #expect(f.speaker("The Republican nominee") == "Donald Trump")
        #expect(f.speaker("The senator") == "Mary Landry")
        #expect(f.speaker("who") == "Mary Landry")
    }

    @Test func namesInsideLongerSourcesResolveToTheirHead() {
        let f = ActorFixture("""
        Kremlin spokesman Dmitry Peskov told reporters the talks were over. Carter’s press secretary, Peter Cook, disagreed.
        The press office of the Libyan National Army said it had not been informed.
        """)
        #expect(f.speaker("Kremlin spokesman Dmitry Peskov") == "Dmitry Peskov")
        #expect(f.speaker("Carter’s press secretary, Peter Cook") == "Peter Cook")
        #expect(f.speaker("The press office of the Libyan National Army") == "press office of the Libyan National Army")
    }

    @Test func anOwnedOfficeSpeaksForItsOwner() {
        let f = ActorFixture("Mayor John Smith was not available on Monday. His office said he would respond on Tuesday.")
        let office = f.owner(of: "His office")
        #expect(office?.affiliation == "John Smith")
        #expect(f.speaker("His office") == office?.name)
    }

    @Test func unknownSpeakersAreAdoptedAndActorsRenumbered() {
        var f = ActorFixture("Casino owner Sheldon Rudd backed the plan. Asked about it, the gambling tycoon was blunt: “We are not going anywhere.” Nobody else spoke.")
        let source = f.span("the gambling tycoon")
        // A tycoon is not among Rudd's roles: the description does not fit an existing actor.
        #expect(f.table.speaker(for: source, in: f.doc) == nil)
        let id = f.table.adoptSpeaker(for: source, in: f.doc)
        #expect(id != nil)
        #expect(f.table.actors.last?.name == "gambling tycoon")
        #expect(f.table.adoptSpeaker(for: f.span("Nobody"), in: f.doc) == nil)
        let renamed = f.table.numberActors()
        #expect(f.table.actors.map(\.id) == (1...f.table.actors.count).map { "a\($0)" })
        #expect(renamed[id!] != nil)
        #expect(f.table.speaker(for: source, in: f.doc) == renamed[id!])
    }

    @Test func heAfterAQuoteContinuesItsSpeakersTurn() {
        // The sentence before names the senator first, in a phrase; "He" is the host who spoke.
        let text = "At a rally for Senator Tom Gaddis on Monday, radio host Glenn Archer said, “Tom and I were just driving in.”\n\n"
            + "He explained the headline by saying: “It was a joke.” He then laughed and joked, “Nobody believed it.”"
        let a = Analyzer().analyze(text)
        let names = a.quotes.map { q in q.speaker.flatMap { a.actor(id: $0)?.name } ?? "-" }
        #expect(names.count >= 3 && names.allSatisfy { $0 == "Glenn Archer" }, "\(names)")
    }

    @Test func anotherPersonNamedSinceTheQuoteTakesThePronoun() {
        let text = "“The bill is dead,” said Senator Tom Gaddis.\n\nGovernor Glenn Archer disagreed. He said, “It will pass.”"
        let a = Analyzer().analyze(text)
        let last = a.quotes.last.flatMap { $0.speaker }.flatMap { a.actor(id: $0)?.name }
        #expect(last == "Glenn Archer")
    }

    @Test func titleCasedCommonWordsInAHeadlineSpeakNoActor() {
        // "Fresh Survey Shows …": the headline's capitals are title case; the article writes "survey" in lower case.
        let text = "Fresh Survey Shows Tight Race In Marlow County\n\n"
            + "A survey released on Monday shows Mayor Tom Gaddis leading Glenn Archer by two points, pollster Ruth Okafor said."
        let a = Analyzer().analyze(text)
        #expect(!a.actors.contains { $0.name.contains("Survey") }, "\(a.actors.map(\.name))")
        #expect(a.actors.contains { $0.name == "Tom Gaddis" })
    }

    @Test func aPlaceWhereSomeoneIsFromSpeaksNoActor() {
        // The cue reads the place as the source; the lexicon knows it as a place in a locative slot.
        let text = "Mara Quell of Dunmore, Nevada says she backs Tom Gaddis.\n\n"
            + "In Ohio, Gaddis has said little. Glenn Archer, from Manchester, said the race was close."
        let a = Analyzer().analyze(text)
        #expect(!a.actors.contains { $0.type == .person && ["Nevada", "Ohio", "Manchester"].contains($0.name) }, "\(a.actors.map(\.name))")
        #expect(a.actors.contains { $0.name == "Tom Gaddis" })
    }

    @Test func aHeadlineLabelBeforeAColonSpeaksNoActor() {
        // "The Latest:", "Paid Notice:": a label's word never makes a name (name_stopwords.txt).
        for label in ["The Latest", "Paid Notice", "Video Transcript"] {
            let text = "\(label): Gaddis declares ‘victory,’ ignores losses.\n\n"
                + "MARLOW, Ohio (AP) — Tom Gaddis said on Tuesday that he would stay in the race."
            let a = Analyzer().analyze(text)
            #expect(!a.actors.contains { label.hasSuffix($0.name) }, "\(a.actors.map(\.name))")
            #expect(a.actors.contains { $0.name == "Tom Gaddis" })
        }
    }

    @Test func aLabelOpenedByAWordForAPersonSpeaksNoActor() {
        // "Editor’s Note:", "Delegate Update:": the first word names a kind of person, the last
        // never makes a name.
        for label in ["Editor’s Note", "Delegate Update"] {
            let text = "\(label): Gaddis wins three more counties.\n\n"
                + "MARLOW, Ohio (AP) — Tom Gaddis said on Tuesday that he would stay in the race."
            let a = Analyzer().analyze(text)
            #expect(!a.actors.contains { $0.name == label }, "\(a.actors.map(\.name))")
            #expect(a.actors.contains { $0.name == "Tom Gaddis" })
        }
    }
}

/// "He said" after the previous speaker's turn: the speaker goes on unless another person of the
/// pronoun's gender was named since the speaker was last named as a subject.
@Suite struct ContinuedTurnSpeakerTests {
    func speakers(_ text: String) -> [String?] {
        let a = Analyzer().analyze(text)
        return a.quotes.filter { $0.kind == .direct }.map { q in q.speaker.flatMap { id in a.actors.first { $0.id == id }?.name } }
    }

    @Test func theSpeakerNamedAgainAfterAnotherPersonKeepsTheTurn() {
        let s = speakers("""
        U.N. Secretary-General Ban Ki-moon spoke on Monday. Ban believes the threshold will be reached.

        Asked whether he was concerned that Donald Trump, who has called global warming a hoax, could win, Ban demurred.

        "There is just one science," he said.
        """)
        #expect(s == ["Ban Ki-moon"], "\(s)")
    }

    @Test func anotherPersonNamedAfterTheSpeakersPossessiveTakesTheTurn() {
        let s = speakers("""
        Former president Felipe Calderon said Trump was not well informed. "They have jobs in Mexico," he said.

        Donald Trump has not yet responded to Calderon’s remarks.

        "The drug epidemic must stop," he tweeted Saturday.
        """)
        #expect(s.last == "Donald Trump", "\(s)")
    }
}
