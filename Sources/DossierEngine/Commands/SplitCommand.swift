/// `split A ALIAS`: undo a wrong merge.
struct SplitCommand: Command {
    static let spec = CommandSpec(
        name: "split", group: "corrections",
        summary: "take a wrongly merged name (or article) out of an actor",
        discussion: """
        When the analysis (or a 'merge') joined two people, 'split' takes out the parts of A \
        named ALIAS (their name first, else one of their aliases, else an article id) and makes \
        them an actor of their own, with their mentions and quotes. 'actor A' shows which names \
        and articles A is made of. Kept in the session; 'undo' takes it back.
        """,
        arguments: [ArgumentSpec("A", "the actor (any alias, surname or unique prefix)", completion: .actors),
                    ArgumentSpec("ALIAS", "the name (or article id) to take out", arity: .rest)],
        examples: ["split \"Lena Varga\" Varga", "split \"Tom Hale\" ferry"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let directory = try ctx.correctionDirectory()
        let a = try directory.resolve(inv.argument("A")!)
        guard let alias = inv.argument("ALIAS")?.trimmingCharacters(in: .whitespaces), !alias.isEmpty else {
            throw DossierError.usage(spec, "'split' needs the ALIAS to take out")
        }
        try ctx.addCorrection(CorrectionEntry(kind: .split, actors: [directory.anchor(for: a)], text: alias, createdAt: ctx.timestamp))
        return .message("Split \(alias) from \(a.name); it is now an actor of its own.")
    }
}
