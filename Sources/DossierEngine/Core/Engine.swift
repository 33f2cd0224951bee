import Foundation

/// The command engine every front end drives: it splits lines into commands, parses them
/// against their specs, runs them, renders their results and writes them to the console.
public final class Engine {
    public let workspace: Workspace
    public var console: Console
    /// Set by `quit`; the front end stops reading.
    public internal(set) var wantsQuit = false
    /// Forces colour off whatever the settings say (`--no-color` on the command line).
    public var colorDisabled = Engine.noColorRequested(ProcessInfo.processInfo.environment)
    /// Every line run in this session, oldest first (`history`).
    public internal(set) var history: [String] = []
    /// Scripts being run (`run FILE` inside `run FILE`), to refuse loops.
    var runningScripts: [String] = []
    /// Where session NAMEs resolve (`./Sessions`, else the XDG data folder).
    public var sessionLocator = SessionLocator.standard()
    /// Set by the interactive front end: questions may be asked at the terminal.
    public var isInteractive = false
    /// `--format` given at start-up: wins over the session's `set format` until `set format`.
    public var formatOverride: OutputFormat? = nil
    /// Dossier's version: shown by `--version`, written into saved sessions (`meta.app_version`).
    public static let appVersion = "0.1.0"

    /// True when a yes/no question can be put to the user now: at the interactive prompt, with
    /// a terminal, not inside a script.
    public var canAsk: Bool { isInteractive && runningScripts.isEmpty && console.isTerminal }

    /// True when the environment asks for no colour: `NO_COLOR` set to anything but "" (no-color.org).
    public static func noColorRequested(_ environment: [String: String]) -> Bool {
        environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    public init(console: Console, workspace: Workspace = Workspace()) {
        self.console = console
        self.workspace = workspace
    }

    /// Runs every command on a line. Returns false when one failed (the rest of the line is skipped).
    @discardableResult
    public func execute(_ line: String, location: String? = nil) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return true }
        history.append(trimmed)
        let commands: [[LineSplitter.Word]]
        do {
            commands = try LineSplitter().split(line)
        } catch let e as LineSplitter.Unterminated {
            report(DossierError("unterminated \(e.quote) quote", hint: "close the quote, or escape it with a backslash"),
                   location: location)
            return false
        } catch {
            report(DossierError("\(error)"), location: location)
            return false
        }
        for words in commands {
            if !runCommand(words.map(\.text), location: location) { return false }
            if wantsQuit { break }
        }
        return true
    }

    /// Runs a script: one command per line, `#` comments, a trailing `\` continues the line.
    /// Stops at the first failure (reported as `NAME:LINE: error: …`) unless `keepGoing`.
    @discardableResult
    public func runScript<Lines: Sequence>(lines: Lines, name: String, keepGoing: Bool = false) -> Bool
    where Lines.Element == String {
        var ok = true
        var pending = "", pendingLine = 0
        var number = 0
        for raw in lines {
            number += 1
            var line = raw
            if line.hasSuffix("\r") { line.removeLast() }
            if pending.isEmpty { pendingLine = number }
            if line.hasSuffix("\\") && !line.hasSuffix("\\\\") {
                pending += String(line.dropLast()) + " "
                continue
            }
            let full = pending + line
            pending = ""
            if !execute(full, location: "\(name):\(pendingLine)") {
                ok = false
                if !keepGoing { return false }
            }
            if wantsQuit { return ok }
            if console.isCancelled { return false }
        }
        if !pending.isEmpty, !execute(pending, location: "\(name):\(pendingLine)") { ok = false }
        return ok
    }

    /// The prompt: session name, `(read-only)` when another process has it, `*` when there are
    /// unsaved changes, the scope and the article count.
    public var prompt: String {
        let n = workspace.articles.count
        let scope = workspace.scope.map { "\($0.count)/" } ?? ""
        let readOnly = workspace.isReadOnly ? "(read-only)" : ""
        return "dossier[\(workspace.sessionName)\(readOnly)\(workspace.isDirty ? "*" : ""):\(scope)\(n)]> "
    }

    // MARK: - One command

    func runCommand(_ words: [String], location: String?) -> Bool {
        guard let name = words.first else { return true }
        guard let type = CommandRegistry.lookup(name) else {
            let near = suggestions(for: name, among: CommandRegistry.namesAndAliases)
            report(DossierError("unknown command '\(name)'",
                                hint: near.isEmpty ? "'help' lists the commands" : "did you mean \(near.joined(separator: ", "))?"),
                   location: location)
            return false
        }
        let spec = type.spec
        do {
            let inv = try Invocation.parse(Array(words.dropFirst()), spec: spec)
            let renderer = try self.renderer(for: inv)
            if inv.flag("help") {
                emit(HelpCommand.help(for: spec), renderer: renderer)
                return true
            }
            let result = try type.run(inv, CommandContext(engine: self))
            emit(result, renderer: renderer, location: location)
            return true
        } catch let e as DossierError {
            report(e, location: location)
        } catch {
            report(DossierError("\(error)"), location: location)
        }
        return false
    }

    /// The renderer for one command: `--format` wins over `set format`.
    func renderer(for inv: Invocation) throws -> Renderer {
        var format = formatOverride ?? workspace.settings.format
        if let raw = inv.option("format") {
            guard let f = OutputFormat(rawValue: raw.lowercased()) else {
                throw DossierError("unknown format '\(raw)'",
                                   hint: "formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            format = f
        }
        let color = console.isTerminal && workspace.settings.color && !colorDisabled && !inv.flag("no-color")
        return Renderer(format: format, width: workspace.settings.width ?? console.width, color: color,
                        messagesToStandardError: !console.isTerminal)
    }

    public func emit(_ result: CommandResult, renderer: Renderer, location: String? = nil) {
        let (out, err) = renderer.render(result, location: location)
        if !out.isEmpty { console.write(out) }
        if !err.isEmpty { console.writeError(err) }
    }

    /// The renderer for a result that no command line asked for (start-up notes).
    public func defaultRenderer() -> Renderer {
        Renderer(format: formatOverride ?? workspace.settings.format, width: workspace.settings.width ?? console.width,
                 color: console.isTerminal && workspace.settings.color && !colorDisabled,
                 messagesToStandardError: !console.isTerminal)
    }

    /// At the end of a script or `-c`: a warning when a named session (opened, saved, or
    /// started with --session) has changes that were not saved. A scratch session stays quiet.
    public func warnAboutUnsavedWorkAtExit() {
        guard workspace.isDirty, !wantsQuit,
              workspace.sessionPath != nil || workspace.plannedPath != nil else { return }
        let w = DossierError("session '\(workspace.sessionName)' has unsaved changes that were not saved",
                             hint: "end the script with 'save' to keep them")
        console.writeError(defaultRenderer().render(warning: w))
    }

    /// Writes an error to stderr, prefixed with `FILE:LINE: ` in scripts.
    public func report(_ error: DossierError, location: String? = nil) {
        let color = console.isTerminal && workspace.settings.color && !colorDisabled
        let prefix = location.map { "\($0): " } ?? ""
        console.writeError(Renderer(format: .table, color: color).render(error: error, prefix: prefix))
    }
}
