import Testing
@testable import DossierAnalysis

/// A verb before a noun for people is no qualifier of it. Paragraphs written for these tests.
@Suite struct ActorVerbBeforeGroupTests {
    @Test func aVerbBeforeTheGroupIsNotPartOfItsName() throws {
        let f = ActorFixture("""
        The deal will help convince supporters of Sen. Dana Whitfield to vote for the governor.
        """)
        #expect(f.mentions.contains { $0.head == "supporters" }, "\(f.mentions.map(\.name))")
        #expect(!f.mentions.contains { $0.name.contains("convince") }, "\(f.mentions.map(\.name))")
    }
}
