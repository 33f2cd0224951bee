import DossierAnalysis

/// `actors [--type T] [--speaking] [--all]`: who is in the articles in scope.
struct ActorsCommand: Command {
    static let spec = CommandSpec(
        name: "actors", aliases: ["who"], group: "analysis",
        summary: "list the people, organisations, countries and groups in scope",
        arguments: [],
        options: [OptionSpec("type", short: "t", value: "TYPE", "only this type: person, organization, country, group",
                             completion: .values(ActorType.allCases.map(\.rawValue))),
                  OptionSpec("speaking", short: "s", "only actors who are quoted"),
                  OptionSpec("all", "also list places that are only locations")],
        examples: ["actors", "actors --type person --speaking", "actors --format json"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let articles = try ctx.requireArticles()
        var actors = ActorDirectory(articles, includePlaces: inv.flag("all")).actors
        if let raw = inv.option("type") {
            guard let t = ActorType(rawValue: raw.lowercased()) ?? ActorType.allCases.first(where: { $0.rawValue.hasPrefix(raw.lowercased()) }) else {
                throw DossierError("unknown actor type '\(raw)'", hint: "types: \(ActorType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            actors = actors.filter { $0.type == t }
        }
        if inv.flag("speaking") { actors = actors.filter { $0.quoteCount > 0 } }
        return CommandResult(sections: [RecordSet(key: "actors", columns: [
            Column("name", "NAME"), Column("type", "TYPE"), Column("roles", "ROLES", wraps: true),
            Column("mentions", "MENTIONS"), Column("quotes", "QUOTES"), Column("articles", "ARTICLES")],
            records: actors.map(record))])
    }

    static func record(_ a: GlobalActor) -> Record {
        Record(["name": .string(a.name), "type": .string(a.type.rawValue), "roles": Value(a.roles),
                "affiliation": Value(a.affiliation), "aliases": Value(a.aliases), "mentions": .int(a.mentionCount),
                "quotes": .int(a.quoteCount), "articles": .int(Set(a.refs.map(\.article)).count),
                "first_seen": .string("\(a.firstArticle):\(a.firstOffset)")])
    }
}
