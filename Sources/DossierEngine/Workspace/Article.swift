import DossierAnalysis

/// One loaded article: its text, metadata and analysis.
public struct Article: Sendable {
    /// Short stable id (the file stem, made unique in the session).
    public var id: String
    public var title: String?
    public var date: String?
    public var source: String?
    public var url: String?
    /// Where it was loaded from (a path, `-` for stdin), for display only.
    public var origin: String?
    public var analysis: Analysis

    public init(id: String, title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil,
                origin: String? = nil, analysis: Analysis) {
        self.id = id; self.title = title; self.date = date; self.source = source; self.url = url
        self.origin = origin; self.analysis = analysis
    }

    public var text: ArticleText { analysis.text }

    /// Words in the text (whitespace-separated runs), for listings.
    public var wordCount: Int {
        var n = 0, inWord = false
        for u in analysis.text.scalars {
            let space = u.properties.isWhitespace
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
