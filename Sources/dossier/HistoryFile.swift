import CEditLine
import Foundation

/// The interactive shell's persistent history: a libedit `History` kept in memory for Up/Down
/// and Ctrl-R, and a file under `$XDG_STATE_HOME/dossier/history` written after every line.
///
/// Each line is merged into what is on disk at that moment (reload, add, save), so two shells
/// open at once both keep their lines, and a shell killed mid-session loses nothing.
final class HistoryFile {
    static let capacity: Int32 = 2000
    let path: String
    /// The in-memory history libedit browses.
    let history: OpaquePointer

    init?(path: String) {
        guard let h = history_init() else { return nil }
        self.path = path
        self.history = h
        var ev = HistEvent()
        _ = swifthist_setsize(h, &ev, Self.capacity)
        _ = swifthist_setunique(h, &ev, 1)
        _ = swifthist_load(h, &ev, path)   // -1 when there is no file yet: fine
    }

    deinit { history_end(history) }

    /// `$XDG_STATE_HOME/dossier/history`, or `~/.local/state/dossier/history` when the variable
    /// is unset, empty or relative (the XDG spec says to ignore relative paths).
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let base = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        return base + "/dossier/history"
    }

    /// Adds a line to memory and to the file (mode 0600, in a folder of mode 0700).
    func add(_ line: String) {
        var ev = HistEvent()
        _ = swifthist_enter(history, &ev, line)
        guard let onDisk = history_init() else { return }
        defer { history_end(onDisk) }
        _ = swifthist_setsize(onDisk, &ev, Self.capacity)
        _ = swifthist_setunique(onDisk, &ev, 1)
        _ = swifthist_load(onDisk, &ev, path)
        _ = swifthist_enter(onDisk, &ev, line)
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let old = umask(0o077)
        _ = swifthist_save(onDisk, &ev, path)
        umask(old)
        chmod(path, 0o600)
    }

    /// Lines, most recent first (for the reverse search).
    func entries() -> [String] {
        var ev = HistEvent()
        var out: [String] = []
        var rc = swifthist_first(history, &ev)
        while rc != -1, let s = ev.str {
            out.append(String(cString: s))
            rc = swifthist_next(history, &ev)
        }
        return out
    }
}
