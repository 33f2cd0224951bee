import DossierAnalysis

/// `attribute QUOTE ACTOR`: fix who said something.
struct AttributeCommand: Command {
    static let spec = CommandSpec(
        name: "attribute", group: "corrections",
        summary: "give a quote another speaker (a new actor if the name is not known)",
        discussion: """
        QUOTE is the id in the QUOTE column of 'quotes' (ARTICLE:qN). ACTOR is matched like \
        'actor NAME'; a name that matches no actor becomes a new actor of the session (a \
        person, unless --type says otherwise), because the analyst may know a speaker the \
        analysis missed. The quote then counts for that actor in 'actors', 'actor', 'quotes' \
        and every export. Kept in the session, replayed after a re-analysis (the quote is found \
        again by its place in the text); 'undo' takes it back.
        """,
        arguments: [ArgumentSpec("QUOTE", "quote id, ARTICLE:qN", completion: .quotes),
                    ArgumentSpec("ACTOR", "the speaker (any alias, surname or unique prefix, or a new name)",
                                 arity: .rest, completion: .actors)],
        options: [OptionSpec("type", short: "t", value: "TYPE", "type of a new actor: person (default), organization, country, group",
                             completion: .values(ActorType.allCases.map(\.rawValue)))],
        examples: ["attribute bridge:q3 \"Tom Hale\"", "attribute ferry:q1 Anna", "attribute river:q1 Nadia Petrova",
                   "attribute wetlands-study:q4 Kestrel Bay Trust --type organization"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let quote = try ctx.resolveQuote(inv.argument("QUOTE")!)
        guard let typed = inv.argument("ACTOR")?.trimmingCharacters(in: .whitespaces), !typed.isEmpty else {
            throw DossierError.usage(spec, "'attribute' needs the ACTOR who said it")
        }
        var type: ActorType? = nil
        if let raw = inv.option("type") {
            guard let t = ActorType(rawValue: raw.lowercased()) ?? ActorType.allCases.first(where: { $0.rawValue.hasPrefix(raw.lowercased()) })
            else { throw DossierError("unknown actor type '\(raw)'", hint: "types: \(ActorType.allCases.map(\.rawValue).joined(separator: ", "))") }
            type = t
        }
        let directory = ctx.workspace.actorDirectory(for: ctx.workspace.scopedArticles, includePlaces: true)
        let anchor: ActorAnchor
        var created = false
        switch directory.lookup(typed) {
        case .found(let actor):
            if quote.speaker?.name == actor.name && quote.speaker != nil {
                throw DossierError("\(quote.id) is already attributed to \(actor.name)")
            }
            if type != nil { throw DossierError.usage(spec, "--type is for a new actor; \(actor.name) exists") }
            anchor = directory.anchor(for: actor)
        case .ambiguous(let e):
            throw e
        case .unknown:
            anchor = ActorAnchor(name: typed)
            created = true
        }
        try ctx.addCorrection(CorrectionEntry(kind: .attribute, actors: [anchor], quote: quote.anchor,
                                              newActorType: created ? (type ?? .person) : nil, createdAt: ctx.timestamp))
        let was = quote.speaker.map { " (was \($0.name))" } ?? ""
        return .message("\(quote.id) is now attributed to \(anchor.name)\(was)"
                        + (created ? "; \(anchor.name) is a new \((type ?? .person).rawValue) of this session." : "."))
    }
}
