import DossierAnalysis

/// A quote as the commands show it: with its article, its speaker's global name (after the
/// analyst's corrections) and its text.
public struct QuoteView: Sendable {
    public var article: Article
    public var quote: Quote
    public var speaker: GlobalActor?
    /// The analyst chose the speaker (`attribute`).
    public var attributed = false
    /// The analyst dismissed the quote; hidden unless asked for.
    public var dismissed = false

    /// Session-wide id: `ARTICLE:qN`.
    public var id: String { "\(article.id):\(quote.id)" }
    /// What was said; the parts of a quote split by its attribution are joined with " … ".
    public var text: String { article.text.joined(quote.content) }

    public func isSpoken(by actor: GlobalActor) -> Bool { speaker?.id == actor.id }

    /// What a correction keeps to find this quote again after a re-analysis.
    public var anchor: QuoteAnchor { QuoteAnchor(article: article.id, id: quote.id, content: quote.content, text: text) }

    public var record: Record {
        let t = article.text
        var r = Record(["id": .string(id), "article": .string(article.id), "paragraph": .int(quote.paragraph + 1),
                        "speaker": Value(speaker?.name), "source": Value(quote.source.map { t[$0] }),
                        "cue": Value(quote.cue.map { t[$0] }), "kind": .string(quote.kind.rawValue),
                        "direct": .bool(quote.direct), "text": .string(text),
                        "content": .array(quote.content.map { .array([.int($0.start), .int($0.end)]) })])
        if attributed { r["attributed"] = .bool(true) }
        if dismissed { r["dismissed"] = .bool(true) }
        return r
    }

    public static func columns(withSpeaker: Bool = true) -> [Column] {
        (withSpeaker ? [Column("speaker", "SPEAKER", fallback: "source")] : [])
            + [Column("cue", "CUE"), Column("id", "QUOTE", isKey: true), Column("paragraph", "¶"),
               Column("text", "WHAT WAS SAID", wraps: true)]
    }

    /// Every quote in the given articles, in article then text order; dismissed ones only when
    /// asked for.
    public static func all(in articles: [Article], directory: ActorDirectory, includeDismissed: Bool = false) -> [QuoteView] {
        articles.flatMap { a in
            a.analysis.quotes.compactMap { q -> QuoteView? in
                let dismissed = directory.isDismissed(q, in: a.id)
                if dismissed && !includeDismissed { return nil }
                return QuoteView(article: a, quote: q, speaker: directory.speaker(of: q, in: a.id),
                                 attributed: directory.isAttributed(q, in: a.id), dismissed: dismissed)
            }
        }
    }
}
