import Testing
@testable import DossierAnalysis

/// A second verb of the speaker after reported content ends it.
@Suite struct SecondPredicateTests {
    @Test func aNounyVerbAfterTheContentIsTheSpeakersNextVerb() {
        let q = quote("The mayor says she respects the board and calls it \"a partner we need.\"", containing: "respects")
        #expect(q?.content == "she respects the board", "\(String(describing: q))")
        // A plural noun after "and" stays in the content.
        let r = quote("The mayor says fares will rise and plans for a new pier are on hold.", containing: "fares")
        #expect(r?.content == "fares will rise and plans for a new pier are on hold", "\(String(describing: r))")
    }
}
