import Testing
@testable import DossierAnalysis

/// A person's name takes no article: between "the" and a noun it names what the noun is about
/// ("the Petra Lindqvist affair"), and the person is only mentioned in passing; after a
/// possessive ("the Courier's Petra Lindqvist") it is still a person. Paragraphs written for
/// these tests.
@Suite struct ActorNameQualifyingNounTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aNameBetweenAnArticleAndANounIsNoActor() {
        let a = actors("""
        Harlan Voss spoke on Monday about the Petra Lindqvist affair and the harbour toll.
        """)
        #expect(a.contains { $0.name == "Harlan Voss" }, "\(a.map(\.name))")
        #expect(!a.contains { $0.name == "Petra Lindqvist" }, "\(a.map(\.name))")
    }

    @Test func aNameAfterAPossessiveIsStillAPerson() {
        let a = actors("""
        The Courier's Petra Lindqvist asked Harlan Voss about the harbour toll on Monday.
        """)
        #expect(a.contains { $0.name == "Petra Lindqvist" }, "\(a.map(\.name))")
    }
}
