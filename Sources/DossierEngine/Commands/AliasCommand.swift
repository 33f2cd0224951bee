/// `alias A TEXT`: another name for an actor.
struct AliasCommand: Command {
    static let spec = CommandSpec(
        name: "alias", group: "corrections",
        summary: "add another name for an actor (an actor called exactly that joins it)",
        discussion: """
        TEXT then finds the actor in 'actor', 'quotes' and Tab completion, and is listed among \
        its aliases. If another actor is called exactly TEXT, the analyst is saying they are the \
        same: it joins A (as with 'merge'). Kept in the session; 'undo' takes it back.
        """,
        arguments: [ArgumentSpec("A", "the actor (any alias, surname or unique prefix)", completion: .actors),
                    ArgumentSpec("TEXT", "the other name", arity: .rest)],
        examples: ["alias \"Lena Varga\" the mayor of Kestrel Bay", "alias \"Tom Hale\" Hale"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let directory = try ctx.correctionDirectory()
        let a = try directory.resolve(inv.argument("A")!)
        guard let text = inv.argument("TEXT")?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw DossierError.usage(spec, "'alias' needs the TEXT of the alias")
        }
        let key = NameKey(text)
        let joining = directory.actors.filter { $0.id != a.id && NameKey($0.name) == key }
        if joining.isEmpty && (NameKey(a.name) == key || a.aliases.contains(where: { NameKey($0) == key })) {
            throw DossierError("'\(text)' is already a name of \(a.name)")
        }
        try ctx.addCorrection(CorrectionEntry(kind: .alias, actors: [directory.anchor(for: a)], text: text, createdAt: ctx.timestamp))
        let joined = joining.isEmpty ? "" : "; the actor called \(text) (\(joining.flatMap(\.articles).joined(separator: ", "))) joins it"
        return .message("'\(text)' is now a name of \(a.name)\(joined).")
    }
}
