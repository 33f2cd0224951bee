import Testing
@testable import DossierAnalysis

/// `…, adding: "…"`, `…, saying …`: a participle cue takes the subject of the sentence's own
/// verb, not a noun of what that verb reported, nor the object of a fronted preposition.
@Suite struct ParticipleSubjectTests {
    @Test func aParticipleAfterReportedSpeechTakesTheReporter() {
        let q = quote("The spokesman said there was no call or meeting planned with Ortiz, adding: “If one is proposed we will consider it.”",
                      containing: "proposed")
        #expect(q?.source == "The spokesman", "\(String(describing: q))")
        #expect(q?.cue == "adding")
    }

    @Test func aVerbInsideWhatWasSaidLendsNoSubject() {
        let q = quote("Starr said the case reminds him of an old book, explaining, \"because what could have been was lost.\"",
                      containing: "could have been")
        #expect(q?.source == "Starr", "\(String(describing: q))")
    }

    @Test func theObjectOfAFrontedPrepositionIsNoSubject() {
        let q = quote("In a statement released Thursday, Rep. Ann Dole (D-Ore.) reacted to the ruling, saying: “The killer belongs in prison.”",
                      containing: "prison")
        #expect(q?.source == "Rep. Ann Dole (D-Ore.)", "\(String(describing: q))")
    }
}
