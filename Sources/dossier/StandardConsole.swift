import Foundation
import DossierEngine

/// The process's stdout/stderr as the engine's console.
final class StandardConsole: Console {
    let out = FileOutput(fd: STDOUT_FILENO)
    let err = FileOutput(fd: STDERR_FILENO, flushEveryWrite: true)
    let isTerminal = isatty(STDOUT_FILENO) == 1
    let showsProgress = isatty(STDERR_FILENO) == 1
    /// Standard input holds the script (not an article for `load -`).
    var stdinIsScript = false

    var width: Int {
        var ws = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        return 100
    }

    func write(_ text: String) { out.write(text) }
    func writeError(_ text: String) { out.flush(); err.write(text) }

    func confirm(_ question: String) -> Bool {
        guard isatty(STDIN_FILENO) == 1, isTerminal else { return false }
        out.write(question + " [y/N] ")
        out.flush()
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    func readStandardInput() -> [UInt8]? {
        if isatty(STDIN_FILENO) == 1 || stdinIsScript { return nil }
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    var isCancelled: Bool { ShellSignals.interrupted }
}
