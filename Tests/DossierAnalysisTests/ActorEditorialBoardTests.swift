import Testing
@testable import DossierAnalysis

/// "The editorial board writes" in an article on a newspaper's editorial is the newspaper's
/// voice, not a body of its own. Paragraphs written for these tests.
@Suite struct ActorEditorialBoardTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func theEditorialBoardIsTheNewspaper() {
        let a = actors("""
        The New York Times on Thursday urged Harlan Voss to drop out of the race. "His campaign has run its course," the editorial board writes.
        """)
        #expect(!a.contains { $0.name == "board" || $0.name == "editorial board" }, "\(a.map(\.name))")
        #expect(a.first { $0.name == "New York Times" }?.aliases.contains("board") == true, "\(a.map { ($0.name, $0.aliases) })")
    }
}
