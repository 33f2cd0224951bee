import DossierAnalysis
import Foundation
import GRDB

/// Writes a snapshot into a session database. Articles are immutable once analysed, so only
/// new or re-analysed articles are written; the small tables (corrections, notes, settings…)
/// are replaced. Everything happens in the caller's transaction.
enum SessionWriter {
    /// Rows describing the corrected view (global actors, the global name of each local actor,
    /// each quote's speaker and status after the corrections), so that `sql` and other SQLite
    /// tools see what the commands show. Derived: never read back.
    struct View: Sendable {
        var actorNames: [(article: String, actor: String, name: String)] = []
        var quoteStatus: [(article: String, quote: String, speaker: String?, attributed: Bool, dismissed: Bool)] = []
        var globalActors: [GlobalActor] = []
        var positions: PositionBook? = nil

        init() {}

        init(articles: [Article], directory: ActorDirectory) {
            globalActors = directory.actors
            positions = PositionBook(articles: articles, directory: directory)
            for a in articles {
                for local in a.analysis.actors + a.analysis.places {
                    if let g = directory.actor(article: a.id, local: local.id) { actorNames.append((a.id, local.id, g.name)) }
                }
                for q in a.analysis.quotes {
                    quoteStatus.append((a.id, q.id, directory.speaker(of: q, in: a.id)?.name,
                                        directory.isAttributed(q, in: a.id), directory.isDismissed(q, in: a.id)))
                }
            }
        }
    }

