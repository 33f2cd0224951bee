import Foundation
import DossierAnalysis

/// The session's working state: loaded articles, the scope commands apply to, settings, the
/// analyst's corrections and notes, and which session file it belongs to.
///
/// Every change to what a session file holds marks the workspace dirty (the prompt shows `*`)
/// and moves `revision`, so cached views (actor directories, the `sql` database) are rebuilt.
public final class Workspace {
    public private(set) var articles: [Article] = []
    /// Article ids the analysis commands look at; nil means every article.
    public var scope: [String]? = nil { didSet { changed() } }
    public var settings = Settings() { didSet { changed() } }
    public var sessionName = "untitled"
    /// Changes since the session was last saved.
    public var isDirty = false
    public let analyzer = Analyzer()
    /// Files larger than this are refused by `load` (lowered by tests).
    public var maxFileSize = ArticleReader.defaultMaxFileSize
    /// The analyst's corrections, oldest first: a layer replayed over the analysis.
    public internal(set) var corrections: [CorrectionEntry] = [] { didSet { analysisChanged() } }
    public internal(set) var notes: [Note] = [] { didSet { changed() } }
    /// Scopes saved with `use --save NAME`.
    public internal(set) var savedScopes: [String: [String]] = [:] { didSet { changed() } }
    /// The session file this workspace was opened from or saved to; nil for a new session.
    public internal(set) var sessionPath: String? = nil
    /// True when another process had the session open: `save` to its file is refused.
    public internal(set) var isReadOnly = false
    /// Held while this workspace owns `sessionPath`.
    var lock: SessionLock? = nil
    /// Where `save` without a name writes a session named by `new NAME` or `--session NAME`.
    public internal(set) var plannedPath: String? = nil
    /// How articles are analysed again when a session was saved by another analyser version
    /// (tests put a different analysis here to check that corrections replay).
    public var reanalyze: @Sendable (String) -> Analysis = { Analyzer().analyze($0) }

    /// Ids in use, for `uniqueID` in constant time while loading thousands of files.
    private var ids: Set<String> = []
    /// Changes whenever anything the session holds changes; cached results are then dropped.
    public private(set) var revision = 0
    private var directories: [String: ActorDirectory] = [:]
    /// Built by `sql` and kept until `revision` moves.
    var queryDatabase: (revision: Int, database: SessionQueryDatabase)? = nil

    public init() {}

    /// The actor directory of some articles, with the corrections replayed, built once per set
    /// of articles and kept until something changes, so that `actors`, `quotes NAME` and Tab
    /// completion stay quick.
    public func actorDirectory(for articles: [Article], includePlaces: Bool = false) -> ActorDirectory {
        let key = (includePlaces ? "+" : "-") + articles.map(\.id).joined(separator: "\u{0}")
        if let d = directories[key] { return d }
        let d = ActorDirectory(articles, includePlaces: includePlaces, corrections: corrections)
        if directories.count >= 8 { directories.removeAll() }
        directories[key] = d
        return d
    }

    /// The corrected view of every article (places included), as exports and the session
    /// file's derived tables use it.
    public var fullDirectory: ActorDirectory { actorDirectory(for: articles, includePlaces: true) }

    /// Corrections that cannot be replayed on the current analysis, with the reason.
    public var unreplayableCorrections: [(entry: CorrectionEntry, reason: String)] {
        zip(corrections, fullDirectory.outcomes).compactMap { c, o in o.failure.map { (c, $0) } }
    }

    /// Marks a change to what the session holds.
    func changed() {
        isDirty = true
        revision += 1
    }

    /// Drops cached results; called when articles are added or removed, and by anything that
    /// replaces an article's analysis.
    public func articlesChanged() {
        revision += 1
        directories.removeAll()
    }

    /// The analysis or its corrections changed: cached directories are stale.
    func analysisChanged() {
        directories.removeAll()
        changed()
    }

    /// Runs `body` without marking the workspace dirty (restoring a session, start-up options).
    func quietly(_ body: () -> Void) {
        let was = isDirty
        body()
        isDirty = was
    }

    /// Articles the analysis commands apply to, in load order.
    public var scopedArticles: [Article] {
        guard let scope else { return articles }
        let set = Set(scope)
        return articles.filter { set.contains($0.id) }
    }

    public func article(id: String) -> Article? { articles.first { $0.id == id } }

    /// A unique id derived from `stem`: lower-case, safe characters, `-2`, `-3`… on collision.
    public func uniqueID(for stem: String) -> String {
        var base = String(stem.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        while base.contains("--") { base = base.replacingOccurrences(of: "--", with: "-") }
        base = String(base.trimmingCharacters(in: CharacterSet(charactersIn: "-")))
        if base.isEmpty { base = "article" }
        if !ids.contains(base) { return base }
        var n = 2
        while ids.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    public func add(_ article: Article) {
        articles.append(article)
        ids.insert(article.id)
        isDirty = true
        articlesChanged()
    }

    @discardableResult
    public func remove(id: String) -> Article? {
        guard let i = articles.firstIndex(where: { $0.id == id }) else { return nil }
        isDirty = true
        ids.remove(id)
        articlesChanged()
        scope = scope?.filter { $0 != id }
        if scope?.isEmpty == true { scope = nil }
        return articles.remove(at: i)
    }

    /// Replaces an article's analysis (after a re-analysis); the corrections replay over it.
    func replaceAnalysis(of id: String, with analysis: Analysis) {
        guard let i = articles.firstIndex(where: { $0.id == id }) else { return }
        articles[i].analysis = analysis
        analysisChanged()
    }

    /// Empties the workspace for a new or opened session (settings stay) and lets go of the
    /// session file.
    func clearSession() {
        articles.removeAll()
        ids.removeAll()
        corrections = []
        notes = []
        savedScopes = [:]
        scope = nil
        lock?.release()
        lock = nil
        sessionPath = nil
        plannedPath = nil
        isReadOnly = false
        sessionName = "untitled"
        articlesChanged()
        isDirty = false
    }

    /// Takes the articles and state of a session file (clean: nothing to save yet).
    func adopt(_ snap: SessionSnapshot) {
        articles = snap.articles
        ids = Set(snap.articles.map(\.id))
        corrections = snap.corrections
        notes = snap.notes
        savedScopes = snap.scopes
        let known = ids
        let current = snap.currentScope?.filter { known.contains($0) }
        scope = current?.isEmpty == true ? nil : current
        for (k, v) in snap.settings where Settings.names.contains(k) { try? settings.set(k, v) }
        sessionName = snap.name
        articlesChanged()
        isDirty = false
    }

    /// Resolves an article id typed by the user: exact, then unique prefix.
    public func resolveArticle(_ typed: String) throws -> Article {
        if let a = article(id: typed) { return a }
        let lower = typed.lowercased()
        let matches = articles.filter { $0.id.lowercased().hasPrefix(lower) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw DossierError("'\(typed)' matches several articles: \(matches.prefix(5).map(\.id).joined(separator: ", "))",
                               hint: "type more of the id")
        }
        let near = suggestions(for: typed, among: articles.map(\.id))
        throw DossierError("no article '\(typed)'",
                           hint: near.isEmpty ? "'articles' lists the loaded articles" : "did you mean \(near.joined(separator: " or "))?")
    }
}
