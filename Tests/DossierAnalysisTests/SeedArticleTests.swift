import Testing
@testable import DossierAnalysis

/// The article the product was specified with: its seven quotations and its reported
/// statements, each with the words naming its speaker, as the full analysis (rules and the
/// embedded candidate model) reports them. Skipped without ../shared.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared"))
struct SeedArticleTests {
    let quotes: [SeenQuote] = {
        guard let text = SharedCorpus.text("corpus/seed/000_70e254104ba8734b.txt") else { return [] }
        return attributions(text, model: AttributionModel.embedded)
    }()

    /// The quote whose content contains `fragment`, checked for kind and a source containing `source`.
    func expectQuote(_ fragment: String, kind: QuoteKind, source: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = quotes.filter { $0.content.contains(fragment) && $0.kind == kind }
        #expect(found.count == 1, "\(fragment): \(found)", sourceLocation: sourceLocation)
        #expect(found.first?.source?.contains(source) == true, "\(fragment): \(found)", sourceLocation: sourceLocation)
    }

    @Test func theSevenQuotations() {
        expectQuote("‘heavy heart’", kind: .mixed, source: "Guterres")
        expectQuote("At this critical moment", kind: .direct, source: "the five governments")
        expectQuote("“violent fighting on the edge of Tripoli", kind: .mixed, source: "The press office of Haftar’s force")
        expectQuote("I leave Libya with a deep concern", kind: .block, source: "Antonio Guterres")
        expectQuote("“I leave Libya with a deep concern", kind: .direct, source: "Guterres")
        expectQuote("“all possible efforts", kind: .direct, source: "Russia")
        expectQuote("We believe that the main thing", kind: .direct, source: "Kremlin spokesman Dmitry Peskov")
    }

    @Test func theReportedStatements() {
        expectQuote("his operation towards Tripoli will continue", kind: .indirect, source: "Khalifa Haftar")
        expectQuote("Armed clashes broke out Friday", kind: .indirect, source: "sources on both sides")
        expectQuote("the fighting struck regions", kind: .indirect, source: "A unity government source")
        expectQuote("The United Nations chief met with Haftar", kind: .indirect, source: "an official")
        expectQuote("stop the escalation", kind: .indirect, source: "the governments of the UAE")
    }

    @Test func noQuoteSwallowsAnotherParagraph() {
        #expect(quotes.allSatisfy { !$0.content.contains("\n") })
        #expect(!quotes.contains { $0.source == "Tripoli" })   // the dateline is not a speaker
    }
}
