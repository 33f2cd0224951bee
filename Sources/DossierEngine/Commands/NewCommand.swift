/// `new [NAME]`: start an empty session.
struct NewCommand: Command {
    static let spec = CommandSpec(
        name: "new", group: "session",
        summary: "start a new, empty session",
        discussion: """
        Clears the articles, corrections, notes, scopes and history (settings stay). With a \
        NAME, 'save' writes the new session under that name. Unsaved changes ask first at the \
        terminal (a warning in scripts).
        """,
        arguments: [ArgumentSpec("NAME", "name for the new session", arity: .optional)],
        examples: ["new", "new budget-2027"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        if let name = inv.argument("NAME") { _ = try ctx.engine.sessionLocator.path(for: name) }
        var warnings: [DossierError] = []
        guard ctx.engine.confirmLosingChanges("Start a new session", warnings: &warnings) else {
            return .message("Kept the current session.")
        }
        try ctx.engine.newSession(named: inv.argument("NAME"))
        return CommandResult(messages: ["New session '\(ctx.workspace.sessionName)'."], warnings: warnings)
    }
}
