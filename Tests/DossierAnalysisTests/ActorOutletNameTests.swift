import Testing
@testable import DossierAnalysis

/// A news outlet named with and without a noun for an outlet is one actor. Paragraphs written
/// for these tests.
@Suite struct ActorOutletNameTests {
    @Test func anOutletAndItsMagazineAreOneActor() throws {
        let f = ActorFixture("""
        Gore to skip convention

        A spokeswoman told the Axios that Gore would skip the convention. In a 2014 interview with Axios Magazine, Gore said it was premature to endorse anyone. Earlier Sunday, Gore declined an interview request from the Axios.
        """)
        let names = f.actorNames
        #expect(names.filter { $0.hasPrefix("Axios") }.count == 1, "\(names)")
    }
}
