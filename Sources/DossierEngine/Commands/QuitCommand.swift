/// `quit`: leave the shell.
struct QuitCommand: Command {
    static let spec = CommandSpec(
        name: "quit", aliases: ["exit", "q"], group: "shell",
        summary: "leave the shell (Ctrl-D does the same)",
        examples: ["quit"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        ctx.engine.wantsQuit = true
        return .empty
    }
}
