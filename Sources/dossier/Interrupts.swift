import Foundation

/// Ctrl-C in the interactive shell: a SIGINT handler (installed without SA_RESTART) sets a
/// flag that long commands poll through `Console.isCancelled`, and writes a byte to a pipe so
/// that the key reader, which waits on the terminal and this pipe together, wakes up even when
/// the signal arrived just before it started waiting (a flag alone would miss that).
enum Interrupts {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0
    /// Read end, then write end, of the wake-up pipe; -1 until `install`.
    nonisolated(unsafe) static var pipeFDs: (read: Int32, write: Int32) = (-1, -1)

    static var pending: Bool { flag != 0 }
    static var wakeFD: Int32 { pipeFDs.read }

    static func install() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            }
            pipeFDs = (fds[0], fds[1])
        }
        var sa = sigaction()
        sa.__sigaction_handler.sa_handler = { _ in
            Interrupts.flag = 1
            var byte: UInt8 = 3
            _ = write(Interrupts.pipeFDs.write, &byte, 1)   // async-signal-safe; a full pipe is fine
        }
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = 0
        sigaction(SIGINT, &sa, nil)
    }

    /// Forgets a Ctrl-C that has been dealt with.
    static func reset() {
        flag = 0
        guard pipeFDs.read >= 0 else { return }
        var buf = [UInt8](repeating: 0, count: 64)
        while read(pipeFDs.read, &buf, buf.count) > 0 {}
    }
}
