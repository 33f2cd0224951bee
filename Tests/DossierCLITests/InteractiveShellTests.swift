import Foundation
import Glibc
import Testing

/// The interactive shell driven through a real pseudo-terminal: prompt, Tab completion,
/// persistent history, Ctrl-C, Ctrl-D and the terminal left as it was found.
@Suite(.serialized) struct InteractiveShellTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("articles/wire.txt", Fixtures.wire)
        try dir.write("articles/harbour.txt", Fixtures.harbour)
    }

    var historyPath: String { dir.path + "/state/dossier/history" }

    /// Starts `dossier` at a terminal in the fixture folder, with its own HOME and XDG_STATE_HOME.
    func shell(_ arguments: [String] = [], environment extra: [String: String] = ["NO_COLOR": "1"]) throws -> PseudoTerminal {
        var env = DossierBinary.environment(home: dir.path, extra: extra)
        env["TERM"] = "xterm"
        return try PseudoTerminal(DossierBinary.path, arguments: arguments, environment: env, directory: dir.path)
    }

    /// Ends the session with Ctrl-D and checks it exits 0 and leaves the terminal as it found it.
    /// Call it once a prompt is showing: a Ctrl-D typed while a command runs is the terminal's
    /// end-of-file for a cooked read, not a key for the shell (as for any shell).
    func quit(_ tty: PseudoTerminal) {
        tty.send("\u{4}")
        // With unsaved changes the shell asks first (tested in SessionShellTests); say yes.
        tty.read(for: 0.3)
        if tty.unmatchedText.contains("without saving?") { tty.send("y\r") }
        #expect(tty.waitForExit() == 0, "Ctrl-D on an empty line exits with status 0")
        let before = tty.initialSettings, after = tty.currentSettings
        #expect(after.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == tcflag_t(ICANON | ECHO | ISIG),
                "line editing, echo and signals are back on")
        #expect(after.c_lflag == before.c_lflag && after.c_iflag == before.c_iflag && after.c_oflag == before.c_oflag,
                "the terminal is restored exactly")
    }

    @Test func promptShowsSessionAndArticleCount() throws {
        let tty = try shell(["--session", "budget"])
        try tty.expect("dossier[budget:0]> ")
        tty.send("load articles/wire.txt\r")
        try tty.expect("Loaded 1 article")
        try tty.expect("dossier[budget*:1]> ")
        quit(tty)
    }

    @Test func colourAtATerminalUnlessNoColorOrFlag() throws {
        let coloured = try shell(environment: [:])
        try coloured.expect("dossier[untitled:0]> ")
        coloured.send("bogus\r")
        try coloured.expect("unknown command")
        try coloured.expect("> ")
        let raw = String(decoding: coloured.raw, as: UTF8.self)
        #expect(raw.contains("\u{1B}[1;36mdossier[untitled:0]> "), "a coloured prompt")
        #expect(raw.contains("\u{1B}[31merror: "), "a red error")
        quit(coloured)

        for (arguments, environment) in [([String](), ["NO_COLOR": "1"]), (["--no-color"], [:])] {
            let plain = try shell(arguments, environment: environment)
            try plain.expect("dossier[untitled:0]> ")
            plain.send("bogus\r")
            try plain.expect("unknown command")
            try plain.expect("> ")
            let text = String(decoding: plain.raw, as: UTF8.self)
            #expect(!text.contains("\u{1B}[1;36m") && !text.contains("\u{1B}[31m"), "no colour with \(arguments) \(environment)")
            quit(plain)
        }
    }

    @Test func tabCompletesACommandName() throws {
        let tty = try shell()
        try tty.expect("> ")
        tty.send("he\t")
        try tty.expect("help ")
        tty.send("\r")
        try tty.expect("WHAT IT DOES", timeout: 10)
        try tty.expect("> ")
        quit(tty)
    }

    @Test func tabListsCandidatesWhenAmbiguous() throws {
        let tty = try shell()
        try tty.expect("> ")
        tty.send("h\t")
        let listing = try tty.expect("history")
        #expect(listing.contains("help"))
        try tty.expect("> h")
        tty.send("\u{15}")   // Ctrl-U: clear the line
        quit(tty)
    }

    @Test func tabCompletesAPathThenItsFile() throws {
        let tty = try shell()
        try tty.expect("> ")
        tty.send("load arti\t")
        try tty.expect("articles/")
        tty.send("wi\t")
        try tty.expect("wire.txt ")
        tty.send("\r")
        try tty.expect("Loaded 1 article")
        try tty.expect("> ")
        quit(tty)
    }

    @Test func tabCompletesAMultiWordActorNameWithQuotes() throws {
        let tty = try shell()
        try tty.expect("> ")
        tty.send("load articles/wire.txt\r")
        try tty.expect("dossier[untitled*:1]> ")
        tty.send("actor Gut\t")
        // libedit redraws only what changed: the completed, quoted name and a space.
        try tty.expect("\"Antonio Guterres\" ", timeout: 5)
        tty.send("\r")
        let profile = try tty.expect("> ")
        #expect(profile.contains("UN Secretary-General"), "the completed line runs: \(profile)")
        quit(tty)
    }

    @Test func historyIsRecalledAfterARestartFromAPrivateFile() throws {
        let first = try shell()
        try first.expect("> ")
        first.send("articles --format jsonl\r")
        try first.expect("> ")
        quit(first)

        let attrs = try FileManager.default.attributesOfItem(atPath: historyPath)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600, "the history file is private")

        let second = try shell()
        try second.expect("> ")
        second.send("\u{1B}[A")   // Up arrow
        try second.expect("articles --format jsonl")
        second.send("\r")
        try second.expect("> ")
        quit(second)
    }

    @Test func relativeXDGStateHomeIsIgnored() throws {
        let tty = try shell(environment: ["NO_COLOR": "1", "XDG_STATE_HOME": "relative/state"])
        try tty.expect("> ")
        tty.send("help\r")
        try tty.expect("WHAT IT DOES")
        try tty.expect("> ")
        quit(tty)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/.local/state/dossier/history"),
                "the XDG spec says to ignore a relative XDG_STATE_HOME: ~/.local/state is used")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/relative/state/dossier/history"))
    }

    @Test func ctrlRFindsAnEarlierLineAndRunsIt() throws {
        let tty = try shell()
        try tty.expect("> ")
        tty.send("set width 77\r")
        try tty.expect("> ")
        tty.send("articles\r")
        try tty.expect("> ")
        tty.send("\u{1B}[A")           // Up: Ctrl-R must still find lines newer than the one shown
        try tty.expect("articles")
        tty.send("\u{15}\u{12}")      // Ctrl-U, Ctrl-R
        try tty.expect("(reverse-i-search)`': ")
        tty.send("WID")                // matching ignores case
        try tty.expect("(reverse-i-search)`WID': set width 77")
        tty.send("\r")
        try tty.expect("width = 77")
        try tty.expect("> ")
        tty.send("set --format jsonl\r")
        let settings = try tty.expect("> ")
        #expect(settings.contains(#""setting":"width","value":"77""#), "the recalled line ran: \(settings)")
        quit(tty)
    }

    @Test func ctrlRThenCtrlGGivesTheLineBack() throws {
        let tty = try shell()
        try tty.expect("> ")
        tty.send("help\r")
        try tty.expect("> ")
        tty.send("unfinished")
        try tty.expect("unfinished")
        tty.send("\u{12}nosuch")
        try tty.expect("(failed reverse-i-search)`nosuch': ")
        tty.send("\u{7}\r")           // Ctrl-G, Enter: the line typed before runs
        try tty.expect("unknown command 'unfinished'")
        try tty.expect("> ")
        quit(tty)
    }

    @Test func ctrlCCancelsTheLineBeingTyped() throws {
        let tty = try shell()
        try tty.expect("> ")
        tty.send("bogus-command")
        try tty.expect("bogus-command")   // echoed: the line is being edited
        tty.send("\u{3}")
        try tty.expect("^C")
        try tty.expect("> ")
        tty.send("help\r")
        try tty.expect("WHAT IT DOES")
        try tty.expect("> ")
        #expect(!tty.screenText.contains("unknown command"), "the cancelled line did not run")
        quit(tty)
    }

    @Test func ctrlCInterruptsALongCommand() throws {
        // A script long enough to run for many seconds; the last line would fail if reached.
        let lines = String(repeating: "set width 80\n", count: 1_000_000) + "bogus-last-line\n"
        try dir.write("long.dossier", lines)
        let tty = try shell()
        try tty.expect("> ")
        tty.send("run long.dossier\r")
        try tty.expect("width = 80")
        tty.read(for: 0.3)
        tty.send("\u{3}")
        try tty.expect("stopped", timeout: 5)
        try tty.expect("> ", timeout: 5)
        #expect(!tty.screenText.contains("bogus-last-line"), "the script stopped before its end")
        quit(tty)
    }

    @Test func nonASCIIInputRoundTripsEvenWithoutALocale() throws {
        var env = DossierBinary.environment(home: dir.path, extra: ["NO_COLOR": "1"])
        env["LANG"] = nil
        env["TERM"] = "xterm"
        let tty = try PseudoTerminal(DossierBinary.path, environment: env, directory: dir.path)
        try tty.expect("> ")
        tty.send("grüße-✓\r")
        try tty.expect("unknown command 'grüße-✓'")
        try tty.expect("> ")
        quit(tty)
    }
}
