import Testing
@testable import DossierAnalysis

/// "the Bank of Norway … Norway's central bank": a body the article names after a country, and
/// the country's body of that noun, are one actor. Paragraphs written for these tests.
@Suite struct ActorCountryBodyTests {
    @Test func aCountrysBankIsTheBankNamedAfterIt() {
        let a = Analyzer().analyze("""
        Markets rise after central bank decision.

        Shares rose on Friday after the Bank of Norway held rates. Norway's central bank said growth would slow next year.
        """).actors
        #expect(a.first { $0.name == "Bank of Norway" }?.aliases.contains("Norway's central bank") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(!a.contains { $0.name.contains("central bank") }, "\(a.map(\.name))")
    }
}
