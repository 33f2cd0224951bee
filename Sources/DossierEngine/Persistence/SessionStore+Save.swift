import Foundation
import GRDB

extension SessionStore {
    /// Saves a snapshot to `path`.
    ///
    /// `inPlace` re-saves the session's own file in one SQLite transaction (fast: only new
    /// articles are written); otherwise a complete file is written beside the target and
    /// renamed over it. Either way a crash leaves the previous file intact.
    static func save(_ snap: SessionSnapshot, view: SessionWriter.View = .init(), to path: String,
                            inPlace: Bool, appVersion: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir.isEmpty ? "." : dir, withIntermediateDirectories: true)
        } catch {
            throw DossierError("cannot create the folder '\(dir)'", hint: "check the path and its permissions")
        }
        if inPlace && FileManager.default.fileExists(atPath: path) {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration())
                defer { try? queue.close() }
                try SessionSchema.migrator.migrate(queue)
                try queue.write { db in try SessionWriter.write(snap, view: view, into: db, appVersion: appVersion) }
                return
            } catch let e as DossierError {
                throw e
            } catch {
                throw DossierError("could not save to '\(path)': \(describe(error))", hint: "the previous save is intact")
            }
        }
        let temp = (dir.isEmpty ? "." : dir) + "/.\((path as NSString).lastPathComponent).saving-\(getpid())"
        unlink(temp)
        removeAbandonedTemporaryFiles(of: path)
        do {
            let queue = try DatabaseQueue(path: temp, configuration: configuration())
            try SessionSchema.migrator.migrate(queue)
            try queue.write { db in try SessionWriter.write(snap, view: view, into: db, appVersion: appVersion) }
            try queue.close()
            try syncFile(temp)
            guard rename(temp, path) == 0 else {
                throw DossierError("could not save to '\(path)': \(String(cString: strerror(errno)))",
                                   hint: "check the folder's permissions")
            }
            try? syncFile(dir.isEmpty ? "." : dir)
        } catch let e as DossierError {
            unlink(temp)
            throw e
        } catch {
            unlink(temp)
            throw DossierError("could not save to '\(path)': \(describe(error))", hint: "check the disk space and permissions")
        }
    }

    /// Temporary files of saves that were killed (their process is gone), so they do not pile up.
    static func removeAbandonedTemporaryFiles(of path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + ".saving-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((dir.isEmpty ? "." : dir) + "/" + name)
        }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(3)
        config.foreignKeysEnabled = true
        return config
    }

    static func describe(_ error: Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
        return "\(error)"
    }

    /// fsync a file or folder so the rename that follows is durable.
    static func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        fsync(fd)
    }
}
