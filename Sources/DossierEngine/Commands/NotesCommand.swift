/// `notes [SUBJECT]`: the notes of the session.
struct NotesCommand: Command {
    static let spec = CommandSpec(
        name: "notes", group: "corrections",
        summary: "list the notes, or those about one actor, quote or article",
        discussion: """
        ABOUT shows what each note is about as it is now: a note on an actor follows its \
        renames and merges, a note on a quote follows it through a re-analysis (and says so \
        when it can no longer be found).
        """,
        arguments: [ArgumentSpec("SUBJECT", "only notes about this actor, quote id or article id", arity: .rest,
                                 completion: .actors)],
        examples: ["notes", "notes Varga", "notes bridge:q2", "notes --format markdown"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let ws = ctx.workspace
        let directory = ws.fullDirectory
        var notes = ws.notes
        let about = notes.map { current(of: $0, directory) }
        var keep = Array(notes.indices)
        if let typed = inv.argument("SUBJECT") {
            let wanted: String
            if typed.contains(":") { wanted = "quote " + (try ctx.resolveQuote(typed)).id }
            else if let a = ws.article(id: typed) { wanted = "article " + a.id }
            else { wanted = "actor " + (try ws.actorDirectory(for: ws.scopedArticles, includePlaces: true).resolve(typed)).name }
            keep = keep.filter { about[$0] == wanted }
        }
        notes = keep.map { notes[$0] }
        let records = keep.map { i in
            Record(["n": .int(ws.notes[i].id), "about": .string(about[i]), "note": .string(ws.notes[i].text),
                    "made": .string(ws.notes[i].createdAt)])
        }
        return CommandResult(sections: [RecordSet(key: "notes", columns: [
            Column("n", "#"), Column("about", "ABOUT"), Column("note", "NOTE", wraps: true)], records: records)],
                             messages: ws.notes.isEmpty ? ["No notes yet: 'note TEXT' writes one."] : [])
    }

    /// What a note is about now: `actor NAME`, `quote ID`, `article ID` or `session`.
    static func current(of note: Note, _ directory: ActorDirectory) -> String {
        switch note.target {
        case .session: return "session"
        case .article: return "article \(note.subject)"
        case .actor:
            return "actor " + (note.actor.flatMap { directory.actor(for: $0)?.name } ?? "\(note.subject) (no longer found)")
        case .quote:
            guard let anchor = note.quote else { return "quote \(note.subject)" }
            if let (a, q) = directory.quote(for: anchor) { return "quote \(a.id):\(q.id)" }
            return "quote \(note.subject) (no longer found)"
        }
    }
}
