import Testing
@testable import DossierAnalysis

/// What "for" adds after an actor's noun. Paragraphs written for these tests.
@Suite struct ActorForObjectTests {
    @Test func whatABodyIsBlamedForIsNotPartOfItsName() throws {
        let a = Analyzer().analyze("""
        The mayor spoke at the county fair on Sunday. He blamed other parts of his office for the delays, saying the budget was late.
        """)
        #expect(!a.actors.contains { $0.name.contains("for the delays") }, "\(a.actors.map(\.name))")
    }

    @Test func whomAGroupSpeaksForStaysInItsName() throws {
        let a = Analyzer().analyze("""
        Advocates for immigrants said the rule was cruel, and a spokesman for the department declined to comment.
        """)
        #expect(a.actors.contains { $0.name == "Advocates for immigrants" }, "\(a.actors.map(\.name))")
        #expect(a.actors.contains { $0.name == "spokesman for the department" }, "\(a.actors.map(\.name))")
    }
}
