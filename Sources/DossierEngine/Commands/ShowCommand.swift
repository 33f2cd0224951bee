import DossierAnalysis

/// `show ID [--paragraph N]`: an article's text (or one paragraph), with its metadata.
struct ShowCommand: Command {
    static let spec = CommandSpec(
        name: "show", aliases: ["cat"], group: "articles",
        summary: "print an article, or one of its paragraphs",
        arguments: [ArgumentSpec("ID", "article id (a unique prefix is enough)", completion: .articles)],
        options: [OptionSpec("paragraph", short: "p", value: "N", "only paragraph N (from 1)")],
        examples: ["show tripoli", "show tripoli --paragraph 3"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let article = try ctx.workspace.resolveArticle(inv.argument("ID")!)
        let paragraphs = article.analysis.document.paragraphs
        var chosen = paragraphs
        if let n = try inv.intOption("paragraph") {
            guard n >= 1, n <= paragraphs.count else {
                throw DossierError("\(article.id) has paragraphs 1 to \(paragraphs.count), not \(n)")
            }
            chosen = [paragraphs[n - 1]]
        }
        let records = chosen.map { p in
            Record(["article": .string(article.id), "paragraph": .int(p.index + 1), "text": .string(article.text[p.span])])
        }
        var fields = Record(["id": .string(article.id)])
        if let t = article.title { fields["title"] = .string(t) }
        if let d = article.date { fields["date"] = .string(d) }
        if let s = article.source { fields["source"] = .string(s) }
        if let u = article.url { fields["url"] = .string(u) }
        return CommandResult(sections: [RecordSet(key: "paragraphs", columns: [Column("paragraph", "¶"), Column("text", "TEXT", wraps: true)],
                                                  records: records)],
                             fields: fields)
    }
}
