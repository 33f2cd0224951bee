import Foundation
import Glibc

/// Runs a program on a pseudo-terminal, the way a user at a terminal would: it is a session
/// leader whose controlling terminal is the pty, so `isatty` is true, Ctrl-C sends SIGINT and
/// libedit switches the terminal modes. The test types into the master side and reads what
/// the program draws.
///
/// Spawned with `posix_spawn` (setsid, then open the pty slave as fd 0) rather than `fork`,
/// which is unsafe in a multi-threaded test process.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let master: Int32
    /// Kept open by the test so the terminal's settings can be read after the program exits.
    let slave: Int32
    let pid: pid_t
    /// Everything the program wrote, raw.
    private(set) var raw: [UInt8] = []
    /// The output as text (see `screenText`), built as it arrives.
    private var stripped = ControlSequenceFilter()
    /// Byte offset in the stripped output up to which `expect` has already matched.
    private var consumed = 0
    private(set) var exitStatus: Int32? = nil
    /// The terminal settings before the program started.
    let initialSettings: termios

    init(_ executable: String, arguments: [String] = [], environment: [String: String], directory: String,
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        var m: Int32 = -1, s: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&m, &s, nil, nil, &size) == 0 else { throw Failure(description: "openpty: \(String(cString: strerror(errno)))") }
        _ = fcntl(m, F_SETFD, FD_CLOEXEC)
        _ = fcntl(s, F_SETFD, FD_CLOEXEC)
        master = m
        slave = s
        var settings = termios()
        tcgetattr(s, &settings)
        initialSettings = settings
        // The slave's path (what ptsname gives; that one is not imported into Swift).
        guard let name = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(s)") else {
            close(m); close(s)
            throw Failure(description: "cannot find the pty slave's name")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the slave without O_NOCTTY makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // glibc extensions (2.29, 2.34) that Swift does not import without _GNU_SOURCE.
        if let closeFrom = GNUSpawn.addClosefrom { _ = closeFrom(&actions, 3) }
        guard let chdir = GNUSpawn.addChdir else { throw Failure(description: "posix_spawn_file_actions_addchdir_np missing") }
        _ = chdir(&actions, directory)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGINT)
        sigaddset(&defaultSignals, SIGPIPE)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigdefault(&attr, &defaultSignals)
        posix_spawnattr_setsigmask(&attr, &noMask)
        posix_spawnattr_setflags(&attr, Int16(GNUSpawn.setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attr, argv, envp)
        guard rc == 0 else {
            close(m); close(s)
            throw Failure(description: "posix_spawn \(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
        close(slave)
    }

    /// Types text (use "\r" for Enter, "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D, "\t" for Tab).
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { write(master, $0.baseAddress! + off, $0.count - off) }
            if n < 0 { if errno == EINTR { continue }; return }
            off += n
        }
    }

    /// Output with terminal control sequences, carriage returns and bells removed.
    var screenText: String { String(decoding: stripped.bytes, as: UTF8.self) }

    /// Output not yet matched by `expect`.
    var unmatchedText: String { String(decoding: stripped.bytes[consumed...], as: UTF8.self) }

    /// Reads until `text` appears in the output after the last match; returns everything up to
    /// and including it. Throws with the output so far when it does not appear in time.
    @discardableResult
    func expect(_ text: String, timeout: Double = 10) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        var from = consumed
        while true {
            let bytes = stripped.bytes
            if bytes.count >= needle.count {
                var i = from
                while i + needle.count <= bytes.count {
                    if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) {
                        let matched = String(decoding: bytes[consumed..<(i + needle.count)], as: UTF8.self)
                        consumed = i + needle.count
                        return matched
                    }
                    i += 1
                }
                from = max(consumed, bytes.count - needle.count + 1)
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || (exitStatus != nil && !readAvailable(timeout: 0)) {
                let rest = String(decoding: bytes[consumed...].suffix(2000), as: UTF8.self)
                throw Failure(description: "expected \(text.debugDescription) within \(timeout) s; output after the last match:\n"
                              + rest.debugDescription)
            }
            readAvailable(timeout: min(left, 0.1))
            reap()
        }
    }

    /// Keeps reading for `seconds`, however much arrives.
    func read(for seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline { readAvailable(timeout: max(0, min(0.05, deadline.timeIntervalSinceNow))) }
    }

    /// Reads whatever arrives within `timeout` seconds. Returns true when something was read.
    @discardableResult
    func readAvailable(timeout: Double) -> Bool {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, Int32(timeout * 1000)) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = chunk.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress!, 4096) }
        if n > 0 {
            raw.append(contentsOf: chunk[0..<n])
            stripped.feed(chunk[0..<n])
            return true
        }
        return false
    }

    /// Lets output settle: reads until nothing arrives for `quiet` seconds.
    func drain(quiet: Double = 0.3) {
        while readAvailable(timeout: quiet) {}
    }

    /// Waits for the program to exit, reading its output meanwhile. Returns the exit status,
    /// or nil when it is still running after `timeout` seconds.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil && Date() < deadline {
            readAvailable(timeout: 0.05)
            reap()
        }
        drain(quiet: 0.05)
        return exitStatus
    }

    private func reap() {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            // WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (the C macros are not imported).
            exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }

    /// The terminal's settings now (after the program exits: what it left behind).
    var currentSettings: termios {
        var t = termios()
        tcgetattr(slave, &t)
        return t
    }
}

/// Drops terminal control sequences from a byte stream as it arrives: CSI (`ESC [ … final`),
/// OSC (`ESC ] … BEL` or `ESC \\`), other `ESC x` pairs, CR and BEL. Works on bytes: none of
/// these are ever part of a multi-byte UTF-8 character, and a sequence may span two reads.
struct ControlSequenceFilter {
    private enum State { case text, escape, csi, osc, oscEscape }
    private var state = State.text
    private(set) var bytes: [UInt8] = []

    mutating func feed(_ chunk: ArraySlice<UInt8>) {
        for b in chunk {
            switch state {
            case .text:
                switch b {
                case 0x1B: state = .escape
                case 0x0D, 0x07: break
                default: bytes.append(b)
                }
            case .escape:
                state = b == UInt8(ascii: "[") ? .csi : b == UInt8(ascii: "]") ? .osc : .text
            case .csi:
                if (0x40...0x7E).contains(b) { state = .text }
            case .osc:
                if b == 0x07 { state = .text } else if b == 0x1B { state = .oscEscape }
            case .oscEscape:
                state = .text
            }
        }
    }
}

/// glibc's `posix_spawn` extensions, looked up at run time.
private enum GNUSpawn {
    typealias AddClosefrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    /// POSIX_SPAWN_SETSID from <spawn.h>.
    static let setsid: Int32 = 0x80

    static func symbol<T>(_ name: String, as: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let sym = dlsym(handle, name) else { return nil }
        return unsafeBitCast(sym, to: T.self)
    }

    static var addClosefrom: AddClosefrom? { symbol("posix_spawn_file_actions_addclosefrom_np", as: AddClosefrom.self) }
    static var addChdir: AddChdir? { symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self) }
}
