import DossierAnalysis
import Foundation
import GRDB

/// Reads and writes session files. A session is one SQLite file; saving is atomic (a new file
/// is written beside the target and renamed over it; re-saving the open session is one SQLite
/// transaction), so a save killed at any moment leaves the previous file intact and openable.
public enum SessionStore {
    /// What `read` found besides the snapshot (e.g. that the analysis must be redone).
    public struct ReadResult: Sendable {
        public var snapshot: SessionSnapshot
        /// Articles whose stored analysis came from another analyser version (or could not be
        /// decoded): the caller analyses them again and replays the corrections.
        public var staleArticles: [String]
    }

    // MARK: Reading

    /// Reads a whole session. Articles whose stored analysis was made by another analyser
    /// version than `analyzerVersion` come back segmented only and are listed as stale.
    public static func read(path: String, analyzerVersion: String = Analyzer.version) throws -> ReadResult {
        try checkHeader(path)
        if !FileManager.default.fileExists(atPath: path + "-journal") { try checkLength(path) }
        let queue: DatabaseQueue
        do {
            // Read-write when allowed, so that a save killed mid-way is rolled back from its journal.
            var config = Configuration()
            config.readonly = access(path, W_OK) != 0 || access((path as NSString).deletingLastPathComponent, W_OK) != 0
            config.busyMode = .timeout(3)
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw damaged(path, error)
        }
        defer { try? queue.close() }
        do {
            return try queue.read { db in
                try checkLength(db, path: path)
                return try readSnapshot(db, path: path, analyzerVersion: analyzerVersion)
            }
        } catch let e as DossierError {
            throw e
        } catch {
            throw damaged(path, error)
        }
    }

