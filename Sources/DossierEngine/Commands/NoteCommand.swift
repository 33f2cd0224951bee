/// `note [ACTOR|QUOTE|ARTICLE] TEXT`: write down what the analyst thinks.
struct NoteCommand: Command {
    static let spec = CommandSpec(
        name: "note", group: "corrections",
        summary: "attach a note to an actor, a quote, an article or the session",
        discussion: """
        The first word says what the note is about when it is a quote id (bridge:q2), an \
        article id, or exactly an actor's name, alias or surname (quote a name with spaces); \
        otherwise the whole line is a note on the session. --actor, --quote and --article say it \
        explicitly. Notes are kept in the session and shown by 'notes' and in 'export report'; \
        a note on an actor or quote follows it through renames and re-analysis. Notes are not \
        corrections: 'undo' leaves them; 'note --delete N' removes note N.
        """,
        arguments: [ArgumentSpec("SUBJECT", "actor, quote id or article id (optional)", arity: .optional, completion: .actors),
                    ArgumentSpec("TEXT", "the note", arity: .rest)],
        options: [OptionSpec("actor", value: "NAME", "the note is about this actor", completion: .actors),
                  OptionSpec("quote", value: "ID", "the note is about this quote", completion: .quotes),
                  OptionSpec("article", value: "ID", "the note is about this article", completion: .articles),
                  OptionSpec("delete", value: "N", "remove note N (see 'notes')")],
        examples: ["note Varga check her title with the council", "note bridge:q2 said at the press conference, not the vote",
                   "note harbour-vote published before the vote", "note Ask the agency for the repair costs",
                   "note --actor \"Tom Hale\" seat up for election in May", "note --delete 2"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ws = ctx.workspace
        if let raw = inv.option("delete") {
            guard let n = Int(raw), let i = ws.notes.firstIndex(where: { $0.id == n }) else {
                throw DossierError("no note \(raw)", hint: "'notes' lists them with their numbers")
            }
            let gone = ws.notes.remove(at: i)
            return .message("Deleted note \(n): \(DismissCommand.excerpt(gone.text))")
        }
        var words = [inv.argument("SUBJECT"), inv.argument("TEXT")].compactMap { $0 }
        let explicit = ["actor", "quote", "article"].filter { inv.option($0) != nil }
        if explicit.count > 1 { throw DossierError.usage(spec, "give one of --actor, --quote, --article") }
        var note = Note(id: (ws.notes.map(\.id).max() ?? 0) + 1, target: .session, subject: "", text: "", createdAt: ctx.timestamp)
        let directory = ws.actorDirectory(for: ws.scopedArticles, includePlaces: true)
        if let name = inv.option("actor") {
            let a = try directory.resolve(name)
            (note.target, note.subject, note.actor) = (.actor, a.name, directory.anchor(for: a))
        } else if let id = inv.option("quote") {
            let q = try ctx.resolveQuote(id)
            (note.target, note.subject, note.quote) = (.quote, q.id, q.anchor)
        } else if let id = inv.option("article") {
            (note.target, note.subject) = (.article, try ws.resolveArticle(id).id)
        } else if words.count == 2, let first = words.first {
            if first.contains(":"), let q = try? ctx.resolveQuote(first) {
                (note.target, note.subject, note.quote) = (.quote, q.id, q.anchor)
            } else if let a = ws.article(id: first) {
                (note.target, note.subject) = (.article, a.id)
            } else if let a = directory.exactMatch(first) {
                (note.target, note.subject, note.actor) = (.actor, a.name, directory.anchor(for: a))
            }
            if note.target != .session { words.removeFirst() }
        }
        note.text = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !note.text.isEmpty else { throw DossierError.usage(spec, "'note' needs the TEXT of the note") }
        ws.notes.append(note)
        let about = note.target == .session ? "on the session" : "on \(note.target.rawValue) \(note.subject)"
        return .message("Note \(note.id) \(about).")
    }
}
