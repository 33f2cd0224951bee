import Foundation
import Testing
@testable import DossierEngine

/// articles, show, use, unload: what the session holds and what the commands look at.
@Suite struct WorkspaceCommandTests {
    @Test func articlesListsIdsTitlesAndCounts() throws {
        let s = Fixtures.session()
        let l = lines(s.out("articles"))
        #expect(l[0].hasPrefix("ID "))
        #expect(l[1].hasPrefix("bridge  Old Mill bridge to close in May"))
        #expect(l[2].hasPrefix("ferry   Ferry services will double"), "an untitled article shows its first line")
        let json = try s.json("articles")
        let first = try #require((json["articles"] as? [[String: Any]])?.first)
        #expect(first["quotes"] as? Int == 4)
        #expect(first["actors"] as? Int == 3)
        #expect(first["in_scope"] as? Bool == true)
    }

    @Test func showPrintsMetadataAndNumberedParagraphs() throws {
        let s = Fixtures.session()
        let out = s.out("show bridge")
        #expect(out.contains("title  Old Mill bridge to close in May"))
        #expect(out.contains("1  Mayor Lena Varga said on Monday"))
        #expect(out.contains("4  The Transport Agency said"))
        let json = try s.json("show bridge")
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 4)
        #expect(json["id"] as? String == "bridge")
    }

    @Test func showParagraphPrintsOneOrARange() throws {
        let s = Fixtures.session()
        let one = try #require(try s.json("show bridge --paragraph 2")["paragraphs"] as? [[String: Any]])
        #expect(one.count == 1)
        #expect(one[0]["paragraph"] as? Int == 2)
        #expect((one[0]["text"] as? String)?.hasPrefix("“The bridge is no longer safe,”") == true)
        let range = try #require(try s.json("show bridge -p 2-3")["paragraphs"] as? [[String: Any]])
        #expect(range.map { $0["paragraph"] as? Int } == [2, 3])
        #expect(s.failure("show bridge --paragraph 9").contains("bridge has paragraphs 1 to 4, not 9"))
        #expect(s.failure("show bridge --paragraph two").contains("--paragraph takes a number or a range"))
    }

    @Test func articleIdsResolveByUniquePrefixAndSuggestWhenWrong() {
        let s = Fixtures.session([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        #expect(s.out("show fer").contains("Ferry services"))
        let unknown = s.failure("show brigde")
        #expect(unknown.contains("no article 'brigde'"))
        #expect(unknown.contains("did you mean bridge"))
        s.workspace.add(ArticleBuilder("Another.").article("bridge-repairs"))
        #expect(s.failure("show bri").contains("'bri' matches several articles: bridge, bridge-repairs"))
        #expect(s.out("show bridge").contains("Old Mill"), "an exact id wins over a longer one")
    }

    @Test func useScopesTheAnalysisCommands() throws {
        let s = Fixtures.session()
        #expect(s.out("use bridge").contains("Scope: 1 of 2 articles (bridge)."))
        #expect(s.engine.prompt.contains(":1/2]"))
        let quotes = try #require(try s.json("quotes")["quotes"] as? [[String: Any]])
        #expect(quotes.allSatisfy { $0["article"] as? String == "bridge" })
        let names = try #require(try s.json("actors")["actors"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(!names.contains("Zoë Brandt"))
        #expect(s.out("articles").contains("IN SCOPE"))
        #expect(s.out("use").contains("Scope: 1 of 2"))
        #expect(s.out("use all").contains("Scope: all 2 articles."))
        #expect(try #require(try s.json("quotes")["quotes"] as? [Any]).count == 8)
    }

    @Test func useWithAnUnknownIdKeepsTheScope() {
        let s = Fixtures.session()
        _ = s.out("use ferry")
        #expect(s.failure("use bridge nosuch").contains("no article 'nosuch'"))
        #expect(s.workspace.scope == ["ferry"])
        #expect(s.failure("use all bridge").contains("'all' cannot be mixed"))
    }

    @Test func analysisWithNothingInScopeTellsWhatToDo() {
        let s = Session()
        let err = s.failure("actors")
        #expect(err.contains("no articles loaded"))
        #expect(err.contains("demo"))
    }

    @Test func unloadRemovesArticlesFromSessionAndScope() {
        let s = Fixtures.session([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        _ = s.out("use bridge ferry")
        #expect(s.out("unload ferry").contains("Unloaded ferry; 2 articles left."))
        #expect(s.workspace.articles.map(\.id) == ["bridge", "river"])
        #expect(s.workspace.scope == ["bridge"])
        #expect(s.workspace.isDirty)
    }

    @Test func actorListsFollowLoadsAndUnloads() throws {
        let s = Fixtures.session([Fixtures.bridge()])
        func names() throws -> [String] {
            try #require(try s.json("actors")["actors"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        }
        #expect(!(try names()).contains("Zoë Brandt"))
        s.workspace.add(Fixtures.ferry())
        #expect(try names().contains("Zoë Brandt"))
        _ = s.out("unload ferry")
        #expect(!(try names()).contains("Zoë Brandt"))
    }

    @Test func unloadWithOneUnknownIdRemovesNothing() {
        let s = Fixtures.session()
        #expect(s.failure("unload bridge nosuch").contains("no article 'nosuch'"))
        #expect(s.workspace.articles.count == 2)
        #expect(s.out("unload all").contains("Unloaded 2 articles."))
        #expect(s.workspace.articles.isEmpty)
        #expect(s.workspace.scope == nil)
    }

    @Test func historyListsTheLinesOfTheSessionNumbered() throws {
        let s = Fixtures.session()
        _ = s.run("articles")
        _ = s.run("nosuch command")
        _ = s.run("use bridge; quotes")
        let l = lines(s.out("history"))
        #expect(l == ["#  COMMAND", "1  articles", "2  nosuch command", "3  use bridge; quotes"])
        let last = try #require(try s.json("history 2")["history"] as? [[String: Any]])
        #expect(last.map { $0["n"] as? Int } == [3, 4])
        #expect(last.map { $0["command"] as? String } == ["use bridge; quotes", "history"])
        #expect(s.failure("history x").contains("N must be a number"))
    }

    @Test func setShowsAndChangesSettings() throws {
        let s = Session()
        let all = try #require(try s.json("set")["settings"] as? [[String: Any]])
        #expect(all.map { $0["setting"] as? String } == ["format", "color", "width"])
        #expect(all.map { $0["value"] as? String } == ["table", "on", "auto"])
        #expect(s.out("set width 120").contains("width = 120"))
        #expect(s.workspace.settings.width == 120)
        #expect(s.out("set width=auto").contains("width = auto"))
        #expect(s.workspace.settings.width == nil)
        #expect(s.out("set WIDTH").contains("auto"))
        let unknown = s.failure("set widht 80")
        #expect(unknown.contains("unknown setting 'widht'"))
        #expect(unknown.contains("did you mean width"))
        #expect(s.failure("set width 10").contains("width is a number from 40 to 1000"))
        #expect(s.failure("set color maybe").contains("color is on or off"))
        #expect(s.failure("set format xml").contains("unknown format 'xml'"))
        #expect(s.workspace.settings.format == .table, "a refused value changes nothing")
    }

    @Test func quitStopsTheLineAndTellsTheFrontEnd() {
        let s = Fixtures.session()
        #expect(s.run("quit; unload all").ok)
        #expect(s.engine.wantsQuit)
        #expect(s.workspace.articles.count == 2)
        let script = Fixtures.session()
        #expect(script.engine.runScript(lines: ["use bridge", "exit", "use ferry"], name: "t.dossier"))
        #expect(script.workspace.scope == ["bridge"])
    }

    @Test func scriptsReportTheFileAndLineOfAnError() {
        let s = Fixtures.session()
        let ok = s.engine.runScript(lines: ["# a comment", "use bridge", "", "show nosuch", "use all"], name: "check.dossier")
        #expect(!ok)
        #expect(s.console.errors.split(separator: "\n").contains { $0.hasPrefix("check.dossier:4: error: no article 'nosuch'") })
        #expect(s.workspace.scope == ["bridge"], "the script stopped at the error")
    }
}
