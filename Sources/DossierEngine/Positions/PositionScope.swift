import Foundation
import DossierAnalysis

/// The options the position commands share (`--article`, `--since`, `--until`, `--topic`) and
/// what they select: the articles whose statements count, the directory names resolve in, and
/// the positions model built over them.
struct PositionScope {
    let book: PositionBook
    let directory: ActorDirectory
    /// The articles whose statements count.
    let articles: [Article]
    /// Topic indices in scope (one with `--topic`).
    let topics: [Int]
    /// What the filters left out, for the user.
    var notes: [String] = []

    static let options: [OptionSpec] = [
        OptionSpec("topic", short: "t", value: "TOPIC", "only this topic (its id, e.g. t1, or words of its name)", completion: .topics),
        OptionSpec("article", short: "a", value: "ID", "only statements from this article", completion: .articles),
        OptionSpec("since", value: "DATE", "only articles dated on or after DATE (YYYY-MM-DD)"),
        OptionSpec("until", value: "DATE", "only articles dated on or before DATE (YYYY-MM-DD)"),
    ]

    init(_ inv: Invocation, _ ctx: CommandContext) throws {
        let scoped = try ctx.requireArticles()
        var articles = scoped
        if let id = inv.option("article") {
            let a = try ctx.workspace.resolveArticle(id)
            guard scoped.contains(where: { $0.id == a.id }) else {
                throw DossierError("article '\(a.id)' is not in scope", hint: "'use all' brings every article back into scope")
            }
            articles = [a]
        }
        let since = try inv.option("since").map { try Self.date($0, "since", inv.spec) }
        let until = try inv.option("until").map { try Self.date($0, "until", inv.spec) }
        if since != nil || until != nil {
            let before = articles.count
            articles = articles.filter { a in
                guard let d = a.date.map({ String($0.prefix(10)) }), d.count == 10 else { return false }
                return (since.map { d >= $0 } ?? true) && (until.map { d <= $0 } ?? true)
            }
            let undated = scoped.filter { $0.date == nil }.count
            if articles.isEmpty {
                throw DossierError("no article in scope is dated within the dates given",
                                   hint: undated > 0 ? "\(undated) article(s) have no date; 'articles' shows the dates" : "'articles' shows the dates")
            }
            if articles.count < before { notes.append("\(articles.count) of \(before) articles are within the dates given.") }
        }
        self.articles = articles
        directory = ctx.workspace.actorDirectory(for: scoped)
        book = PositionBook(articles: articles, directory: directory)
        if let t = inv.option("topic") { topics = [try book.resolveTopic(t)] } else { topics = Array(book.topics.indices) }
    }

    /// One side of a comparison: an actor, or a topic the actors take stances on.
    enum Side: Equatable {
        case actor(GlobalActor)
        case topic(Int)
        /// Words the articles use that name no actor or topic ("the establishment", "rich
        /// Republican donors"): compared by the statements aimed at them.
        case phrase(String)

        static func == (a: Side, b: Side) -> Bool {
            switch (a, b) {
            case (.actor(let x), .actor(let y)): return x.id == y.id
            case (.topic(let x), .topic(let y)): return x == y
            case (.phrase(let x), .phrase(let y)): return x.lowercased() == y.lowercased()
            default: return false
            }
        }
    }

    /// An actor as typed, or else a topic of that name ("the media"), or else words the articles
    /// in scope use ("the establishment"); the actor's error when none fits.
    func side(_ typed: String) throws -> Side {
        do {
            return .actor(try actor(typed))
        } catch let error as DossierError {
            guard case .unknown = directory.lookup(typed) else { throw error }
            // "the chamber's Republican majority", "Britain's Parliament": a name given with
            // its owner before it is the actor the analysis names exactly so without the owner
            // (a capitalised name: "Trump's children" is no "children" of another's).
            if let owned = Self.ownedName(typed), owned.first?.isUppercase == true, case .found(let a) = directory.lookup(owned),
               case let key = NameKey(owned), NameKey(a.name) == key || a.aliases.contains(where: { NameKey($0) == key }) {
                return .actor(a)
            }
            if let t = try? book.resolveTopic(typed) { return .topic(t) }
            guard Self.phraseKey(typed).count >= 3, articles.contains(where: { Self.phraseKey($0.text.string).contains(Self.phraseKey(typed)) })
            else { throw error }
            return .phrase(typed)
        }
    }

    /// What follows the last possessive of a typed name ("Republican majority" in "the
    /// chamber's Republican majority"), nil when it has none or nothing follows it.
    static func ownedName(_ typed: String) -> String? {
        let t = typed.replacingOccurrences(of: "’", with: "'")
        guard let r = t.range(of: "'s ", options: .backwards) ?? t.range(of: "s' ", options: .backwards) else { return nil }
        let rest = t[r.upperBound...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }

    /// Lower case, curly apostrophes straight, a leading article dropped: how a typed phrase
    /// is looked for in the text.
    static func phraseKey(_ s: String) -> String {
        var t = s.lowercased().replacingOccurrences(of: "’", with: "'")
        for det in ["the ", "a ", "an "] where t.hasPrefix(det) { t = String(t.dropFirst(det.count)) }
        return t
    }

    func name(of side: Side) -> String {
        switch side {
        case .actor(let a): return a.name
        case .topic(let t): return book.topics[t].name
        case .phrase(let p): return p
        }
    }

    /// An actor as typed; when the name fits several actors but one of them is the person the
    /// others belong to ("Haftar": Khalifa Haftar, and forces loyal to Khalifa Haftar), that one.
    func actor(_ typed: String) throws -> GlobalActor {
        switch directory.lookup(typed) {
        case .found(let a): return a
        case .unknown(let e): throw e
        case .ambiguous(let e):
            let key = NameKey(typed)
            let candidates = directory.actors.filter { NameKey($0.name).contains(words: key) || $0.aliases.contains { NameKey($0) == key } }
            let owners = candidates.filter { c in
                c.type == .person && NameKey(c.name).words.last == key.words.last
                    && candidates.allSatisfy { x in x.id == c.id || book.folded(c).contains { $0.id == x.id } }
            }
            if owners.count == 1 { return owners[0] }
            throw e
        }
    }

    private static func date(_ raw: String, _ option: String, _ spec: CommandSpec) throws -> String {
        let parts = raw.split(separator: "-")
        guard raw.count == 10, parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
              let m = Int(parts[1]), (1...12).contains(m), let d = Int(parts[2]), (1...31).contains(d) else {
            throw DossierError.usage(spec, "--\(option) takes a date as YYYY-MM-DD, not '\(raw)'")
        }
        return raw
    }
}
