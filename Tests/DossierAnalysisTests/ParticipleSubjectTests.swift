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

    @Test func anAbsolutePhraseHasItsOwnSubjectPastAnAdverb() {
        let q = quote("Fans shoved a protester at the rally, with Walker reportedly yelling: “Throw him out of here!”",
                      containing: "Throw him")
        #expect(q?.source == "Walker", "\(String(describing: q))")
    }

    @Test func aSecondAbsolutePhraseAfterAClauseHasItsOwnSubject() {
        let q = quote("Both men issued a statement, Ryan saying he was “very encouraged” and Walker calling it a “great meeting.”",
                      containing: "great meeting")
        #expect(q?.source == "Walker", "\(String(describing: q))")
        let list = quote("The governor praised Cruz and Rubio saying they were “true patriots.”", containing: "patriots")
        #expect(list?.source == "The governor", "\(String(describing: list))")
    }

    @Test func aStrayCommaAfterAPartyTagKeepsTheName() {
        let q = quote("After winning Ohio in the primary, Gov. Ann Kessler (R-OH), said, “I’m getting ready to rent a wagon.”",
                      containing: "wagon")
        #expect(q?.source == "Gov. Ann Kessler (R-OH)", "\(String(describing: q))")
    }

    @Test func aSubjectOpeningWithTheEndsAtItsVerb() {
        let q = quote("The billionaire businessman began with the drug crisis, saying that heroin is now “cheaper than candy.”",
                      containing: "cheaper")
        #expect(q?.source == "The billionaire businessman", "\(String(describing: q))")
    }

    @Test func aGerundAfterUpon() {
        let q = quote("Silverman, herself a Sanders supporter, drew boos upon saying, “Hillary heard the passion of the people.”",
                      containing: "passion")
        #expect(q?.source == "Silverman", "\(String(describing: q))")
    }

    @Test func aPossessedNounIsNoVerbToInheritFrom() {
        let q = quote("An operative inside the tower tried to downplay Ryan’s comments, saying they were “not a big deal around here.”",
                      containing: "big deal")
        #expect(q?.source == "An operative inside the tower", "\(String(describing: q))")
    }

    @Test func aCoordinatedVerbPastADuringPhrase() {
        let q = quote("The union paid for a bus tour. It has become such a presence that Sanders during a Sunday rally thanked its members and called the union “one of the sponsors of my campaign.”",
                      containing: "sponsors")
        #expect(q?.source == "Sanders", "\(String(describing: q))")
    }

    @Test func aFrontedParticipleIsNoSubject() {
        let q = quote("Asked which county was his favorite, he demurred: “Whichever one I’m in at the moment.”", containing: "Whichever")
        #expect(q?.source == "he", "\(String(describing: q))")
    }
}
