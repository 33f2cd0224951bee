import Testing
@testable import DossierAnalysis

/// An alliance owned by a person ("Ostrow's alliance with Mayor Paul Ferrante", "the
/// Ostrow-Ferrante alliance") is a tie between people, no body that acts; an alliance with a name
/// of its own still is one. Paragraphs written for these tests.
@Suite struct ActorTieNounTests {
    @Test func aPersonsAllianceIsNoActor() {
        let a = Analyzer().analyze("""
        Governor Lena Ostrow said on Tuesday that Ostrow's alliance with Mayor Paul Ferrante is vital to the city. The Ostrow-Ferrante alliance has held for two years.

        The Northern Alliance said it would join the talks.
        """).actors
        #expect(!a.contains { $0.name.lowercased().contains("alliance") && $0.name != "Northern Alliance" }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Northern Alliance" && $0.type == .organization }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Paul Ferrante" }, "\(a.map(\.name))")
    }
}
