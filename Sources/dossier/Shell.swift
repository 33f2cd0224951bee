import ArgumentParser
import DossierEngine
import Foundation

/// The shell's command-line options.
struct ShellOptions: ParsableArguments {
    @Option(name: .short, help: ArgumentHelp("Run these commands (separated by ';') and exit.", valueName: "COMMANDS"))
    var c: String?

    @Option(name: .short, help: ArgumentHelp("Run the commands in FILE (one per line) and exit.", valueName: "FILE"),
            completion: .file())
    var f: String?

    @Flag(help: "With -f or commands on standard input: run the remaining lines after a failing one.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Name the session NAME (shown in the prompt).", valueName: "NAME"))
    var session: String?

    @Option(help: ArgumentHelp("Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "FORMAT"))
    var format: String?

    @Flag(help: "No colour in the output (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "Start with the bundled demo articles loaded.")
    var demo = false

    func check() throws {
        if c != nil && f != nil { throw ValidationError("-c and -f exclude each other") }
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown format '\(format)' (\(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let session, session.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--session needs a name")
        }
    }
}

/// Picks the front end: `-c` one-shot, `-f` script, the interactive shell at a terminal, or
/// commands read from a piped standard input. Returns the exit status.
struct ShellRunner {
    let options: ShellOptions

    func run() -> Int32 {
        let console = StandardConsole()
        defer { console.out.flush() }
        let engine = Engine(console: console)
        if options.noColor { engine.colorDisabled = true }
        if let format = options.format { try? engine.workspace.settings.set("format", format) }
        if let session = options.session {
            // TODO(sessions): open the saved session NAME (or create it) once the `open` command
            // exists; until then the name only labels the workspace and the prompt.
            engine.workspace.sessionName = session
        }
        if options.demo, !engine.execute("demo") { return 1 }

        if let commands = options.c {
            return engine.execute(commands) ? 0 : 1
        }
        if let path = options.f {
            let lines: [String]
            do { lines = try ScriptFile.lines(path) } catch {
                console.writeError("dossier: \(error)\n")
                return 1
            }
            return engine.runScript(lines: lines, name: path, keepGoing: options.keepGoing) ? 0 : 1
        }
        if isatty(STDIN_FILENO) == 1 {
            InteractiveShell(engine: engine, console: console).run()
            return 0
        }
        // Piped commands: no prompt, no line editing, nothing written to the history file.
        console.stdinIsScript = true
        return engine.runScript(lines: StandardInputLines(), name: "<stdin>", keepGoing: options.keepGoing) ? 0 : 1
    }
}

/// Reads a script file as lines, with a one-line reason when it cannot.
enum ScriptFile {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static func lines(_ path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue { throw Unreadable(description: "script '\(path)' is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "cannot read script '\(path)': \(exists ? "permission denied" : "no such file")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Unreadable(description: "script '\(path)' is not UTF-8 text")
        }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// Lines of standard input, read lazily so a pipe is processed as it arrives.
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? { readLine(strippingNewline: true) }
}
