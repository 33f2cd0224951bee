import Foundation
import DossierAnalysis

/// An actor across every article in scope: the same person in three articles is one entry.
public struct GlobalActor: Sendable {
    public struct Ref: Hashable, Sendable {
        public var article: String
        public var actor: String
    }
    public var name: String
    public var type: ActorType
    public var roles: [String]
    public var affiliation: String?
    public var aliases: [String]
    public var refs: [Ref]
    public var mentionCount: Int
    public var quoteCount: Int
    /// Article and offset of the first mention.
    public var firstArticle: String
    public var firstOffset: Int
}

/// Merges the actors of several articles by name and alias, and finds actors by what a user
/// types: any alias, case-insensitive, or a unique prefix of a name or of one of its words.
public struct ActorDirectory: Sendable {
    public private(set) var actors: [GlobalActor] = []
    private var byRef: [GlobalActor.Ref: Int] = [:]

    public init(_ articles: [Article], includePlaces: Bool = false) {
        var byKey: [String: Int] = [:]
        for article in articles {
            let a = article.analysis
            var quoteCounts: [String: Int] = [:]
            for q in a.quotes { if let s = q.speaker { quoteCounts[s, default: 0] += 1 } }
            for local in a.actors + (includePlaces ? a.places : []) {
                let ref = GlobalActor.Ref(article: article.id, actor: local.id)
                let key = local.name.lowercased()
                // Same name, or this article's full name is another's alias (or the reverse).
                let existing = byKey[key] ?? local.aliases.lazy.compactMap { byKey[$0.lowercased()] }
                    .first { self.actors[$0].type == local.type && self.actors[$0].name.count <= local.name.count }
                if let i = existing {
                    var g = actors[i]
                    g.refs.append(ref)
                    g.mentionCount += local.mentions.count
                    g.quoteCount += quoteCounts[local.id] ?? 0
                    for r in local.roles where !g.roles.contains(r) { g.roles.append(r) }
                    for al in local.aliases + [local.name] where al != g.name && !g.aliases.contains(al) { g.aliases.append(al) }
                    if local.name.count > g.name.count && local.aliases.contains(where: { $0.lowercased() == g.name.lowercased() }) {
                        g.aliases.removeAll { $0 == local.name }
                        g.aliases.append(g.name)
                        g.name = local.name
                    }
                    if g.affiliation == nil { g.affiliation = local.affiliation }
                    actors[i] = g
                    byRef[ref] = i
                    byKey[key] = i
                } else {
                    let g = GlobalActor(name: local.name, type: local.type, roles: local.roles,
                                        affiliation: local.affiliation, aliases: local.aliases, refs: [ref],
                                        mentionCount: local.mentions.count, quoteCount: quoteCounts[local.id] ?? 0,
                                        firstArticle: article.id, firstOffset: local.firstMention ?? 0)
                    actors.append(g)
                    byRef[ref] = actors.count - 1
                    byKey[key] = actors.count - 1
                }
            }
        }
    }

    /// The global actor for an article's local actor id.
    public func actor(article: String, local: String) -> GlobalActor? {
        byRef[GlobalActor.Ref(article: article, actor: local)].map { actors[$0] }
    }

    /// Finds the actor a user means: exact name or alias, then unique prefix (of the name or of
    /// any of its words), case-insensitive.
    public func resolve(_ typed: String) throws -> GlobalActor {
        let t = typed.lowercased().trimmingCharacters(in: .whitespaces)
        let exact = actors.filter { $0.name.lowercased() == t }
        if exact.count == 1 { return exact[0] }
        let alias = actors.filter { $0.aliases.contains { $0.lowercased() == t } }
        if alias.count == 1 { return alias[0] }
        let prefix = actors.filter { a in
            ([a.name] + a.aliases).contains { n in
                let l = n.lowercased()
                return l.hasPrefix(t) || l.split(separator: " ").contains { $0.hasPrefix(t) }
            }
        }
        if prefix.count == 1 { return prefix[0] }
        let many = !exact.isEmpty ? exact : !alias.isEmpty ? alias : prefix
        if many.count > 1 {
            throw DossierError("'\(typed)' could be \(many.prefix(4).map(\.name).joined(separator: ", "))",
                               hint: "type more of the name, in quotes if it has spaces")
        }
        let near = suggestions(for: typed, among: actors.map(\.name))
        throw DossierError("no actor '\(typed)' in scope",
                           hint: near.isEmpty ? "'actors' lists who is in the articles" : "did you mean \(near.joined(separator: " or "))?")
    }
}
