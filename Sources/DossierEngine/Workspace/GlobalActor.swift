import DossierAnalysis

/// An actor across every article in scope: the same person in three articles is one entry.
/// It is the corrected view: the analyst's merges, renames, aliases and splits are applied.
public struct GlobalActor: Sendable {
    public struct Ref: Hashable, Sendable {
        public var article: String
        public var actor: String
    }
    /// Position in its directory; two actors of one directory are the same when ids are equal.
    public internal(set) var id: Int = 0
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
    /// Ids of the articles it appears in (mentioned, or quoted after a correction), in load order.
    public internal(set) var articles: [String] = []
    /// True for an actor the analyst named as a speaker (`attribute`) that the analysis did not find.
    public internal(set) var isSessionActor = false

    /// Ids of the articles its mentions are in, in load order.
    var mentionArticles: [String] {
        var seen = Set<String>()
        return refs.map(\.article).filter { seen.insert($0).inserted }
    }
}

extension GlobalActor {
    /// The entry whose name a group shows: the fullest name ("Helen Okafor" over "Okafor"); then
    /// the most used; then the first. Nil for no entries.
    static func bestEntry(_ entries: [ActorEntry]) -> Int? {
        var uses: [String: Int] = [:]
        for e in entries { uses[e.key.text, default: 0] += 1 }
        return entries.indices.max { a, b in
            let ka = entries[a].key, kb = entries[b].key
            if ka.words.count != kb.words.count { return ka.words.count < kb.words.count }
            if uses[ka.text]! != uses[kb.text]! { return uses[ka.text]! < uses[kb.text]! }
            return a > b
        }
    }

    /// One actor from the entries the merger grouped (in load order).
    init(merging entries: [ActorEntry]) {
        let best = GlobalActor.bestEntry(entries)!
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
            if e.actor.type != .other { typeVotes[e.actor.type, default: 0] += 1 }
            for r in e.actor.roles where seenRoles.insert(r.lowercased()).inserted { roles.append(r) }
            if affiliation == nil { affiliation = e.actor.affiliation }
            for (al, k) in zip([e.actor.name] + e.actor.aliases, [e.key] + e.aliasKeys) where !NameKey.pronouns.contains(k.text) {
                if seenAliases.insert(k.isEmpty ? al.lowercased() : k.text).inserted { aliases.append(al) }
            }
        }
        // A country that acts in one article is an actor even where others only name the place.
        if typeVotes.count > 1 { typeVotes[.place] = nil }
        if let t = typeVotes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue })?.key {
            type = t
        }
        articles = mentionArticles
    }

    /// An actor the analyst named as a speaker; it has quotes but no mentions.
    init(sessionActor name: String, type: ActorType) {
        self.init(name: name, type: type, roles: [], affiliation: nil, aliases: [], refs: [], mentionCount: 0,
                  quoteCount: 0, firstArticle: "", firstOffset: 0)
        isSessionActor = true
    }

    /// Applies the analyst's name and aliases: the name the analysis chose becomes an alias.
    mutating func correct(name newName: String?, aliases extra: [String], type newType: ActorType?) {
        var all = aliases
        if let newName, newName != name {
            all.insert(name, at: 0)
            name = newName
        }
        all += extra
        let own = NameKey(name)
        var seen: Set<String> = [own.isEmpty ? name.lowercased() : own.text]
        aliases = all.filter { a in
            let k = NameKey(a)
            return !NameKey.pronouns.contains(k.text) && seen.insert(k.isEmpty ? a.lowercased() : k.text).inserted
        }
        if let newType { type = newType }
    }
}
