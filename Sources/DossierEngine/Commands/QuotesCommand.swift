import DossierAnalysis

/// `quotes [ACTOR] [--direct|--indirect] [--grep TEXT]`: who said what.
struct QuotesCommand: Command {
    static let spec = CommandSpec(
        name: "quotes", aliases: ["said"], group: "analysis",
        summary: "list quotations and reported speech with their speakers",
        discussion: "Direct quotes are in quotation marks (wholly or partly); indirect ones are reported speech.",
        arguments: [ArgumentSpec("ACTOR", "only this actor's quotes (any alias, case-insensitive, unique prefix)",
                                 arity: .rest, completion: .actors)],
        options: [OptionSpec("direct", "only quotations in marks"),
                  OptionSpec("indirect", "only reported speech"),
                  OptionSpec("grep", short: "g", value: "TEXT", "only quotes containing TEXT (case-insensitive)"),
                  OptionSpec("article", short: "a", value: "ID", "only quotes from this article", completion: .articles)],
        examples: ["quotes", "quotes Guterres", "quotes --direct --grep offensive", "quotes \"Dmitry Peskov\" --format json"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        var articles = try ctx.requireArticles()
        if let id = inv.option("article") {
            let a = try ctx.workspace.resolveArticle(id)
            articles = [a]
        }
        let directory = ActorDirectory(articles)
        var views = QuoteView.all(in: articles, directory: directory)
        var title: String? = nil
        if let typed = inv.argument("ACTOR") {
            let actor = try directory.resolve(typed)
            let refs = Set(actor.refs)
            views = views.filter { v in v.quote.speaker.map { refs.contains(GlobalActor.Ref(article: v.article.id, actor: $0)) } ?? false }
            title = "Quotes of \(actor.name)"
        }
        if inv.flag("direct") && inv.flag("indirect") {
            throw DossierError.usage(spec, "--direct and --indirect exclude each other")
        }
        if inv.flag("direct") { views = views.filter { $0.quote.direct } }
        if inv.flag("indirect") { views = views.filter { !$0.quote.direct } }
        if let g = inv.option("grep")?.lowercased() { views = views.filter { $0.text.lowercased().contains(g) } }
        return CommandResult(sections: [RecordSet(key: "quotes", title: title,
                                                  columns: QuoteView.columns(withSpeaker: title == nil),
                                                  records: views.map(\.record))])
    }
}
