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

    /// Ids of the articles it appears in, in load order.
    public var articles: [String] {
        var seen = Set<String>()
        return refs.map(\.article).filter { seen.insert($0).inserted }
    }
}

/// Merges the actors of several articles, and finds actors by what a user types.
///
/// Merging is cautious, because a wrong merge puts one person's words in another's mouth:
/// actors merge when their full names match (case, accents, honorifics aside), when one's
/// proper-name alias is another's full name, and when an article names someone by surname
/// only and exactly one person in scope has that surname. Two people who share a surname stay
/// apart. Types must agree (a person never merges with an organisation).
public struct ActorDirectory: Sendable {
    public private(set) var actors: [GlobalActor] = []
    private var byRef: [GlobalActor.Ref: Int] = [:]

    public init(_ articles: [Article], includePlaces: Bool = false) {
        var entries: [ActorEntry] = []
        for article in articles {
            var quoteCounts: [String: Int] = [:]
            for q in article.analysis.quotes { if let s = q.speaker { quoteCounts[s, default: 0] += 1 } }
            for local in article.analysis.actors + (includePlaces ? article.analysis.places : []) {
                entries.append(ActorEntry(article: article.id, actor: local, quotes: quoteCounts[local.id] ?? 0))
            }
        }
        var merger = ActorMerger(entries)
        let groups = merger.groups()
        for members in groups {
            let g = GlobalActor(merging: members.map { entries[$0] })
            for m in members { byRef[GlobalActor.Ref(article: entries[m].article, actor: entries[m].actor.id)] = actors.count }
            actors.append(g)
        }
    }

    /// The global actor for an article's local actor id.
    public func actor(article: String, local: String) -> GlobalActor? {
        byRef[GlobalActor.Ref(article: article, actor: local)].map { actors[$0] }
    }

    /// Finds the actor a user means, trying in turn: the full name (when several words are
    /// typed); then the name, an alias or a whole word of the name (a surname); then a prefix
    /// of the name, of one of its words, or of an alias; then words of a role ("mayor"). Case, accents and honorifics do not
    /// count. Several matches at one step are an error naming them ("Hale" when Tom Hale and
    /// Anna Hale are both in scope); none at all suggests the nearest names.
    public func resolve(_ typed: String) throws -> GlobalActor {
        let key = NameKey(typed)
        guard !key.isEmpty else {
            throw DossierError("'\(typed)' is not a name", hint: "'actors' lists who is in the articles")
        }
        let names = actors.map { a in (NameKey(a.name), a.aliases.filter(\.looksLikeProperName).map(NameKey.init)) }
        let steps: [(Int) -> Bool] = [
            { key.words.count > 1 && names[$0].0 == key },
            { names[$0].0 == key || names[$0].1.contains(key)
                || (key.words.count == 1 && names[$0].0.words.contains(key.words[0])) },
            { names[$0].0.isPrefixed(by: key) || names[$0].1.contains { $0.isPrefixed(by: key) } },
            // Last, a role or description: "mayor", "the minister".
            { i in (actors[i].roles + actors[i].aliases).contains { NameKey($0).contains(words: key) } },
        ]
        for step in steps {
            let found = actors.indices.filter(step)
            if found.count == 1 { return actors[found[0]] }
            if found.count > 1 { throw ambiguity(typed, found.map { actors[$0] }) }
        }
        var candidates = actors.map(\.name)
        for a in actors { candidates += NameKey(a.name).words.count > 1 ? [String(a.name.split(separator: " ").last!)] : [] }
        let near = suggestions(for: key.text, among: candidates).compactMap { s in
            actors.first { $0.name == s || $0.name.hasSuffix(" " + s) }?.name
        }
        var seen = Set<String>()
        let unique = near.filter { seen.insert($0).inserted }
        throw DossierError("no actor '\(typed)' in scope",
                           hint: unique.isEmpty ? "'actors' lists who is in the articles"
                               : "did you mean \(unique.map { "\"\($0)\"" }.joined(separator: " or "))?")
    }

    private func ambiguity(_ typed: String, _ found: [GlobalActor]) -> DossierError {
        let shown = found.prefix(5).map { a -> String in
            let detail = a.roles.first ?? a.type.rawValue
            return "\(a.name) (\(detail))"
        }
        let more = found.count > 5 ? " and \(found.count - 5) more" : ""
        return DossierError("'\(typed)' could be \(shown.joined(separator: ", "))\(more)",
                            hint: "type more of the name, e.g. \(shellQuoted(found[0].name))")
    }
}

/// One article's actor, as the merger sees it.
struct ActorEntry {
    var article: String
    var actor: Actor
    var quotes: Int
    var key: NameKey
    /// Keys of `actor.aliases`, in order, and whether each alias looks like a proper name.
    var aliasKeys: [NameKey]
    var aliasIsProper: [Bool]

    init(article: String, actor: Actor, quotes: Int) {
        self.article = article; self.actor = actor; self.quotes = quotes
        self.key = NameKey(actor.name)
        self.aliasKeys = actor.aliases.map(NameKey.init)
        self.aliasIsProper = actor.aliases.map(\.looksLikeProperName)
    }
}

extension GlobalActor {
    /// One actor from the entries the merger grouped (in load order).
    init(merging entries: [ActorEntry]) {
        // The fullest name wins ("Helen Okafor" over "Okafor"); then the most used; then the first.
        var uses: [String: Int] = [:]
        for e in entries { uses[e.key.text, default: 0] += 1 }
        let best = entries.indices.max { a, b in
            let ka = entries[a].key, kb = entries[b].key
            if ka.words.count != kb.words.count { return ka.words.count < kb.words.count }
            if uses[ka.text]! != uses[kb.text]! { return uses[ka.text]! < uses[kb.text]! }
            return a > b
        }!
        let first = entries[0]
        self.init(name: entries[best].actor.name, type: first.actor.type, roles: [], affiliation: nil, aliases: [],
                  refs: [], mentionCount: 0, quoteCount: 0, firstArticle: first.article,
                  firstOffset: first.actor.firstMention ?? 0)
        var typeVotes: [ActorType: Int] = [:]
        let nameKey = entries[best].key
        var seenAliases: Set<String> = [nameKey.isEmpty ? name.lowercased() : nameKey.text]
        var seenRoles = Set<String>()
        for e in entries {
            refs.append(Ref(article: e.article, actor: e.actor.id))
            mentionCount += e.actor.mentions.count
            quoteCount += e.quotes
            if e.actor.type != .other { typeVotes[e.actor.type, default: 0] += 1 }
            for r in e.actor.roles where seenRoles.insert(r.lowercased()).inserted { roles.append(r) }
            if affiliation == nil { affiliation = e.actor.affiliation }
            for (al, k) in zip([e.actor.name] + e.actor.aliases, [e.key] + e.aliasKeys) where !NameKey.pronouns.contains(k.text) {
                if seenAliases.insert(k.isEmpty ? al.lowercased() : k.text).inserted { aliases.append(al) }
            }
        }
        if let t = typeVotes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue })?.key {
            type = t
        }
    }
}
