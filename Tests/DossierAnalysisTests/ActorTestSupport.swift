@testable import DossierAnalysis

/// Runs the actor stages on a text written in a test.
struct ActorFixture {
    let text: String
    let doc: Document
    let mentions: [Mention]
    var table: ActorTable

    init(_ text: String) {
        self.text = text
        doc = Segmenter().segment(ArticleText(text))
        mentions = MentionFinder().find(doc)
        table = ActorResolver().resolve(doc, mentions: mentions)
    }

    func actor(_ name: String) -> Actor? { table.actors.first { $0.name == name } }
    func place(_ name: String) -> Actor? { table.places.first { $0.name == name } }
    var actorNames: [String] { table.actors.map(\.name) }

    /// The code-point span of the `occurrence`-th (1-based) occurrence of `phrase` as whole words.
    func span(_ phrase: String, occurrence: Int = 1) -> Span {
        let s = Array(text.unicodeScalars), p = Array(phrase.unicodeScalars)
        var seen = 0
        var i = 0
        while i + p.count <= s.count {
            let before = i == 0 || !s[i - 1].properties.isAlphabetic
            let after = i + p.count == s.count || !s[i + p.count].properties.isAlphabetic
            if before && after && Array(s[i..<(i + p.count)]) == p {
                seen += 1
                if seen == occurrence { return Span(i, i + p.count) }
            }
            i += 1
        }
        fatalError("'\(phrase)' #\(occurrence) not in the fixture")
    }

    /// The name of the actor `phrase` (its `occurrence`) resolves to as a quote's source.
    func speaker(_ phrase: String, occurrence: Int = 1) -> String? {
        guard let id = table.speaker(for: span(phrase, occurrence: occurrence), in: doc) else { return nil }
        return table.actors.first { $0.id == id }?.name
    }

    /// The actor holding the mention at `phrase`.
    func owner(of phrase: String, occurrence: Int = 1) -> Actor? {
        let s = span(phrase, occurrence: occurrence)
        return table.actors.first { $0.mentions.contains { $0.overlaps(s) } }
    }
}
