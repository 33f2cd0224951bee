import CEditLine
import DossierEngine
import Foundation

/// The interactive front end: libedit line editing (emacs keys, Ctrl-R), persistent history,
/// Tab completion asked of the engine. It holds no command knowledge of its own.
final class InteractiveShell {
    let engine: Engine
    let console: StandardConsole
    /// Where the prompt, the line being edited and Tab listings are drawn: stdout when it is
    /// the terminal, else stderr (`dossier | tee log` still edits, and the log gets no prompts).
    let screen: FileOutput
    let screenFD: Int32
    /// Line editing needs a terminal on both sides; without one libedit reads plain lines.
    let canEdit: Bool
    private var promptBuffer: UnsafeMutablePointer<CChar>? = nil
    /// The line being typed when the shell was stopped (Ctrl-Z), to type again on resume.
    private var lineToRedraw: String? = nil
    fileprivate var history: HistoryFile? = nil
    /// The user answered "no" to quitting with unsaved changes at the last Ctrl-D.
    private var declinedQuit = false

    init(engine: Engine, console: StandardConsole) {
        self.engine = engine
        self.console = console
        screenFD = isatty(STDOUT_FILENO) == 1 || isatty(STDERR_FILENO) == 0 ? STDOUT_FILENO : STDERR_FILENO
        screen = screenFD == STDOUT_FILENO ? console.out : console.err
        canEdit = isatty(STDIN_FILENO) == 1 && isatty(screenFD) == 1
    }

    /// Columns of the terminal the line is drawn on.
    var screenWidth: Int {
        var ws = winsize()
        if ioctl(screenFD, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        return console.width
    }

    static func from(_ el: OpaquePointer?) -> InteractiveShell? {
        guard let el, let p = swiftel_get_clientdata(el) else { return nil }
        return Unmanaged<InteractiveShell>.fromOpaque(p).takeUnretainedValue()
    }

    func updatePrompt() {
        free(promptBuffer)
        let color = canEdit && engine.workspace.settings.color && !engine.colorDisabled
        let text = engine.prompt
        // \u{1} brackets the escape codes so libedit does not count them as columns.
        let shown = color ? "\u{1}\u{1B}[1;36m\u{1}\(text)\u{1}\u{1B}[0m\u{1}" : text
        promptBuffer = strdup(shown)
    }

    var prompt: UnsafeMutablePointer<CChar>? { promptBuffer }

    /// Reads and runs lines until Ctrl-D or `quit`. libedit holds the terminal in raw mode only
    /// inside `el_gets` and restores it on the signals that end the process (EL_SIGNAL), so
    /// the terminal is sane on every way out, and also while a command runs.
    func run() {
        TerminalLocale.ensureUTF8()
        ShellSignals.install()

        guard let el = swiftel_init_on(CommandLine.arguments[0], screenFD == STDERR_FILENO ? 1 : 0),
              let history = HistoryFile(path: HistoryFile.defaultPath()) else {
            console.writeError("dossier: cannot initialise line editing\n")
            return
        }
        self.history = history
        _ = swiftel_set_history(el, history.history)
        _ = swiftel_set_editor(el, "emacs")
        _ = swiftel_set_signal(el, 1)
        _ = swiftel_set_getcfn(el, KeyReader.function)
        _ = swiftel_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        updatePrompt()
        _ = swiftel_set_prompt_esc(el, promptFunction, 1)
        _ = swiftel_addfn(el, "dossier-complete", "complete the word", completeFunction)
        _ = swiftel_bind(el, "^I", "dossier-complete")
        _ = swiftel_addfn(el, "dossier-reverse-search", "search the history", reverseSearchFunction)
        _ = swiftel_bind(el, "^R", "dossier-reverse-search")

        engine.isInteractive = true
        screen.write("Dossier \(DossierVersion.string): 'help' lists the commands, Tab completes, Ctrl-D quits.\n")
        screen.flush()
        while !engine.wantsQuit {
            updatePrompt()
            ShellSignals.reset()
            var count: Int32 = 0
            // libedit would switch the terminal to raw mode only when it reads the first key,
            // after drawing the prompt; a Ctrl-D typed in between would be eaten by the
            // terminal's line discipline. el_gets restores cooked mode when it returns.
            if canEdit { _ = swiftel_prep_term(el, 1) }
            guard let c = el_gets(el, &count), count > 0 else {
                // Ctrl-C: drop the line and prompt again. Back from Ctrl-Z: prompt again with the
                // line as it was. Ctrl-D on an empty line: leave.
                if ShellSignals.interrupted { screen.write("^C\n"); screen.flush(); continue }
                if ShellSignals.resumed {
                    if let line = lineToRedraw, !line.isEmpty { el_push(el, line) }
                    lineToRedraw = nil
                    continue
                }
                screen.write("\n")
                screen.flush()
                // Ctrl-D with unsaved changes: the same question as 'quit'; a second Ctrl-D
                // right after a "no" leaves anyway (and a closed terminal cannot loop here).
                if declinedQuit || !engine.workspace.isDirty { break }
                declinedQuit = true
                if engine.execute("quit") && engine.wantsQuit { break }
                console.out.flush()
                continue
            }
            declinedQuit = false
            var line = String(cString: c)
            while line.last?.isNewline == true { line.removeLast() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            history.add(line)
            ShellSignals.reset()
            engine.execute(line)
            console.out.flush()
        }
        console.out.flush()
        el_end(el)
        free(promptBuffer)
        promptBuffer = nil
        self.history = nil
    }

    /// Remembers the line being edited (called from the key reader on resume).
    func keepLineForRedraw(_ el: OpaquePointer) {
        guard let li = el_line(el)?.pointee else { return }
        lineToRedraw = String(decoding: UnsafeRawBufferPointer(start: li.buffer, count: li.lastchar - li.buffer), as: UTF8.self)
    }

    /// Tab: insert what every candidate shares; when that adds nothing, list the candidates.
    fileprivate func complete(_ el: OpaquePointer) -> UInt8 {
        guard let li = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
        let before = String(decoding: UnsafeRawBufferPointer(start: li.buffer, count: li.cursor - li.buffer), as: UTF8.self)
        let completion = engine.complete(line: before, cursor: before.unicodeScalars.count)
        let typed = String(String.UnicodeScalarView(before.unicodeScalars.dropFirst(completion.start)))
        switch TabAction.decide(typed: typed, completion: completion) {
        case .beep:
            return UInt8(CC_ERROR)
        case .replace(let text):
            // Replace the typed word (its case or quoting may change) with the completion.
            let typedScalars = typed.unicodeScalars.count
            if typedScalars > 0 { el_deletestr(el, Int32(typedScalars)) }
            el_insertstr(el, text)
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            screen.write("\n" + TabAction.columns(candidates, width: screenWidth) + "\n")
            screen.flush()
            return UInt8(CC_REDISPLAY)
        }
    }
}

private let promptFunction: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { el in
    InteractiveShell.from(el)?.prompt
}

private let reverseSearchFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let shell = InteractiveShell.from(el), let history = shell.history else { return UInt8(CC_ERROR) }
    return ReverseSearch.run(el, entries: history.entries(), width: shell.screenWidth, output: shell.screen)
}

private let completeFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let shell = InteractiveShell.from(el) else { return UInt8(CC_ERROR) }
    return shell.complete(el)
}
