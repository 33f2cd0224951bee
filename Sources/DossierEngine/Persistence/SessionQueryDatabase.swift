import Foundation
import GRDB

/// The database `sql` queries: an in-memory copy of the session's current state (unsaved work
/// included) in the documented schema of `Sessions/README.md`. The user's statement runs only
/// if SQLite says it is read-only, and with `query_only` on, so the copy cannot change and the
/// session file is never touched.
final class SessionQueryDatabase: @unchecked Sendable {
    private let queue: DatabaseQueue

    /// Builds the copy: the same tables as a session file, analysis blobs left empty.
    init(snapshot: SessionSnapshot, view: SessionWriter.View) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        queue = try DatabaseQueue(configuration: config)
        try SessionSchema.migrator.migrate(queue)
        try queue.write { db in
            try SessionWriter.write(snapshot, view: view, into: db, appVersion: Engine.appVersion, withAnalysis: false)
        }
    }

    /// Brings the `history` table up to date (history does not mark the session changed).
    func refreshHistory(_ history: [String]) throws {
        try queue.write { db in try SessionWriter.writeHistory(history, into: db) }
    }

    /// Runs one read-only statement and returns its column names and rows.
    func query(_ sql: String) throws -> (columns: [String], rows: [[DatabaseValue]]) {
        let trimmed = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        let head = trimmed.prefix(while: { $0.isLetter }).uppercased()
        if ["ATTACH", "DETACH", "VACUUM", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"].contains(head) {
            throw refused(head)
        }
        return try queue.inDatabase { db in
            let statement: Statement
            do {
                statement = try db.makeStatement(sql: trimmed)
            } catch let e as DatabaseError {
                throw DossierError("SQL error: \(e.message ?? "\(e.resultCode)")",
                                   hint: "'help sql' lists the tables; Sessions/README.md documents them")
            }
            guard statement.isReadonly else { throw refused(head) }
            try db.execute(sql: "PRAGMA query_only = ON")
            defer { try? db.execute(sql: "PRAGMA query_only = OFF") }
            do {
                let rows = try Row.fetchAll(statement)
                let columns = statement.columnNames
                return (columns, rows.map { r in columns.indices.map { r[$0] as DatabaseValue } })
            } catch let e as DatabaseError {
                throw DossierError("SQL error: \(e.message ?? "\(e.resultCode)")",
                                   hint: "'help sql' lists the tables; Sessions/README.md documents them")
            }
        }
    }

    private func refused(_ head: String) -> DossierError {
        DossierError("'sql' only reads: \(head.isEmpty ? "this statement" : head) statements are refused",
                     hint: "use SELECT (or WITH … SELECT); corrections are made with merge, rename, attribute…")
    }
}
