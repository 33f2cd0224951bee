import DossierAnalysis
import Foundation

/// What the correction commands share: finding the actor or quote the user typed, and adding
/// an entry to the log only if it replays.
extension CommandContext {
    /// The current time, as corrections and notes record it.
    var timestamp: String { ISO8601DateFormatter().string(from: Date()) }

    /// The directory corrections are typed against: the articles in scope, places included.
    func correctionDirectory() throws -> ActorDirectory {
        workspace.actorDirectory(for: try requireArticles(), includePlaces: true)
    }

    /// A quote typed as `ARTICLE:qN` (a unique prefix of the article id is enough), dismissed
    /// ones included, in any loaded article.
    func resolveQuote(_ typed: String) throws -> QuoteView {
        guard let colon = typed.lastIndex(of: ":") else {
            throw DossierError("'\(typed)' is not a quote id", hint: "quote ids look like bridge:q2; 'quotes' shows them")
        }
        let article = try workspace.resolveArticle(String(typed[..<colon]))
        let qid = typed[typed.index(after: colon)...].lowercased()
        guard let quote = article.analysis.quotes.first(where: { $0.id.lowercased() == qid }) else {
            let ids = article.analysis.quotes.prefix(6).map { "\(article.id):\($0.id)" }
            throw DossierError("no quote '\(qid)' in \(article.id)",
                               hint: ids.isEmpty ? "\(article.id) has no quotes" : "its quotes: \(ids.joined(separator: ", "))"
                                   + (article.analysis.quotes.count > 6 ? ", …" : ""))
        }
        let d = workspace.actorDirectory(for: workspace.articles)
        return QuoteView(article: article, quote: quote, speaker: d.speaker(of: quote, in: article.id),
                         attributed: d.isAttributed(quote, in: article.id), dismissed: d.isDismissed(quote, in: article.id))
    }

    /// Adds a correction to the log, unless it cannot be replayed (then nothing changes and the
    /// reason is the error).
    func addCorrection(_ entry: CorrectionEntry) throws {
        workspace.corrections.append(entry)
        let outcome = workspace.actorDirectory(for: workspace.articles, includePlaces: true).outcomes.last
        if let why = outcome?.failure {
            workspace.corrections.removeLast()
            throw DossierError("cannot \(entry.kind.rawValue): \(why)", hint: "'actors' and 'quotes' show what there is")
        }
    }
}
