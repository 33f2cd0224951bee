import Testing
@testable import DossierAnalysis

/// A name cue written in capitals after a lower-case word or an article ("the super PAC Harbour
/// Forward") is the common noun it abbreviates: the name is what follows, and the noun says it
/// is a body. Paragraphs written for these tests.
@Suite struct ActorCommonCapitalCueTests {
    @Test func theSuperPACBeforeANameIsNoPartOfIt() throws {
        let actors = Analyzer().analyze("""
        The super PAC Harbour Forward attacked Mayor Helen Okafor on Monday, saying her budget would sink the port.
        """).actors
        #expect(actors.first { $0.name == "Harbour Forward" }?.type == .organization, "\(actors.map { ($0.name, $0.type) })")
        #expect(!actors.contains { $0.name.hasPrefix("PAC") }, "\(actors.map(\.name))")
    }

    @Test func aCountryOpeningTheNameAfterThePACIsPartOfIt() throws {
        let names = Analyzer().analyze("""
        "The port deal is a scandal," said Ana Ruiz, a spokeswoman for the conservative super PAC America Forward.
        """).actors.map(\.name)
        #expect(names.contains("America Forward"), "\(names)")
    }

    @Test func aPACEndingANameStaysItsName() throws {
        let names = Analyzer().analyze("""
        Harbour Majority PAC attacked Mayor Helen Okafor on Monday.
        """).actors.map(\.name)
        #expect(names.contains("Harbour Majority PAC"), "\(names)")
    }
}
