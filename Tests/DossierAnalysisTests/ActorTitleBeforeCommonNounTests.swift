import Testing
@testable import DossierAnalysis

/// A title word before a place, body or event word names no person. Paragraphs written for these tests.
@Suite struct ActorTitleBeforeCommonNounTests {
    @Test func aTitleBeforeAPlaceWordIsNoPerson() throws {
        let f = ActorFixture("""
        The trial was run by Vermont General Hospital, which said the results were strong. Doctors at the clinic agreed.
        """)
        #expect(f.actor("Hospital") == nil, "\(f.actorNames)")
    }

    @Test func aTitleBeforeAnEventWordIsNoPerson() throws {
        let f = ActorFixture("""
        Mayor Tessa Grimaldi said drivers would see a series of Star Wars themed road signs this winter.
        """)
        #expect(f.actor("Tessa Grimaldi") != nil, "\(f.actorNames)")
        #expect(f.actor("Wars") == nil, "\(f.actorNames)")
    }
}
