import DossierAnalysis

/// The positions model: every statement in scope after the corrections, grouped into topics,
/// and each actor's stance per topic. Built on demand from the statements of the analysis and
/// the corrected actor directory, so merges, renames, 'attribute' and 'dismiss' all apply.
public struct PositionBook: Sendable {
    public let statements: [PositionStatement]
    public let topics: [Topic]
    let directory: ActorDirectory
    /// Per actor id: actors whose affiliation names it (a spokesman of the Kremlin, forces loyal
    /// to a commander): their statements count as its own, and the output says so.
    private let members: [Int: [Int]]
    /// The reverse: per member id, the actor it speaks for.
    private let owners: [Int: Int]

    /// A score below this is no stance (a modal "might", a passing remark).
    static let threshold = 0.3

    public init(articles: [Article], directory: ActorDirectory) {
        self.directory = directory
        statements = PositionStatement.all(in: articles, directory: directory)
        topics = TopicGrouper(statements: statements).topics()
        var keyed: [String: Int] = [:]
        for a in directory.actors {
            keyed[NameKey(a.name).text] = a.id
            for al in a.aliases where al.looksLikeProperName { keyed[NameKey(al).text] = keyed[NameKey(al).text] ?? a.id }
        }
        var m: [Int: [Int]] = [:]
        let people = Dictionary(directory.actors.filter { $0.type == .person && NameKey($0.name).words.count >= 2 }
            .map { (NameKey($0.name).text, $0.id) }, uniquingKeysWith: { a, _ in a })
        for a in directory.actors {
            if let aff = a.affiliation, let owner = keyed[NameKey(aff).text], owner != a.id {
                m[owner, default: []].append(a.id)
                continue
            }
            // "Priya Raman of Friends of Kestrel Bay" is Priya Raman, described.
            let words = NameKey(a.name).words
            if a.type != .person, words.count > 2, let of = words.firstIndex(of: "of"), of >= 2,
               let person = people[words[..<of].joined(separator: " ")], person != a.id {
                m[person, default: []].append(a.id)
            }
        }
        let folded = Set(m.values.joined())
        for (owner, list) in Spokespeople.find(articles: articles, directory: directory, skip: folded) {
            m[owner, default: []].append(contentsOf: list)
        }
        let spokespeople = Set(m.values.joined())
        for (owner, list) in SeatStaff.find(directory: directory, skip: spokespeople) {
            m[owner, default: []].append(contentsOf: list)
        }
        // "the campaign told USA TODAY": the campaign of the person the article follows.
        for (owner, list) in UnownedCampaigns.find(articles: articles, directory: directory, skip: Set(m.values.joined())) {
            m[owner, default: []].append(contentsOf: list)
        }
        members = m
        var o: [Int: Int] = [:]
        // Only those whose role speaks for it ("Senate historian" does not).
        for (owner, list) in m { for x in list where o[x] == nil && Spokespeople.speaksByRole(directory.actors[x]) { o[x] = owner } }
        owners = o
    }

    /// The actors whose statements count as `actor`'s: itself, then those it speaks through.
    public func folded(_ actor: GlobalActor) -> [GlobalActor] {
        [actor] + (members[actor.id] ?? []).map { directory.actors[$0] }
    }

    /// The actor's own position on a topic, or else that of the actor it speaks for ("Association
    /// chair Desmond Kerr" when the association opposed the plan): for verdicts.
    func positionOrSpeaksFor(_ actor: GlobalActor, on topic: Int) -> ActorPosition? {
        if let p = position(of: actor, on: topic) { return p }
        guard let owner = owners[actor.id] else { return nil }
        return position(of: directory.actors[owner], on: topic)
    }

    /// The actor `actor` speaks for by its role ("Trump campaign manager Corey Lewandowski",
    /// "the union's president"), nil when none.
    func speaksFor(_ actor: GlobalActor) -> GlobalActor? {
        owners[actor.id].map { directory.actors[$0] }
    }

    /// Whether `person` works for `owner` by its affiliation and a role of staff ("former Obama
    /// adviser David Axelrod", "Trump spokeswoman Hope Hicks"): on its side, even when the role
    /// does not make its statements the owner's.
    func serves(_ person: GlobalActor, _ owner: GlobalActor) -> Bool {
        person.type == .person && (members[owner.id]?.contains(person.id) ?? false)
            && person.roles.contains(where: ActorLexicon.roleServes)
    }

    /// Whether `body` is an organisation or group that belongs to `owner` by its affiliation
    /// ("the Clinton campaign", a candidate's super PAC): on its owner's side.
    func belongs(_ body: GlobalActor, to owner: GlobalActor) -> Bool {
        body.type != .person && (members[owner.id]?.contains(body.id) ?? false)
    }

