import Testing
@testable import DossierAnalysis

/// A body's name that lists its subjects ("Committee on Science, Space and Technology") is one
/// name; people listed after a body's name, or words a verb makes its subjects, stay apart.
/// Paragraphs written for these tests.
@Suite struct ActorSubjectListNameTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func theSubjectsOfABodysNameBelongToTheName() {
        let n = names("""
        Rep. Lena Marsh chairs the House Committee on Science, Space and Technology. The committee will hold a hearing on the breach in May.
        """)
        #expect(n.contains("House Committee on Science, Space and Technology"), "\(n)")
        #expect(!n.contains { $0 == "Technology" || $0 == "Space and Technology" || $0 == "House Committee on Science" }, "\(n)")
    }

    @Test func peopleAfterABodysNameStayPeople() {
        let n = names("""
        Two members of the Senate Committee on Finance, Lena Marsh and Tom Eckert, voted against the bill on Tuesday.
        """)
        for person in ["Lena Marsh", "Tom Eckert"] { #expect(n.contains(person), "\(person) not in \(n)") }
    }

    @Test func surnamesBeforeAVerbAreNoSubjectsOfTheName() {
        let n = names("""
        Lena Marsh and Tom Eckert criticised the ruling. It was welcomed by the Committee on Finance, Marsh and Eckert said on Tuesday.
        """)
        #expect(!n.contains { $0.contains("Marsh and Eckert") }, "\(n)")
    }
}
