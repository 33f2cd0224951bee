/// `use ID…` / `use all`: choose the articles the analysis commands look at.
struct UseCommand: Command {
    static let spec = CommandSpec(
        name: "use", aliases: ["scope"], group: "articles",
        summary: "limit the analysis commands to some articles ('use all' to undo)",
        arguments: [ArgumentSpec("ID", "article ids, or 'all'", arity: .many, completion: .articles)],
        examples: ["use tripoli", "use tripoli budget-vote", "use all"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ids = inv.values("ID")
        if ids.isEmpty {
            let scoped = ctx.workspace.scopedArticles.map(\.id)
            return .message(ctx.workspace.scope == nil ? "Scope: all \(scoped.count) articles." : "Scope: \(scoped.joined(separator: ", ")).")
        }
        if ids.map({ $0.lowercased() }) == ["all"] {
            ctx.workspace.scope = nil
            return .message("Scope: all \(ctx.workspace.articles.count) articles.")
        }
        let chosen = try ids.map { try ctx.workspace.resolveArticle($0).id }
        var seen = Set<String>()
        ctx.workspace.scope = chosen.filter { seen.insert($0).inserted }
        return .message("Scope: \(ctx.workspace.scope!.joined(separator: ", ")).")
    }
}
