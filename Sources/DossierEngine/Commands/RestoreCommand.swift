/// `restore QUOTE`: bring back a dismissed quote.
struct RestoreCommand: Command {
    static let spec = CommandSpec(
        name: "restore", group: "corrections",
        summary: "bring back a quote hidden with 'dismiss'",
        discussion: "'quotes --dismissed' lists the dismissed quotes with their ids.",
        arguments: [ArgumentSpec("QUOTE", "quote id, ARTICLE:qN", completion: .quotes)],
        examples: ["restore bridge:q4"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let quote = try ctx.resolveQuote(inv.argument("QUOTE")!)
        guard quote.dismissed else { throw DossierError("\(quote.id) is not dismissed", hint: "'quotes --dismissed' lists those that are") }
        try ctx.addCorrection(CorrectionEntry(kind: .restore, quote: quote.anchor, createdAt: ctx.timestamp))
        return .message("Restored \(quote.id): \(DismissCommand.excerpt(quote.text)).")
    }
}
