import DossierEngine
import Foundation
import Glibc
import Testing

/// Sessions across real `dossier` processes: a save killed with SIGKILL at several moments, two
/// processes opening one session, `--session NAME` at start-up, and the unsaved-work warnings.
@Suite(.serialized) struct SessionProcessTests {
    let dir: TemporaryDirectory
    var sessions: String { dir.path + "/Sessions" }

    init() throws {
        dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path + "/Sessions", withIntermediateDirectories: true)
        try dir.write("wire.txt", Fixtures.wire)
        try dir.write("harbour.txt", Fixtures.harbour)
    }

    /// `count` invented articles as JSON Lines (one file loads fast; the save is what takes time).
    func writeArticles(_ name: String, count: Int, from first: Int = 0) throws {
        var out = ""
        for i in first..<(first + count) {
            let body = (0..<12).map { p in
                "Paragraph \(p) of report \(i): the council of Port \(i % 97) met on day \(p) and said the budget would \"not be cut\", "
                    + "while the harbour board under chair Ana Vidal-\(i % 13) asked for more time."
            }.joined(separator: "\n\n")
            out += JSONWriter.write(.object(Record(["id": .string("r\(i)"), "title": .string("Report \(i)"), "text": .string(body)])),
                                    pretty: false) + "\n"
        }
        try dir.write(name, out)
    }

    /// Starts `dossier` with `arguments`, without waiting.
    func start(_ arguments: [String], stdin: FileHandle? = nil) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: DossierBinary.path)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.environment = DossierBinary.environment(home: dir.path)
        p.standardInput = stdin ?? FileHandle(forReadingAtPath: "/dev/null")
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        return p
    }

    /// Waits until `condition` holds or the process ends; true when it held first.
    func wait(for process: Process, timeout: Double = 120, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            if !process.isRunning { return condition() }
            usleep(1000)
        }
        return false
    }

    /// The article count of a session, read by a fresh `dossier` process (nil when it cannot open it).
    func articleCount(_ name: String) throws -> Int? {
        let r = try DossierBinary.run(["-c", "open \(name); sql 'SELECT count(*) AS n FROM articles' --format csv"], in: dir)
        guard r.status == 0 else { return nil }
        return Int(r.stdout.components(separatedBy: "\r\n")[1])
    }

    func killDuringSave(_ arguments: [String], marker: String, delays: [useconds_t]) throws -> Int {
        var landed = 0
        for delay in delays {
            let p = try start(arguments)
            if wait(for: p, { FileManager.default.fileExists(atPath: marker) || self.tempFileExists() }) {
                usleep(delay)
                if p.isRunning { kill(p.processIdentifier, SIGKILL); landed += 1 }
            }
            p.waitUntilExit()
        }
        return landed
    }

    func tempFileExists() -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []).contains { $0.contains(".saving-") }
    }

    @Test func aSaveKilledAtAnyMomentLeavesThePreviousFileIntact() throws {
        try writeArticles("base.jsonl", count: 1500)
        try writeArticles("more.jsonl", count: 1500, from: 1500)
        // A first save killed: no file, or a complete one.
        let first = try killDuringSave(["-c", "load base.jsonl; save fresh"], marker: sessions + "/nothing", delays: [0, 20_000])
        let fresh = sessions + "/fresh.dossier"
        if FileManager.default.fileExists(atPath: fresh) { #expect(try articleCount("fresh") == 1500) }

        let made = try DossierBinary.run(["-c", "load base.jsonl; save big"], in: dir)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try articleCount("big") == 1500)
        // Saving in place (one transaction) killed: the journal rolls it back on the next open.
        let inPlace = try killDuringSave(["-c", "open big; load more.jsonl; save"], marker: sessions + "/big.dossier-journal",
                                         delays: [0, 5_000, 50_000, 200_000])
        #expect([1500, 3000].contains(try articleCount("big") ?? -1), "the previous session, or the complete new one")
        // Saving over another session (new file, then rename) killed.
        let replaced = try killDuringSave(["-c", "load more.jsonl; save big --force"], marker: sessions + "/nothing",
                                          delays: [0, 30_000, 150_000])
        let after = try articleCount("big")
        #expect([1500, 3000].contains(after ?? -1), "opens with a complete session: \(after.map(String.init) ?? "unreadable")")
        #expect(inPlace > 0 && first + replaced > 0, "kills landed while saving (\(first), \(inPlace), \(replaced))")
        // A killed save may leave its hidden temporary file behind; it is never listed.
        let listed = try DossierBinary.run(["-c", "sessions --format csv"], in: dir)
        #expect(!listed.stdout.contains("saving"))
    }

    @Test func aSecondProcessOpensReadOnlyAndCannotSaveOver() throws {
        let made = try DossierBinary.run(["-c", "load wire.txt harbour.txt; save shared"], in: dir)
        #expect(made.status == 0, "\(made.stderr)")
        let pipe = Pipe()
        let first = try start([], stdin: pipe.fileHandleForReading)
        pipe.fileHandleForWriting.write(Data("open shared\n".utf8))
        #expect(wait(for: first, timeout: 30) { SessionLock.isHeldElsewhere(session: self.sessions + "/shared.dossier") },
                "the first process holds the session")

        let second = try DossierBinary.run(["-c", "open shared; note from the second; save"], in: dir)
        #expect(second.status == 1)
        #expect(second.stderr.contains("open in another dossier process: opened read-only"), "\(second.stderr)")
        #expect(second.stderr.contains("error: 'shared' is open in another dossier process; this copy is read-only"))
        let forced = try DossierBinary.run(["-c", "open shared; save shared --force"], in: dir)
        #expect(forced.status == 1)
        let copy = try DossierBinary.run(["-c", "open shared; note kept in the copy; save shared-copy"], in: dir)
        #expect(copy.status == 0, "\(copy.stderr)")

        pipe.fileHandleForWriting.write(Data("note from the first\nsave\nquit\n".utf8))
        try pipe.fileHandleForWriting.close()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let notes = try DossierBinary.run(["-c", "open shared; notes --format csv"], in: dir)
        #expect(notes.stdout.contains("from the first") && !notes.stdout.contains("from the second"))
        let copyNotes = try DossierBinary.run(["-c", "open shared-copy; notes --format csv"], in: dir)
        #expect(copyNotes.stdout.contains("kept in the copy"))
        #expect(try articleCount("shared") == 2)
    }

    @Test func sessionAtStartUpOpensOrCreatesTheSession() throws {
        let created = try DossierBinary.run(["--session", "budget", "-c", "load wire.txt; save"], in: dir)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("New session 'budget'"))
        #expect(FileManager.default.fileExists(atPath: sessions + "/budget.dossier"))
        let reopened = try DossierBinary.run(["--session", "budget", "-c", "articles --format jsonl"], in: dir)
        #expect(reopened.status == 0)
        #expect(reopened.stdout.contains("\"id\":\"wire\""))
        #expect(reopened.stderr.contains("Opened 'budget'"))
        let invalid = try DossierBinary.run(["--session", "a/b", "-c", "articles"], in: dir)
        #expect(invalid.status == 1 && invalid.stderr.contains("is not a session name"))
        try dir.write("Sessions/junk.dossier", "not a session")
        let junk = try DossierBinary.run(["--session", "junk", "-c", "articles"], in: dir)
        #expect(junk.status == 1 && junk.stderr.contains("not a Dossier session"))
    }

    @Test func scriptsWarnAboutUnsavedWorkOfANamedSession() throws {
        let named = try DossierBinary.run(["--session", "draft", "-c", "load wire.txt"], in: dir)
        #expect(named.status == 0)
        #expect(named.stderr.contains("warning: session 'draft' has unsaved changes that were not saved"))
        let scratch = try DossierBinary.run(["-c", "load wire.txt; actors"], in: dir)
        #expect(!scratch.stderr.contains("warning"), "a scratch session stays quiet")
        let quit = try DossierBinary.run([], stdin: "load wire.txt\nquit\n", in: dir)
        #expect(quit.status == 0 && quit.stderr.contains("<stdin>:2: warning: unsaved changes in 'untitled' were not saved"))
    }

    @Test func ctrlDWithUnsavedChangesAsksAtTheTerminal() throws {
        var env = DossierBinary.environment(home: dir.path, extra: ["NO_COLOR": "1"])
        env["TERM"] = "xterm"
        let tty = try PseudoTerminal(DossierBinary.path, arguments: ["--session", "desk"], environment: env, directory: dir.path)
        try tty.expect("dossier[desk:0]> ")
        tty.send("load wire.txt\r")
        try tty.expect("dossier[desk*:1]> ")
        tty.send("\u{4}")
        try tty.expect("'desk' has unsaved changes. Quit without saving? [y/N] ")
        tty.send("n\r")
        try tty.expect("Not quitting")
        try tty.expect("dossier[desk*:1]> ")
        tty.send("save\r")
        try tty.expect("dossier[desk:1]> ")
        tty.send("\u{4}")
        #expect(tty.waitForExit() == 0, "nothing unsaved: Ctrl-D leaves at once")
        #expect(FileManager.default.fileExists(atPath: sessions + "/desk.dossier"))
    }
}
