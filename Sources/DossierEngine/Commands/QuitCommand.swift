/// `quit`: leave the shell.
struct QuitCommand: Command {
    static let spec = CommandSpec(
        name: "quit", aliases: ["exit", "q"], group: "shell",
        summary: "leave the shell (Ctrl-D does the same)",
        discussion: "In a script, stops it there; the lines after 'quit' are not run.",
        examples: ["quit", "exit"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        ctx.engine.wantsQuit = true
        return .empty
    }
}
