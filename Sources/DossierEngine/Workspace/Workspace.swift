import Foundation
import DossierAnalysis

/// The session's working state: loaded articles, the scope commands apply to, settings.
public final class Workspace {
    public private(set) var articles: [Article] = []
    /// Article ids the analysis commands look at; nil means every article.
    public var scope: [String]? = nil
    public var settings = Settings()
    public var sessionName = "untitled"
    /// Changes since the session was last saved.
    public var isDirty = false
    public let analyzer = Analyzer()
    /// Files larger than this are refused by `load` (lowered by tests).
    public var maxFileSize = ArticleReader.defaultMaxFileSize

    /// Ids in use, for `uniqueID` in constant time while loading thousands of files.
    private var ids: Set<String> = []
    /// Changes whenever the articles change; cached results built from them are then dropped.
    public private(set) var revision = 0
    private var directories: [String: ActorDirectory] = [:]

    public init() {}

    /// The actor directory of some articles, built once per set of articles and kept until the
    /// articles change, so that `actors`, `quotes NAME` and Tab completion stay quick.
    public func actorDirectory(for articles: [Article], includePlaces: Bool = false) -> ActorDirectory {
        let key = (includePlaces ? "+" : "-") + articles.map(\.id).joined(separator: "\u{0}")
        if let d = directories[key] { return d }
        let d = ActorDirectory(articles, includePlaces: includePlaces)
        if directories.count >= 8 { directories.removeAll() }
        directories[key] = d
        return d
    }

    /// Drops cached results; called when articles are added or removed, and by anything that
    /// replaces an article's analysis.
    public func articlesChanged() {
        revision += 1
        directories.removeAll()
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

    public func removeAll() {
        articles.removeAll()
        ids.removeAll()
        articlesChanged()
        scope = nil
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
