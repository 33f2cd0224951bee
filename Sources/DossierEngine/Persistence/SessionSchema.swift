import GRDB

/// The session file's schema, one named migration per change. Documented for users of `sql`
/// in `Sessions/README.md`; keep both in step.
enum SessionSchema {
    /// Identifies a Dossier session among SQLite files.
    static let format = "dossier-session"

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE articles (
                id TEXT PRIMARY KEY, position INTEGER NOT NULL,
                title TEXT, date TEXT, source TEXT, url TEXT, origin TEXT,
                text TEXT NOT NULL, content_hash TEXT NOT NULL, words INTEGER NOT NULL,
                analyzer_version TEXT NOT NULL, analysis BLOB NOT NULL);
            CREATE TABLE actors (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                actor_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
                roles TEXT NOT NULL, affiliation TEXT, aliases TEXT NOT NULL,
                mention_count INTEGER NOT NULL, first_offset INTEGER,
                PRIMARY KEY (article_id, actor_id));
            CREATE TABLE mentions (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                actor_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL);
            CREATE INDEX mentions_actor ON mentions(article_id, actor_id);
            CREATE TABLE quotes (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                quote_id TEXT NOT NULL, paragraph INTEGER NOT NULL, kind TEXT NOT NULL, direct INTEGER NOT NULL,
                speaker_id TEXT, source TEXT, cue TEXT, text TEXT NOT NULL, content TEXT NOT NULL,
                PRIMARY KEY (article_id, quote_id));
            CREATE TABLE statements (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                statement_id TEXT NOT NULL, actor_id TEXT NOT NULL, quote_id TEXT, meaning TEXT NOT NULL,
                negated INTEGER NOT NULL, modality TEXT NOT NULL, target TEXT, stance TEXT NOT NULL,
                strength REAL NOT NULL, paragraph INTEGER NOT NULL, evidence TEXT NOT NULL,
                PRIMARY KEY (article_id, statement_id));
            CREATE TABLE corrections (
                seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, command TEXT NOT NULL, data TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE notes (
                id INTEGER PRIMARY KEY, target TEXT NOT NULL, subject TEXT NOT NULL, anchor TEXT,
                text TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE scopes (name TEXT PRIMARY KEY, article_ids TEXT NOT NULL);
            CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE history (seq INTEGER PRIMARY KEY, line TEXT NOT NULL);
            CREATE TABLE global_actors (
                position INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, roles TEXT NOT NULL,
                affiliation TEXT, aliases TEXT NOT NULL, mentions INTEGER NOT NULL, quotes INTEGER NOT NULL,
                articles TEXT NOT NULL, first_seen TEXT NOT NULL, origin TEXT NOT NULL);
            CREATE TABLE actor_names (
                article_id TEXT NOT NULL, actor_id TEXT NOT NULL, name TEXT NOT NULL,
                PRIMARY KEY (article_id, actor_id));
            CREATE TABLE quote_status (
                article_id TEXT NOT NULL, quote_id TEXT NOT NULL, speaker TEXT, attributed INTEGER NOT NULL,
                dismissed INTEGER NOT NULL, PRIMARY KEY (article_id, quote_id));
            """)
        }
        m.registerMigration("v2-positions") { db in
            try db.execute(sql: """
            ALTER TABLE statements ADD COLUMN cue TEXT;
            ALTER TABLE statements ADD COLUMN target_actor_id TEXT;
            ALTER TABLE statements ADD COLUMN frame TEXT;
            CREATE TABLE topics (
                topic_id TEXT PRIMARY KEY, name TEXT NOT NULL, frame TEXT, statements INTEGER NOT NULL,
                articles TEXT NOT NULL);
            CREATE TABLE positions (
                topic_id TEXT NOT NULL, actor TEXT NOT NULL, stance TEXT NOT NULL, strength TEXT NOT NULL,
                score REAL NOT NULL, statements INTEGER NOT NULL, evidence TEXT NOT NULL, article_id TEXT NOT NULL,
                paragraph INTEGER NOT NULL, includes TEXT NOT NULL, PRIMARY KEY (topic_id, actor));
            CREATE TABLE statement_topics (
                article_id TEXT NOT NULL, statement_id TEXT NOT NULL, topic_id TEXT NOT NULL, actor TEXT NOT NULL,
                PRIMARY KEY (article_id, statement_id));
            """)
        }
        // Two actors may share a name ("city council" of two articles): positions are keyed
        // by the actor's place in `global_actors`, the name kept for reading.
        m.registerMigration("v3-positions-by-actor") { db in
            try db.execute(sql: """
            DROP TABLE positions;
            CREATE TABLE positions (
                topic_id TEXT NOT NULL, actor_position INTEGER NOT NULL, actor TEXT NOT NULL, stance TEXT NOT NULL,
                strength TEXT NOT NULL, score REAL NOT NULL, statements INTEGER NOT NULL, evidence TEXT NOT NULL,
                article_id TEXT NOT NULL, paragraph INTEGER NOT NULL, includes TEXT NOT NULL,
                PRIMARY KEY (topic_id, actor_position));
            """)
        }
        return m
    }

    static var knownMigrations: [String] { migrator.migrations }
}
