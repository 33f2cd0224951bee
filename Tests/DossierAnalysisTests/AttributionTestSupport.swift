@testable import DossierAnalysis

/// A quote as the tests read it: texts instead of offsets.
struct SeenQuote: Equatable, CustomStringConvertible {
    var kind: QuoteKind
    var content: String
    var source: String?
    var cue: String?

    var description: String { "[\(kind.rawValue)] \(source ?? "-") / \(cue ?? "-") / \(content)" }
}

/// Runs segmentation, quote detection and attribution on `text` (no actor table: speakers
/// stay nil) and returns the quotes as texts; parts of a split quote are joined by " | ".
/// By default the rules alone (`model: nil`), so that a test names the mechanism it checks;
/// pass `AttributionModel.embedded` to see what the full analysis reports.
func attributions(_ text: String, model: AttributionModel? = nil) -> [SeenQuote] {
    let doc = Segmenter().segment(ArticleText(text))
    let quotes = Attributor(model: model).attribute(doc, quotes: QuoteDetector().detect(doc), actors: ActorTable())
    return quotes.map {
        SeenQuote(kind: $0.kind, content: doc.text.joined($0.content, separator: " | "),
                  source: $0.source.map { doc.text[$0] }, cue: $0.cue.map { doc.text[$0] })
    }
}

/// The one quote whose content contains `fragment`.
func quote(_ text: String, containing fragment: String) -> SeenQuote? {
    let found = attributions(text).filter { $0.content.contains(fragment) }
    return found.count == 1 ? found[0] : nil
}
