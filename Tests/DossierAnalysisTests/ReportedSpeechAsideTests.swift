import Testing
@testable import DossierAnalysis

/// Reported speech whose parts are kept apart: an aside between the cue and its "that", an
/// absolute phrase with its own speaker.
@Suite struct ReportedSpeechAsideTests {
    @Test func anAsideBetweenCueAndThat() {
        let q = quote("The mayor said, however, that the ferry contract would be cancelled.", containing: "ferry")
        #expect(q?.source == "The mayor")
        #expect(q?.content == "the ferry contract would be cancelled")
        let r = quote("The union argued, in a letter to members, that the offer was \"an insult.\"", containing: "offer")
        #expect(r?.source == "The union")
        #expect(r?.kind == .mixed)
    }

    @Test func aPhraseAfterAPrepositionIsNoAside() {
        // attacks on the depot in Leeds, England, that killed …: "that" opens a relative clause.
        let found = attributions("Rebels claimed attacks on the depot in Leeds, England, that killed two guards.")
        #expect(!found.contains { $0.content.hasPrefix("killed") }, "\(found)")
    }

    @Test func anAbsolutePhraseHasItsOwnSpeaker() {
        let q = quote("Rivals piled on, with Senator Ruth Ogden tweeting that the plan was a \"disaster\" for the port.",
                      containing: "disaster")
        #expect(q?.source == "Senator Ruth Ogden", "\(String(describing: q))")
    }

    @Test func aParticipleInheritsASubjectAfterAnOpeningConjunction() {
        // (An inherited subject is weighed by the candidate model, as in the full analysis.)
        let found = attributions("And then Mayor Ruth Ogden went on the attack, saying, \"The council should resign.\"",
                                 model: AttributionModel.embedded)
        #expect(found.map(\.source) == ["Mayor Ruth Ogden"], "\(found)")
        // An opening phrase still ends at its comma: But back at home, he said: "…"
        let r = quote("But back at the town hall, she returned to her old lines: \"No new taxes!\"", containing: "taxes")
        #expect(r?.source == "she", "\(String(describing: r))")
    }

    @Test func aTimePhraseBetweenSpeakerAndCue() {
        let q = quote("Party spokesman Ivan Dorr on Thursday evening said the party was not in a crisis.", containing: "crisis")
        #expect(q?.source == "Party spokesman Ivan Dorr", "\(String(describing: q))")
    }

    @Test func anAsideBetweenDashesBeforeTheCue() {
        let q = quote("Party insiders — in Ohio and Iowa alike — said it is important that she close the gap.", containing: "gap")
        #expect(q?.source == "Party insiders", "\(String(describing: q))")
        // Only the whole subject: not a phrase inside a relative clause before the aside.
        let found = attributions("Insiders who think the senator can overtake the mayor in Ohio — about a third — stressed the late break of the primary.")
        #expect(!found.contains { $0.source?.hasPrefix("overtake") ?? false }, "\(found)")
    }

    @Test func anAppositionAfterAnInsertedSourceBeforeThePredicate() {
        let q = quote("Part of the problem, according to Ida Marsh, a geologist at the institute, is the ground itself.",
                      containing: "problem")
        #expect(q?.content == "Part of the problem | is the ground itself", "\(String(describing: q))")
        #expect(q?.source == "Ida Marsh")
    }

    @Test func aReferringPhraseTakesTheSpeakerAndEndsTheContent() {
        // "referring to" is no verb of the cue lexicon: its -ing form still makes it a participle.
        let found = attributions("\u{201C}The ferry is late again,\u{201D} Mayor Ruth Ogden said, referring to the harbour board.")
        #expect(found.contains { $0.cue == "referring to" && $0.source == "Mayor Ruth Ogden" && $0.content == "the harbour board" },
                "\(found)")
        let q = quote("The contract was a scandal, the councillor said, referring to the depot deal.", containing: "scandal")
        #expect(q?.content == "The contract was a scandal", "\(String(describing: q))")
        let r = quote("Ogden said the contract was a scandal, referring to the depot deal.", containing: "scandal")
        #expect(r?.content == "the contract was a scandal", "\(String(describing: r))")
    }

    @Test func aQuestionPutToTheSpeakerOpensWithAnInterrogative() {
        let q = quote("When asked which candidate she would back, the mayor said she was undecided.", containing: "candidate")
        #expect(q?.cue == "asked" && q?.content == "which candidate she would back", "\(String(describing: q))")
        // A question opening the sentence ends at its comma, whatever follows.
        let f = quote("Asked whom she supported, Ms. Ida Marsh smiled and walked on.", containing: "whom")
        #expect(f?.content == "whom she supported", "\(String(describing: f))")
        // The reported clause ends before the question: … said he would do it when asked whether …
        let r = quote("The governor said he would close the port when asked whether the storm was near.", containing: "close")
        #expect(r?.content == "he would close the port", "\(String(describing: r))")
        let t = attributions("The governor said he had left the office early, and when asked whether it was true, he shrugged.")
        #expect(t.map(\.content) == ["he had left the office early", "whether it was true"], "\(t)")
    }
}
