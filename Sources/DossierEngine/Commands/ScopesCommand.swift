/// `scopes [--delete NAME]`: the scopes saved with `use --save NAME`.
struct ScopesCommand: Command {
    static let spec = CommandSpec(
        name: "scopes", group: "articles",
        summary: "list the named scopes saved with 'use --save NAME'",
        discussion: "'use NAME' makes a saved scope the current one; --delete NAME forgets one.",
        options: [OptionSpec("delete", value: "NAME", "forget the scope NAME")],
        examples: ["scopes", "scopes --delete port"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ws = ctx.workspace
        if let name = inv.option("delete") {
            guard ws.savedScopes.removeValue(forKey: name) != nil else {
                throw DossierError("no scope '\(name)'", hint: "'scopes' lists the saved scopes")
            }
            return .message("Forgot the scope '\(name)'.")
        }
        let records = ws.savedScopes.keys.sorted().map { name in
            Record(["name": .string(name), "articles": .int(ws.savedScopes[name]!.count), "ids": Value(ws.savedScopes[name]!)])
        }
        return CommandResult(sections: [RecordSet(key: "scopes", columns: [
            Column("name", "NAME", isKey: true), Column("articles", "ARTICLES"), Column("ids", "IDS", wraps: true)], records: records)],
                             messages: records.isEmpty ? ["No saved scopes: 'use ID… --save NAME' saves one."] : [])
    }

    static func validate(_ name: String, _ ws: Workspace) throws {
        guard !name.isEmpty, !name.contains(where: { $0.isWhitespace }), name.lowercased() != "all" else {
            throw DossierError("'\(name)' cannot name a scope", hint: "one word, not 'all'")
        }
        if ws.article(id: name) != nil {
            throw DossierError("'\(name)' is an article id", hint: "choose a scope name that is not an article id")
        }
    }
}
