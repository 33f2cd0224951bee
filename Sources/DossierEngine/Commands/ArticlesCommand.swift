import DossierAnalysis

/// `articles`: the loaded articles with their figures.
struct ArticlesCommand: Command {
    static let spec = CommandSpec(
        name: "articles", aliases: ["ls"], group: "articles",
        summary: "list the loaded articles with their words, actors and quotes",
        discussion: """
        The ID column is what 'show', 'use', 'unload' and 'quotes --article' take (a unique \
        prefix is enough). When 'use' has narrowed the scope, an IN SCOPE column shows which \
        articles the analysis commands look at.
        """,
        examples: ["articles", "articles --format csv", "dossier -c \"load news/; articles --format json\" | jq -r '.articles[].id'"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let inScope = Set(ctx.workspace.scopedArticles.map(\.id))
        let records = ctx.workspace.articles.map { a -> Record in
            var r = record(a)
            r["in_scope"] = .bool(inScope.contains(a.id))
            return r
        }
        var set = recordSet(records)
        if ctx.workspace.scope != nil { set.columns.append(Column("in_scope", "IN SCOPE")) }
        let messages = ctx.workspace.articles.isEmpty ? ["No articles loaded: 'load PATH' reads some, 'demo' loads examples."] : []
        return CommandResult(sections: [set], messages: messages)
    }

    static func record(_ a: Article) -> Record {
        let an = a.analysis
        return Record(["id": .string(a.id), "title": Value(a.title ?? firstLine(an)), "date": Value(a.date),
                       "source": Value(a.source), "url": Value(a.url), "origin": Value(a.origin),
                       "words": .int(a.wordCount), "paragraphs": .int(an.document.paragraphs.count),
                       "actors": .int(an.actors.count), "quotes": .int(an.quotes.count)])
    }

    static func recordSet(_ records: [Record]) -> RecordSet {
        RecordSet(key: "articles", columns: [Column("id", "ID", isKey: true), Column("title", "TITLE", wraps: true), Column("date", "DATE"),
                                             Column("words", "WORDS"), Column("actors", "ACTORS"), Column("quotes", "QUOTES")],
                  records: records)
    }

    /// The first line of the text, shortened, for articles without a title.
    static func firstLine(_ an: Analysis) -> String {
        guard let p = an.document.paragraphs.first else { return "" }
        let line = an.text[p.span].split(separator: "\n").first.map(String.init) ?? ""
        return line.count > 120 ? String(line.prefix(119)) + "…" : line
    }
}
