import ArgumentParser
import DossierEngine
import Foundation

/// The shell: interactive at a terminal, a script reader otherwise, or one-shot with `-c`.
struct Shell: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Run the shell (the default): interactive, a script (-f), or commands (-c).",
        discussion: """
        Examples:
          dossier --demo
          dossier -c 'load article.txt; quotes --format json'
          dossier -f analysis.txt --keep-going
          printf 'load a.txt\\nactors\\n' | dossier
        """)

    @Option(name: .short, help: ArgumentHelp("Run these commands (separated by ';') and exit.", valueName: "COMMANDS"))
    var c: String?

    @Option(name: .short, help: ArgumentHelp("Run the commands in FILE and exit.", valueName: "FILE"),
            completion: .file())
    var f: String?

    @Flag(help: "With -f or piped commands: keep going after a failing command.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Open (or create) the session NAME.", valueName: "NAME"))
    var session: String?

    @Option(help: ArgumentHelp("Output format: table, json, jsonl, csv, markdown.", valueName: "FORMAT"))
    var format: String?

    @Flag(help: "No colour in the output.")
    var noColor = false

    @Flag(help: "Start with the bundled demo articles loaded.")
    var demo = false

    func validate() throws {
        if c != nil && f != nil { throw ValidationError("-c and -f exclude each other") }
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown format '\(format)' (table, json, jsonl, csv, markdown)")
        }
    }

    func run() throws {
        let console = StandardConsole()
        let engine = Engine(console: console)
        if noColor { engine.colorDisabled = true }
        if let format { try? engine.workspace.settings.set("format", format) }
        if let session, !engine.execute("open \(shellQuoted(session))") { throw ExitCode(1) }
        if demo, !engine.execute("demo") { throw ExitCode(1) }

        if let c {
            let ok = engine.execute(c, location: nil)
            console.out.flush()
            if !ok { throw ExitCode(1) }
            return
        }
        if let f {
            guard let data = FileManager.default.contents(atPath: f), let text = String(data: data, encoding: .utf8) else {
                console.writeError("dossier: cannot read script '\(f)'\n")
                throw ExitCode(1)
            }
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            let ok = engine.runScript(lines: lines, name: f, keepGoing: keepGoing)
            console.out.flush()
            if !ok { throw ExitCode(1) }
            return
        }
        if isatty(STDIN_FILENO) == 1 {
            InteractiveShell(engine: engine, console: console).run()
            console.out.flush()
            return
        }
        console.stdinIsScript = true
        let ok = engine.runScript(lines: StandardInputLines(), name: "<stdin>", keepGoing: keepGoing)
        console.out.flush()
        if !ok { throw ExitCode(1) }
    }
}

/// Lines of standard input, read lazily so a pipe is processed as it arrives.
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? { readLine(strippingNewline: true) }
}
