import CEditLine
import DossierEngine
import Foundation

/// The interactive front end: libedit line editing (emacs keys, Ctrl-R), persistent history,
/// Tab completion asked of the engine. It holds no command knowledge of its own.
final class InteractiveShell {
    let engine: Engine
    let console: StandardConsole
    private var promptBuffer: UnsafeMutablePointer<CChar>? = nil
    /// The last completion listed, so a second Tab on the same input does not repeat it.
    fileprivate var lastListing: String? = nil

    init(engine: Engine, console: StandardConsole) {
        self.engine = engine
        self.console = console
    }

    static func from(_ el: OpaquePointer?) -> InteractiveShell? {
        guard let el, let p = swiftel_get_clientdata(el) else { return nil }
        return Unmanaged<InteractiveShell>.fromOpaque(p).takeUnretainedValue()
    }

    /// `$XDG_STATE_HOME/dossier/history`, falling back to `~/.local/state/dossier/history`.
    static var historyPath: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/state")
        return base + "/dossier/history"
    }

    func updatePrompt() {
        free(promptBuffer)
        let color = console.isTerminal && engine.workspace.settings.color && !engine.colorDisabled
        let text = engine.prompt
        // \u{1} brackets the escape codes so libedit does not count them as columns.
        let shown = color ? "\u{1}\u{1B}[1;36m\u{1}\(text)\u{1}\u{1B}[0m\u{1}" : text
        promptBuffer = strdup(shown)
    }

    var prompt: UnsafeMutablePointer<CChar>? { promptBuffer }

    func run() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        Interrupts.install()

        guard let el = swiftel_init(CommandLine.arguments[0]), let hist = history_init() else {
            console.writeError("dossier: cannot initialise line editing\n")
            return
        }
        var ev = HistEvent()
        _ = swifthist_setsize(hist, &ev, 2000)
        _ = swifthist_setunique(hist, &ev, 1)
        let histFile = Self.historyPath
        _ = swifthist_load(hist, &ev, histFile)
        _ = swiftel_set_history(el, hist)
        _ = swiftel_set_editor(el, "emacs")
        _ = swiftel_set_signal(el, 1)
        _ = swiftel_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        updatePrompt()
        _ = swiftel_set_prompt_esc(el, promptFunction, 1)
        _ = swiftel_addfn(el, "dossier-complete", "complete the word", completeFunction)
        _ = swiftel_bind(el, "^I", "dossier-complete")
        _ = swiftel_bind(el, "^R", "em-inc-search-prev")

        console.write("Dossier \(DossierVersion.string): 'help' lists the commands, Tab completes, Ctrl-D quits.\n")
        console.out.flush()
        while !engine.wantsQuit {
            updatePrompt()
            Interrupts.reset()
            var count: Int32 = 0
            guard let c = el_gets(el, &count), count > 0 else {
                if Interrupts.pending { console.write("^C\n"); console.out.flush(); continue }
                console.write("\n")
                break
            }
            var line = String(cString: c)
            while line.last?.isNewline == true || line.last == " " { line.removeLast() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            _ = swifthist_enter(hist, &ev, line)
            saveHistory(hist, &ev, histFile)
            Interrupts.reset()
            engine.execute(line)
            console.out.flush()
        }
        saveHistory(hist, &ev, histFile)
        history_end(hist)
        el_end(el)
        free(promptBuffer)
        promptBuffer = nil
    }

    /// Writes the history file (mode 0600), creating its folder.
    private func saveHistory(_ hist: OpaquePointer, _ ev: inout HistEvent, _ path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let old = umask(0o077)
        _ = swifthist_save(hist, &ev, path)
        umask(old)
        chmod(path, 0o600)
    }

    /// Tab: insert the longest common prefix; with nothing to insert, list the candidates.
    fileprivate func complete(_ el: OpaquePointer) -> UInt8 {
        guard let li = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
        let before = String(decoding: UnsafeRawBufferPointer(start: li.buffer, count: li.cursor - li.buffer), as: UTF8.self)
        let cursor = before.unicodeScalars.count
        let completion = engine.complete(line: before, cursor: cursor)
        let candidates = completion.candidates
        if candidates.isEmpty { return UInt8(CC_ERROR) }
        let typed = String(String.UnicodeScalarView(before.unicodeScalars.dropFirst(completion.start)))
        var common = candidates[0]
        for c in candidates.dropFirst() {
            while !c.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        if candidates.count == 1 && completion.isFinal { common += " " }
        if common.count > typed.count || (candidates.count == 1 && common != typed) {
            // Replace the typed word (its case or quoting may change), then insert the completion.
            let typedScalars = typed.unicodeScalars.count
            if typedScalars > 0 { el_deletestr(el, Int32(typedScalars)) }
            el_insertstr(el, common)
            lastListing = nil
            return UInt8(CC_REFRESH)
        }
        let listing = candidates.joined(separator: "  ")
        console.write("\n" + columns(candidates) + "\n")
        console.out.flush()
        lastListing = listing
        return UInt8(CC_REDISPLAY)
    }

    /// Candidates laid out in columns across the terminal.
    private func columns(_ items: [String]) -> String {
        let w = (items.map(\.count).max() ?? 0) + 2
        let perLine = max(1, console.width / max(w, 1))
        var out = ""
        for (i, item) in items.enumerated() {
            out += item.padding(toLength: w, withPad: " ", startingAt: 0)
            if (i + 1) % perLine == 0 && i + 1 < items.count { out += "\n" }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}

private let promptFunction: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { el in
    InteractiveShell.from(el)?.prompt
}

private let completeFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let shell = InteractiveShell.from(el) else { return UInt8(CC_ERROR) }
    return shell.complete(el)
}
