import DossierAnalysis

/// People introduced by the last word of an organisation's name in the same article ("union
/// leader Ana Ferreira", "guild president Rosa Lindqvist", "Association chair Desmond Kerr", "the
/// union's lawyer Ines Laurent") speak for it: their statements count as the organisation's,
/// as those of a spokesman whose affiliation names it do. Only when one organisation of the
/// article ends in that word; linear in the mentions looked at (the first of each person).
enum Spokespeople {
    /// Per organisation id, the ids of the persons who speak for it. `skip`: persons already
    /// folded into an actor.
    static func find(articles: [Article], directory: ActorDirectory, skip: Set<Int>) -> [Int: [Int]] {
        // Per article: an organisation's last name word -> the organisations ending in it.
        var orgs: [String: [String: Set<Int>]] = [:]
        for a in directory.actors where a.type == .organization || a.type == .group {
            guard let last = a.name.split(separator: " ").last.map({ normalized($0) }), last.count > 2 else { continue }
            for r in a.refs { orgs[r.article, default: [:]][last, default: []].insert(a.id) }
        }
        guard !orgs.isEmpty else { return [:] }
        var byArticle: [String: Article] = [:]
        for a in articles { byArticle[a.id] = a }
        var localActors: [String: [String: Actor]] = [:]
        var out: [Int: [Int]] = [:]
        for a in directory.actors where a.type == .person && !skip.contains(a.id) && speaksByRole(a) {
            var owner: Int? = nil
            for r in a.refs {
                guard let words = orgs[r.article], let article = byArticle[r.article] else { continue }
                if localActors[r.article] == nil {
                    localActors[r.article] = Dictionary(article.analysis.actors.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
                }
                guard let first = localActors[r.article]?[r.actor]?.mentions.first else { continue }
                for w in wordsBefore(first.start, in: article.analysis.text.scalars) {
                    if let ids = words[w], ids.count == 1, let id = ids.first, id != a.id { owner = id; break }
                }
                if owner != nil { break }
            }
            if let owner { out[owner, default: []].append(a.id) }
        }
        return out
    }

    /// Roles that speak for a body: its leader, chair, spokesman, lawyer ("Senate historian" or
    /// "union member" speaks for no one but themself).
    static func speaksByRole(_ a: GlobalActor) -> Bool {
        a.roles.contains(where: ActorLexicon.roleSpeaksForBody)
    }

    /// Up to three words right before an offset, nearest first, within the clause (a comma or a
    /// full stop ends the look), lower-cased without a possessive.
    private static func wordsBefore(_ offset: Int, in s: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        var i = offset - 1
        while out.count < 3, i >= 0 {
            while i >= 0, s[i] == " " { i -= 1 }
            let end = i + 1
            while i >= 0, s[i].properties.isAlphabetic || s[i] == "'" || s[i] == "’" { i -= 1 }
            guard end > i + 1 else { break }
            out.append(normalized(String(String.UnicodeScalarView(s[(i + 1)..<end]))))
        }
        return out
    }

    private static func normalized<S: StringProtocol>(_ w: S) -> String {
        var t = w.lowercased()
        if t.hasSuffix("'s") || t.hasSuffix("’s") { t.removeLast(2) }
        if t.hasSuffix("'") || t.hasSuffix("’") { t.removeLast() }
        return t
    }
}
