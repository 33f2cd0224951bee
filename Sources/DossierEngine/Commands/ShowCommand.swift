import DossierAnalysis

/// `show ID [--paragraph N]`: an article's text (or some paragraphs), with its metadata.
struct ShowCommand: Command {
    static let spec = CommandSpec(
        name: "show", aliases: ["cat"], group: "articles",
        summary: "print an article, or some of its paragraphs",
        discussion: """
        Prints the article's title, date, source and URL when known, then its paragraphs, \
        numbered as 'quotes' and 'actor' number them (the ¶ column), so a quote can be read in \
        its context. ID may be a unique prefix of the article id.
        """,
        arguments: [ArgumentSpec("ID", "article id (a unique prefix is enough)", completion: .articles)],
        options: [OptionSpec("paragraph", short: "p", value: "N", "only paragraph N, or paragraphs N-M (from 1)")],
        examples: ["show harbour-vote", "show wetlands --paragraph 6", "show dockers -p 4-6", "show minister-review --format markdown"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let article = try ctx.workspace.resolveArticle(inv.argument("ID")!)
        let paragraphs = article.analysis.document.paragraphs
        var chosen = paragraphs
        if let raw = inv.option("paragraph") {
            let range = try paragraphRange(raw, count: paragraphs.count, article: article.id)
            chosen = Array(paragraphs[(range.lowerBound - 1)..<range.upperBound])
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

    /// `N` or `N-M`, checked against the article's paragraphs.
    static func paragraphRange(_ raw: String, count: Int, article: String) throws -> ClosedRange<Int> {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), let first = parts[0], let last = parts.count == 2 ? parts[1] : first else {
            throw DossierError.usage(spec, "--paragraph takes a number or a range like 3-5, not '\(raw)'")
        }
        guard count > 0 else { throw DossierError("\(article) has no paragraphs") }
        guard first >= 1, last <= count, first <= last else {
            throw DossierError("\(article) has paragraphs 1 to \(count), not \(raw)",
                               hint: "'show \(article)' prints them all")
        }
        return first...last
    }
}
