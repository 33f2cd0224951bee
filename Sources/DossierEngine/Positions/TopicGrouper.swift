import DossierAnalysis

/// Groups statements into topics. Two statements are about the same thing when they share a
/// grouping key (the frame of their target, the actor they target, or their target's head
/// noun) and either come from the same article or name a common place or proper name. One
/// union–find over hashed keys: n log n in the number of statements (the final sort).
struct TopicGrouper {
    let statements: [PositionStatement]

    func topics() -> [Topic] {
        var parent = Array(statements.indices)
        func find(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            var k = x
            while parent[k] != r { let n = parent[k]; parent[k] = r; k = n }
            return r
        }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }

        // "the plan" is about what its article is most about: the frame most statements have.
        var frameCounts: [String: [String: Int]] = [:]
        for p in statements {
            if let f = p.statement.frame, f != TopicWords.anyFrame { frameCounts[p.article.id, default: [:]][f, default: 0] += 1 }
        }
        let mainFrame = frameCounts.mapValues { counts in counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key }
        var firstByKey: [String: Int] = [:]
        var keys: [String?] = []
        var placeNames: [String: [String]] = [:]
        // A name links articles only when few articles name it: "Tripoli" ties two reports of
        // one offensive; "Hillary Clinton", named in half the session, ties nothing.
        var articlesNaming: [String: Set<String>] = [:]
        for p in statements {
            if placeNames[p.article.id] == nil {
                placeNames[p.article.id] = p.article.analysis.places.map { $0.name.lowercased() }
                for e in placeNames[p.article.id]! { articlesNaming[e, default: []].insert(p.article.id) }
            }
            for e in p.statement.entities { articlesNaming[e, default: []].insert(p.article.id) }
        }
        let articleCount = Set(statements.map(\.article.id)).count
        let linkLimit = max(4, articleCount / 10)
        for (i, p) in statements.enumerated() {
            var key = Self.key(p)
            // "the plan", "the decision" in an article with no concrete frame: the one thing the
            // article is about, the same topic within it (and only within it).
            var articleOnly = false
            if p.statement.frame == TopicWords.anyFrame {
                key = mainFrame[p.article.id].map { "frame:" + $0 } ?? "frame:" + TopicWords.anyFrame
                articleOnly = mainFrame[p.article.id] == nil
            }
            // An article's own lead act ("struck $48 million", "the veto"): that article only.
            if p.statement.frame == TopicWords.eventFrame { articleOnly = true }
            keys.append(key)
            guard let key else { continue }
            // Same key in the same article; an actor target is the same topic anywhere.
            let local = key.hasPrefix("actor:") ? key : key + "\u{0}" + p.article.id
            if let j = firstByKey[local] { union(i, j) } else { firstByKey[local] = i }
            if articleOnly { continue }
            for e in p.statement.entities + (placeNames[p.article.id] ?? []) where (articlesNaming[e]?.count ?? 0) <= linkLimit {
                let shared = key + "\u{1}" + e
                if let j = firstByKey[shared] { union(i, j) } else { firstByKey[shared] = i }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in statements.indices where keys[i] != nil { groups[find(i), default: []].append(i) }
        var topics: [Topic] = groups.values.map { list in
            Topic(id: "", name: Self.name(list.map { statements[$0] }),
                  frame: list.lazy.compactMap { statements[$0].statement.frame }.first { $0 != TopicWords.anyFrame },
                  statements: list)
        }
        // Most actors with a stance first, then most statements, then first in the text.
        func weight(_ t: Topic) -> (Int, Int, Int) {
            var actors = Set<Int>()
            for i in t.statements where statements[i].statement.stance != .neutral { actors.insert(statements[i].actor.id) }
            return (actors.count, t.statements.count, -t.statements[0])
        }
        let weights = topics.map(weight)
        let order = topics.indices.sorted { weights[$0] > weights[$1] }
        topics = order.map { topics[$0] }
        for i in topics.indices { topics[i].id = "t\(i + 1)" }
        return topics
    }

    /// What a statement is grouped by: its frame, the actor it targets, or its target's last
    /// content word; nil when it has no target at all.
    static func key(_ p: PositionStatement) -> String? {
        if let f = p.statement.frame { return "frame:" + f }
        if let a = p.targetActor { return "actor:\(a.id)" }
        if let w = p.statement.keywords.last { return "word:" + w }
        return nil
    }

    /// The most representative target phrase: the one whose words the other statements share
    /// most, naming the thing itself rather than its reverse ("the offensive", not "peace"),
    /// with a place or name in it, and not too long.
    static func name(_ list: [PositionStatement]) -> String {
        if let a = list.first?.targetActor, list.first?.statement.frame == nil { return a.name }
        // Word counts over distinct targets: a quote repeated in full (a block quote and the same
        // words in a paragraph) counts once.
        var counts: [String: Int] = [:]
        var distinct = Set<String>()
        for p in list where distinct.insert(p.statement.target ?? "").inserted {
            for k in Set(p.statement.keywords) { counts[k, default: 0] += 1 }
        }
        var best: (score: Double, name: String)? = nil
        var seen = Set<String>()
        for p in list {
            guard let t = p.statement.target, seen.insert(t).inserted else { continue }
            let words = t.split(separator: " ").map(String.init)
            var score = 0.0
            for w in p.statement.keywords { score += Double(counts[w] ?? 0) }
            if words.contains(where: { TopicWords.polarity($0.lowercased()) > 0 }) { score += Double(list.count) }
            if words.dropFirst().contains(where: { $0.first?.isUppercase == true }) { score += 2 }
            if words.count > 6 { score -= Double(words.count - 6) * 2 }
            if best == nil || score > best!.score || (score == best!.score && t.count < best!.name.count) {
                best = (score, t)
            }
        }
        guard let chosen = best?.name else { return list.first?.statement.frame ?? "?" }
        var words = chosen.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if let first = words.first, TopicWords.isDeterminer(first) {
            let lower = first.lowercased()
            if ["his", "her", "their", "its", "our", "my", "your", "a", "an", "this", "these", "those"].contains(lower) {
                words[0] = "the"
            } else {
                words[0] = lower
            }
        } else if let first = words.first, first.first?.isUppercase == true, TopicWords.polarity(first.lowercased()) != 0 {
            words[0] = first.lowercased()
        }
        // "’s lax gun laws": a possessive cut from its owner is no name.
        while let f = words.first, f.hasPrefix("’") || f.hasPrefix("'"), words.count > 1 { words.removeFirst() }
        let possessive = words.first.map { $0.hasSuffix("’s") || $0.hasSuffix("'s") } ?? false
        if !possessive, words.first != "the", let w = words.first, TopicWords.polarity(w.lowercased()) != 0 || words.count > 1 {
            if !TopicWords.isDeterminer(w) { words.insert("the", at: 0) }
        }
        return words.joined(separator: " ")
    }
}
