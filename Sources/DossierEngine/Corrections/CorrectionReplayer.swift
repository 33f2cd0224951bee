import DossierAnalysis

/// What became of one correction when the corrected view was built.
public enum ReplayOutcome: Hashable, Sendable {
    case applied
    /// It could not be replayed (the actor or quote it names is gone); the reason says why.
    case failed(String)

    public var failure: String? { if case .failed(let why) = self { return why }; return nil }
}

/// A quote of one article, session-wide.
struct QuoteKey: Hashable, Sendable {
    var article: String
    var quote: String
}

/// Replays the correction log over the automatic grouping of local actors into global ones.
///
/// Groups are kept in a union–find (a merge joins two roots; a split moves entries to a new
/// root), so that a quote attributed to an actor that is later merged follows it. Actors and
/// quotes are found through their anchors (positions in the text), then by name, so the log
/// survives re-analysis. A correction that finds nothing is recorded as failed, never fatal.
struct CorrectionReplayer {
    let entries: [ActorEntry]
    let articles: [Article]
    let articleIndex: [String: Int]
    private var entriesByArticle: [String: [Int]] = [:]
    private var entriesByKey: [String: [Int]]? = nil
    private var parent: [Int]
    private(set) var entryGroup: [Int]
    private(set) var members: [Int: [Int]] = [:]
    private(set) var nameOverride: [Int: String] = [:]
    private(set) var extraAliases: [Int: [String]] = [:]
    private(set) var typeOverride: [Int: ActorType] = [:]
    /// Groups made for speakers that the analysis did not find, in creation order.
    private(set) var sessionGroups: [Int] = []
    private(set) var speakerOverride: [QuoteKey: Int] = [:]
    private(set) var dismissed: Set<QuoteKey> = []
    private(set) var outcomes: [ReplayOutcome] = []

    init(entries: [ActorEntry], groups: [[Int]], articles: [Article]) {
        self.entries = entries
        self.articles = articles
        var index: [String: Int] = [:]
        for (i, a) in articles.enumerated() { index[a.id] = i }
        self.articleIndex = index
        parent = Array(groups.indices)
        entryGroup = Array(repeating: 0, count: entries.count)
        for (g, list) in groups.enumerated() {
            members[g] = list
            for e in list { entryGroup[e] = g }
        }
        for (i, e) in entries.enumerated() { entriesByArticle[e.article, default: []].append(i) }
    }

    mutating func find(_ g: Int) -> Int {
        var r = g
        while parent[r] != r { r = parent[r] }
        var k = g
        while parent[k] != r { let next = parent[k]; parent[k] = r; k = next }
        return r
    }

    /// The name a group shows: the analyst's, else the fullest of its members' names.
    func displayName(_ root: Int) -> String {
        if let n = nameOverride[root] { return n }
        let list = members[root] ?? []
        guard !list.isEmpty else { return "" }
        return entries[GlobalActor.bestEntry(list.map { entries[$0] }).map { list[$0] }!].actor.name
    }

    // MARK: Applying

    mutating func apply(_ c: CorrectionEntry) {
        outcomes.append(replay(c))
    }

    private mutating func replay(_ c: CorrectionEntry) -> ReplayOutcome {
        switch c.kind {
        case .merge:
            guard c.actors.count == 2 else { return .failed("a merge needs two actors") }
            guard let a = resolve(c.actors[0]) else { return missing(c.actors[0]) }
            guard let b = resolve(c.actors[1]) else { return missing(c.actors[1]) }
            merge(b, into: a, name: c.text ?? displayName(a))
        case .rename:
            guard let anchor = c.actors.first, let r = resolve(anchor) else { return missing(c.actors.first) }
            guard let new = c.text, !new.isEmpty else { return .failed("a rename needs a new name") }
            let old = displayName(r)
            nameOverride[r] = new
            if NameKey(old) != NameKey(new) { extraAliases[r, default: []].append(old) }
        case .alias:
            guard let anchor = c.actors.first, let r = resolve(anchor) else { return missing(c.actors.first) }
            guard let alias = c.text, !alias.isEmpty else { return .failed("an alias needs a text") }
            extraAliases[r, default: []].append(alias)
            // Actors whose name is exactly the alias are, says the analyst, the same actor.
            for other in roots(named: NameKey(alias)) where other != r { merge(other, into: r, name: displayName(r)) }
        case .split:
            guard let anchor = c.actors.first, let r = resolve(anchor) else { return missing(c.actors.first) }
            guard let alias = c.text else { return .failed("a split needs a name") }
            return split(r, alias)
        case .attribute:
            guard let q = c.quote else { return .failed("no quote") }
            guard let key = resolveQuote(q) else { return missingQuote(q) }
            guard let anchor = c.actors.first else { return .failed("no speaker") }
            let r = resolve(anchor) ?? newSessionGroup(anchor.name, type: c.newActorType ?? .person)
            speakerOverride[key] = r
        case .dismiss, .restore:
            guard let q = c.quote else { return .failed("no quote") }
            guard let key = resolveQuote(q) else { return missingQuote(q) }
            if c.kind == .dismiss { dismissed.insert(key) } else { dismissed.remove(key) }
        }
        return .applied
    }

    private func missing(_ anchor: ActorAnchor?) -> ReplayOutcome {
        guard let anchor else { return .failed("no actor named") }
        let gone = anchor.places.filter { articleIndex[$0.article] == nil }.map(\.article)
        if !gone.isEmpty && gone.count == anchor.places.count {
            return .failed("'\(anchor.name)' was in \(gone.joined(separator: ", ")), which is no longer loaded")
        }
        return .failed("no actor '\(anchor.name)' in the analysis any more")
    }

