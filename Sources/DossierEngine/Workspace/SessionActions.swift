import DossierAnalysis
import Foundation

/// Saving, opening and starting sessions: what `save`, `open`, `new` and `dossier --session`
/// share. The workspace is replaced only once a file has been read and checked, so a refused
/// file loses nothing already loaded.
extension Engine {
    /// Everything the session file will hold, from the workspace and the history.
    public func snapshot(name: String) -> SessionSnapshot {
        let ws = workspace
        var settings: [String: String] = [:]
        for n in Settings.names { settings[n] = ws.settings.value(n) }
        return SessionSnapshot(name: name, articles: ws.articles, corrections: ws.corrections, notes: ws.notes,
                               scopes: ws.savedScopes, currentScope: ws.scope, settings: settings, history: history)
    }

    /// Standardised absolute path, so that `x` and `./Sessions/x.dossier` are one file.
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
    }

    /// Saves the session to `path` (nil: its own file). Saving over a different session that
    /// exists needs `force` (scripts) or a yes at the terminal. Returns nil when the user
    /// declined.
    func saveSession(to path: String?, force: Bool) throws -> String? {
        let ws = workspace
        guard let target = (path ?? ws.sessionPath ?? ws.plannedPath).map(Engine.canonicalPath) else {
            throw DossierError("this session has no name yet", hint: "give it one: save NAME")
        }
        let own = ws.sessionPath == target
        if own && ws.isReadOnly {
            throw DossierError("'\(ws.sessionName)' is open in another dossier process; this copy is read-only",
                               hint: "save your work under another name: save \(ws.sessionName)-2")
        }
        let folder = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DossierError("cannot create the folder '\(folder)'", hint: "check the path and its permissions")
        }
        var newLock: SessionLock? = nil
        if !own || ws.lock == nil {
            switch SessionLock.acquire(session: target) {
            case .success(let l): newLock = l
            case .failure(.held):
                throw DossierError("'\(SessionLocator.name(ofPath: target))' is open in another dossier process",
                                   hint: "close it there first, or save under another name")
            case .failure(.unavailable(let why)):
                throw DossierError("cannot save in '\((target as NSString).deletingLastPathComponent)': \(why)",
                                   hint: "check the folder and its permissions")
            }
        }
        if !own && FileManager.default.fileExists(atPath: target) && !force {
            let name = SessionLocator.name(ofPath: target)
            if !canAsk {
                throw DossierError("a different session '\(name)' already exists at \(target)",
                                   hint: "'save \(name) --force' replaces it; or choose another name")
            }
            let about = SessionStore.summary(path: target)
            let detail = about.articles.map { " (\($0) article\($0 == 1 ? "" : "s"))" } ?? ""
            guard console.confirm("Replace the saved session '\(name)'\(detail) with this one?") else { return nil }
        }
        let name = SessionLocator.name(ofPath: target)
        let view = SessionWriter.View(articles: ws.articles, directory: ws.fullDirectory)
        try SessionStore.save(snapshot(name: name), view: view, to: target, inPlace: own, appVersion: Engine.appVersion)
        if let newLock {
            ws.lock?.release()
            ws.lock = newLock
        }
        ws.sessionPath = target
        ws.plannedPath = nil
        ws.sessionName = name
        ws.isReadOnly = false
        ws.isDirty = false
        return target
    }

    /// Opens the session file at `path` in place of the workspace. Errors leave the workspace
    /// as it was. Returns the notes and warnings to show.
    /// `proceed` is asked once the file has been read and checked (to confirm losing unsaved
    /// changes); nil when it says no.
    func openSession(at typedPath: String, proceed: () -> Bool = { true }) throws -> CommandResult? {
        let path = Engine.canonicalPath(typedPath)
        let read = try SessionStore.read(path: path)
        guard proceed() else { return nil }
        let ws = workspace
        var lock: SessionLock? = nil
        var warnings: [DossierError] = []
        var readOnly = false
        if ws.sessionPath == path, let own = ws.lock {
            lock = own
            ws.lock = nil   // kept across the reset below
        } else {
            switch SessionLock.acquire(session: path) {
            case .success(let l): lock = l
            case .failure(.held):
                readOnly = true
                warnings.append(DossierError("'\(read.snapshot.name)' is open in another dossier process: opened read-only",
                                             hint: "your changes can be saved under another name: save NAME"))
            case .failure(.unavailable(let why)):
                readOnly = true
                warnings.append(DossierError("cannot lock '\(read.snapshot.name)' (\(why)): opened read-only",
                                             hint: "save NAME keeps your changes elsewhere"))
            }
        }
        ws.clearSession()
        ws.adopt(read.snapshot)
        ws.sessionName = SessionLocator.name(ofPath: path)
        ws.lock = lock
        ws.sessionPath = path
        ws.isReadOnly = readOnly
        history = read.snapshot.history + (history.last.map { [$0] } ?? [])
        let s = read.snapshot
        var messages = ["Opened '\(ws.sessionName)': \(s.articles.count) article\(s.articles.count == 1 ? "" : "s"), "
                        + "\(s.corrections.count) correction\(s.corrections.count == 1 ? "" : "s"), "
                        + "\(s.notes.count) note\(s.notes.count == 1 ? "" : "s")."]
        if !read.staleArticles.isEmpty {
            let (message, problems) = reanalyze(read.staleArticles, savedWith: s.analyzerVersion)
            messages.append(message)
            warnings += problems
        }
        return CommandResult(messages: messages, warnings: warnings)
    }

    /// Analyses articles again (the analyser changed since they were saved) and replays the
    /// corrections over the new analysis, reporting those that no longer apply.
    func reanalyze(_ ids: [String], savedWith version: String) -> (String, [DossierError]) {
        let ws = workspace
        let byID = Dictionary(uniqueKeysWithValues: ws.articles.map { ($0.id, $0) })
        let texts = ids.compactMap { byID[$0]?.text.string }
        let analyze = ws.reanalyze
        let analyses = BatchAnalyzer.analyze(texts, using: analyze) { done in
            self.console.progress(done, of: texts.count, "analysing again")
            return true
        }
        console.progress(texts.count, of: texts.count, "")
        for (id, a) in zip(ids, analyses) { ws.replaceAnalysis(of: id, with: a) }
        let failed = ws.unreplayableCorrections
        let replayed = ws.corrections.count - failed.count
        var message = "The analyser changed since this session was saved (\(version.isEmpty ? "unknown" : version) → "
            + "\(Analyzer.version)): analysed \(ids.count) article\(ids.count == 1 ? "" : "s") again"
        message += ws.corrections.isEmpty ? "." : " and replayed \(replayed) of \(ws.corrections.count) corrections."
        let problems = failed.map {
            DossierError("correction '\($0.entry.command)' no longer applies: \($0.reason)",
                         hint: "'corrections' lists them; 'undo' removes the last one")
        }
        return (message, problems)
    }

    /// Starts an empty session (optionally named; it is written by `save`).
    func newSession(named name: String?) throws {
        var planned: String? = nil
        if let name { planned = Engine.canonicalPath(try sessionLocator.path(for: name)) }
        workspace.clearSession()
        if let planned {
            workspace.sessionName = SessionLocator.name(ofPath: planned)
            workspace.plannedPath = planned
        }
        history = history.last.map { [$0] } ?? []
    }

    /// `dossier --session NAME`: opens NAME when it exists, else starts a new session that
    /// `save` will write there.
    public func startSession(_ typed: String) throws -> CommandResult {
        let path = Engine.canonicalPath(try sessionLocator.path(for: typed))
        if FileManager.default.fileExists(atPath: path) { return try openSession(at: path) ?? .empty }
        try newSession(named: typed)
        return .message("New session '\(workspace.sessionName)': 'save' writes it to \(path).")
    }

    /// Asks before losing unsaved changes (at the terminal), or warns (in scripts). Returns
    /// false when the user said no.
    func confirmLosingChanges(_ action: String, warnings: inout [DossierError]) -> Bool {
        guard workspace.isDirty else { return true }
        let name = workspace.sessionName
        if canAsk { return console.confirm("'\(name)' has unsaved changes. \(action) without saving?") }
        warnings.append(DossierError("unsaved changes in '\(name)' were not saved",
                                     hint: "'save' before this command keeps them"))
        return true
    }
}
