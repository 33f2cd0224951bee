import Testing
@testable import DossierAnalysis

/// An apposition whose role runs on with a preposition and its object up to the closing comma
/// ("the CBS executive in charge of 'Evening Report,'") describes the name before it; the body
/// and role make no actor of their own. Paragraphs written for these tests.
@Suite struct ActorAppositionInChargeTests {
    @Test func executiveInChargeOfAShowIsTheNamesRole() throws {
        let f = ActorFixture("""
        CBS changed its schedule. In a memo on Monday, Dana Whitcombe, the CBS executive in charge of ''Evening Report,'' told her staff about the move.
        """)
        #expect(!f.actorNames.contains { $0.contains("executive") }, "\(f.actorNames)")
        #expect(f.actor("Dana Whitcombe") != nil, "\(f.actorNames)")
    }
}