    private func missingQuote(_ q: QuoteAnchor) -> ReplayOutcome {
        articleIndex[q.article] == nil ? .failed("article '\(q.article)' is no longer loaded")
            : .failed("the quote \(q.sessionID) (\(q.text.prefix(40))…) is no longer found")
    }

    private mutating func merge(_ b: Int, into a: Int, name: String) {
        guard a != b else { return }
        let bName = displayName(b)
        parent[b] = a
        members[a, default: []] += members[b] ?? []
        members[b] = nil
        extraAliases[a, default: []] += (extraAliases[b] ?? []) + [bName]
        extraAliases[b] = nil
        nameOverride[a] = name
        sessionGroups.removeAll { $0 == b }
    }

    private mutating func split(_ r: Int, _ alias: String) -> ReplayOutcome {
        let key = NameKey(alias)
        let list = members[r] ?? []
        var chosen = list.filter { entries[$0].key == key }
        if chosen.isEmpty { chosen = list.filter { entries[$0].aliasKeys.contains(key) } }
        if chosen.isEmpty { chosen = list.filter { entries[$0].article == alias } }
        let name = displayName(r)
        if chosen.isEmpty {
            let parts = list.prefix(6).map { "\(entries[$0].actor.name) (\(entries[$0].article))" }
            return .failed("no part of '\(name)' is called '\(alias)'"
                           + (parts.isEmpty ? "" : "; it is made of \(parts.joined(separator: ", "))"))
        }
        if chosen.count == list.count {
            return .failed("every part of '\(name)' is called '\(alias)': nothing would be left")
        }
        let g = parent.count
        parent.append(g)
        let set = Set(chosen)
        members[r] = list.filter { !set.contains($0) }
        members[g] = chosen
        for e in chosen { entryGroup[e] = g }
        extraAliases[r]?.removeAll { NameKey($0) == key }
        return .applied
    }

    private mutating func newSessionGroup(_ name: String, type: ActorType) -> Int {
        let g = parent.count
        parent.append(g)
        members[g] = []
        nameOverride[g] = name
        typeOverride[g] = type
        sessionGroups.append(g)
        return g
    }

    // MARK: Finding

    /// The group an anchor means: the actor mentioned at one of its places (largest overlap),
    /// else the one group with its name.
    mutating func resolve(_ anchor: ActorAnchor) -> Int? {
        for place in anchor.places {
            guard let ids = entriesByArticle[place.article] else { continue }
            var best: (entry: Int, overlap: Int)? = nil
            for e in ids {
                for m in entries[e].actor.mentions where m.overlaps(place.span) {
                    let overlap = min(m.end, place.span.end) - max(m.start, place.span.start)
                    if best == nil || overlap > best!.overlap { best = (e, overlap) }
                }
            }
            if let best { return find(entryGroup[best.entry]) }
        }
        let found = roots(named: NameKey(anchor.name))
        return found.count == 1 ? found[0] : nil
    }

    /// Groups whose shown name (or an alias the analyst gave) is `key`.
    mutating func roots(named key: NameKey) -> [Int] {
        guard !key.isEmpty else { return [] }
        if entriesByKey == nil {
            var index: [String: [Int]] = [:]
            for (i, e) in entries.enumerated() { index[e.key.text, default: []].append(i) }
            entriesByKey = index
        }
        var candidates = Set((entriesByKey![key.text] ?? []).map { find(entryGroup[$0]) })
        for (g, _) in nameOverride { candidates.insert(find(g)) }
        for (g, _) in extraAliases { candidates.insert(find(g)) }
        return candidates.filter { r in
            members[r] != nil && (NameKey(displayName(r)) == key || (extraAliases[r] ?? []).contains { NameKey($0) == key })
        }.sorted()
    }

    /// The quote an anchor means: same spans, else the largest overlap, in the same article.
    func resolveQuote(_ q: QuoteAnchor) -> QuoteKey? {
        CorrectionReplayer.findQuote(q, articles: articles, index: articleIndex)
    }

    static func findQuote(_ q: QuoteAnchor, articles: [Article], index articleIndex: [String: Int]) -> QuoteKey? {
        guard let i = articleIndex[q.article] else { return nil }
        let article = articles[i]
        let quotes = article.analysis.quotes
        if let same = quotes.first(where: { $0.content == q.content }) { return QuoteKey(article: q.article, quote: same.id) }
        let sameText = article.text.joined(q.content) == q.text
        var best: (id: String, overlap: Int)? = nil
        for quote in quotes {
            let e = quote.extent
            if sameText, e.overlaps(q.extent) {
                let overlap = min(e.end, q.extent.end) - max(e.start, q.extent.start)
                if best == nil || overlap > best!.overlap { best = (quote.id, overlap) }
            } else if !sameText, article.text.joined(quote.content) == q.text {
                return QuoteKey(article: q.article, quote: quote.id)   // the text moved
            }
        }
        return best.map { QuoteKey(article: q.article, quote: $0.id) }
    }

    /// Final groups: (root, members in load order), ordered by first member; groups the analyst
    /// created come last, in the order they were made.
    mutating func finalGroups() -> [(root: Int, members: [Int])] {
        var out: [(Int, [Int])] = []
        for (root, list) in members where !list.isEmpty { out.append((root, list.sorted())) }
        out.sort { $0.1[0] < $1.1[0] }
        for g in sessionGroups where members[g]?.isEmpty == true { out.append((g, [])) }
        return out
    }
}
