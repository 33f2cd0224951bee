import Foundation

/// Signals the interactive shell reacts to, as flags plus a wake-up pipe.
///
/// - SIGINT (Ctrl-C): `interrupted`; long commands poll it through `Console.isCancelled`, and
///   the key reader drops the line being typed.
/// - SIGCONT (after Ctrl-Z and `fg`): `resumed`; the shell redraws the line being typed.
/// - SIGWINCH: `resized`; the key reader tells libedit the new width.
///
/// Each handler also writes a byte to a pipe that the key reader waits on together with the
/// terminal, so a signal that lands just before it starts waiting still wakes it (a flag
/// alone would be seen only at the next key).
/// While `el_gets` runs, libedit's own handlers come first and then pass the signal on here.
enum ShellSignals {
    nonisolated(unsafe) static var interruptFlag: sig_atomic_t = 0
    nonisolated(unsafe) static var resumeFlag: sig_atomic_t = 0
    nonisolated(unsafe) static var resizeFlag: sig_atomic_t = 0
    /// Read end, then write end, of the wake-up pipe; -1 until `install`.
    nonisolated(unsafe) static var pipeFDs: (read: Int32, write: Int32) = (-1, -1)

    static var interrupted: Bool { interruptFlag != 0 }
    static var resumed: Bool { resumeFlag != 0 }
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
        // Ctrl-C also breaks a command out of a blocking read; a resize or a resume must not
        // (poll in the key reader returns early whatever the flags, and the pipe wakes it).
        handle(SIGINT, restart: false) { _ in ShellSignals.interruptFlag = 1; ShellSignals.wake() }
        handle(SIGCONT, restart: true) { _ in ShellSignals.resumeFlag = 1; ShellSignals.wake() }
        handle(SIGWINCH, restart: true) { _ in ShellSignals.resizeFlag = 1; ShellSignals.wake() }
    }

    private static func handle(_ signal: Int32, restart: Bool, _ handler: @escaping @convention(c) (Int32) -> Void) {
        var sa = sigaction()
        sa.__sigaction_handler.sa_handler = handler
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = restart ? Int32(SA_RESTART) : 0
        sigaction(signal, &sa, nil)
    }

    /// Async-signal-safe: one write to a non-blocking pipe (a full pipe is fine).
    static func wake() {
        var byte: UInt8 = 1
        _ = write(pipeFDs.write, &byte, 1)
    }

    /// Whether the window changed size since the last call.
    static func takeResize() -> Bool {
        defer { resizeFlag = 0 }
        return resizeFlag != 0
    }

    /// Forgets signals that have been dealt with, before reading a new line.
    static func reset() {
        interruptFlag = 0
        resumeFlag = 0
        resizeFlag = 0
        guard pipeFDs.read >= 0 else { return }
        var buf = [UInt8](repeating: 0, count: 64)
        while read(pipeFDs.read, &buf, buf.count) > 0 {}
    }

    /// Empties the pipe without forgetting the flags.
    static func drainWakeups() {
        guard pipeFDs.read >= 0 else { return }
        var buf = [UInt8](repeating: 0, count: 64)
        while read(pipeFDs.read, &buf, buf.count) > 0 {}
    }
}
