import Testing
@testable import DossierAnalysis

/// `Name: what they said` as a headline: attributed even when the words after the colon hold a
/// verb the cue lexicon knows, which in a body paragraph marks a dateline instead.
@Suite struct HeadlineColonTests {
    @Test func aHeadlineNameBeforeAColonIsTheSource() {
        let found = attributions("Ogden: Ferry plans are not set in stone.\n\nMayor Ruth Ogden spoke to reporters on Monday.")
        #expect(found.contains { $0.source == "Ogden" && $0.content == "Ferry plans are not set in stone" }, "\(found)")
    }

    @Test func aDatelineInTheBodyIsNoSource() {
        let found = attributions("Ferry row.\n\nLeeds: Mayor Ruth Ogden told reporters the plans are set.")
        #expect(!found.contains { $0.source == "Leeds" }, "\(found)")
    }

    @Test func aDatelineOpeningTheArticleIsNoSource() {
        let found = attributions("Leeds: Mayor Ruth Ogden on Friday told the harbour board that the ferry route will stay open until the pier is built.\n\nThe board met in Leeds on Monday.")
        #expect(!found.contains { $0.source == "Leeds" }, "\(found)")
        #expect(found.contains { $0.source == "Mayor Ruth Ogden" }, "\(found)")
    }

    @Test func anExclamationOpeningTheHeadlineIsNoSource() {
        let found = attributions("Wow: Harbour Board Just Answered The Mayor With One Line.\n\nThe board met on Monday.")
        #expect(!found.contains { $0.source == "Wow" }, "\(found)")
    }
}
