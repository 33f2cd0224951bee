import Foundation
import Testing

/// `dossier -f FILE`, commands piped on standard input, and `run FILE` inside the shell.
@Suite struct ScriptModeTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("wire.txt", Fixtures.wire)
        try dir.write("harbour.txt", Fixtures.harbour)
    }

    @Test func scriptRunsEveryLineAndExitsZero() throws {
        try dir.write("ok.dossier", """
        # load both articles, then list them
        load wire.txt harbour.txt
        articles --format jsonl
        """)
        let r = try DossierBinary.run(["-f", "ok.dossier"], in: dir)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("error"), "only notes on stderr: \(r.stderr)")
        let ids = r.stdout.split(separator: "\n").filter { $0.hasPrefix("{") }
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .compactMap { $0["id"] as? String }
        #expect(ids.suffix(2) == ["wire", "harbour"])
    }

    @Test func firstFailingLineStopsTheScriptWithFileAndLine() throws {
        try dir.write("bad.dossier", """
        load wire.txt

        # a comment, then a typo on line 4
        artcles
        load harbour.txt
        """)
        let r = try DossierBinary.run(["-f", "bad.dossier"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").contains { $0.hasPrefix("bad.dossier:4: error: unknown command 'artcles'") })
        #expect(!r.stdout.contains("harbour"), "the line after the failure must not run")
    }

    @Test func keepGoingRunsTheRestAndStillFails() throws {
        try dir.write("bad.dossier", """
        load wire.txt
        artcles
        load harbour.txt
        show nosuch
        articles --format jsonl
        """)
        let r = try DossierBinary.run(["-f", "bad.dossier", "--keep-going"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.dossier:2: error: unknown command 'artcles'"))
        #expect(r.stderr.contains("bad.dossier:4: error:"))
        #expect(r.stdout.contains("\"id\":\"harbour\""), "lines after a failure run with --keep-going")
    }

    @Test func continuationLinesJoinAndReportTheirFirstLine() throws {
        try dir.write("cont.dossier", """
        load wire.txt \\
             harbour.txt
        articles \\
          --format jsonl
        show \\
          nosuch
        """)
        let r = try DossierBinary.run(["-f", "cont.dossier"], in: dir)
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").filter { $0.hasPrefix("{\"id\"") }
        #expect(lines.count == 2, "both files were loaded by the continued 'load' line")
        #expect(r.stderr.split(separator: "\n").contains { $0.hasPrefix("cont.dossier:5: error:") }, "an error names the line where the command starts")
    }

    @Test func missingScriptIsAOneLineError() throws {
        let r = try DossierBinary.run(["-f", "nope.dossier"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "dossier: cannot read script 'nope.dossier': no such file\n")
    }

    @Test func pipedCommandsRunWithoutPromptEscapesOrHistory() throws {
        let r = try DossierBinary.run([], stdin: "load wire.txt\n# comment\nactors\nhelp\narticles\n", in: dir)
        #expect(r.status == 0)
        #expect(!r.stdout.contains("dossier["), "no prompt when standard input is not a terminal")
        #expect(!r.stdout.hasEscapeCodes && !r.stderr.hasEscapeCodes)
        #expect(r.stdout.contains("wire"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/state/dossier/history"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/.local/state/dossier/history"))
    }

    @Test func pipedCommandsStopAtTheFirstFailureUnlessKeepGoing() throws {
        let input = "load wire.txt\nbogus\nload harbour.txt\narticles --format jsonl\n"
        let stop = try DossierBinary.run([], stdin: input, in: dir)
        #expect(stop.status == 1)
        #expect(stop.stderr.split(separator: "\n").contains { $0.hasPrefix("<stdin>:2: error: unknown command 'bogus'") })
        #expect(!stop.stdout.contains("harbour"))

        let go = try DossierBinary.run(["--keep-going"], stdin: input, in: dir)
        #expect(go.status == 1)
        #expect(go.stdout.contains("\"id\":\"harbour\""))
    }

    @Test func runInsideTheShellReportsTheScriptLine() throws {
        try dir.write("inner.dossier", "load wire.txt\nshow nosuch\n")
        let r = try DossierBinary.run(["-c", "run inner.dossier; articles"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("inner.dossier:2: error:"))
    }

    @Test func quitEndsAScriptSuccessfully() throws {
        let r = try DossierBinary.run([], stdin: "load wire.txt\nquit\nbogus\n", in: dir)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("error"), "only notes on stderr: \(r.stderr)")
    }
}
