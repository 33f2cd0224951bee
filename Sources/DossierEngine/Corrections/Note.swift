/// A note the analyst attached to an actor, a quote, an article, or the session as a whole.
///
/// Notes are not corrections: `undo` leaves them alone, and they change nothing in the
/// analysis. A note on an actor or a quote keeps an anchor, so after a rename or a
/// re-analysis it still points at the same actor or quote.
public struct Note: Hashable, Codable, Sendable {
    public enum Target: String, Codable, Sendable, CaseIterable { case session, actor, quote, article }
    public var id: Int
    public var target: Target
    /// The actor name, quote id or article id when the note was written; empty for the session.
    public var subject: String
    public var actor: ActorAnchor?
    public var quote: QuoteAnchor?
    public var text: String
    public var createdAt: String

    public init(id: Int, target: Target, subject: String, actor: ActorAnchor? = nil, quote: QuoteAnchor? = nil,
                text: String, createdAt: String) {
        self.id = id; self.target = target; self.subject = subject; self.actor = actor; self.quote = quote
        self.text = text; self.createdAt = createdAt
    }
}

/// How a note's anchor is stored (the `anchor` column of `notes`, JSON).
struct NoteAnchor: Codable {
    var actor: ActorAnchor?
    var quote: QuoteAnchor?
}
