import Testing
@testable import DossierAnalysis

/// A lone capitalised word opening a sentence with the ending of a common noun ("Footage",
/// "Wreckage") is that noun, not a name, even when a verb follows it. Paragraph written for
/// this test.
@Suite struct ActorCommonEndingTests {
    @Test func aNounInAgeOpeningASentenceIsNoActor() {
        let a = Analyzer().analyze("""
        Mayor Ana Ruiz left the hall on Tuesday. Footage showed her car at the gate. Wreckage blocked the road for hours, Ruiz said.
        """).actors
        #expect(!a.contains { $0.name == "Footage" || $0.name == "Wreckage" }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Ana Ruiz" && $0.type == .person }, "\(a.map(\.name))")
    }
}
