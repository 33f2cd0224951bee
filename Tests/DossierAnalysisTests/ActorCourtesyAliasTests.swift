import Testing
@testable import DossierAnalysis

/// A courtesy title gives no role, but "Mr. Voss" as written is one of the person's aliases,
/// as "Senator Voss" is. Paragraphs written for these tests.
@Suite struct ActorCourtesyAliasTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aCourtesyTitleAndTheNameAreAnAlias() {
        let a = actors("""
        Harlan Voss opened the harbour festival on Saturday. Mr. Voss said the toll would stay.
        """)
        let voss = a.first { $0.name == "Harlan Voss" }
        #expect(voss?.aliases.contains("Mr. Voss") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(voss?.roles.isEmpty == true, "\(a.map { ($0.name, $0.roles) })")
    }
}
