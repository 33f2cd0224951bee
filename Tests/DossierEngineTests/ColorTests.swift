import Testing
@testable import DossierEngine

/// Colour only at a terminal, and never when the user asked for none.
@Suite struct ColorTests {
    static let escape = "\u{1B}["

    func session(terminal: Bool) -> Session {
        let s = Session(terminal: terminal)
        s.workspace.add(Fixtures.bridge())
        return s
    }

    @Test func terminalOutputIsColouredAndPipedOutputIsNot() {
        #expect(session(terminal: true).out("actors").contains(Self.escape))
        #expect(!session(terminal: false).out("actors").contains(Self.escape))
    }

    @Test func noColorFlagTurnsItOffForOneCommand() {
        let s = session(terminal: true)
        #expect(!s.out("actors --no-color").contains(Self.escape))
        #expect(s.out("actors").contains(Self.escape))
    }

    @Test func setColorOffTurnsItOffForTheSession() {
        let s = session(terminal: true)
        _ = s.out("set color off")
        #expect(!s.out("actors").contains(Self.escape))
        #expect(!s.failure("nosuch").contains(Self.escape), "errors too")
        _ = s.out("set colour on")
        #expect(s.out("actors").contains(Self.escape))
    }

    @Test func noColorEnvironmentVariableIsHonoured() {
        #expect(Engine.noColorRequested(["NO_COLOR": "1"]))
        #expect(!Engine.noColorRequested(["NO_COLOR": ""]), "an empty NO_COLOR does not count (no-color.org)")
        #expect(!Engine.noColorRequested(["TERM": "xterm"]))
        let s = session(terminal: true)
        s.engine.colorDisabled = true
        #expect(!s.out("actors").contains(Self.escape))
        #expect(!s.failure("nosuch").contains(Self.escape))
    }

    @Test func machineFormatsAreNeverColoured() {
        let s = session(terminal: true)
        for format in ["json", "jsonl", "csv", "markdown"] {
            #expect(!s.out("actors --format \(format)").contains(Self.escape), "\(format)")
        }
    }

    @Test func errorsAreRedAtATerminal() {
        let s = session(terminal: true)
        #expect(s.failure("nosuch").contains("\u{1B}[31merror: "))
        #expect(session(terminal: false).failure("nosuch").hasPrefix("error: unknown command"))
    }
}
