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
        if let format = options.format { engine.formatOverride = OutputFormat(rawValue: format.lowercased()) }
        if let session = options.session {
            // Opens NAME when it is saved, else starts a new session that `save` writes there.
            do {
                let result = try engine.startSession(session)
                engine.emit(result, renderer: engine.defaultRenderer())
            } catch let e as DossierError {
                engine.report(e)
                return 1
            } catch {
                console.writeError("dossier: \(error)\n")
                return 1
            }
        }
        if options.demo, !engine.execute("demo") { return 1 }

        if !options.c.isEmpty {
            // Each -c in order, as one script: the first failing one stops the run.
            var ok = true
            for commands in options.c where ok { ok = engine.execute(commands) }
            engine.warnAboutUnsavedWorkAtExit()
            return ok ? 0 : 1
        }
        if let path = options.f {
            let lines: [String]
            do { lines = try ScriptFile.lines(path) } catch {
                console.writeError("dossier: \(error)\n")
                return 1
            }
            let ok = engine.runScript(lines: lines, name: path, keepGoing: options.keepGoing)
            engine.warnAboutUnsavedWorkAtExit()
            return ok ? 0 : 1
        }
        if isatty(STDIN_FILENO) == 1 {
            InteractiveShell(engine: engine, console: console).run()
            return 0
        }
        // Piped commands: no prompt, no line editing, nothing written to the history file.
        console.stdinIsScript = true
        let ok = engine.runScript(lines: StandardInputLines(), name: "<stdin>", keepGoing: options.keepGoing)
        engine.warnAboutUnsavedWorkAtExit()
        return ok ? 0 : 1
    }
}

/// Lines of standard input, read lazily so a pipe is processed as it arrives.
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? { readLine(strippingNewline: true) }
}
