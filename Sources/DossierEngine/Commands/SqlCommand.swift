import GRDB

/// `sql 'SELECT …'`: read-only SQL over the session's documented tables.
struct SqlCommand: Command {
    static let spec = CommandSpec(
        name: "sql", group: "session",
        summary: "query the session with read-only SQL (SELECT), shown like any other result",
        discussion: """
        Runs one SELECT (or WITH … SELECT) over a copy of the session as it is now, unsaved \
        work included, in the tables of a session file: articles, actors, mentions, quotes, \
        statements (the analysis, per article); global_actors, actor_names, quote_status, topics, \
        positions, statement_topics (the \
        corrected view the commands show); corrections, notes, scopes, settings, history, \
        meta. Sessions/README.md documents every column. Statements that would write are \
        refused. Put the query in single quotes; --format csv or json gives the rows to other \
        tools.
        """,
        arguments: [ArgumentSpec("QUERY", "one read-only SQL statement", arity: .rest)],
        examples: ["sql 'SELECT name, quotes FROM global_actors ORDER BY quotes DESC LIMIT 10'",
                   "sql 'SELECT speaker, count(*) AS n FROM quote_status WHERE NOT dismissed GROUP BY speaker ORDER BY n DESC'",
                   "sql \"SELECT q.article_id, q.text FROM quotes q JOIN quote_status s USING (article_id, quote_id) WHERE s.speaker = 'Lena Varga'\"",
                   "sql 'SELECT id, title, words FROM articles' --format csv"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        guard let query = inv.argument("QUERY"), !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DossierError.usage(spec, "'sql' needs a QUERY, e.g. sql 'SELECT name FROM global_actors'")
        }
        let db = try database(ctx)
        try db.refreshHistory(ctx.engine.history)
        let (columns, rows) = try db.query(query)
        var unique: [String] = []
        for c in columns {
            var name = c, n = 2
            while unique.contains(name) { name = "\(c)_\(n)"; n += 1 }
            unique.append(name)
        }
        let records = rows.map { row in
            Record(fields: zip(unique, row).map { Record.Field(key: $0, value: value($1)) })
        }
        return CommandResult(sections: [RecordSet(key: "rows", columns: unique.map { Column($0, $0, wraps: true) },
                                                  records: records, preview: 500)],
                             messages: ["\(records.count) row\(records.count == 1 ? "" : "s")."])
    }

    /// The cached copy of the session, rebuilt when the workspace has changed.
    static func database(_ ctx: CommandContext) throws -> SessionQueryDatabase {
        let ws = ctx.workspace
        if let cached = ws.queryDatabase, cached.revision == ws.revision { return cached.database }
        let snap = ctx.engine.snapshot(name: ws.sessionName)
        let db = try SessionQueryDatabase(snapshot: snap, view: SessionWriter.View(articles: ws.articles, directory: ws.fullDirectory))
        ws.queryDatabase = (ws.revision, db)
        return db
    }

    static func value(_ v: DatabaseValue) -> Value {
        switch v.storage {
        case .null: return .null
        case .int64(let i): return .int(Int(i))
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .blob(let b): return .string("<\(b.count) bytes>")
        }
    }
}
