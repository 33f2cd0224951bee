import Foundation

/// `sessions`: the saved sessions in the sessions folder.
struct SessionsCommand: Command {
    static let spec = CommandSpec(
        name: "sessions", group: "session",
        summary: "list the saved sessions with their articles, size and last save",
        discussion: """
        The sessions folder is ./Sessions when the working directory has one, else \
        $XDG_DATA_HOME/dossier/sessions (~/.local/share/dossier/sessions). The open session is \
        marked; a file that cannot be opened is listed with the reason. 'open NAME' opens one.
        """,
        examples: ["sessions", "sessions --format json"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let locator = ctx.engine.sessionLocator
        let open = ctx.workspace.sessionPath
        let records = locator.list().map { path -> Record in
            let s = SessionStore.summary(path: path)
            let status: String
            if let p = s.problem { status = "unreadable: \(p)" }
            else if Engine.canonicalPath(path) == open { status = ctx.workspace.isDirty ? "open, unsaved changes" : "open" }
            else if SessionLock.isHeldElsewhere(session: path) { status = "open in another process" }
            else { status = "" }
            return Record(["name": .string(s.name), "articles": Value(s.articles), "size": .string(byteSize(s.bytes)),
                           "bytes": .int(s.bytes), "saved": Value(s.savedAt.map(shortDate)), "status": .string(status),
                           "path": .string(path)])
        }
        let messages = records.isEmpty ? ["No saved sessions in \(locator.directory): 'save NAME' saves one."]
            : ["Sessions in \(locator.directory)."]
        return CommandResult(sections: [RecordSet(key: "sessions", columns: [
            Column("name", "NAME", isKey: true), Column("articles", "ARTICLES"), Column("size", "SIZE"),
            Column("saved", "LAST SAVED"), Column("status", "", wraps: true)], records: records)], messages: messages)
    }

    static func byteSize(_ n: Int) -> String {
        if n < 1024 { return "\(n) B" }
        if n < 1024 * 1024 { return String(format: "%.0f KB", Double(n) / 1024) }
        return String(format: "%.1f MB", Double(n) / 1_048_576)
    }

    /// `2026-11-25T10:00:00Z` → `2026-11-25 10:00` (UTC).
    static func shortDate(_ iso: String) -> String {
        iso.count >= 16 ? iso.prefix(10) + " " + iso.dropFirst(11).prefix(5) : iso
    }
}
