import DossierAnalysis

/// `actors [--type T] [--speaking] [--all]`: who is in the articles in scope.
struct ActorsCommand: Command {
    static let spec = CommandSpec(
        name: "actors", aliases: ["who"], group: "analysis",
        summary: "list the people, organisations, countries and groups in scope",
        discussion: """
        One line per actor across the articles in scope ('use' sets the scope): the same person \
        in three articles is one actor, found by full name, alias or a surname that only one \
        person in scope has; two people who share a surname stay apart. Sorted by number of \
        mentions, most first. Places that are only locations are left out unless --all.
        """,
        options: [OptionSpec("type", short: "t", value: "TYPE", "only this type: person, organization, country, group, place",
                             completion: .values(ActorType.allCases.map(\.rawValue))),
                  OptionSpec("speaking", short: "s", "only actors who are quoted"),
                  OptionSpec("all", "also list places that are only locations"),
                  OptionSpec("sort", value: "KEY", "order by mentions (default), quotes, name or first (appearance)",
                             completion: .values(["mentions", "quotes", "name", "first"]))],
        examples: ["actors", "actors --type person --speaking", "actors -t org --sort name",
                   "actors --all --format csv", "dossier -c \"load news/; actors --format json\" | jq -r '.actors[].name'"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let articles = try ctx.requireArticles()
        var type: ActorType? = nil
        if let raw = inv.option("type") {
            let lower = raw.lowercased()
            guard let t = ActorType(rawValue: lower) ?? ActorType.allCases.first(where: { $0.rawValue.hasPrefix(lower) })
                    ?? (lower == "organisation" ? .organization : nil) else {
                throw DossierError("unknown actor type '\(raw)'",
                                   hint: "types: \(ActorType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            type = t
        }
        var actors = ctx.workspace.actorDirectory(for: articles, includePlaces: inv.flag("all") || type == .place).actors
        if let type { actors = actors.filter { $0.type == type } }
        if inv.flag("speaking") { actors = actors.filter { $0.quoteCount > 0 } }
        actors = try sorted(actors, by: inv.option("sort") ?? "mentions")
        return CommandResult(sections: [RecordSet(key: "actors", columns: [
            Column("name", "NAME"), Column("type", "TYPE"), Column("roles", "ROLES", wraps: true),
            Column("mentions", "MENTIONS"), Column("quotes", "QUOTES"), Column("articles", "ARTICLES")],
            records: actors.map(record))])
    }

    /// Actors in the order asked for; ties keep the order of first appearance.
    static func sorted(_ actors: [GlobalActor], by key: String) throws -> [GlobalActor] {
        let indexed = Array(actors.enumerated())
        let before: ((offset: Int, element: GlobalActor), (offset: Int, element: GlobalActor)) -> Bool
        switch key.lowercased() {
        case "mentions", "m":
            before = { $0.element.mentionCount != $1.element.mentionCount
                ? $0.element.mentionCount > $1.element.mentionCount : $0.offset < $1.offset }
        case "quotes", "q":
            before = { $0.element.quoteCount != $1.element.quoteCount
                ? $0.element.quoteCount > $1.element.quoteCount : $0.offset < $1.offset }
        case "name", "n":
            before = { a, b in
                let x = a.element.name.lowercased(), y = b.element.name.lowercased()
                return x != y ? x < y : a.offset < b.offset
            }
        case "first", "f", "appearance":
            return actors
        default:
            throw DossierError("cannot sort actors by '\(key)'", hint: "sort by mentions, quotes, name or first")
        }
        return indexed.sorted(by: before).map(\.element)
    }

    static func record(_ a: GlobalActor) -> Record {
        Record(["name": .string(a.name), "type": .string(a.type.rawValue), "roles": Value(a.roles),
                "affiliation": Value(a.affiliation), "aliases": Value(a.aliases), "mentions": .int(a.mentionCount),
                "quotes": .int(a.quoteCount), "articles": .int(a.articles.count), "article_ids": Value(a.articles),
                "first_seen": .string("\(a.firstArticle):\(a.firstOffset)")])
    }
}
