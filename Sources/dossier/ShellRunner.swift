import DossierEngine
import Foundation

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

/// Lines of standard input, read lazily so a pipe is processed as it arrives.
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? { readLine(strippingNewline: true) }
}
