/// `undo`: remove the last correction.
struct UndoCommand: Command {
    static let spec = CommandSpec(
        name: "undo", group: "corrections",
        summary: "take back the last correction (merge, rename, alias, split, attribute, dismiss, restore)",
        discussion: """
        Removes the newest entry of the correction log and says which it was; run it again to \
        go further back. Notes are not corrections: 'note --delete N' removes a note.
        """,
        examples: ["undo", "corrections; undo"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        guard let last = ctx.workspace.corrections.last else {
            throw DossierError("nothing to undo: there are no corrections", hint: "'corrections' lists them")
        }
        ctx.workspace.corrections.removeLast()
        let left = ctx.workspace.corrections.count
        return .message("Undid: \(last.command) (\(left) correction\(left == 1 ? "" : "s") left).")
    }
}
