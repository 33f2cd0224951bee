import Testing
@testable import DossierAnalysis

/// A definite count of people ("the two candidates", "both candidates") refers back to people
/// the article has named. Paragraphs written for these tests.
@Suite struct ActorCountedPeopleTests {
    @Test func theTwoCandidatesNamedBeforeAreNoNewActor() throws {
        let actors = Analyzer().analyze("""
        Mayor Helen Okafor and Councillor David Brennan met voters in Port Carrick on Tuesday. The two candidates clashed over the harbour plan, and both candidates toured the docks afterwards.
        """).actors.map(\.name)
        #expect(actors.contains("Helen Okafor") && actors.contains("David Brennan"), "\(actors)")
        #expect(!actors.contains { $0.contains("candidates") }, "\(actors)")
    }

    @Test func aCountOfPeopleNotNamedBeforeStaysAnActor() throws {
        let actors = Analyzer().analyze("""
        Mayor Helen Okafor opened the hearing on Tuesday. The three officers walked out of the hall after an hour.
        """).actors.map(\.name)
        #expect(actors.contains { $0.contains("officers") }, "\(actors)")
    }
}
