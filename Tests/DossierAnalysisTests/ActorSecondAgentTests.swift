import Testing
@testable import DossierAnalysis

/// A name after "and" that follows a passive agent ("by X and Y") acts too. Paragraphs written
/// for these tests.
@Suite struct ActorSecondAgentTests {
    @Test func aSecondNamedAgentActs() throws {
        let a = Analyzer().analyze("""
        The two activists were expelled by Hungary and Poland last spring, their lawyers said on Tuesday.
        """)
        #expect(a.actors.contains { $0.name == "Hungary" }, "\(a.actors.map(\.name))")
        #expect(a.actors.contains { $0.name == "Poland" }, "\(a.actors.map(\.name))")
    }

    @Test func aBodysNounAfterAndIsNoAgent() throws {
        let a = Analyzer().analyze("""
        Her memoir was published by Pellham and Company in May, and it sold well in the first week.
        """)
        #expect(!a.actors.contains { $0.name == "Company" }, "\(a.actors.map(\.name))")
    }
}
