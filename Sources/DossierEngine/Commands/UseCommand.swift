/// `use ID…` / `use all`: choose the articles the analysis commands look at.
struct UseCommand: Command {
    static let spec = CommandSpec(
        name: "use", aliases: ["scope"], group: "articles",
        summary: "limit the analysis commands to some articles ('use all' to undo)",
        discussion: """
        'actors', 'actor' and 'quotes' look only at the articles in scope. Without arguments, \
        'use' shows the current scope; the prompt shows it too (dossier[…:2/4]> means 2 of 4 \
        articles). Articles loaded later join the scope only after 'use all'. An unknown id \
        leaves the scope as it was.
        """,
        arguments: [ArgumentSpec("ID", "article ids (unique prefixes are enough), or 'all'", arity: .many, completion: .articles)],
        examples: ["use harbour-vote", "use harbour-vote minister-review; quotes Okafor", "use", "use all"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ids = inv.values("ID")
        if ids.isEmpty { return .message(describe(ctx.workspace)) }
        if ids.map({ $0.lowercased() }).contains("all") {
            guard ids.count == 1 else { throw DossierError.usage(spec, "'all' cannot be mixed with article ids") }
            ctx.workspace.scope = nil
            return .message(describe(ctx.workspace))
        }
        guard !ctx.workspace.articles.isEmpty else {
            throw DossierError("no articles loaded", hint: "load one with 'load PATH', or try 'demo'")
        }
        let chosen = try ids.map { try ctx.workspace.resolveArticle($0).id }
        var seen = Set<String>()
        ctx.workspace.scope = chosen.filter { seen.insert($0).inserted }
        return .message(describe(ctx.workspace))
    }

    static func describe(_ ws: Workspace) -> String {
        guard let scope = ws.scope else {
            return "Scope: all \(ws.articles.count) article\(ws.articles.count == 1 ? "" : "s")."
        }
        return "Scope: \(scope.count) of \(ws.articles.count) articles (\(scope.joined(separator: ", ")))."
    }
}