    /// `withAnalysis: false` leaves the analysis blobs empty (the `sql` copy has no use for them).
    static func write(_ snap: SessionSnapshot, view: View, into db: Database, appVersion: String,
                      withAnalysis: Bool = true) throws {
        var stored: [String: (hash: String, version: String)] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT id, content_hash, analyzer_version FROM articles") {
            stored[r[0]] = (r[1], r[2])
        }
        let keep = Set(snap.articles.map(\.id))
        for id in stored.keys where !keep.contains(id) {
            try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
        }
        for (position, article) in snap.articles.enumerated() {
            let hash = contentHash(article.text.string)
            if let s = stored[article.id], s.hash == hash, s.version == Analyzer.version {
                try db.execute(sql: "UPDATE articles SET position = ?, title = ?, date = ?, source = ?, url = ? WHERE id = ?",
                               arguments: [position, article.title, article.date, article.source, article.url, article.id])
                continue
            }
            if stored[article.id] != nil {
                try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [article.id])
            }
            try insert(article, position: position, hash: hash, withAnalysis: withAnalysis, into: db)
        }
        try replaceSmallTables(snap, view: view, db: db, appVersion: appVersion)
    }

    static func insert(_ article: Article, position: Int, hash: String, withAnalysis: Bool = true, into db: Database) throws {
        let a = article.analysis
        let t = a.text
        try db.execute(sql: """
            INSERT INTO articles (id, position, title, date, source, url, origin, text, content_hash, words, analyzer_version, analysis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [article.id, position, article.title, article.date, article.source, article.url, article.origin,
                             t.string, hash, article.wordCount, Analyzer.version,
                             withAnalysis ? Data(AnalysisCodec.encode(a)) : Data()])
        let actorStmt = try db.cachedStatement(sql: """
            INSERT INTO actors (article_id, actor_id, name, type, roles, affiliation, aliases, mention_count, first_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let mentionStmt = try db.cachedStatement(sql: "INSERT INTO mentions (article_id, actor_id, start, \"end\", text) VALUES (?, ?, ?, ?, ?)")
        for actor in a.actors + a.places {
            try actorStmt.execute(arguments: [article.id, actor.id, actor.name, actor.type.rawValue,
                                              SessionStore.encodeJSON(actor.roles), actor.affiliation,
                                              SessionStore.encodeJSON(actor.aliases), actor.mentions.count, actor.firstMention])
            for m in actor.mentions {
                try mentionStmt.execute(arguments: [article.id, actor.id, m.start, m.end, t[m]])
            }
        }
        let quoteStmt = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_id, quote_id, paragraph, kind, direct, speaker_id, source, cue, text, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for q in a.quotes {
            try quoteStmt.execute(arguments: [article.id, q.id, q.paragraph + 1, q.kind.rawValue, q.direct, q.speaker,
                                              q.source.map { t[$0] }, q.cue.map { t[$0] }, t.joined(q.content),
                                              SessionStore.encodeJSON(q.content.map { [$0.start, $0.end] })])
        }
        let stStmt = try db.cachedStatement(sql: """
            INSERT INTO statements (article_id, statement_id, actor_id, quote_id, meaning, negated, modality, target, stance,
                                    strength, paragraph, evidence, cue, target_actor_id, frame)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for s in a.statements {
            try stStmt.execute(arguments: [article.id, s.id, s.actor, s.quote, s.meaning.rawValue, s.negated,
                                           s.modality.rawValue, s.target, s.stance.rawValue, s.strength, s.paragraph + 1,
                                           t[s.evidence], s.cue.map { t[$0] }, s.targetActor, s.frame])
        }
    }

    static func replaceSmallTables(_ snap: SessionSnapshot, view: View, db: Database, appVersion: String) throws {
        for table in ["meta", "corrections", "notes", "scopes", "settings", "history", "global_actors", "actor_names",
                      "quote_status", "topics", "positions", "statement_topics"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        let now = ISO8601DateFormatter().string(from: Date())
        let meta: [(String, String)] = [("format", SessionSchema.format), ("schema", String(SessionSchema.knownMigrations.count)),
                                        ("name", snap.name), ("analyzer_version", Analyzer.version),
                                        ("app_version", appVersion), ("saved_at", now)]
        for (k, v) in meta { try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [k, v]) }
        for (i, c) in snap.corrections.enumerated() {
            try db.execute(sql: "INSERT INTO corrections (seq, kind, command, data, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [i + 1, c.kind.rawValue, c.command, SessionStore.encodeJSON(c), c.createdAt])
        }
        for n in snap.notes {
            let anchor = n.actor.map { SessionStore.encodeJSON(NoteAnchor(actor: $0)) }
                ?? n.quote.map { SessionStore.encodeJSON(NoteAnchor(quote: $0)) }
            try db.execute(sql: "INSERT INTO notes (id, target, subject, anchor, text, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [n.id, n.target.rawValue, n.subject, anchor, n.text, n.createdAt])
        }
        for (name, ids) in snap.scopes {
            try db.execute(sql: "INSERT INTO scopes (name, article_ids) VALUES (?, ?)", arguments: [name, SessionStore.encodeJSON(ids)])
        }
        if let current = snap.currentScope {
            try db.execute(sql: "INSERT INTO scopes (name, article_ids) VALUES ('', ?)", arguments: [SessionStore.encodeJSON(current)])
        }
        for (k, v) in snap.settings { try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)", arguments: [k, v]) }
        try writeHistory(snap.history, into: db)
        let actorStmt = try db.cachedStatement(sql: """
            INSERT INTO global_actors (position, name, type, roles, affiliation, aliases, mentions, quotes, articles, first_seen, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, g) in view.globalActors.enumerated() {
            try actorStmt.execute(arguments: [i + 1, g.name, g.type.rawValue, SessionStore.encodeJSON(g.roles), g.affiliation,
                                              SessionStore.encodeJSON(g.aliases), g.mentionCount, g.quoteCount,
                                              SessionStore.encodeJSON(g.articles),
                                              g.firstArticle.isEmpty ? "" : "\(g.firstArticle):\(g.firstOffset)",
                                              g.isSessionActor ? "session" : "analysis"])
        }
        let nameStmt = try db.cachedStatement(sql: "INSERT INTO actor_names (article_id, actor_id, name) VALUES (?, ?, ?)")
        for r in view.actorNames { try nameStmt.execute(arguments: [r.article, r.actor, r.name]) }
        let qStmt = try db.cachedStatement(sql: """
            INSERT INTO quote_status (article_id, quote_id, speaker, attributed, dismissed) VALUES (?, ?, ?, ?, ?)
            """)
        for r in view.quoteStatus { try qStmt.execute(arguments: [r.article, r.quote, r.speaker, r.attributed, r.dismissed]) }
        if let book = view.positions { try writePositions(book, into: db) }
    }

    /// The derived positions tables: topics, each actor's position per topic, and the topic of
    /// each statement.
    static func writePositions(_ book: PositionBook, into db: Database) throws {
        let topicStmt = try db.cachedStatement(sql: "INSERT INTO topics (topic_id, name, frame, statements, articles) VALUES (?, ?, ?, ?, ?)")
        let posStmt = try db.cachedStatement(sql: """
            INSERT INTO positions (topic_id, actor, stance, strength, score, statements, evidence, article_id, paragraph, includes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let stStmt = try db.cachedStatement(sql: "INSERT INTO statement_topics (article_id, statement_id, topic_id, actor) VALUES (?, ?, ?, ?)")
        for (t, topic) in book.topics.enumerated() {
            var articles: [String] = []
            for i in topic.statements where !articles.contains(book.statements[i].article.id) { articles.append(book.statements[i].article.id) }
            try topicStmt.execute(arguments: [topic.id, topic.name, topic.frame, topic.statements.count, SessionStore.encodeJSON(articles)])
            var done = Set<Int>()
            // The table is keyed by name: two actors of one name (two "city council"s the
            // directory keeps apart) keep the first one's row.
            var names = Set<String>()
            for i in topic.statements {
                let p = book.statements[i]
                try stStmt.execute(arguments: [p.article.id, p.statement.id, topic.id, p.actor.name])
                guard done.insert(p.actor.id).inserted, names.insert(p.actor.name).inserted, let pos = book.position(of: p.actor, on: t), let e = pos.statements.first else { continue }
                let ev = book.statements[e]
                try posStmt.execute(arguments: [topic.id, p.actor.name, pos.stance.rawValue, pos.strength, pos.score,
                                                pos.statements.count, ev.excerpt, ev.article.id, ev.paragraph,
                                                SessionStore.encodeJSON(pos.folded)])
            }
        }
    }

    static func writeHistory(_ history: [String], into db: Database) throws {
        try db.execute(sql: "DELETE FROM history")
        let stmt = try db.cachedStatement(sql: "INSERT INTO history (seq, line) VALUES (?, ?)")
        for (i, line) in history.enumerated() { try stmt.execute(arguments: [i + 1, line]) }
    }

    /// FNV-1a over the UTF-8 bytes: enough to notice that an article's text changed.
    static func contentHash(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
