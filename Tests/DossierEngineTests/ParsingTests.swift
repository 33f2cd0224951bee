import Testing
@testable import DossierEngine

/// Command lines parsed against the specs: what a user sees when a line is wrong.
@Suite struct ParsingTests {
    @Test func unknownCommandSuggestsTheNearestNames() {
        let s = Session()
        let err = s.failure("quotse")
        #expect(err.contains("error: unknown command 'quotse'"))
        #expect(err.contains("did you mean quotes"))
        #expect(s.failure("xyzzy").contains("'help' lists the commands"))
    }

    @Test func unknownOptionSuggestsTheNearestOption() {
        let s = Fixtures.session()
        let err = s.failure("quotes --grpe bridge")
        #expect(err.contains("unknown option '--grpe' for 'quotes'"))
        #expect(err.contains("did you mean --grep"))
        #expect(s.failure("actors -z").contains("unknown option '-z'"))
    }

    @Test func missingArgumentNamesItAndShowsUsage() {
        let s = Fixtures.session()
        let err = s.failure("show")
        #expect(err.contains("'show' needs ID"))
        #expect(err.contains("hint: usage: show"))
        #expect(s.failure("load").contains("needs at least one PATH"))
        #expect(s.failure("quotes --grep").contains("--grep needs a value (TEXT)"))
    }

    @Test func extraArgumentsAndValuesOnFlagsAreRefused() {
        let s = Fixtures.session()
        #expect(s.failure("articles bridge").contains("unexpected argument 'bridge'"))
        #expect(s.failure("actors --speaking=yes").contains("--speaking takes no value"))
        #expect(s.failure("actor Varga --context many").contains("--context takes a number, not 'many'"))
    }

    @Test func unterminatedQuoteIsReportedAndNothingRuns() {
        let s = Fixtures.session()
        let err = s.failure("unload bridge; actor \"Lena")
        #expect(err.contains("unterminated \" quote"))
        #expect(s.workspace.articles.count == 2, "the first command of the line must not have run")
        #expect(s.failure("quotes --grep 'it is").contains("unterminated ' quote"))
    }

    @Test func optionsMayComeAnywhereAndTakeInlineValues() throws {
        let s = Fixtures.session()
        let a = try s.json("quotes --grep=accident")
        let b = try s.json("quotes --grep accident")
        let c = try s.json("quotes -g accident")
        #expect((a["quotes"] as? [Any])?.count == 1)
        #expect((b["quotes"] as? [Any])?.count == 1)
        #expect((c["quotes"] as? [Any])?.count == 1)
        // `--` ends the options: a name starting with a dash is still a name.
        #expect(s.failure("show -- -x").contains("no article '-x'"))
    }

    @Test func shortFlagsCombine() throws {
        let s = Fixtures.session()
        let q = try #require(try s.json("quotes -dg right")["quotes"] as? [[String: Any]])
        #expect(q.map { $0["id"] as? String } == ["ferry:q2"])
        #expect(s.failure("quotes -gd right").contains("unknown option '-gd'"), "a value option comes last")
        #expect(s.failure("actors -sz").contains("unknown option '-sz'"))
    }

    @Test func aFailedCommandStopsTheRestOfTheLineButKeepsTheSession() {
        let s = Fixtures.session()
        let r = s.run("use bridge; nosuch; use all")
        #expect(!r.ok)
        #expect(s.workspace.scope == ["bridge"], "commands before the error ran, those after did not")
        #expect(s.run("articles").ok)
    }

    @Test func helpFlagShowsTheCommandsHelpInsteadOfRunningIt() {
        let s = Session()
        let out = s.out("load --help")
        #expect(out.contains("usage: load"))
        #expect(out.contains("examples:"))
        #expect(s.workspace.articles.isEmpty)
        #expect(s.out("quotes -h").contains("usage: quotes"))
    }

    @Test func aliasesRunTheirCommand() {
        let s = Fixtures.session()
        #expect(s.out("ls").contains("bridge"))
        #expect(s.out("who").contains("Lena Varga"))
    }

    @Test func badFormatIsAnErrorListingTheFormats() {
        let s = Fixtures.session()
        let err = s.failure("articles --format yaml")
        #expect(err.contains("unknown format 'yaml'"))
        #expect(err.contains("json, jsonl, csv, markdown"))
    }

    @Test func multiWordNamesMayBeTypedWithoutQuotes() {
        let s = Fixtures.session()
        #expect(s.out("quotes Lena Varga --format jsonl").contains("right answer"))
        #expect(s.out("quotes \"Lena Varga\" --format jsonl").contains("right answer"))
    }
}
