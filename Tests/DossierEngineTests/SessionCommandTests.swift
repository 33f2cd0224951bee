import Foundation
import GRDB
import Testing
import DossierAnalysis
@testable import DossierEngine

/// An engine whose sessions folder is a temporary folder.
func sessionEngine(_ folder: TemporaryFolder, articles: [Article] = [], terminal: Bool = false) -> Session {
    let s = Session(terminal: terminal)
    s.engine.sessionLocator = SessionLocator(directory: folder.path + "/Sessions")
    for a in articles { s.workspace.add(a) }
    return s
}

/// save, open, new, sessions and what they promise: the same answers after reopening, no loss
/// on bad files, confirmation before losing or replacing work.
@Suite struct SessionCommandTests {
    let folder = TemporaryFolder()
    var articles: [Article] { [Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()] }

    /// Lines whose output must be identical before saving and after reopening.
    static let probes = [
        "articles", "actors", "actors --all --sort name", "actor Varga", "actor \"Nadia Petrova\"", "quotes", "quotes Helena",
        "quotes --dismissed", "quotes --grep river", "show bridge -p 2", "notes", "corrections", "scopes", "use", "set",
        "export actors --format csv", "export quotes --format jsonl", "export analysis", "sql 'SELECT * FROM global_actors'",
        "sql 'SELECT * FROM quote_status ORDER BY article_id, quote_id'", "sql 'SELECT seq, kind, command FROM corrections'",
    ]

    func work(_ s: Session) {
        s.out("merge \"Tom Hale\" Hale@river")
        s.out("rename Varga \"Helena Varga\"")
        s.out("alias Helena the harbour mayor")
        s.out("split \"Tom Hale\" ferry")
        s.out("attribute bridge:q4 \"Anna Hale\"")
        s.out("attribute ferry:q3 Nadia Petrova")
        s.out("dismiss ferry:q4")
        s.out("note Helena check her title")
        s.out("note bridge:q2 at the council meeting")
        s.out("use bridge ferry --save two")
        s.out("use all")
        s.out("set width 120")
    }

    func outputs(_ s: Session) -> [String] {
        Self.probes.map { line in
            for format in ["json", "table"] where !line.contains("--format") && !line.hasPrefix("export") {
                return s.data(line + " --format \(format)") + s.data(line + " --format markdown")
            }
            return s.data(line)
        }
    }

