/// Everything the analyser found in one article. Immutable once built; the engine layers the
/// analyst's corrections on top instead of editing it.
public struct Analysis: Sendable {
    public var document: Document
    /// Actors, in order of first appearance (places excluded; see `places`).
    public var actors: [Actor]
    /// Locations that are only places, kept for `actors --all`.
    public var places: [Actor]
    public var quotes: [Quote]
    public var statements: [Statement]

    public init(document: Document, actors: [Actor] = [], places: [Actor] = [], quotes: [Quote] = [],
                statements: [Statement] = []) {
        self.document = document; self.actors = actors; self.places = places
        self.quotes = quotes; self.statements = statements
    }

    public var text: ArticleText { document.text }

    public func actor(id: String) -> Actor? { actors.first { $0.id == id } ?? places.first { $0.id == id } }
}
