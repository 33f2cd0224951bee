/// The actors of one article and the means to resolve a span of text (a quote's source) to one
/// of them.
public struct ActorTable: Sendable {
    public var actors: [Actor]
    public var places: [Actor]

    public init(actors: [Actor] = [], places: [Actor] = []) {
        self.actors = actors
        self.places = places
    }

    /// The actor a source span refers to: a mention it overlaps, the antecedent of a pronoun,
    /// the bearer of a title or description; nil when none fits. `nil` until issue 3.
    public func speaker(for source: Span, in doc: Document) -> String? {
        nil
    }

    /// Records that `span` (a resolved source) refers to actor `id`, so it counts as a mention.
    public mutating func addMention(_ span: Span, to id: String) {
        guard let i = actors.firstIndex(where: { $0.id == id }), !actors[i].mentions.contains(span) else { return }
        actors[i].mentions.append(span)
        actors[i].mentions.sort()
    }
}
