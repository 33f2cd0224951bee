/// `unload ID…`: remove articles from the session.
struct UnloadCommand: Command {
    static let spec = CommandSpec(
        name: "unload", aliases: ["rm"], group: "articles",
        summary: "remove articles from the session",
        arguments: [ArgumentSpec("ID", "article ids, or 'all'", arity: .oneOrMore, completion: .articles)],
        examples: ["unload tripoli", "unload all"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ids = inv.values("ID")
        if ids == ["all"] {
            let n = ctx.workspace.articles.count
            for a in ctx.workspace.articles { ctx.workspace.remove(id: a.id) }
            return .message("Unloaded \(n) article\(n == 1 ? "" : "s").")
        }
        let articles = try ids.map { try ctx.workspace.resolveArticle($0) }
        for a in articles { ctx.workspace.remove(id: a.id) }
        return .message("Unloaded \(articles.map(\.id).joined(separator: ", ")).")
    }
}
