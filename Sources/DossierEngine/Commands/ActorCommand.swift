import DossierAnalysis

/// `actor NAME`: one actor's profile: aliases, roles, mentions in context, what they said.
struct ActorCommand: Command {
    static let spec = CommandSpec(
        name: "actor", aliases: ["profile"], group: "analysis",
        summary: "profile of one actor: aliases, roles, mentions in context, quotes",
        discussion: """
        NAME is matched forgivingly: the full name, any alias, a surname, the start of any of \
        them, or else a role, whatever the case or accents ("okafor", "Helen O", "lindq", \
        "mayor"). When it could be \
        several actors, the error lists them; type more of the name, in quotes when it has \
        spaces. A name with spaces may also be typed without quotes.
        """,
        arguments: [ArgumentSpec("NAME", "actor name (any alias, surname or unique prefix; case-insensitive)",
                                 arity: .rest, completion: .actors)],
        options: [OptionSpec("context", short: "c", value: "N", "characters of context around each mention (default 50)")],
        examples: ["actor Okafor", "actor \"Marcus Lindqvist\" --format json", "actor lindq --context 80", "actor mayor",
                   "actor Friends of Kestrel Bay"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let articles = try ctx.requireArticles()
        guard let typed = inv.argument("NAME") else { throw DossierError.usage(spec, "'actor' needs a NAME") }
        let radius = try inv.intOption("context") ?? 50
        guard (0...1000).contains(radius) else { throw DossierError.usage(spec, "--context is from 0 to 1000") }
        let directory = ctx.workspace.actorDirectory(for: articles, includePlaces: true)
        let actor = try directory.resolve(typed)
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        var mentions: [Record] = []
        for ref in actor.refs {
            guard let art = byID[ref.article], let local = art.analysis.actor(id: ref.actor) else { continue }
            for m in local.mentions {
                mentions.append(Record(["article": .string(art.id),
                                        "paragraph": .int((art.analysis.document.paragraphIndex(at: m.start) ?? 0) + 1),
                                        "mention": .string(art.text[m]),
                                        "context": .string(Snippet.around(m, in: art.analysis, radius: radius)),
                                        "span": .array([.int(m.start), .int(m.end)])]))
            }
        }
        let quotes = QuoteView.all(in: articles, directory: directory).filter { $0.isSpoken(by: actor) }
        var profile = ActorsCommand.record(actor)
        profile["article_ids"] = nil
        profile["articles"] = Value(actor.articles)
        return CommandResult(sections: [
            RecordSet(key: "mentions", title: "Mentions of \(actor.name)",
                      columns: [Column("article", "ARTICLE", isKey: true), Column("paragraph", "¶"), Column("context", "CONTEXT", wraps: true)],
                      records: mentions, preview: 30),
            RecordSet(key: "quotes", title: "What \(actor.name) said", columns: QuoteView.columns(withSpeaker: false),
                      records: quotes.map(\.record)),
        ], fields: Record(["actor": .object(profile)]))
    }
}
