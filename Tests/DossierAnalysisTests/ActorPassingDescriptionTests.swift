import Testing
@testable import DossierAnalysis

/// A person or body that a description names once in passing ("a sales manager", "a deadlocked
/// court") and that says and does nothing the analysis reads is no actor; one that speaks is,
/// and the ids of what is kept stay consecutive, with quotes and statements pointing to them.
/// Paragraphs written for these tests.
@Suite struct ActorPassingDescriptionTests {
    static let text = """
    Mayor Lena Marsh vetoed the budget on Tuesday. Before she entered politics she worked as a sales manager, and a deadlocked court once delayed her first election.

    Tom Eckert, who leads the council, criticised Marsh.

    A city official said the veto would stand.
    """

    @Test func aDescriptionNamedOnceInPassingIsNoActor() {
        let names = Analyzer().analyze(Self.text).actors.map(\.name)
        for d in ["sales manager", "deadlocked court"] { #expect(!names.contains(d), "\(d) in \(names)") }
        #expect(names.contains("Lena Marsh") && names.contains("Tom Eckert"), "\(names)")
    }

    @Test func aDescriptionThatSpeaksStays() {
        let a = Analyzer().analyze(Self.text)
        let speaker = a.quotes.first { a.text.joined($0.content, separator: " ").contains("veto would stand") }?.speaker
        let name = a.actors.first { $0.id == speaker }?.name
        #expect(name?.contains("official") == true, "\(String(describing: name)) in \(a.actors.map(\.name))")
    }

    @Test func idsStayConsecutiveAndEveryReferenceFindsItsActor() {
        let a = Analyzer().analyze(Self.text)
        #expect(a.actors.map(\.id) == a.actors.indices.map { "a\($0 + 1)" })
        let ids = Set(a.actors.map(\.id))
        for q in a.quotes { if let s = q.speaker { #expect(ids.contains(s), "\(s)") } }
        for s in a.statements {
            #expect(ids.contains(s.actor), "\(s.actor)")
            if let t = s.targetActor { #expect(ids.contains(t), "\(t)") }
        }
    }
}
