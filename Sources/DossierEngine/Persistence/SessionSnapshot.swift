import DossierAnalysis

/// One analyst correction, kept as an ordered log and replayed after re-analysis.
public struct CorrectionEntry: Hashable, Sendable {
    /// `merge`, `rename`, `alias`, `split`, `attribute`, `dismiss`, `restore`.
    public var kind: String
    public var arguments: [String]
    public var options: [String: String]
    public var createdAt: String

    public init(kind: String, arguments: [String], options: [String: String] = [:], createdAt: String) {
        self.kind = kind; self.arguments = arguments; self.options = options; self.createdAt = createdAt
    }
}

/// A note the analyst attached to an actor, a quote, an article, or the session.
public struct Note: Hashable, Sendable {
    public enum Target: String, Sendable { case session, actor, quote, article }
    public var id: Int
    public var target: Target
    /// The actor name, quote id or article id; empty for the session.
    public var subject: String
    public var text: String
    public var createdAt: String

    public init(id: Int, target: Target, subject: String, text: String, createdAt: String) {
        self.id = id; self.target = target; self.subject = subject; self.text = text; self.createdAt = createdAt
    }
}

/// Everything a session file holds, in memory: what `save` writes and `open` reads.
public struct SessionSnapshot: Sendable {
    public var name: String
    public var articles: [Article]
    public var corrections: [CorrectionEntry]
    public var notes: [Note]
    public var scopes: [String: [String]]
    public var currentScope: [String]?
    public var settings: [String: String]
    public var history: [String]
    /// Version of the analyser that produced the stored analysis.
    public var analyzerVersion: String

    public init(name: String, articles: [Article] = [], corrections: [CorrectionEntry] = [], notes: [Note] = [],
                scopes: [String: [String]] = [:], currentScope: [String]? = nil, settings: [String: String] = [:],
                history: [String] = [], analyzerVersion: String = Analyzer.version) {
        self.name = name; self.articles = articles; self.corrections = corrections; self.notes = notes
        self.scopes = scopes; self.currentScope = currentScope; self.settings = settings; self.history = history
        self.analyzerVersion = analyzerVersion
    }
}
