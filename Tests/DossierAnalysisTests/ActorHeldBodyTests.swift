import Testing
@testable import DossierAnalysis

/// A regime owned by a person the article names ("after toppling Osric Varn's regime") is that
/// ruler, as readers count it, not a body of its own. A paragraph written for this test.
@Suite struct ActorHeldBodyTests {
    @Test func aRulersRegimeIsTheRuler() {
        let a = Analyzer().analyze("""
        The envoy said on Monday that allies must rebuild the country after toppling Osric Varn's regime. Osric Varn fled to the coast in 2011.
        """).actors
        #expect(!a.contains { $0.name.contains("regime") }, "\(a.map { ($0.name, $0.aliases) })")
        #expect(a.first { $0.name == "Osric Varn" }?.aliases.contains("Osric Varn's regime") == true, "\(a.map { ($0.name, $0.aliases) })")
    }
}