    /// The actors `actor` backs outright ("Iceland backed Norvania", "praised the minister"), in
    /// order of the statements: on a topic it says nothing about, it stands where they stand.
    func backed(by actor: GlobalActor) -> [GlobalActor] {
        let ids = Set(folded(actor).map(\.id))
        var out: [GlobalActor] = []
        for s in statements where ids.contains(s.actor.id) && s.statement.stance == .pro && !s.statement.negated {
            guard let t = s.targetActor, !ids.contains(t.id), !out.contains(where: { $0.id == t.id }) else { continue }
            switch s.statement.meaning {
            case .support, .praise, .welcome, .agree: out.append(t)
            default: break
            }
        }
        return out
    }

    /// The actors `actor` attacks outright ("accusing Brisco of …", "condemned the minister"):
    /// on a topic it says nothing about, it stands against where they stand.
    func opposed(by actor: GlobalActor) -> [GlobalActor] {
        let ids = Set(folded(actor).map(\.id))
        var out: [GlobalActor] = []
        for s in statements where ids.contains(s.actor.id) && s.statement.stance == .against && !s.statement.negated {
            guard let t = s.targetActor, !ids.contains(t.id), !out.contains(where: { $0.id == t.id }) else { continue }
            switch s.statement.meaning {
            case .condemn, .criticise, .accuse, .reject, .oppose, .disagree: out.append(t)
            default: break
            }
        }
        return out
    }

    /// "Russia (incl. Dmitry Peskov)" when statements of others count as the actor's.
    public func label(_ actor: GlobalActor) -> String {
        let others = (members[actor.id] ?? []).map { directory.actors[$0].name }
        return others.isEmpty ? actor.name : "\(actor.name) (incl. \(others.joined(separator: ", ")))"
    }

    /// The actor's position on every topic it has a statement on, in topic order.
    public func positions(of actor: GlobalActor) -> [ActorPosition] {
        topics.indices.compactMap { position(of: actor, on: $0) }
    }

    /// The actor's position on one topic, nil when it says nothing about it.
    public func position(of actor: GlobalActor, on topic: Int) -> ActorPosition? {
        let ids = Set(folded(actor).map(\.id))
        let own = topics[topic].statements.filter { ids.contains(statements[$0].actor.id) }
        guard !own.isEmpty else { return nil }
        let score = own.reduce(0.0) { $0 + statements[$1].weight }
        let stance: Stance = score >= Self.threshold ? .pro : (score <= -Self.threshold ? .against : .neutral)
        // Evidence: statements agreeing with the stance, strongest first, then the shortest.
        let sorted = own.sorted { a, b in
            let pa = statements[a], pb = statements[b]
            let ma = pa.statement.stance == stance, mb = pb.statement.stance == stance
            if ma != mb { return ma }
            // The actor's own words before those of the actors folded into it.
            let oa = pa.actor.id == actor.id, ob = pb.actor.id == actor.id
            if oa != ob { return oa }
            if pa.statement.strength != pb.statement.strength { return pa.statement.strength > pb.statement.strength }
            return pa.excerpt.count < pb.excerpt.count
        }
        let foldedNames = Set(own.map { statements[$0].actor.id }).subtracting([actor.id]).map { directory.actors[$0].name }.sorted()
        return ActorPosition(actor: actor, topic: topic, score: score, stance: stance, statements: sorted, folded: foldedNames)
    }

    /// The topic a user typed: its id (`t2`), or words of its name (case-insensitive).
    public func resolveTopic(_ typed: String) throws -> Int {
        let lower = typed.lowercased().trimmingCharacters(in: .whitespaces)
        if let i = topics.firstIndex(where: { $0.id == lower }) { return i }
        if let i = topics.firstIndex(where: { $0.name.lowercased() == lower }) { return i }
        let found = topics.indices.filter { i in
            let name = topics[i].name.lowercased()
            return name.contains(lower) || topics[i].frame == lower
        }
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            throw DossierError("'\(typed)' could be \(found.prefix(5).map { "\(topics[$0].id) \(topics[$0].name)" }.joined(separator: ", "))",
                               hint: "type the topic id, e.g. --topic \(topics[found[0]].id)")
        }
        throw DossierError("no topic '\(typed)' in scope",
                           hint: topics.isEmpty ? "no statement in scope takes a position" : "'topics' lists them")
    }

    /// "for", "against" or "neutral" and a short evidence with article and paragraph.
    public func evidence(_ p: ActorPosition) -> String {
        guard let i = p.statements.first else { return "" }
        let s = statements[i]
        return "‘\(s.excerpt)’ (\(s.article.id) ¶\(s.paragraph))"
    }
}
