import Testing
@testable import DossierAnalysis

/// Whom a spokesman speaks of: "Brandt's spokesman said the prime minister …" is Brandt, even
/// when the article follows someone else more; "the prime minister" is an office held for a
/// place, like "the governor"; and "the prime minister's spokesman" is the spokesman already
/// named as Brandt's, the owner read through the description. Paragraphs written for these tests.
@Suite struct ActorSpokesmanEpithetTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    static let text = """
    Tessa Marlowe says she will not meet Jonas Brandt.

    Tessa Marlowe said on Monday that she would not meet Jonas Brandt. Marlowe spoke in Denver, and Marlowe said her campaign would go on.

    Brandt's spokesman said the prime minister stood by his remarks.

    Brandt will work with whoever wins the vote, the prime minister's spokesman said.
    """

    @Test func aSpokesmanSpeaksOfWhomHeSpeaksFor() {
        let a = actors(Self.text)
        #expect(a.first { $0.name == "Jonas Brandt" }?.aliases.contains("the prime minister") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(a.first { $0.name == "Tessa Marlowe" }?.aliases.contains("the prime minister") != true)
        #expect(!a.contains { $0.name.contains("prime minister") }, "\(a.map(\.name))")
    }

    @Test func theSpokesmanOfTheOfficeIsTheSpokesmanOfItsHolder() {
        let a = actors(Self.text)
        #expect(a.filter { $0.name.contains("spokesman") }.count == 1, "\(a.map { ($0.name, $0.aliases) })")
    }
}

/// A spokeswoman owned by a description ("the former governor's spokeswoman", read as
/// "governor's spokeswoman") is named as written. A paragraph written for this test.
@Suite struct ActorOwnedDescriptionNameTests {
    @Test func aDescriptionOwnedByADescriptionIsNamedAsWritten() {
        let a = Analyzer().analyze("""
        Tom Hale to skip party convention.

        Citing family duties, the former governor's spokeswoman told the Ledger that Hale plans to skip the convention in Denver. Hale has backed the party's nominee.
        """).actors
        #expect(a.contains { $0.name == "the former governor's spokeswoman" }, "\(a.map(\.name))")
    }
}
