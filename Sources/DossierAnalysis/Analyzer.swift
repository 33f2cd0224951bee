/// The analysis pipeline: text → document → quotes → actors → attribution → statements.
///
/// Each stage is a value with one entry point that can be run and tested alone; stages only
/// pass plain values forward. `Analyzer` is cheap to copy and safe to share across threads.
public struct Analyzer: Sendable {
    /// Stored with saved sessions: when it changes, articles are analysed again.
    public static let version = "0.19.0"

    public init() {}

    public func analyze(_ string: String) -> Analysis {
        let text = ArticleText(string)
        let document = Segmenter().segment(text)
        let quoteSpans = QuoteDetector().detect(document)
        let words = ArticleWords(document)   // per-token keys, classes and flags, shared by both stages
        let mentions = MentionFinder().find(words)
        var table = ActorResolver().resolve(document, mentions: mentions)
        var quotes = Attributor().attribute(document, quotes: quoteSpans, actors: table, words: words)
        let profiles = SpeakerLookup.ProfileCache(count: table.actors.count)
        for i in quotes.indices {
            guard let s = quotes[i].source else { continue }
            if quotes[i].speaker == nil {
                quotes[i].speaker = table.adoptSpeaker(for: s, in: document, lowerSeen: words.lowerSeen, profileCache: profiles)
            }
            if let id = quotes[i].speaker { table.addMention(s, to: id) }
        }
        table.dropSilentGenericActors(speakers: Set(quotes.compactMap(\.speaker)))
        let renamed = table.numberActors()
        for i in quotes.indices { quotes[i].speaker = quotes[i].speaker.map { renamed[$0] ?? $0 } }
        let zones = quotes.flatMap(\.content).sorted()
        var statements = StatementExtractor().extract(document, quotes: quotes, actors: table.actors,
                                                      subjects: table.subjectPronouns(in: document, outside: zones))
        let moved = table.dropPassingDescriptions(quotes: quotes, statements: statements)
        if !moved.isEmpty {
            for i in quotes.indices { quotes[i].speaker = quotes[i].speaker.map { moved[$0] ?? $0 } }
            for i in statements.indices {
                statements[i].actor = moved[statements[i].actor] ?? statements[i].actor
                statements[i].targetActor = statements[i].targetActor.map { moved[$0] ?? $0 }
            }
        }
        return Analysis(document: document, actors: table.actors, places: table.places, quotes: quotes,
                        statements: statements)
    }
}
