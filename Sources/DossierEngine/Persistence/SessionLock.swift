import Foundation

/// An advisory lock held while a process has a session open, so that a second process opens
/// it read-only instead of overwriting the first one's work.
///
/// The lock is taken on a hidden file beside the session (`.NAME.dossier.lock`), not on the
/// session itself: saving writes a new file and renames it over the old one, which would
/// silently drop a lock held on the old file. `flock` locks are released by the kernel when
/// the process dies, so a crash never leaves a session locked.
public final class SessionLock: @unchecked Sendable {
    public let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// The lock file of a session file.
    public static func lockPath(for session: String) -> String {
        let dir = (session as NSString).deletingLastPathComponent
        let name = "." + (session as NSString).lastPathComponent + ".lock"
        return dir.isEmpty ? name : (dir as NSString).appendingPathComponent(name)
    }

    public enum Failure: Error, Equatable {
        /// Another process holds it.
        case held
        /// The lock file cannot be created (a read-only folder).
        case unavailable(String)
    }

    /// Takes the lock of a session file (which need not exist yet).
    public static func acquire(session: String) -> Result<SessionLock, Failure> {
        let path = lockPath(for: session)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(.unavailable(String(cString: strerror(errno)))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            return .failure(.held)
        }
        return .success(SessionLock(path: path, fd: fd))
    }

    /// True when some other process holds the lock of a session file.
    public static func isHeldElsewhere(session: String) -> Bool {
        let fd = open(lockPath(for: session), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) != 0 { return true }
        flock(fd, LOCK_UN)
        return false
    }

    public func release() {
        if fd >= 0 {
            flock(fd, LOCK_UN)
            close(fd)
            fd = -1
        }
    }

    deinit { release() }
}
