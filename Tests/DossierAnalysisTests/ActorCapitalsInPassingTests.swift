import Testing
@testable import DossierAnalysis

/// Capitals that name no actor: a common noun spelt out after its abbreviation, an interview's
/// question label. Paragraphs written for these tests.
@Suite struct ActorCapitalsInPassingTests {
    @Test func anAbbreviationSpeltOutInLowerCaseIsACommonNoun() throws {
        let names = Analyzer().analyze("""
        Veteran speaks out

        Army veteran Carl Rudd said he had PTSD (post-traumatic stress disorder) for years. "PTSD took my job," he said. The VFW (Veterans of Foreign Wars) said it would help him.
        """).actors.map(\.name)
        #expect(!names.contains("PTSD"))
        #expect(names.contains { $0 == "VFW" || $0 == "Veterans of Foreign Wars" })
    }

    @Test func anInterviewsQuestionLabelIsNoSpeaker() throws {
        let names = Analyzer().analyze("""
        Actress tells her story

        Actress Nora Vale has written a memoir about her childhood.

        Q: Did the agency take care of you?

        A: No, no one did, Vale said.
        """).actors.map(\.name)
        #expect(!names.contains("Q") && !names.contains("A"))
        #expect(names.contains("Nora Vale"))
    }
}
