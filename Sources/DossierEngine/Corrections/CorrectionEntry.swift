import DossierAnalysis

/// Where an actor was when a correction named it, so the correction finds the same actor again
/// after the articles are analysed anew (local ids like `a3` change; positions in the text do
/// not): the canonical name, plus the first mention of the actor in up to eight of its articles.
public struct ActorAnchor: Hashable, Codable, Sendable {
    public struct Place: Hashable, Codable, Sendable {
        public var article: String
        public var span: Span
    }
    public var name: String
    public var places: [Place]

    public init(name: String, places: [Place] = []) {
        self.name = name; self.places = places
    }

    static let maxPlaces = 8
}

/// A quote as a correction names it: article, id at the time, content spans and text. Replay
/// finds it by its spans (same or overlapping), because quote ids shift when the analyser finds
/// more or fewer quotes.
public struct QuoteAnchor: Hashable, Codable, Sendable {
    public var article: String
    public var id: String
    public var content: [Span]
    public var text: String

    public init(article: String, id: String, content: [Span], text: String) {
        self.article = article; self.id = id; self.content = content; self.text = text
    }

    /// The session-wide id it had when the correction was made (`article:q3`).
    public var sessionID: String { "\(article):\(id)" }
    var extent: Span { Span(content.first?.start ?? 0, content.last?.end ?? 0) }
}

/// One analyst correction, kept as an ordered log over the analysis (never an edit of it) and
/// replayed, in order, every time the corrected view is built: after `open`, after a
/// re-analysis, after `undo`.
public struct CorrectionEntry: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case merge, rename, alias, split, attribute, dismiss, restore
    }

    public var kind: Kind
    /// merge: [A, B]; rename, alias, split: [A]; attribute: [the new speaker].
    public var actors: [ActorAnchor]
    /// attribute, dismiss, restore.
    public var quote: QuoteAnchor?
    /// rename: the new name; alias: the alias; split: the name split off; merge: `--as` name.
    public var text: String?
    /// attribute: the speaker did not exist and became a session actor of this type.
    public var newActorType: ActorType?
    public var createdAt: String

    public init(kind: Kind, actors: [ActorAnchor] = [], quote: QuoteAnchor? = nil, text: String? = nil,
                newActorType: ActorType? = nil, createdAt: String) {
        self.kind = kind; self.actors = actors; self.quote = quote; self.text = text
        self.newActorType = newActorType; self.createdAt = createdAt
    }

    /// The correction as a command line with canonical names, for `corrections`, `undo` and the
    /// `command` column of the session file.
    public var command: String {
        let names = actors.map { shellQuoted($0.name) }
        switch kind {
        case .merge:
            return (["merge"] + names).joined(separator: " ") + (text.map { " --as \(shellQuoted($0))" } ?? "")
        case .rename, .alias, .split:
            return "\(kind.rawValue) \(names.first ?? "?") \(shellQuoted(text ?? ""))"
        case .attribute:
            let type = newActorType.map { $0 == .person ? "" : " --type \($0.rawValue)" } ?? ""
            return "attribute \(quote?.sessionID ?? "?") \(names.first ?? "?")\(type)"
        case .dismiss, .restore:
            return "\(kind.rawValue) \(quote?.sessionID ?? "?")"
        }
    }
}
