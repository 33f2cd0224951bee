import Testing
@testable import DossierAnalysis

/// A poll reports what it found: `In a new poll, …` as `According to a new poll, …`.
@Suite struct SurveyCueTests {
    @Test func aPollOpeningTheSentenceIsTheSource() {
        let q = quote("In a new Harbour Gazette poll released Monday, 54 percent of voters backed the ferry plan.",
                      containing: "54 percent")
        #expect(q?.source == "a new Harbour Gazette poll released Monday", "\(String(describing: q))")
        #expect(q?.content == "54 percent of voters backed the ferry plan")
        #expect(q?.cue == "In")
    }

    @Test func aPhraseWhosePollIsNotItsHeadIsNoSource() {
        let found = attributions("In the hours before the polls closed, the mayor toured the harbour with reporters.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aParticipleAsideBelongsToThePoll() {
        let q = quote("According to the latest Gazette poll, conducted in May, the mayor leads by nine points.",
                      containing: "nine points")
        #expect(q?.source == "the latest Gazette poll, conducted in May", "\(String(describing: q))")
        #expect(q?.content == "the mayor leads by nine points")
    }
}

@Suite struct AccordingToOpenerTests {
    @Test func anAdjectiveFiledAsAnAdverbMayOpenTheSource() {
        let q = quote("According to early results of the harbour survey, most residents back the ferry plan.",
                      containing: "residents back")
        #expect(q?.source == "early results of the harbour survey", "\(String(describing: q))")
        #expect(q?.content == "most residents back the ferry plan")
    }
}
