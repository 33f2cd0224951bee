import Testing
@testable import DossierAnalysis

/// "the Denning White House" in an article that names the White House and Carla Denning is the
/// White House: the surname says whose time it is, not a second body. Paragraphs written for
/// these tests.
@Suite struct ActorSurnameBodyTests {
    @Test func aSurnameBeforeANamedBodyIsThatBody() {
        let a = Analyzer().analyze("""
        Senators gather at the White House.

        President Carla Denning hosted senators at the White House on Friday. The Denning White House has held fewer parties than the last one, aides said.

        The White House said more events would follow in the spring.
        """).actors
        #expect(a.first { $0.name == "White House" }?.aliases.contains("Denning White House") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(!a.contains { $0.name == "Denning White House" }, "\(a.map(\.name))")
    }
}
