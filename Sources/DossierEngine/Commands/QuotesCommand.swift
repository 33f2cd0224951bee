import Foundation
import DossierAnalysis

/// `quotes [ACTOR] [--direct|--indirect] [--grep TEXT]`: who said what.
struct QuotesCommand: Command {
    static let spec = CommandSpec(
        name: "quotes", aliases: ["said"], group: "analysis",
        summary: "list quotations and reported speech with their speakers",
        discussion: """
        Each quote shows its speaker, the cue that introduces it ("said", "told reporters", \
        "according to"), its article and paragraph, and what was said. Direct quotes are in \
        quotation marks, wholly or partly, including block quotes signed on their own line; \
        indirect ones are reported speech. A quote split by its attribution is shown as its \
        parts joined by " … ". ACTOR is matched like 'actor NAME': any alias, a surname, the \
        start of a name, or a role, whatever the case. A speaker the analysis could not tie \
        to an actor shows, in tables, the words that name it in brackets: "(a senior official)".

        The QUOTE column holds the id that 'attribute', 'dismiss', 'restore' and 'note' take \
        (ARTICLE:qN). Corrections apply: a quote given another speaker with 'attribute' shows \
        that speaker, and dismissed quotes are left out ('quotes --dismissed' lists them).
        """,
        arguments: [ArgumentSpec("ACTOR", "only this actor's quotes (any alias, surname or unique prefix)",
                                 arity: .rest, completion: .actors)],
        options: [OptionSpec("direct", short: "d", "only quotations in marks"),
                  OptionSpec("indirect", short: "i", "only reported speech"),
                  OptionSpec("grep", short: "g", value: "TEXT", "only quotes containing TEXT (ignoring case and accents)"),
                  OptionSpec("article", short: "a", value: "ID", "only quotes from this article", completion: .articles),
                  OptionSpec("dismissed", "only the quotes dismissed with 'dismiss'")],
        examples: ["quotes", "quotes Okafor", "quotes --direct --grep mudflats", "quotes \"Priya Raman\" --indirect",
                   "quotes --article wetlands-study --format markdown", "dossier -c \"load news/; quotes --format jsonl\" | jq -r .speaker | sort | uniq -c"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        if inv.flag("direct") && inv.flag("indirect") {
            throw DossierError.usage(spec, "--direct and --indirect exclude each other")
        }
        var articles = try ctx.requireArticles()
        if let id = inv.option("article") {
            let a = try ctx.workspace.resolveArticle(id)
            guard articles.contains(where: { $0.id == a.id }) else {
                throw DossierError("article '\(a.id)' is not in scope", hint: "'use all' brings every article back into scope")
            }
            articles = [a]
        }
        // Names resolve against the whole scope, so `--article` cannot make a name ambiguous or unknown.
        let directory = ctx.workspace.actorDirectory(for: try ctx.requireArticles())
        var views = QuoteView.all(in: articles, directory: directory, includeDismissed: inv.flag("dismissed"))
        if inv.flag("dismissed") { views = views.filter(\.dismissed) }
        var title: String? = nil
        if let typed = inv.argument("ACTOR") {
            let actor = try directory.resolve(typed)
            views = views.filter { $0.isSpoken(by: actor) }
            title = "Quotes of \(actor.name)"
        }
        if inv.flag("direct") { views = views.filter { $0.quote.direct } }
        if inv.flag("indirect") { views = views.filter { !$0.quote.direct } }
        if let g = inv.option("grep") {
            views = views.filter { $0.text.range(of: g, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        }
        return CommandResult(sections: [RecordSet(key: "quotes", title: title,
                                                  columns: QuoteView.columns(withSpeaker: title == nil),
                                                  records: views.map(\.record))])
    }
}
