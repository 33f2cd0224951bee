/// Where the engine's output goes. Front ends implement it for a terminal or a pipe; tests
/// implement it to capture output.
public protocol Console: AnyObject {
    /// Standard output.
    func write(_ text: String)
    /// Standard error.
    func writeError(_ text: String)
    /// Standard output is a terminal: tables by default, colour allowed, questions can be asked.
    var isTerminal: Bool { get }
    /// Standard error is a terminal: progress bars may be drawn there.
    var showsProgress: Bool { get }
    /// Columns available for tables.
    var width: Int { get }
    /// Asks a yes/no question at the terminal. Non-interactive consoles answer `false`.
    func confirm(_ question: String) -> Bool
    /// Reads all of standard input (for `load -`), or nil when it is the terminal.
    func readStandardInput() -> [UInt8]?
    /// True once the user pressed Ctrl-C during a command; long commands poll it and stop.
    var isCancelled: Bool { get }
}

public extension Console {
    var showsProgress: Bool { false }
    func confirm(_ question: String) -> Bool { false }
    func readStandardInput() -> [UInt8]? { nil }
    var isCancelled: Bool { false }

    /// Draws or clears a one-line progress bar on stderr when it is a terminal.
    func progress(_ done: Int, of total: Int, _ label: String) {
        guard showsProgress, total > 1 else { return }
        if done >= total { writeError("\r\u{1B}[2K"); return }
        let barWidth = 30
        let filled = total > 0 ? barWidth * done / total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        writeError("\r\u{1B}[2K\(bar) \(done)/\(total) \(label)")
    }
}

/// A console that keeps everything in memory; used by tests and by `-c` capture.
public final class BufferConsole: Console {
    public var output = ""
    public var errors = ""
    public var isTerminal: Bool
    public var width: Int
    public var answers: [Bool] = []
    public var stdinBytes: [UInt8]?

    public init(isTerminal: Bool = false, width: Int = 100) {
        self.isTerminal = isTerminal
        self.width = width
    }

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errors += text }
    public func confirm(_ question: String) -> Bool {
        writeError(question + " ")
        return answers.isEmpty ? false : answers.removeFirst()
    }
    public func readStandardInput() -> [UInt8]? { stdinBytes }
}
