/// `use ID…` / `use all` / `use NAME`: choose the articles the analysis commands look at.
struct UseCommand: Command {
    static let spec = CommandSpec(
        name: "use", aliases: ["scope"], group: "articles",
        summary: "limit the analysis commands to some articles ('use all' to undo)",
        discussion: """
        'actors', 'actor' and 'quotes' look only at the articles in scope. Without arguments, \
        'use' shows the current scope; the prompt shows it too (dossier[…:2/4]> means 2 of 4 \
        articles). Articles loaded later join the scope only after 'use all'. An unknown id \
        leaves the scope as it was.

        --save NAME keeps the scope (after applying any ids given) under a name stored in the \
        session; 'use NAME' brings it back, 'scopes' lists them. The scope in force is saved \
        with the session too.
        """,
        arguments: [ArgumentSpec("ID", "article ids (unique prefixes are enough), 'all', or a saved scope name",
                                 arity: .many, completion: .articles)],
        options: [OptionSpec("save", value: "NAME", "keep the resulting scope under NAME")],
        examples: ["use harbour-vote", "use harbour-vote minister-review; quotes Okafor", "use", "use all",
                   "use harbour-vote dockers-union --save port", "use port"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ws = ctx.workspace
        let ids = inv.values("ID")
        var messages: [String] = []
        if ids.count == 1, ws.article(id: ids[0]) == nil, let saved = ws.savedScopes[ids[0]] {
            let present = saved.filter { ws.article(id: $0) != nil }
            guard !present.isEmpty else {
                throw DossierError("none of the articles of scope '\(ids[0])' is loaded", hint: "'scopes' lists the saved scopes")
            }
            ws.scope = present
            if present.count < saved.count { messages.append("\(saved.count - present.count) of its articles are no longer loaded.") }
        } else if ids.map({ $0.lowercased() }).contains("all") {
            guard ids.count == 1 else { throw DossierError.usage(spec, "'all' cannot be mixed with article ids") }
            ws.scope = nil
        } else if !ids.isEmpty {
            guard !ws.articles.isEmpty else {
                throw DossierError("no articles loaded", hint: "load one with 'load PATH', or try 'demo'")
            }
            let chosen = try ids.map { try ws.resolveArticle($0).id }
            var seen = Set<String>()
            ws.scope = chosen.filter { seen.insert($0).inserted }
        }
        if let name = inv.option("save") {
            try ScopesCommand.validate(name, ws)
            ws.savedScopes[name] = ws.scope ?? ws.articles.map(\.id)
            messages.append("Saved this scope as '\(name)': 'use \(name)' brings it back.")
        }
        return CommandResult(messages: [describe(ws)] + messages)
    }

    static func describe(_ ws: Workspace) -> String {
        guard let scope = ws.scope else {
            return "Scope: all \(ws.articles.count) article\(ws.articles.count == 1 ? "" : "s")."
        }
        return "Scope: \(scope.count) of \(ws.articles.count) articles (\(scope.joined(separator: ", ")))."
    }
}
