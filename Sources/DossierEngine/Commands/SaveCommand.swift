/// `save [NAME|PATH] [--force]`: write the session to its file.
struct SaveCommand: Command {
    static let spec = CommandSpec(
        name: "save", group: "session",
        summary: "save the session: articles, analysis, corrections, notes, scopes, settings, history",
        discussion: """
        Without NAME, saves to the session's own file (the prompt shows '*' while there are \
        unsaved changes). NAME is a session name in the sessions folder ('sessions' shows \
        where); a path with a '/' (./work/budget.dossier) saves anywhere. Saving is atomic: \
        a save interrupted at any moment leaves the previous file intact. Saving over a \
        different session that exists asks first at the terminal, and needs --force in a \
        script. A session open in another dossier process cannot be saved over.
        """,
        arguments: [ArgumentSpec("NAME", "session name, or a path ending in .dossier", arity: .optional, completion: .sessions)],
        options: [OptionSpec("force", short: "f", "replace a different session of that name without asking")],
        examples: ["save libya-talks", "save", "save ./exports/budget.dossier", "save budget --force"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let path = try inv.argument("NAME").map { try ctx.engine.sessionLocator.path(for: $0) }
        guard let saved = try ctx.engine.saveSession(to: path, force: inv.flag("force")) else {
            return .message("Not saved.")
        }
        let ws = ctx.workspace
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return .message("Saved '\(ws.sessionName)' (\(count(ws.articles.count, "article")), "
                        + "\(count(ws.corrections.count, "correction")), \(count(ws.notes.count, "note"))) to \(saved).")
    }
}
