/// `unload ID…`: remove articles from the session.
struct UnloadCommand: Command {
    static let spec = CommandSpec(
        name: "unload", aliases: ["rm"], group: "articles",
        summary: "remove articles from the session ('unload all' for every one)",
        discussion: """
        The articles leave the session and the scope; the files on disk are not touched. Every \
        id is checked first: if one is unknown, nothing is removed.
        """,
        arguments: [ArgumentSpec("ID", "article ids (unique prefixes are enough), or 'all'", arity: .oneOrMore,
                                 completion: .articles)],
        examples: ["unload minister-review", "unload harbour wetlands", "unload all"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ids = inv.values("ID")
        if ids.map({ $0.lowercased() }) == ["all"] {
            let n = ctx.workspace.articles.count
            for a in ctx.workspace.articles { ctx.workspace.remove(id: a.id) }
            return .message("Unloaded \(n) article\(n == 1 ? "" : "s").")
        }
        let articles = try ids.map { try ctx.workspace.resolveArticle($0) }
        var seen = Set<String>()
        let unique = articles.filter { seen.insert($0.id).inserted }
        for a in unique { ctx.workspace.remove(id: a.id) }
        let left = ctx.workspace.articles.count
        return .message("Unloaded \(unique.map(\.id).joined(separator: ", ")); \(left) article\(left == 1 ? "" : "s") left.")
    }
}
