import Testing
@testable import DossierAnalysis

/// A verb of taking a position (endorsed, praised, blasted) reported as content what it is
/// directed at: its object, without the narrator's when, where and how after it.
@Suite struct StanceObjectContentTests {
    @Test func theOccasionAfterTheObjectIsCut() {
        let q = quote("Governor Ada Brandt endorsed Mayor Ruth Ogden at a news conference in Leeds.", containing: "Ogden")
        #expect(q?.content == "Mayor Ruth Ogden", "\(String(describing: q))")
        let r = quote("The union praised the new harbour plan on Thursday.", containing: "harbour")
        #expect(r?.content == "the new harbour plan", "\(String(describing: r))")
        let s = quote("Senator Ivan Dorr blasted his Labour rival Pia Lund during a debate.", containing: "Lund")
        #expect(s?.content == "his Labour rival Pia Lund", "\(String(describing: s))")
    }

    @Test func aComplementStaysWithTheObject() {
        let q = quote("The mayor criticized the council for closing the ferry route.", containing: "council")
        #expect(q?.content == "the council for closing the ferry route", "\(String(describing: q))")
        let r = quote("Governor Ada Brandt praised Mayor Ruth Ogden's handling of the floods.", containing: "floods")
        #expect(r?.content == "Mayor Ruth Ogden's handling of the floods", "\(String(describing: r))")
    }

    @Test func aClauseOrAQuotationAfterTheObjectKeepsTheWholeReading() {
        // The phrase is the subject of a clause of its own: nothing is cut.
        let q = quote("The mayor welcomed the board's decision last week that the ferry would stay.", containing: "ferry")
        #expect(q?.content == "the board's decision last week that the ferry would stay", "\(String(describing: q))")
    }
}
