import DossierAnalysis

/// A body the article names with no owner ("the campaign told USA TODAY", `UnownedBodies`) is
/// the campaign of the person the article follows: news writing drops the candidate's name
/// once the story is about them. That person is the one the article mentions most, at least
/// three times and at least twice as often as anyone else; with two candidates of like weight
/// ("Clinton … Sanders") the body stays no one's. Linear in the actors and their refs.
enum UnownedCampaigns {
    /// Per owner id, the ids of the unowned bodies that are its campaign. `skip`: actors
    /// already folded into an actor.
    static func find(articles: [Article], directory: ActorDirectory, skip: Set<Int>) -> [Int: [Int]] {
        let bodies = directory.actors.filter {
            $0.type != .person && $0.affiliation == nil && !skip.contains($0.id) && UnownedBodies.contains($0.name)
        }
        guard !bodies.isEmpty else { return [:] }
        let wanted = Set(bodies.flatMap { $0.refs.map(\.article) })
        // Per article, the mentions of each local actor.
        var counts: [String: [String: Int]] = [:]
        for a in articles where wanted.contains(a.id) {
            counts[a.id] = Dictionary(a.analysis.actors.map { ($0.id, $0.mentions.count) }, uniquingKeysWith: { x, _ in x })
        }
        // Per article, the persons of the directory with their mentions there.
        var people: [String: [(id: Int, count: Int)]] = [:]
        for a in directory.actors where a.type == .person {
            for r in a.refs where wanted.contains(r.article) {
                people[r.article, default: []].append((a.id, counts[r.article]?[r.actor] ?? 0))
            }
        }
        var out: [Int: [Int]] = [:]
        for b in bodies {
            var owner: Int? = nil
            for r in b.refs {
                guard let p = principal(people[r.article] ?? []), owner == nil || owner == p else { owner = nil; break }
                owner = p
            }
            if let owner, owner != b.id { out[owner, default: []].append(b.id) }
        }
        return out
    }

    /// The person mentioned most, at least three times and twice as often as the next one.
    static func principal(_ people: [(id: Int, count: Int)]) -> Int? {
        // One person may have several refs in an article: add them up first.
        var total: [Int: Int] = [:]
        for p in people { total[p.id, default: 0] += p.count }
        let ranked = total.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let f = ranked.first, f.value >= 3, ranked.count < 2 || f.value >= 2 * ranked[1].value else { return nil }
        return f.key
    }
}
