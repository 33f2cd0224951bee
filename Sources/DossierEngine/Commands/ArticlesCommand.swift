import DossierAnalysis

/// `articles`: the loaded articles with their figures.
struct ArticlesCommand: Command {
    static let spec = CommandSpec(
        name: "articles", aliases: ["ls"], group: "articles",
        summary: "list the loaded articles (* marks those in scope)",
        examples: ["articles", "articles --format csv"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let inScope = Set(ctx.workspace.scopedArticles.map(\.id))
        let records = ctx.workspace.articles.map { a -> Record in
            var r = record(a)
            r["in_scope"] = .bool(inScope.contains(a.id))
            return r
        }
        return CommandResult(sections: [recordSet(records)])
    }

    static func record(_ a: Article) -> Record {
        let an = a.analysis
        return Record(["id": .string(a.id), "title": Value(a.title ?? firstLine(an)), "date": Value(a.date),
                       "source": Value(a.source), "url": Value(a.url), "origin": Value(a.origin),
                       "words": .int(a.wordCount), "paragraphs": .int(an.document.paragraphs.count),
                       "actors": .int(an.actors.count), "quotes": .int(an.quotes.count)])
    }

    static func recordSet(_ records: [Record]) -> RecordSet {
        RecordSet(key: "articles", columns: [Column("id", "ID"), Column("title", "TITLE", wraps: true), Column("date", "DATE"),
                                             Column("words", "WORDS"), Column("actors", "ACTORS"), Column("quotes", "QUOTES")],
                  records: records)
    }

    /// The first line of the text, shortened, for articles without a title.
    static func firstLine(_ an: Analysis) -> String {
        guard let p = an.document.paragraphs.first else { return "" }
        let line = an.text[p.span]
        return line.count > 80 ? String(line.prefix(79)) + "…" : line
    }
}
