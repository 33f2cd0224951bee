import Foundation
import Testing
@testable import DossierEngine

/// A console that reports a terminal on standard error, to see the progress bar.
final class ProgressConsole: Console {
    var output = ""
    var errors = ""
    var isTerminal: Bool { true }
    var showsProgress: Bool { true }
    var width: Int { 100 }
    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
}

/// `run FILE`, and the progress bar of long loads.
@Suite struct ScriptAndProgressTests {
    let dir = TemporaryFolder()

    @Test func loadingManyFilesDrawsAProgressBarOnlyOnATerminal() {
        for n in 1...40 { dir.write("many/a\(n).txt", "Article number \(n).") }
        let console = ProgressConsole()
        let engine = Engine(console: console)
        #expect(engine.execute("load \(dir.path)/many"))
        #expect(engine.workspace.articles.count == 40)
        #expect(console.errors.contains("/40 reading"))
        #expect(console.errors.contains("/40 analysing"))
        #expect(console.errors.hasSuffix("\r\u{1B}[2K"), "the bar is cleared at the end")
        let piped = Session()
        _ = piped.out("load \(dir.path)/many")
        #expect(!piped.console.errors.contains("reading") && !piped.console.errors.contains("\u{1B}"),
                "no progress bar when stderr is not a terminal")
    }

    @Test func runExecutesAScriptAndReportsFileAndLine() {
        let script = dir.write("check.dossier", "# set up\nset width 80\nshow nosuch\nset width 90\n")
        let s = Fixtures.session()
        let r = s.run("run \(script)")
        #expect(!r.ok)
        #expect(r.err.split(separator: "\n").contains { $0.hasPrefix("\(script):3: error: no article 'nosuch'") })
        #expect(s.workspace.settings.width == 80, "the lines before the error ran, the ones after did not")
        let going = Fixtures.session()
        _ = going.run("run \(script) --keep-going")
        #expect(going.workspace.settings.width == 90)
    }

    @Test func warningsInAScriptCarryItsFileAndLine() {
        dir.write("mixed/good.txt", "A good article.")
        dir.write("mixed/empty.txt", "")
        let script = dir.write("load.dossier", "set width 80\nload \(dir.path)/mixed\n")
        let s = Session()
        #expect(s.run("run \(script)").ok)
        #expect(s.console.errors.split(separator: "\n").contains { $0.hasPrefix("\(script):2: warning: '\(dir.path)/mixed/empty.txt' is empty") })
    }

    @Test func quitInARunScriptEndsTheScriptNotTheShell() {
        let script = dir.write("q.dossier", "set width 70\nquit\nset width 80\n")
        let s = Session()
        #expect(s.run("run \(script)").ok)
        #expect(s.workspace.settings.width == 70)
        #expect(!s.engine.wantsQuit)
    }

    @Test func scriptsThatRunThemselvesOrAreNotFilesAreRefused() {
        let path = dir.path + "/loop.dossier"
        dir.write("loop.dossier", "run \(path)\n")
        let s = Session()
        #expect(s.failure("run \(path)").contains("runs itself"))
        #expect(s.failure("run /dev/zero").contains("is not a script file"))
        #expect(s.failure("run \(dir.path)").contains("is not a script file"))
        #expect(s.failure("run \(dir.path)/none").contains("cannot read"))
    }
}
