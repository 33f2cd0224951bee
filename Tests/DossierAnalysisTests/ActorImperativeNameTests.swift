import Testing
@testable import DossierAnalysis

/// A capitalised word, "the" and a capitalised word in running text ("Fix the Roads") are one
/// name, a group named for what it wants done, not a person called "Roads"; a surname before
/// "the" ("Marlow the Democrat") stays apart. A dash closes an apposition after a name as a
/// comma does ("Rob Dane, founder of Fix the Roads — a road lobby — said"). Paragraphs written
/// for these tests.
@Suite struct ActorImperativeNameTests {
    @Test func verbTheNounIsOneName() {
        let a = Analyzer().analyze("""
        Rob Dane, founder of Fix the Roads — a lobby for drivers — was planning to call on the mayor to act. Fix the Roads said it would run ads. Blame the Weather, its critics said.
        """).actors
        #expect(!a.contains { $0.name == "Roads" || $0.name == "Fix" || $0.name.contains("Weather") }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Fix the Roads" && $0.type == .organization }, "\(a.map { "\($0.name) \($0.type)" })")
        #expect(!a.contains { $0.name.hasPrefix("founder") }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Rob Dane" && $0.type == .person }, "\(a.map(\.name))")
    }

    @Test func aSurnameBeforeTheStaysApart() {
        let a = Analyzer().analyze("""
        Senator Ann Marlow spoke first. Later Marlow the Republican said she would vote no.
        """).actors
        #expect(a.contains { $0.name == "Ann Marlow" && $0.type == .person }, "\(a.map(\.name))")
        #expect(!a.contains { $0.name.contains("the Republican") }, "\(a.map(\.name))")
    }
}
