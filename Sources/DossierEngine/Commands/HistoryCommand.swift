/// `history [N]`: the lines run in this session.
struct HistoryCommand: Command {
    static let spec = CommandSpec(
        name: "history", group: "shell",
        summary: "list the commands run in this session",
        discussion: """
        Every line typed or run in this session, oldest first, numbered. At the terminal, \
        Up/Down and Ctrl-R also reach lines from earlier sessions.
        """,
        arguments: [ArgumentSpec("N", "show only the last N lines", arity: .optional)],
        examples: ["history", "history 5", "history --format csv"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        var lines = Array(ctx.engine.history.dropLast())   // not this 'history' line itself
        if let raw = inv.argument("N") {
            guard let n = Int(raw), n >= 0 else { throw DossierError.usage(spec, "N must be a number, not '\(raw)'") }
            lines = Array(lines.suffix(n))
        }
        let offset = ctx.engine.history.count - 1 - lines.count
        let records = lines.enumerated().map { Record(["n": .int(offset + $0.offset + 1), "command": .string($0.element)]) }
        return CommandResult(sections: [RecordSet(key: "history", columns: [Column("n", "#"), Column("command", "COMMAND", wraps: true)],
                                                  records: records)])
    }
}
