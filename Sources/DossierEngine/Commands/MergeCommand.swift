/// `merge A B [--as NAME]`: the analyst says two actors are one.
struct MergeCommand: Command {
    static let spec = CommandSpec(
        name: "merge", group: "corrections",
        summary: "make two actors one (B joins A), optionally under a new name",
        discussion: """
        Use it when the analysis kept apart two names of the same actor ("UN" and "United \
        Nations", a surname in one article and the full name in another). B's mentions and \
        quotes join A, which keeps its name unless --as gives another; B's name becomes an \
        alias. Like every correction it is a layer over the analysis: kept in the session, \
        replayed when the articles are analysed again, undone with 'undo' (or 'split A B').
        """,
        arguments: [ArgumentSpec("A", "the actor that stays (any alias, surname or unique prefix)", completion: .actors),
                    ArgumentSpec("B", "the actor that joins it", completion: .actors)],
        options: [OptionSpec("as", value: "NAME", "name of the merged actor (default: A's name)")],
        examples: ["merge \"Lena Varga\" \"the mayor\"", "merge UN \"United Nations\" --as \"United Nations\"", "merge Okafor Helen"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let directory = try ctx.correctionDirectory()
        let a = try directory.resolve(inv.argument("A")!)
        let b = try directory.resolve(inv.argument("B")!)
        guard a.id != b.id else {
            throw DossierError("'\(inv.argument("A")!)' and '\(inv.argument("B")!)' are already one actor: \(a.name)")
        }
        let name = inv.option("as").map { $0.trimmingCharacters(in: .whitespaces) }
        if name?.isEmpty == true { throw DossierError.usage(spec, "--as needs a name") }
        try ctx.addCorrection(CorrectionEntry(kind: .merge, actors: [directory.anchor(for: a), directory.anchor(for: b)],
                                              text: name, createdAt: ctx.timestamp))
        return .message("Merged \(b.name) into \(a.name)\(name.map { " as \($0)" } ?? ""). 'undo' takes it back.")
    }
}
