import DossierAnalysis

/// A quote as the commands show it: with its article, its speaker's global name and its text.
public struct QuoteView: Sendable {
    public var article: Article
    public var quote: Quote
    public var speaker: GlobalActor?

    /// Session-wide id: `ARTICLE:qN`.
    public var id: String { "\(article.id):\(quote.id)" }
    /// What was said; the parts of a quote split by its attribution are joined with " … ".
    public var text: String { article.text.joined(quote.content) }

    public func isSpoken(by actor: GlobalActor) -> Bool {
        guard let local = quote.speaker else { return false }
        return actor.refs.contains(GlobalActor.Ref(article: article.id, actor: local))
    }

    public var record: Record {
        let t = article.text
        return Record(["id": .string(id), "article": .string(article.id), "paragraph": .int(quote.paragraph + 1),
                       "speaker": Value(speaker?.name), "source": Value(quote.source.map { t[$0] }),
                       "cue": Value(quote.cue.map { t[$0] }), "kind": .string(quote.kind.rawValue),
                       "direct": .bool(quote.direct), "text": .string(text),
                       "content": .array(quote.content.map { .array([.int($0.start), .int($0.end)]) })])
    }

    public static func columns(withSpeaker: Bool = true) -> [Column] {
        (withSpeaker ? [Column("speaker", "SPEAKER", fallback: "source")] : [])
            + [Column("cue", "CUE"), Column("article", "ARTICLE", isKey: true), Column("paragraph", "¶"),
               Column("text", "WHAT WAS SAID", wraps: true)]
    }

    /// Every quote in the given articles, in article then text order.
    public static func all(in articles: [Article], directory: ActorDirectory) -> [QuoteView] {
        articles.flatMap { a in
            a.analysis.quotes.map { q in
                QuoteView(article: a, quote: q, speaker: q.speaker.flatMap { directory.actor(article: a.id, local: $0) })
            }
        }
    }
}
