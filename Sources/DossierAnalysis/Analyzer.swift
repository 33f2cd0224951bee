/// The analysis pipeline: text → document → quotes → actors → attribution → statements.
///
/// Each stage is a value with one entry point that can be run and tested alone; stages only
/// pass plain values forward. `Analyzer` is cheap to copy and safe to share across threads.
public struct Analyzer: Sendable {
    /// Stored with saved sessions: when it changes, articles are analysed again.
    public static let version = "0.1.0"

    public init() {}

    public func analyze(_ string: String) -> Analysis {
        let text = ArticleText(string)
        let document = Segmenter().segment(text)
        let quoteSpans = QuoteDetector().detect(document)
        let mentions = MentionFinder().find(document)
        var table = ActorResolver().resolve(document, mentions: mentions)
        let quotes = Attributor().attribute(document, quotes: quoteSpans, actors: table)
        for q in quotes {
            if let s = q.source, let id = q.speaker { table.addMention(s, to: id) }
        }
        return Analysis(document: document, actors: table.actors, places: table.places, quotes: quotes)
    }
}