    @Test func everyCommandAnswersTheSameAfterReopening() throws {
        let s = sessionEngine(folder, articles: articles)
        work(s)
        let before = outputs(s)
        let history = s.engine.history
        #expect(s.out("save budget").contains("Saved 'budget' (3 articles, 7 corrections, 2 notes)"))
        #expect(!s.workspace.isDirty)

        s.workspace.lock?.release()   // as if the first shell had quit
        let t = sessionEngine(folder)
        t.workspace.reanalyze = { _ in Issue.record("reopening must not analyse again"); return Analysis(document: Document(text: ArticleText(""))) }
        let opened = t.out("open budget")
        #expect(opened.contains("Opened 'budget': 3 articles, 7 corrections, 2 notes."), "\(opened)")
        #expect(!t.workspace.isDirty)
        #expect(t.engine.prompt == "dossier[budget:3]> ")
        let after = outputs(t)
        for (i, line) in Self.probes.enumerated() {
            #expect(before[i] == after[i], "'\(line)' answers differently after reopening")
        }
        #expect(Array(t.engine.history.prefix(history.count + 2)) == history + ["save budget", "open budget"],
                "the history of the saved session comes back")
        #expect(t.out("use two").contains("Scope: 2 of 3"))
    }

    @Test func promptMarksUnsavedChangesAndSavingClearsTheMark() {
        let s = sessionEngine(folder, articles: [Fixtures.bridge()])
        s.workspace.isDirty = false
        #expect(s.engine.prompt == "dossier[untitled:1]> ")
        s.out("note Varga looks right")
        #expect(s.engine.prompt == "dossier[untitled*:1]> ")
        #expect(s.failure("save").contains("no name yet"))
        s.out("save budget")
        #expect(s.engine.prompt == "dossier[budget:1]> ")
        s.out("set format json")
        #expect(s.engine.prompt == "dossier[budget*:1]> ", "settings belong to the session")
        s.out("save")
        #expect(s.engine.prompt == "dossier[budget:1]> ")
        s.out("actors")
        #expect(s.engine.prompt == "dossier[budget:1]> ", "reading changes nothing")
    }

    @Test func savingOverAnotherSessionNeedsForceInScriptsAndAYesAtTheTerminal() throws {
        let first = sessionEngine(folder, articles: [Fixtures.bridge()])
        first.out("save budget")
        first.workspace.lock?.release()   // the first engine lets go, as if it had quit
        first.workspace.lock = nil
        let other = sessionEngine(folder, articles: [Fixtures.ferry()])
        let err = other.failure("save budget")
        #expect(err.contains("a different session 'budget' already exists"))
        #expect(err.contains("--force"))
        other.out("save budget --force")
        #expect(try SessionStore.read(path: folder.path + "/Sessions/budget.dossier").snapshot.articles.map(\.id) == ["ferry"])

        let tty = sessionEngine(folder, articles: [Fixtures.river()], terminal: true)
        tty.engine.isInteractive = true
        other.workspace.lock?.release(); other.workspace.lock = nil
        tty.console.answers = [false]
        #expect(tty.out("save budget").contains("Not saved."))
        #expect(tty.console.errors.contains("Replace the saved session 'budget' (1 article) with this one?"))
        tty.console.answers = [true]
        tty.out("save budget")
        #expect(try SessionStore.read(path: folder.path + "/Sessions/budget.dossier").snapshot.articles.map(\.id) == ["river"])
        tty.out("save")   // its own file: no question
        #expect(tty.console.answers.isEmpty)
    }

    @Test func aSessionOpenElsewhereIsReadOnlyAndCannotBeSavedOver() throws {
        let a = sessionEngine(folder, articles: [Fixtures.bridge()])
        a.out("save shared")
        let b = sessionEngine(folder)
        let r = b.run("open shared")
        #expect(r.ok)
        #expect(r.err.contains("open in another dossier process: opened read-only"))
        #expect(b.engine.prompt.contains("shared(read-only)"))
        b.out("note mine")
        #expect(b.failure("save").contains("read-only"))
        #expect(b.failure("save shared --force").contains("open in another dossier process"))
        b.out("save shared-copy")
        #expect(b.engine.prompt == "dossier[shared-copy:1]> ")
        #expect(try SessionStore.read(path: folder.path + "/Sessions/shared.dossier").snapshot.notes.isEmpty)
    }

    @Test func badFilesAreRefusedAndNothingLoadedIsLost() throws {
        let s = sessionEngine(folder, articles: [Fixtures.bridge()])
        s.out("note keep me")
        let dir = folder.path + "/Sessions"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        folder.write("Sessions/junk.dossier", "This is a text file, not a session.\n")
        folder.write("Sessions/empty.dossier", "")
        try DatabaseQueue(path: dir + "/foreign.dossier").write { try $0.execute(sql: "CREATE TABLE t(x)") }
        let good = sessionEngine(folder, articles: articles)
        good.out("save good")
        good.workspace.lock?.release()   // as if that other shell had quit
        let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/good.dossier"))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: dir + "/cut.dossier"))
        try data.write(to: URL(fileURLWithPath: dir + "/newer.dossier"))
        try DatabaseQueue(path: dir + "/newer.dossier").write {
            try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2'); UPDATE meta SET value = '2' WHERE key = 'schema'")
        }
        let expected = ["junk": "not a Dossier session", "empty": "empty", "foreign": "not a Dossier session",
                        "cut": "truncated", "newer": "newer Dossier", "missing": "no session"]
        for (name, words) in expected {
            let err = s.failure("open \(name)")
            #expect(err.contains(words), "open \(name): \(err)")
            #expect(s.workspace.articles.map(\.id) == ["bridge"] && s.workspace.notes.count == 1, "open \(name) lost work")
        }
        let rows = try #require(try s.json("sessions")["sessions"] as? [[String: Any]])
        let status = Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as! String, $0["status"] as! String) })
        #expect(status["good"] == "")
        #expect(rows.first { $0["name"] as? String == "good" }?["articles"] as? Int == 3)
        for name in ["junk", "empty", "foreign", "cut", "newer"] {
            #expect(status[name]?.hasPrefix("unreadable: ") == true, "\(name): \(status[name] ?? "missing")")
        }
    }

    @Test func sessionNamesCannotLeaveTheSessionsFolder() {
        let s = sessionEngine(folder, articles: [Fixtures.bridge()])
        for bad in ["a/b", "..", ".hidden", "x/../../y", "a\\\\b"] {
            #expect(s.failure("save \(bad)").contains("is not a session name"), "save \(bad)")
            #expect(s.failure("open \(bad)").contains("is not a session name"), "open \(bad)")
        }
        s.out("save ./elsewhere/explicit.dossier")
        #expect(FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/elsewhere/explicit.dossier"))
        try? FileManager.default.removeItem(atPath: FileManager.default.currentDirectoryPath + "/elsewhere")
    }

    @Test func newAndOpenAskBeforeLosingUnsavedWork() {
        let s = sessionEngine(folder, articles: [Fixtures.bridge()], terminal: true)
        s.engine.isInteractive = true
        s.console.answers = [false]
        #expect(s.out("new").contains("Kept the current session"))
        #expect(s.workspace.articles.count == 1)
        s.console.answers = [true]
        s.out("new draft")
        #expect(s.workspace.articles.isEmpty && s.engine.prompt == "dossier[draft:0]> ")
        s.workspace.add(Fixtures.ferry())
        s.out("save")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/Sessions/draft.dossier"))

        let script = sessionEngine(folder, articles: [Fixtures.river()])
        let r = script.run("open draft")
        #expect(r.ok && r.err.contains("warning: unsaved changes in 'untitled' were not saved"))
        #expect(script.workspace.articles.map(\.id) == ["ferry"])
    }

    @Test func quitAsksAtTheTerminalAndWarnsInScripts() {
        let tty = sessionEngine(folder, articles: [Fixtures.bridge()], terminal: true)
        tty.engine.isInteractive = true
        tty.console.answers = [false]
        #expect(tty.out("quit").contains("Not quitting"))
        #expect(!tty.engine.wantsQuit)
        tty.console.answers = [true]
        tty.out("quit")
        #expect(tty.engine.wantsQuit)

        let script = sessionEngine(folder, articles: [Fixtures.bridge()])
        let r = script.run("quit")
        #expect(r.ok && script.engine.wantsQuit)
        #expect(r.err.contains("warning: unsaved changes in 'untitled' were not saved"))
        let clean = sessionEngine(folder)
        #expect(clean.run("quit").err.isEmpty, "nothing to lose, nothing to say")
    }

    @Test func sqlReadsTheCurrentStateAndRefusesWrites() throws {
        let s = sessionEngine(folder, articles: [Fixtures.bridge(), Fixtures.ferry()])
        s.out("rename Varga \"Helena Varga\"")
        let rows = try #require(try s.json("sql 'SELECT name, quotes FROM global_actors ORDER BY quotes DESC, name'")["rows"] as? [[String: Any]])
        #expect(rows.first?["name"] as? String == "Tom Hale" && rows.first?["quotes"] as? Int == 3)
        #expect(rows.contains { $0["name"] as? String == "Helena Varga" }, "unsaved corrections are visible")
        s.out("dismiss bridge:q1")
        let dismissed = try s.json("sql 'SELECT quote_id FROM quote_status WHERE dismissed'")["rows"] as? [[String: Any]]
        #expect(dismissed?.map { $0["quote_id"] as? String } == ["q1"], "the copy follows changes")
        for write in ["DELETE FROM articles", "UPDATE notes SET text = 'x'", "INSERT INTO history VALUES (99, 'x')",
                      "DROP TABLE quotes", "CREATE TABLE t(x)", "ATTACH DATABASE '/tmp/x.db' AS x", "PRAGMA query_only = OFF",
                      "VACUUM", "SELECT 1; DELETE FROM articles"] {
            let err = s.failure("sql \"\(write)\"")
            #expect(err.contains("only reads") || err.contains("SQL error"), "\(write): \(err)")
        }
        #expect((try s.json("sql 'SELECT count(*) AS n FROM articles'")["rows"] as? [[String: Any]])?.first?["n"] as? Int == 2)
        #expect(s.failure("sql 'SELECT nope FROM nowhere'").contains("SQL error: no such table: nowhere"))
        let csv = s.data("sql 'SELECT id, words FROM articles ORDER BY id' --format csv")
        #expect(csv.hasPrefix("id,words\r\nbridge,"))
    }

    /// The demo holds actors of different articles that share a name ("city council"): their
    /// positions are kept apart in the file, and the positions commands answer the same after reopening.
    @Test func theDemoSavesAndReopensWithItsPositions() throws {
        let s = sessionEngine(folder)
        s.out("demo")
        let probes = ["topics", "positions Okafor", "compare Okafor Lindqvist \"David Brennan\"",
                      "sql 'SELECT topic_id, actor_position, actor, stance FROM positions ORDER BY topic_id, actor_position'"]
        let before = probes.map { s.data($0 + " --format json") }
        #expect(s.out("save kestrel").contains("Saved 'kestrel' (4 articles"))
        s.workspace.lock?.release()
        let t = sessionEngine(folder)
        #expect(t.out("open kestrel").contains("Opened 'kestrel': 4 articles"))
        for (i, line) in probes.enumerated() {
            #expect(t.data(line + " --format json") == before[i], "'\(line)' answers differently after reopening")
        }
        let rows = t.data("sql 'SELECT count(*) AS n, count(DISTINCT actor_position) AS actors FROM positions' --format csv")
        #expect(!rows.hasSuffix("\n0,0\n"), "positions were saved: \(rows)")
    }
}
