import Testing
@testable import DossierAnalysis

/// A relative named by a kin noun and a first name ("Voss's daughter Petra") goes by the
/// family's surname, with the kin phrase as one of their names. Paragraphs written for these tests.
@Suite struct ActorKinNameTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aFirstNameAfterAKinNounTakesTheFamilysSurname() {
        let a = actors("""
        Harlan Voss fired his campaign manager on Monday. Voss's daughter Petra was behind the decision, two aides said.
        """)
        let petra = a.first { $0.name == "Petra Voss" }
        #expect(petra?.type == .person, "\(a.map(\.name))")
        #expect(petra?.aliases.contains("Voss's daughter") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(!a.contains { $0.name == "Petra" }, "\(a.map(\.name))")
    }

    @Test func anAppositionAfterAKinNounIsLeftAlone() {
        let a = actors("""
        Harlan Voss fired his campaign manager on Monday. His daughter, Petra, said the decision was his.
        """)
        #expect(!a.contains { $0.name == "Petra Voss" }, "\(a.map(\.name))")
    }

    @Test func nieceAndNephewAreKinNouns() {
        let a = actors("""
        Harlan Voss fired his campaign manager on Monday. Voss's niece Petra was behind the decision, two aides said.
        """)
        #expect(a.contains { $0.name == "Petra Voss" && $0.type == .person }, "\(a.map(\.name))")
    }
}
