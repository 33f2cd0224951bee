/// `open NAME|PATH`: replace the workspace with a saved session.
struct OpenCommand: Command {
    static let spec = CommandSpec(
        name: "open", group: "session",
        summary: "open a saved session in place of the current one",
        discussion: """
        Restores everything the session held: articles and their analysis (not analysed \
        again), corrections, notes, scopes, settings and the command history. If the analyser \
        has changed since the session was saved, the articles are analysed again and the \
        corrections replayed; you are told, and told of any correction that no longer applies. \
        A file that is not a session, is damaged or comes from a newer Dossier is refused and \
        nothing already loaded is lost. Unsaved changes ask first at the terminal (a warning \
        in scripts). A session open in another dossier process opens read-only.
        """,
        arguments: [ArgumentSpec("NAME", "session name, or a path to a .dossier file", completion: .sessions)],
        examples: ["open libya-talks", "open ./exports/budget.dossier", "sessions; open budget"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let path = try ctx.engine.sessionLocator.path(for: inv.argument("NAME")!)
        var warnings: [DossierError] = []
        let name = SessionLocator.name(ofPath: path)
        guard var result = try ctx.engine.openSession(at: path, proceed: {
            ctx.engine.confirmLosingChanges("Open '\(name)'", warnings: &warnings)
        }) else {
            return .message("Not opened.")
        }
        result.warnings = warnings + result.warnings
        return result
    }
}
