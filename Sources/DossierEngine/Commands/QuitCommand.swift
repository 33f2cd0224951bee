/// `quit`: leave the shell.
struct QuitCommand: Command {
    static let spec = CommandSpec(
        name: "quit", aliases: ["exit", "q"], group: "shell",
        summary: "leave the shell (Ctrl-D does the same)",
        discussion: """
        In a script, stops it there; the lines after 'quit' are not run. With unsaved changes \
        (the prompt shows '*'), asks first at the terminal; a script gets a warning. --force \
        quits without asking.
        """,
        options: [OptionSpec("force", short: "f", "quit without asking about unsaved changes")],
        examples: ["quit", "exit", "quit --force"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        var warnings: [DossierError] = []
        if !inv.flag("force") && !ctx.engine.confirmLosingChanges("Quit", warnings: &warnings) {
            return .message("Not quitting: 'save' keeps your work, 'quit --force' leaves without saving.")
        }
        ctx.engine.wantsQuit = true
        return CommandResult(warnings: warnings)
    }
}
