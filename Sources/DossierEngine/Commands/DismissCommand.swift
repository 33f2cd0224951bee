/// `dismiss QUOTE`: the analyst says it is not a quote worth keeping.
struct DismissCommand: Command {
    static let spec = CommandSpec(
        name: "dismiss", group: "corrections",
        summary: "hide a quote that is not one (a headline, a title in marks)",
        discussion: """
        The quote leaves 'quotes', 'actor', the counts and the exports; 'quotes --dismissed' \
        lists dismissed quotes and 'restore QUOTE' brings one back. Kept in the session and \
        replayed after a re-analysis.
        """,
        arguments: [ArgumentSpec("QUOTE", "quote id, ARTICLE:qN", completion: .quotes)],
        examples: ["dismiss bridge:q4", "dismiss bridge:q4; quotes --dismissed"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let quote = try ctx.resolveQuote(inv.argument("QUOTE")!)
        if quote.dismissed { throw DossierError("\(quote.id) is already dismissed", hint: "restore \(quote.id) brings it back") }
        try ctx.addCorrection(CorrectionEntry(kind: .dismiss, quote: quote.anchor, createdAt: ctx.timestamp))
        return .message("Dismissed \(quote.id): \(excerpt(quote.text)). 'restore \(quote.id)' brings it back.")
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }
}
