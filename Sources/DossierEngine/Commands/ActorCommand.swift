import DossierAnalysis

/// `actor NAME`: one actor's profile: aliases, roles, mentions in context, what they said.
struct ActorCommand: Command {
    static let spec = CommandSpec(
        name: "actor", aliases: ["profile"], group: "analysis",
        summary: "profile of one actor: aliases, roles, mentions in context, quotes",
        arguments: [ArgumentSpec("NAME", "actor name (any alias, case-insensitive, unique prefix)", arity: .rest, completion: .actors)],
        options: [OptionSpec("context", value: "N", "characters of context around each mention (default 40)")],
        examples: ["actor Guterres", "actor \"Khalifa Haftar\" --format json", "actor peskov"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let articles = try ctx.requireArticles()
        guard let typed = inv.argument("NAME") else { throw DossierError.usage(spec, "'actor' needs a NAME") }
        let directory = ActorDirectory(articles, includePlaces: true)
        let actor = try directory.resolve(typed)
        let width = try inv.intOption("context") ?? 40
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        var mentions: [Record] = []
        for ref in actor.refs {
            guard let art = byID[ref.article], let local = art.analysis.actor(id: ref.actor) else { continue }
            for m in local.mentions {
                let t = art.text
                let before = t[Span(max(0, m.start - width), m.start)]
                let after = t[Span(m.end, min(t.count, m.end + width))]
                mentions.append(Record(["article": .string(art.id),
                                        "paragraph": .int((art.analysis.document.paragraphIndex(at: m.start) ?? 0) + 1),
                                        "mention": .string(t[m]),
                                        "context": .string("…\(before)[\(t[m])]\(after)…"),
                                        "span": .array([.int(m.start), .int(m.end)])]))
            }
        }
        let refs = Set(actor.refs)
        let quotes = QuoteView.all(in: articles, directory: directory).filter { v in
            v.quote.speaker.map { refs.contains(GlobalActor.Ref(article: v.article.id, actor: $0)) } ?? false
        }
        return CommandResult(sections: [
            RecordSet(key: "mentions", title: "Mentions", columns: [Column("article", "ARTICLE"), Column("paragraph", "¶"),
                                                                   Column("context", "CONTEXT", wraps: true)], records: mentions),
            RecordSet(key: "quotes", title: "What \(actor.name) said", columns: QuoteView.columns(withSpeaker: false),
                      records: quotes.map(\.record)),
        ], fields: Record(["actor": .object(ActorsCommand.record(actor))]))
    }
}

