import DossierAnalysis

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
