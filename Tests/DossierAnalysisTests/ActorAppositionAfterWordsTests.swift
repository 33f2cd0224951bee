import Testing
@testable import DossierAnalysis

/// Appositions with a word between the comma and the description or the name. Paragraphs
/// written for these tests.
@Suite struct ActorAppositionAfterWordsTests {
    static let text = """
    Morrow gains ground

    Shortly after the ruling, Sen. Jane Morrow of Ohio, now a Democratic presidential contender, proposed a constitutional amendment on the court.

    Morrow also picked up an endorsement from a onetime Democratic rival, former Idaho governor Paul Renner. The Morrow campaign said it was grateful.
    """

    @Test func anAdverbBeforeTheDescriptionKeepsTheApposition() throws {
        let f = ActorFixture(Self.text)
        #expect(f.owner(of: "a Democratic presidential contender")?.name == "Jane Morrow")
        #expect(!f.actorNames.contains("Democratic presidential contender"))
    }

    @Test func aTitleAndPlaceBeforeTheNameKeepTheApposition() throws {
        let f = ActorFixture(Self.text)
        #expect(f.owner(of: "a onetime Democratic rival")?.name == "Paul Renner")
        #expect(!f.actorNames.contains("onetime Democratic rival"))
    }
}
