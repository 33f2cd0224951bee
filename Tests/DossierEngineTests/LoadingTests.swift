import Foundation
import Testing
@testable import DossierEngine

/// `load` of every supported format, folders and globs; each article's text and metadata.
@Suite struct LoadingTests {
    let dir = TemporaryFolder()

    func loaded(_ s: Session, _ id: String) throws -> Article {
        try #require(s.workspace.article(id: id), "article '\(id)' is not loaded; have \(s.workspace.articles.map(\.id))")
    }

    @Test func plainTextKeepsItsTextAndTakesItsHeadlineAsTitle() throws {
        let path = dir.write("Budget Talks.txt", "Council agrees budget after late-night talks\n\nThe city council agreed its budget at 2 a.m.\n")
        let s = Session()
        let out = s.out("load '\(path)'")
        #expect(out.contains("Loaded 1 article"))
        let a = try loaded(s, "budget-talks")
        #expect(a.title == "Council agrees budget after late-night talks")
        #expect(a.text.string.hasSuffix("The city council agreed its budget at 2 a.m.\n"))
        #expect(a.origin == path)
    }

    @Test func markdownFrontMatterBecomesMetadataAndSyntaxIsRemoved() throws {
        let path = dir.write("vote.md", """
        ---
        title: "Harbour vote delayed"
        date: 2024-05-02
        source: The Quay Gazette
        url: https://example.org/vote
        ---
        # Harbour vote delayed

        The **council** postponed the vote, [the clerk](https://example.org/clerk) said.

        > “We need more time,” the chair said.

        - Ines Alvarez, chair of the committee
        """)
        let s = Session()
        _ = s.out("load \(path)")
        let a = try loaded(s, "vote")
        #expect(a.title == "Harbour vote delayed")
        #expect(a.date == "2024-05-02")
        #expect(a.source == "The Quay Gazette")
        #expect(a.url == "https://example.org/vote")
        #expect(a.text.string == """
        Harbour vote delayed

        The council postponed the vote, the clerk said.

        “We need more time,” the chair said.

        - Ines Alvarez, chair of the committee

        """)
    }

    @Test func markdownEmphasisMarksGoButOtherStarsAndUnderscoresStay() {
        #expect(MarkdownReader.inline("a *very* _big_ deal") == "a very big deal")
        #expect(MarkdownReader.inline("snake_case and 2 * 3 = 6") == "snake_case and 2 * 3 = 6")
        #expect(MarkdownReader.inline("see ![map](m.png)here") == "see here")
        #expect(MarkdownReader.inline(String(repeating: "[", count: 5000)).count == 5000)
    }

    @Test func htmlGivesTheArticleTextOnly() throws {
        let path = dir.write("page.html", """
        <!DOCTYPE html>
        <html><head><title>Ferry strike ends | The Coast Times</title>
        <meta property="og:site_name" content="The Coast Times">
        <meta property="article:published_time" content="2024-06-01T08:00:00Z">
        <link rel="canonical" href="https://example.org/ferry">
        <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <header><h1>Site banner</h1></header>
        <article><h1>Ferry strike ends</h1>
        <p>Crews returned to work on Friday, the union&rsquo;s leader said.</p>
        <aside>Related: Bridge closes</aside>
        <p>&ldquo;We won,&rdquo; said Maria Costa &amp; her deputy.<br>Talks resume in May.</p>
        <!-- <p>hidden comment</p> -->
        </article>
        <footer>© The Coast Times</footer></body></html>
        """)
        let s = Session()
        _ = s.out("load \(path)")
        let a = try loaded(s, "page")
        #expect(a.title == "Ferry strike ends | The Coast Times")
        #expect(a.source == "The Coast Times")
        #expect(a.date == "2024-06-01T08:00:00Z")
        #expect(a.url == "https://example.org/ferry")
        #expect(a.text.string == """
        Ferry strike ends

        Crews returned to work on Friday, the union’s leader said.

        “We won,” said Maria Costa & her deputy.

        Talks resume in May.

        """)
    }

    @Test func htmlScannerSurvivesBrokenMarkup() {
        for page in ["<", "</", "<p", "<p>text</", "a < b and c > d", "<!-- never closed", "<script>never closed",
                     "<3 love <p>x</p>", "<div class=\"unterminated>text"] {
            _ = HTMLReader.read(page, stem: "x", origin: "x.html")   // must not crash
        }
        #expect(HTMLReader.read("<p>a < b</p><p>c</p>", stem: "x", origin: "x").text == "a < b\n\nc\n")
    }

    @Test func jsonObjectsArraysAndLinesAreArticles() throws {
        let one = dir.write("one.json", #"{"id": "Solo-1", "title": "Solo", "text": "One article.", "date": "2024-01-02"}"#)
        let many = dir.write("many.json", #"[{"text": "First."}, {"text": "Second.", "source": "Wire"}]"#)
        let lines = dir.write("feed.jsonl", "{\"id\": 7, \"text\": \"Seventh.\"}\n\n{\"text\": \"Next.\"}\n")
        let s = Session()
        _ = s.out("load \(one) \(many) \(lines)")
        #expect(s.workspace.articles.map(\.id) == ["solo-1", "many-1", "many-2", "7", "feed-3"])
        #expect(try loaded(s, "solo-1").title == "Solo")
        #expect(try loaded(s, "solo-1").date == "2024-01-02")
        #expect(try loaded(s, "many-2").source == "Wire")
        #expect(try loaded(s, "7").text.string == "Seventh.")
    }

    @Test func aBadJSONLineIsSkippedAndTheOthersLoad() throws {
        let path = dir.write("feed.jsonl", "{\"text\": \"Good one.\"}\nnot json\n{\"title\": \"no text\"}\n{\"text\": \"Good two.\"}\n")
        let s = Session()
        let r = s.run("load \(path)")
        #expect(r.ok)
        #expect(s.workspace.articles.count == 2)
        #expect(r.err.contains("warning: \(path):2: not a JSON object"))
        #expect(r.err.contains("warning: \(path):3: no \"text\" string"))
        #expect(r.err.contains("Skipped 2"))
    }

    @Test func standardInputIsOneArticle() throws {
        let s = Session()
        s.console.stdinBytes = Array("Piped in from another program.\n".utf8)
        _ = s.out("load -")
        #expect(try loaded(s, "stdin").text.string == "Piped in from another program.\n")
        let terminal = Session()
        #expect(terminal.failure("load -").contains("standard input is the terminal"))
    }

    @Test func foldersAreReadRecursivelyInNameOrderSkippingHiddenAndOtherFiles() {
        dir.write("news/b.txt", "Bravo.")
        dir.write("news/a.md", "Alpha.")
        dir.write("news/deeper/c.html", "<p>Charlie.</p>")
        dir.write("news/.hidden/d.txt", "Hidden.")
        dir.write("news/.e.txt", "Hidden too.")
        dir.write("news/photo.jpg", bytes: [0xFF, 0xD8, 0xFF, 0x00])
        let s = Session()
        _ = s.out("load \(dir.path)/news")
        #expect(s.workspace.articles.map(\.id) == ["a", "b", "c"])
    }

    @Test func globsMatchNamesAndDoubleStarMatchesFolders() {
        dir.write("g/one.txt", "One.")
        dir.write("g/two.txt", "Two.")
        dir.write("g/three.md", "Three.")
        dir.write("g/sub/four.txt", "Four.")
        let s = Session()
        _ = s.out("load '\(dir.path)/g/*.txt'")
        #expect(s.workspace.articles.map(\.id) == ["one", "two"])
        let deep = Session()
        _ = deep.out("load '\(dir.path)/g/**/*.txt'")
        #expect(deep.workspace.articles.map(\.id).sorted() == ["four", "one", "two"])
    }

    @Test func sameStemsGetUniqueIds() {
        dir.write("x/report.txt", "First report.")
        dir.write("y/report.txt", "Second report.")
        let s = Session()
        _ = s.out("load \(dir.path)/x/report.txt \(dir.path)/y/report.txt")
        #expect(s.workspace.articles.map(\.id) == ["report", "report-2"])
    }

    @Test func loadingTheSameFileAgainAddsNothing() {
        let path = dir.write("once.txt", "Only once.")
        let s = Session()
        _ = s.out("load \(path)")
        let again = s.out("load \(path)")
        #expect(again.contains("Already loaded: once."))
        #expect(s.workspace.articles.count == 1)
    }

    @Test func asNamesASingleArticle() {
        let path = dir.write("long-file-name-2024.txt", "Text.")
        let s = Session()
        _ = s.out("load \(path) --as draft")
        #expect(s.workspace.articles.map(\.id) == ["draft"])
        dir.write("m/a.txt", "A."); dir.write("m/b.txt", "B.")
        #expect(s.failure("load \(dir.path)/m --as both").contains("--as names one article; 2 were read"))
    }

    @Test func anUnknownExtensionIsReadAsText() throws {
        let path = dir.write("notes.log", "Plain notes in a log file.")
        let s = Session()
        _ = s.out("load \(path)")
        #expect(try loaded(s, "notes").text.string == "Plain notes in a log file.")
    }

    @Test func unbalancedQuotationMarksInAnArticleAreFine() {
        let path = dir.write("open.txt", "“This quote never closes, the mayor said.\n\nAnd \"this one neither.\n")
        let s = Session()
        _ = s.out("load \(path)")
        #expect(s.run("quotes").ok)
        #expect(s.run("actors").ok)
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "Grüße aus Köln.".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let path = dir.write("windows.txt", bytes: bytes)
        let s = Session()
        _ = s.out("load \(path)")
        #expect(try loaded(s, "windows").text.string == "Grüße aus Köln.")
    }
}