    static func checkHeader(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DossierError("no session at '\(path)'", hint: "'sessions' lists the saved sessions")
        }
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw DossierError("cannot read '\(path)'", hint: "check its permissions")
        }
        defer { try? h.close() }
        let head = (try? h.read(upToCount: 100)) ?? Data()
        if head.isEmpty { throw DossierError("'\(path)' is empty, not a session", hint: "it may have been cut short; open a backup") }
        guard head.count >= 100, head.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw DossierError("'\(path)' is not a Dossier session file", hint: "sessions are SQLite files saved by 'save'")
        }
    }

    /// A file cut short (a copy that did not finish, a full disk) is refused before any row is
    /// trusted: its header says how many pages it should have. Checked after SQLite has opened
    /// it, so that a save killed mid-way has been rolled back from its journal first.
    static func checkLength(_ db: Database, path: String) throws {
        _ = try? Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
        try checkLength(path)
    }

    /// The same check without a connection: valid only when no save left a journal to roll back.
    static func checkLength(_ path: String) throws {
        guard let h = FileHandle(forReadingAtPath: path) else { return }
        defer { try? h.close() }
        let head = [UInt8]((try? h.read(upToCount: 100)) ?? Data())
        guard head.count == 100 else { throw damaged(path, DossierError("header cut short")) }
        func be(_ at: Int, _ n: Int) -> Int { (at..<(at + n)).reduce(0) { $0 << 8 | Int(head[$1]) } }
        let pageSize = be(16, 2) == 1 ? 65536 : be(16, 2)
        let pages = be(28, 4)
        // The page count is valid only when the "version-valid-for" number matches the change counter.
        guard pages > 0, be(92, 4) == be(24, 4) else { return }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size < pages * pageSize {
            throw DossierError("session '\(path)' is truncated (\(size) of \(pages * pageSize) bytes) and cannot be opened",
                               hint: "nothing was changed; open another session or a backup copy")
        }
    }

    static func damaged(_ path: String, _ error: Error) -> DossierError {
        var reason = "\(error)"
        if let db = error as? DatabaseError { reason = db.message ?? "\(db.resultCode)" }
        return DossierError("session '\(path)' is damaged and cannot be opened (\(reason))",
                            hint: "nothing was changed; open another session or a backup copy")
    }

    private static func readSnapshot(_ db: Database, path: String, analyzerVersion: String) throws -> ReadResult {
        guard try db.tableExists("meta") else {
            throw DossierError("'\(path)' is an SQLite file but not a Dossier session", hint: "sessions are saved by 'save'")
        }
        let meta = Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0[0] as String, $0[1] as String) },
                              uniquingKeysWith: { a, _ in a })
        guard meta["format"] == SessionSchema.format else {
            throw DossierError("'\(path)' is an SQLite file but not a Dossier session", hint: "sessions are saved by 'save'")
        }
        let applied = try SessionSchema.migrator.appliedIdentifiers(db)
        let known = Set(SessionSchema.knownMigrations)
        if !applied.isSubset(of: known) || (Int(meta["schema"] ?? "1") ?? 1) > SessionSchema.knownMigrations.count {
            throw DossierError("'\(path)' was saved by a newer Dossier (\(meta["app_version"] ?? "unknown version"))",
                               hint: "upgrade dossier to open it; nothing was changed")
        }
        var snap = SessionSnapshot(name: meta["name"] ?? SessionLocator.name(ofPath: path),
                                   analyzerVersion: meta["analyzer_version"] ?? "")
        // Articles: read rows, then decode the blobs on every core.
        struct Raw { var id, text: String; var title, date, source, url, origin: String?; var version: String; var blob: [UInt8] }
        var raws: [Raw] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, title, date, source, url, origin, text, analyzer_version, analysis FROM articles ORDER BY position
            """)
        while let r = try rows.next() {
            raws.append(Raw(id: r[0], text: r[6], title: r[1], date: r[2], source: r[3], url: r[4], origin: r[5],
                            version: r[7], blob: [UInt8](r[8] as Data)))
        }
        let decoded = ResultBox<(Article, Bool)>(count: raws.count)
        let rawRows = raws
        DispatchQueue.concurrentPerform(iterations: rawRows.count) { i in
            let raw = rawRows[i]
            let text = ArticleText(raw.text)
            var fresh = raw.version == analyzerVersion
            var analysis: Analysis
            if fresh, let a = try? AnalysisCodec.decode(raw.blob, text: text) {
                analysis = a
            } else {
                fresh = false
                analysis = Analysis(document: Segmenter().segment(text))
            }
            decoded.set(i, (Article(id: raw.id, title: raw.title, date: raw.date, source: raw.source, url: raw.url,
                                    origin: raw.origin, analysis: analysis), fresh))
        }
        var stale: [String] = []
        for (article, fresh) in decoded.values() {
            snap.articles.append(article)
            if !fresh { stale.append(article.id) }
        }
        for r in try Row.fetchAll(db, sql: "SELECT seq, data FROM corrections ORDER BY seq") {
            guard let c: CorrectionEntry = decodeJSON(r[1]) else {
                throw DossierError("session '\(path)' has a correction (#\(r[0] as Int)) this version cannot read",
                                   hint: "it may come from a newer Dossier; nothing was changed")
            }
            snap.corrections.append(c)
        }
        snap.notes = try Row.fetchAll(db, sql: "SELECT id, target, subject, anchor, text, created_at FROM notes ORDER BY id").map {
            let anchor: NoteAnchor? = ($0[3] as String?).flatMap { decodeJSON($0) }
            return Note(id: $0[0], target: Note.Target(rawValue: $0[1]) ?? .session, subject: $0[2], actor: anchor?.actor,
                        quote: anchor?.quote, text: $0[4], createdAt: $0[5])
        }
        for r in try Row.fetchAll(db, sql: "SELECT name, article_ids FROM scopes") {
            let name: String = r[0]
            let ids: [String] = decodeJSON(r[1]) ?? []
            if name == "" { snap.currentScope = ids } else { snap.scopes[name] = ids }
        }
        for r in try Row.fetchAll(db, sql: "SELECT key, value FROM settings") { snap.settings[r[0]] = r[1] }
        snap.history = try String.fetchAll(db, sql: "SELECT line FROM history ORDER BY seq")
        return ReadResult(snapshot: snap, staleArticles: stale)
    }

    static func decodeJSON<T: Decodable>(_ s: String) -> T? { try? JSONDecoder().decode(T.self, from: Data(s.utf8)) }
    static func encodeJSON<T: Encodable>(_ v: T) -> String {
        (try? String(decoding: JSONEncoder().encode(v), as: UTF8.self)) ?? "null"
    }
}
