import DossierAnalysis

/// Decides which article-level actors are the same actor across articles (see
/// `ActorDirectory` for the rules). Union–find over the entries: near-linear in their number.
struct ActorMerger {
    private let entries: [ActorEntry]
    private var parent: [Int]

    init(_ entries: [ActorEntry]) {
        self.entries = entries
        self.parent = Array(entries.indices)
    }

    /// Groups of entry indices, each in load order, ordered by their first entry.
    mutating func groups() -> [[Int]] {
        // 1. Same full name, compatible type.
        var byName: [String: [Int]] = [:]   // name key → first entry of each type class
        // Descriptions ("sources on both sides", "a unity government source") name different
        // people in different articles: only proper names merge across articles, and bodies
        // that a qualified description names ("the city council", "the port authority"): in one
        // session about one story they are the same body.
        for i in entries.indices where !entries[i].key.isEmpty && (!isDescription(entries[i].actor) || isNamedBody(entries[i].actor)) {
            let k = entries[i].key.text
            let same = (byName[k] ?? []).filter { compatible(entries[$0].actor.type, entries[i].actor.type) }
            if same.count == 1 {
                union(i, same[0])
            } else if same.isEmpty {
                byName[k, default: []].append(i)
            }   // an untyped name shared by a person and an organisation joins neither
        }
        // 2. A proper-name alias that is exactly one other actor's full name ("UN" ↔ "UN",
        //    "Helen Okafor" as an alias of "Mayor Helen Okafor"). A person's one-word alias is a
        //    surname or a first name and proves nothing; step 3 handles surnames.
        for i in entries.indices {
            let e = entries[i]
            for (k, proper) in zip(e.aliasKeys, e.aliasIsProper) where proper {
                if k.isEmpty || k == e.key || (e.actor.type == .person && k.words.count < 2) { continue }
                let roots = Set((byName[k.text] ?? []).filter { compatible(entries[$0].actor.type, e.actor.type) }.map { find($0) })
                if roots.count == 1 { union(i, roots.first!) }
            }
        }
        // 3. A person named by one word only, when exactly one person in scope has it as surname
        //    and the word's own article does not: there the analysis kept them apart ("Mr.
        //    Obama" beside "Michelle Obama").
        var bySurname: [String: Set<Int>] = [:]
        for i in entries.indices where entries[i].actor.type == .person && entries[i].key.words.count >= 2 {
            bySurname[entries[i].key.last!, default: []].insert(i)
        }
        for i in entries.indices where entries[i].key.words.count == 1 && isPersonLike(entries[i].actor.type) {
            let namesakes = bySurname[entries[i].key.words[0]] ?? []
            if namesakes.contains(where: { entries[$0].article == entries[i].article }) { continue }
            let roots = Set(namesakes.map { find($0) })
            if roots.count == 1 { union(i, roots.first!) }
        }
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in entries.indices {
            let r = find(i)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(i)
        }
        return order.map { members[$0]! }
    }

    /// A description rather than a name: lower-case, or a group whose words are mostly common
    /// words ("Sources on both sides" at the start of a sentence).
    private func isDescription(_ a: Actor) -> Bool {
        if !a.name.looksLikeProperName { return true }
        guard a.type == .group else { return false }
        let small: Set<Substring> = ["of", "the", "and", "for", "de", "du", "la", "le", "von", "van", "al"]
        let words = a.name.split(separator: " ").dropFirst()
        return words.contains { w in w.first.map { $0.isLowercase } == true && !small.contains(w) }
    }

    /// An organisation named by a description of two words or more that says which body it
    /// is ("city council", "electoral commission", "panel of three scientists"); not one
    /// owned by another actor ("the union's executive", "Reed's family"), and not a lone noun
    /// ("the company", "the council") that stands for different bodies in different articles.
    private func isNamedBody(_ a: Actor) -> Bool {
        guard a.type == .organization, a.affiliation == nil else { return false }
        let words = a.name.split(separator: " ")
        return words.count >= 2 && !a.name.contains("'") && !a.name.contains("’")
    }

    private func isPersonLike(_ t: ActorType) -> Bool { t == .person || t == .other }

    /// Types that may name the same actor: equal, or one unknown, or organisation and group, or
    /// country and place.
    private func compatible(_ a: ActorType, _ b: ActorType) -> Bool {
        if a == b || a == .other || b == .other { return true }
        let pairs: Set<Set<ActorType>> = [[.organization, .group], [.country, .place]]
        return pairs.contains([a, b])
    }

    private mutating func find(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        var k = i
        while parent[k] != r { let next = parent[k]; parent[k] = r; k = next }
        return r
    }

    /// Joins two groups; the earlier entry stays the root so groups keep load order.
    private mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
