/// `rename A NEW`: give an actor the name the analyst prefers.
struct RenameCommand: Command {
    static let spec = CommandSpec(
        name: "rename", group: "corrections",
        summary: "give an actor another name (the old one stays as an alias)",
        discussion: """
        The new name shows everywhere: 'actors', 'quotes', exports, 'sql'. The old name stays \
        an alias, so it still finds the actor. Kept in the session and replayed after a \
        re-analysis; 'undo' takes it back.
        """,
        arguments: [ArgumentSpec("A", "the actor (any alias, surname or unique prefix)", completion: .actors),
                    ArgumentSpec("NEW", "its new name", arity: .rest)],
        examples: ["rename Varga \"Lena Varga\"", "rename TA Transport Agency of Kestrel Bay"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let directory = try ctx.correctionDirectory()
        let a = try directory.resolve(inv.argument("A")!)
        guard let new = inv.argument("NEW")?.trimmingCharacters(in: .whitespaces), !new.isEmpty else {
            throw DossierError.usage(spec, "'rename' needs the NEW name")
        }
        if new == a.name { throw DossierError("\(a.name) already has that name") }
        if let other = directory.actors.first(where: { $0.id != a.id && NameKey($0.name) == NameKey(new) }) {
            throw DossierError("another actor is already called \(other.name)",
                               hint: "if they are one actor: merge \(shellQuoted(other.name)) \(shellQuoted(a.name))")
        }
        try ctx.addCorrection(CorrectionEntry(kind: .rename, actors: [directory.anchor(for: a)], text: new, createdAt: ctx.timestamp))
        return .message("Renamed \(a.name) to \(new).")
    }
}
