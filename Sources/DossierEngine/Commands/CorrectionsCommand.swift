/// `corrections`: the correction log, and whether each entry still applies.
struct CorrectionsCommand: Command {
    static let spec = CommandSpec(
        name: "corrections", group: "corrections",
        summary: "list the corrections made in this session, oldest first",
        discussion: """
        Each correction as a command with full names, when it was made, and whether it applies \
        to the current analysis: after a re-analysis, or after the article it names was \
        unloaded, a correction may no longer find its actor or quote; it is then listed with \
        the reason and left in the log (it does nothing). 'undo' removes the last one.
        """,
        examples: ["corrections", "corrections --format json"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let outcomes = ctx.workspace.fullDirectory.outcomes
        let records = zip(ctx.workspace.corrections, outcomes).enumerated().map { n, pair in
            Record(["n": .int(n + 1), "kind": .string(pair.0.kind.rawValue), "command": .string(pair.0.command),
                    "made": .string(pair.0.createdAt), "status": .string(pair.1.failure.map { "not applied: \($0)" } ?? "applied")])
        }
        let messages = records.isEmpty ? ["No corrections yet: merge, rename, alias, split, attribute, dismiss and restore make them."] : []
        return CommandResult(sections: [RecordSet(key: "corrections", columns: [
            Column("n", "#"), Column("command", "CORRECTION", wraps: true), Column("status", "STATUS", wraps: true),
            Column("made", "MADE")], records: records)], messages: messages)
    }
}
