import Foundation
import Testing
@testable import DossierEngine

/// Files that are not articles: each gets a one-line reason, and the session loses nothing.
@Suite struct BadInputTests {
    let dir = TemporaryFolder()

    /// A session that already holds one article, to check that failures keep it.
    func session() -> Session {
        let s = Session()
        s.workspace.add(Fixtures.bridge())
        return s
    }

    func expectRefused(_ path: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let s = session()
        let err = s.failure("load '\(path)'", sourceLocation: sourceLocation)
        #expect(err.contains("error: ") && err.contains(reason), "got: \(err)", sourceLocation: sourceLocation)
        #expect(err.contains("hint: "), sourceLocation: sourceLocation)
        #expect(lines(err).count == 2, "one line of error, one of hint", sourceLocation: sourceLocation)
        #expect(s.workspace.articles.map(\.id) == ["bridge"], sourceLocation: sourceLocation)
    }

    @Test func invalidUTF8IsRefusedWithTheOffsetOfTheBadByte() {
        let path = dir.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" au lait".utf8))
        expectRefused(path, "is not valid UTF-8 (bad byte at offset 3)")
    }

    @Test func binaryFilesAreRefused() {
        expectRefused(dir.write("data.txt", bytes: [0x41, 0x00, 0x42, 0x43]), "is a binary file, not an article")
        expectRefused(dir.write("report.pdf", bytes: Array("%PDF-1.7\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3]), "is a PDF file")
        expectRefused(dir.write("doc.docx", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), "is a ZIP archive")
        let control = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        expectRefused(dir.write("ctrl.txt", bytes: control), "is a binary file")
    }

    @Test func emptyAndBlankFilesAreRefused() {
        expectRefused(dir.write("empty.txt", ""), "is empty")
        expectRefused(dir.write("blank.txt", "  \n\n\t \n"), "holds only blank space")
        expectRefused(dir.write("front.md", "---\ntitle: Only metadata\n---\n\n"), "has no text after its front matter")
        expectRefused(dir.write("menu.html", "<html><body><nav>Home | News</nav><script>x()</script></body></html>"),
                      "has no article text")
        expectRefused(dir.write("e.json", #"{"text": "   "}"#), "\"text\" is empty")
        expectRefused(dir.write("l.json", "[]"), "is an empty list")
    }

    @Test func filesOverTheSizeLimitAreRefusedWithoutReadingThem() {
        let path = dir.write("huge.txt", String(repeating: "All work and no play. ", count: 100))
        let s = session()
        s.workspace.maxFileSize = 1000
        let err = s.failure("load \(path)")
        #expect(err.contains("is too large (2 KB; the limit is 1000 bytes)"))
        #expect(s.workspace.articles.count == 1)
        s.console.stdinBytes = Array(String(repeating: "x", count: 2000).utf8)
        #expect(s.failure("load -").contains("is too large"))
        // A JSON Lines file holds many articles and may be larger.
        let line = #"{"text": "Short item."}"# + "\n"
        let feed = dir.write("feed.jsonl", String(repeating: line, count: 100))
        #expect(s.run("load \(feed)").ok)
        #expect(s.workspace.articles.count == 101)
    }

    @Test func invalidJSONIsRefused() {
        expectRefused(dir.write("broken.json", #"{"text": "unfinished"#), "is not valid JSON")
        expectRefused(dir.write("number.json", "42"), "holds no article object")
    }

    @Test func missingPathsFoldersWithoutArticlesAndEmptyGlobsAreClearErrors() {
        expectRefused(dir.path + "/nope.txt", "no such file or folder")
        dir.write("pics/a.jpg", bytes: [0xFF, 0xD8, 0xFF])
        expectRefused(dir.path + "/pics", "no articles in folder")
        expectRefused(dir.path + "/*.nothing", "no files match")
        let s = session()
        #expect(s.failure("load /dev/null").contains("is not a regular file"))
    }

    @Test func aBadFileAmongGoodOnesIsReportedAndSkipped() {
        dir.write("mixed/a.txt", "A good article.")
        dir.write("mixed/b.txt", bytes: [0xC3, 0x28])
        dir.write("mixed/c.md", "Another good one.")
        dir.write("mixed/d.txt", "")
        let s = session()
        let r = s.run("load \(dir.path)/mixed")
        #expect(r.ok, "a partial load succeeds")
        #expect(s.workspace.articles.map(\.id) == ["bridge", "a", "c"])
        #expect(r.err.contains("warning: '\(dir.path)/mixed/b.txt' is not valid UTF-8"))
        #expect(r.err.contains("warning: '\(dir.path)/mixed/d.txt' is empty"))
        #expect(r.err.contains("Loaded 2 articles"))
        #expect(r.err.contains("Skipped 2"))
    }

    @Test func whenNothingLoadsEveryProblemIsNamedInOneLine() {
        dir.write("bad/x.txt", "")
        dir.write("bad/y.txt", bytes: [0x00, 0x01])
        let s = session()
        let err = s.failure("load \(dir.path)/bad")
        #expect(lines(err).count == 2)
        #expect(err.contains("nothing loaded: '\(dir.path)/bad/x.txt' is empty; '\(dir.path)/bad/y.txt' is a binary file"))
    }

    @Test func noInputCrashesTheEngine() {
        let s = session()
        let nasty = ["", " ", ";", ";;;", "#", "\\", "'", "\"", "\\\"", "--", "-", "--format", "show --paragraph",
                     "show bridge --paragraph 0", "show bridge --paragraph 99", "show bridge -p 3-1", "show bridge -p x-y",
                     "show bridge -p 99999999999999999999", "history -1", "history 99999999999", "set width 5",
                     "set width 99999999999999999999", "set", "set nosuch", "set format", "set format xml", "actor",
                     "actor \"\"", "actor ...", "quotes --direct --indirect", "use", "use nosuch", "unload nosuch",
                     "load ''", "load '['", "run /nonexistent", "help nosuch", "actors --sort nosuch",
                     "actors --type nosuch", "actor Varga --context -5", String(repeating: "a", count: 10_000),
                     String(repeating: "\"", count: 1001), "quotes " + String(repeating: "x ", count: 5000),
                     "\u{0}", "é\u{301}", "🙂 --🙂"]
        for line in nasty { _ = s.run(line) }
        #expect(s.workspace.articles.map(\.id) == ["bridge"])
        #expect(s.run("quotes Varga").ok, "the session still works")
    }
}
