import Testing
@testable import DossierAnalysis

/// A line that is only a handle signs the reader's post above it: that reader is an actor known
/// by the handle. A handle in running text signs nothing. Paragraphs written for these tests.
@Suite struct ActorHandleTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aHandleLineIsThePersonWhoWroteThePostAboveIt() {
        let a = actors("""
        Readers on the harbour vote.

        TWITTER.

        The council got it wrong again. Dredge the bay and the birds are gone.

        @HarbourWatcher.

        Good call by the mayor, and about time.

        @kestrel_bay.

        Follow @PortCarrickNews for more.
        """)
        #expect(a.first { $0.name == "@HarbourWatcher" }?.type == .person, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "@kestrel_bay" }, "\(a.map(\.name))")
        #expect(!a.contains { $0.name.contains("PortCarrickNews") }, "\(a.map(\.name))")
    }
}
