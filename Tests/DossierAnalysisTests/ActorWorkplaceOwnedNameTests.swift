import Testing
@testable import DossierAnalysis

/// A body named as someone's workplace through another name's possessive. Paragraphs written for these tests.
@Suite struct ActorWorkplaceOwnedNameTests {
    @Test func aWorkplaceOwnedByAnotherNameIsNoActor() throws {
        let a = Analyzer().analyze("""
        "The numbers are grim," said Nora Vance, director of Lakeland University's Institute for Public Affairs. Vance added that turnout would fall.
        """)
        #expect(a.actors.contains { $0.name == "Nora Vance" }, "\(a.actors.map(\.name))")
        #expect(!a.actors.contains { $0.name == "Institute for Public Affairs" }, "\(a.actors.map(\.name))")
    }
}
