import Testing
@testable import DossierAnalysis

/// Capitalised words right after a body the lexicon knows ("CNN Worldwide", "EU Member States")
/// go on naming that body or its members, not a person with no first name; a surname the
/// article gives someone stays a person. Paragraphs written for these tests.
@Suite struct ActorBodyNameTailTests {
    @Test func wordsAfterAKnownBodyNameNoPerson() {
        let a = Analyzer().analyze("""
        “We will not change the schedule,” said Marta Kovac, President of CNN Worldwide, on Monday.

        EU Member States said they would review the border rules before the summer.
        """).actors
        #expect(!a.contains { $0.name == "Worldwide" || $0.name == "Member States" }, "\(a.map(\.name))")
        #expect(!a.contains { $0.type == .person && $0.name != "Marta Kovac" }, "\(a.map { "\($0.name) \($0.type)" })")
        #expect(a.contains { $0.name == "Marta Kovac" && $0.type == .person }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "EU Member States" && $0.type == .group }, "\(a.map { "\($0.name) \($0.type)" })")
    }

    @Test func aKnownSurnameAfterABodyIsStillThePerson() {
        let a = Analyzer().analyze("""
        Pavel Dvorak joined the network in 2010. On Monday CNN Dvorak said the deal was off.
        """).actors
        #expect(a.contains { $0.name == "Pavel Dvorak" && $0.type == .person }, "\(a.map(\.name))")
        #expect(!a.contains { $0.name == "CNN Dvorak" }, "\(a.map(\.name))")
    }
}
