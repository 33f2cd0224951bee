import Foundation

/// An advisory lock held on a session file while a process has it open, so that a second
/// process opens it read-only instead of overwriting the first one's work. `flock` locks are
/// released by the kernel when the process dies, so a crash never leaves a session locked.
public final class SessionLock: @unchecked Sendable {
    public let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Takes the lock, or returns nil when another process holds it.
    public static func acquire(_ path: String) -> SessionLock? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            return nil
        }
        return SessionLock(path: path, fd: fd)
    }

    /// True when some other process holds the lock on `path`.
    public static func isHeldElsewhere(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
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
