import Foundation
import DossierAnalysis

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
    /// Speakers the analyst chose (`attribute`), by quote: actor index.
    private var speakerOverride: [QuoteKey: Int] = [:]
    private var dismissed: Set<QuoteKey> = []
    private var articleIndex: [String: Int] = [:]
    private let articles: [Article]
    /// What became of each correction, in log order (see `Workspace.correctionReport`).
    public private(set) var outcomes: [ReplayOutcome] = []

    /// The actors of `articles`, grouped automatically and then corrected by replaying
    /// `corrections` in order.
    public init(_ articles: [Article], includePlaces: Bool = false, corrections: [CorrectionEntry] = []) {
        self.articles = articles
        var entries: [ActorEntry] = []
        for (i, article) in articles.enumerated() {
            articleIndex[article.id] = i
            for local in article.analysis.actors + (includePlaces ? article.analysis.places : []) {
                entries.append(ActorEntry(article: article.id, actor: local))
            }
        }
        var merger = ActorMerger(entries)
        var replayer = CorrectionReplayer(entries: entries, groups: merger.groups(), articles: articles)
        for c in corrections { replayer.apply(c) }
        outcomes = replayer.outcomes
        var indexOfRoot: [Int: Int] = [:]
        for (root, members) in replayer.finalGroups() {
            var g = members.isEmpty ? GlobalActor(sessionActor: replayer.displayName(root), type: replayer.typeOverride[root] ?? .person)
                : GlobalActor(merging: members.map { entries[$0] })
            g.correct(name: replayer.nameOverride[root], aliases: replayer.extraAliases[root] ?? [],
                      type: replayer.typeOverride[root])
            g.id = actors.count
            indexOfRoot[root] = actors.count
            for m in members { byRef[GlobalActor.Ref(article: entries[m].article, actor: entries[m].actor.id)] = actors.count }
            actors.append(g)
        }
        for (key, group) in replayer.speakerOverride {
            if let i = indexOfRoot[replayer.find(group)] { speakerOverride[key] = i }
        }
        dismissed = replayer.dismissed
        countQuotes()
    }

    /// Quote counts and articles after the corrections: dismissed quotes do not count; a quote
    /// attributed to an actor brings its article into the actor's list.
    private mutating func countQuotes() {
        var quotedIn: [Int: Set<String>] = [:]
        for article in articles {
            for q in article.analysis.quotes {
                let key = QuoteKey(article: article.id, quote: q.id)
                if dismissed.contains(key) { continue }
                guard let i = speakerOverride[key] ?? q.speaker.flatMap({ byRef[GlobalActor.Ref(article: article.id, actor: $0)] })
                else { continue }
                actors[i].quoteCount += 1
                quotedIn[i, default: []].insert(article.id)
                if actors[i].isSessionActor && actors[i].firstArticle.isEmpty {
                    actors[i].firstArticle = article.id
                    actors[i].firstOffset = (q.source ?? q.extent).start
                }
            }
        }
        for (i, extra) in quotedIn {
            let have = Set(actors[i].articles)
            guard !extra.isSubset(of: have) else { continue }
            actors[i].articles = have.union(extra).sorted { articleIndex[$0]! < articleIndex[$1]! }
        }
    }

    /// The global actor for an article's local actor id.
    public func actor(article: String, local: String) -> GlobalActor? {
        byRef[GlobalActor.Ref(article: article, actor: local)].map { actors[$0] }
    }

    /// Who said a quote, after the analyst's corrections.
    public func speaker(of quote: Quote, in article: String) -> GlobalActor? {
        if let i = speakerOverride[QuoteKey(article: article, quote: quote.id)] { return actors[i] }
        return quote.speaker.flatMap { actor(article: article, local: $0) }
    }

    /// True when the analyst gave the quote another speaker (`attribute`).
    public func isAttributed(_ quote: Quote, in article: String) -> Bool {
        speakerOverride[QuoteKey(article: article, quote: quote.id)] != nil
    }

    /// True when the analyst dismissed the quote (not a quote, or not worth keeping).
    public func isDismissed(_ quote: Quote, in article: String) -> Bool {
        dismissed.contains(QuoteKey(article: article, quote: quote.id))
    }

    /// The actor an anchor points at now (after renames, merges, a re-analysis), if any.
    public func actor(for anchor: ActorAnchor) -> GlobalActor? {
        for place in anchor.places {
            guard let i = articleIndex[place.article] else { continue }
            let a = articles[i].analysis
            let hit = (a.actors + a.places).first { $0.mentions.contains { $0.overlaps(place.span) } }
            if let hit, let g = actor(article: place.article, local: hit.id) { return g }
        }
        let key = NameKey(anchor.name)
        let named = actors.filter { NameKey($0.name) == key }
        return named.count == 1 ? named[0] : nil
    }

    /// The article and quote an anchor points at now, if any.
    public func quote(for anchor: QuoteAnchor) -> (Article, Quote)? {
        guard let key = CorrectionReplayer.findQuote(anchor, articles: articles, index: articleIndex), let i = articleIndex[key.article],
              let q = articles[i].analysis.quotes.first(where: { $0.id == key.quote }) else { return nil }
        return (articles[i], q)
    }

    /// An anchor for an actor of this directory: its name and its first mention in up to
    /// eight of its articles.
    public func anchor(for actor: GlobalActor) -> ActorAnchor {
        var places: [ActorAnchor.Place] = []
        var seen = Set<String>()
        for ref in actor.refs where seen.insert(ref.article).inserted && places.count < ActorAnchor.maxPlaces {
            guard let i = articleIndex[ref.article], let local = articles[i].analysis.actor(id: ref.actor),
                  let first = local.mentions.first else { continue }
            places.append(ActorAnchor.Place(article: ref.article, span: first))
        }
        return ActorAnchor(name: actor.name, places: places)
    }

    /// Finds the actor a user means, trying in turn: the full name; then the name, an alias or a whole word of the name (a surname); then a prefix
    /// of the name, of one of its words, or of an alias; then words of a role ("mayor"). Case, accents and honorifics do not
    /// count. Several matches at one step are an error naming them ("Hale" when Tom Hale and
    /// Anna Hale are both in scope); none at all suggests the nearest names.
    public func resolve(_ typed: String) throws -> GlobalActor {
        switch lookup(typed) {
        case .found(let a): return a
        case .ambiguous(let e), .unknown(let e): throw e
        }
    }

    /// What `resolve` finds, telling "several actors" apart from "no actor" (`attribute` makes
    /// a new actor only in the second case).
    public enum Lookup {
        case found(GlobalActor)
        case ambiguous(DossierError)
        case unknown(DossierError)
    }

    /// `NAME@ARTICLE` looks only at the actors of that article: the one way to name an actor
    /// called by a surname that others share ("Hale@river").
    public func lookup(_ typed: String) -> Lookup {
        var pool = Array(actors.indices)
        var typed = typed
        if let at = typed.lastIndex(of: "@"), at != typed.startIndex {
            let article = String(typed[typed.index(after: at)...])
            pool = pool.filter { actors[$0].articles.contains(article) }
            if pool.isEmpty {
                return .unknown(DossierError("no actor in article '\(article)'", hint: "NAME@ARTICLE takes an article id"))
            }
            typed = String(typed[..<at])
        }
        let key = NameKey(typed)
        guard !key.isEmpty else {
            return .unknown(DossierError("'\(typed)' is not a name", hint: "'actors' lists who is in the articles"))
        }
        let names = actors.map { a in (NameKey(a.name), a.aliases.filter(\.looksLikeProperName).map(NameKey.init)) }
        let steps: [(Int) -> Bool] = [
            // The full name first; one word too ("WikiLeaks" before "WikiLeaks activist"), unless
            // it is another person's surname ("Hale" with Tom Hale in scope stays ambiguous).
            { i in names[i].0 == key && (key.words.count > 1 || !pool.contains { j in
                j != i && actors[j].type == .person && names[j].0.words.last == key.words[0] }) },
            { names[$0].0 == key || names[$0].1.contains(key)
                || (key.words.count == 1 && names[$0].0.words.contains(key.words[0])) },
            { names[$0].0.isPrefixed(by: key) || names[$0].1.contains { $0.isPrefixed(by: key) } },
            // A fuller name than the article gives: "Hillary Clinton" for the "Clinton" it names,
            // then for a person it calls "Hillary" only; not for a person whose own full name
            // has another first name ("Barack Obama" is not Michelle Obama, called "Obama" too).
            { i in !otherFirstName(names[i].0, key)
                && ([names[i].0] + names[i].1).contains { $0.words.count < key.words.count && key.words.suffix($0.words.count) == $0.words[...] } },
            { i in actors[i].type == .person && names[i].0.words.count == 1 && key.words.count > 1 && key.words[0] == names[i].0.words[0] },
            // Last, a role or description: "mayor", "the minister".
            { i in (actors[i].roles + actors[i].aliases).contains { NameKey($0).contains(words: key) } },
        ]
        for step in steps {
            var found = pool.filter(step)
            // "Trump" with Donald Trump and Trump University in scope: the one person of that surname.
            if found.count > 1, key.words.count == 1 {
                let people = found.filter { actors[$0].type == .person && names[$0].0.words.last == key.words[0] }
                if people.count == 1 { found = people }
            }
            if found.count == 1 { return .found(actors[found[0]]) }
            if found.count > 1 { return .ambiguous(ambiguity(typed, found.map { actors[$0] })) }
        }
        var candidates = actors.map(\.name)
        for a in actors { candidates += NameKey(a.name).words.count > 1 ? [String(a.name.split(separator: " ").last!)] : [] }
        let near = suggestions(for: key.text, among: candidates).compactMap { s in
            actors.first { $0.name == s || $0.name.hasSuffix(" " + s) }?.name
        }
        var seen = Set<String>()
        let unique = near.filter { seen.insert($0).inserted }
        return .unknown(DossierError("no actor '\(typed)' in scope",
                                     hint: unique.isEmpty ? "'actors' lists who is in the articles"
                                         : "did you mean \(unique.map { "\"\($0)\"" }.joined(separator: " or "))?"))
    }

    /// Two names of two words or more with the same last word and different first words.
    private func otherFirstName(_ name: NameKey, _ typed: NameKey) -> Bool {
        name.words.count >= 2 && typed.words.count >= 2 && name.words.last == typed.words.last && name.words.first != typed.words.first
    }

    /// The actor a word names exactly: its full name, a proper-name alias, or a surname only
    /// one actor has. Nil otherwise (`note` uses it to tell a subject from the note's text).
    public func exactMatch(_ typed: String) -> GlobalActor? {
        let key = NameKey(typed)
        guard !key.isEmpty else { return nil }
        let found = actors.filter { a in
            NameKey(a.name) == key || a.aliases.contains { $0.looksLikeProperName && NameKey($0) == key }
                || (key.words.count == 1 && a.type == .person && NameKey(a.name).last == key.words[0])
        }
        return found.count == 1 ? found[0] : nil
    }


    private func ambiguity(_ typed: String, _ found: [GlobalActor]) -> DossierError {
        let shown = found.prefix(5).map { a -> String in
            let detail = a.roles.first ?? a.type.rawValue
            return "\(a.name) (\(detail))"
        }
        let more = found.count > 5 ? " and \(found.count - 5) more" : ""
        // An actor named exactly what was typed cannot be typed more fully: name its article.
        let exact = found.first { NameKey($0.name) == NameKey(typed) && !$0.articles.isEmpty }
        let hint = exact.map { "type more of the name, or \(shellQuoted("\(typed)@\($0.articles[0])")) for the \(typed) of \($0.articles[0])" }
            ?? "type more of the name, e.g. \(shellQuoted(found[0].name))"
        return DossierError("'\(typed)' could be \(shown.joined(separator: ", "))\(more)", hint: hint)
    }
}

/// One article's actor, as the merger sees it.
struct ActorEntry {
    var article: String
    var actor: Actor
    var key: NameKey
    /// Keys of `actor.aliases`, in order, and whether each alias looks like a proper name.
    var aliasKeys: [NameKey]
    var aliasIsProper: [Bool]

    init(article: String, actor: Actor) {
        self.article = article; self.actor = actor
        self.key = NameKey(actor.name)
        self.aliasKeys = actor.aliases.map(NameKey.init)
        self.aliasIsProper = actor.aliases.map(\.looksLikeProperName)
    }
}

