import Foundation
import GRDB

extension SessionStore {
    /// What `sessions` shows of one file, read without loading its articles.
    public struct Summary: Sendable {
        public var path: String
        public var name: String
        public var articles: Int?
        public var bytes: Int
        public var savedAt: String?
        /// Why the file cannot be opened, when it cannot.
        public var problem: String?
    }

    /// Reads a session file's name, article count and save time; a file that is not a readable
    /// session gets a `problem` instead of an error, so one bad file does not hide the others.
    public static func summary(path: String) -> Summary {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var s = Summary(path: path, name: SessionLocator.name(ofPath: path), bytes: bytes)
        do {
            try checkHeader(path)
            if !FileManager.default.fileExists(atPath: path + "-journal") { try checkLength(path) }
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(1)
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in
                try checkLength(db, path: path)
                guard try db.tableExists("meta"), try db.tableExists("articles") else {
                    throw DossierError("not a Dossier session")
                }
                let meta = Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0[0] as String, $0[1] as String) },
                                      uniquingKeysWith: { a, _ in a })
                guard meta["format"] == SessionSchema.format else { throw DossierError("not a Dossier session") }
                let applied = try SessionSchema.migrator.appliedIdentifiers(db)
                if !applied.isSubset(of: Set(SessionSchema.knownMigrations)) {
                    throw DossierError("saved by a newer Dossier")
                }
                s.savedAt = meta["saved_at"]
                s.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles")
            }
        } catch let e as DossierError {
            s.problem = shortReason(e.message)
        } catch {
            s.problem = describe(error)
        }
        return s
    }

    /// "'x.dossier' is not a Dossier session file" → "not a Dossier session file".
    private static func shortReason(_ message: String) -> String {
        for marker in [" is ", " was "] {
            if message.hasPrefix("'") || message.hasPrefix("session '"), let r = message.range(of: "' " + marker.dropFirst()) {
                return String(message[r.upperBound...])
            }
        }
        return message
    }
}
