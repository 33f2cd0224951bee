import Foundation
import Testing

/// `dossier -c`, `--version`, `--help`, `--format`, `--session`, colour rules.
@Suite struct OneShotTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("wire.txt", Fixtures.wire)
    }

    @Test func commandsSeparatedBySemicolonsRun() throws {
        let r = try DossierBinary.run(["-c", "load wire.txt; articles --format jsonl"], in: dir)
        #expect(r.status == 0)
        let last = try #require(r.stdout.split(separator: "\n").last)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(obj["id"] as? String == "wire")
    }

    @Test func aFailingCommandGivesStatusOneAndSkipsTheRest() throws {
        let r = try DossierBinary.run(["-c", "load nosuch.txt; articles --format jsonl"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error:"))
        #expect(r.stdout == "")
    }

    @Test func repeatedCRunsEachInOrderAndStopsAtAFailure() throws {
        let r = try DossierBinary.run(["-c", "load wire.txt", "-c", "articles --format jsonl"], in: dir)
        #expect(r.status == 0)
        let last = try #require(r.stdout.split(separator: "\n").last)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(obj["id"] as? String == "wire")
        let failed = try DossierBinary.run(["-c", "load nosuch.txt", "-c", "articles --format jsonl"], in: dir)
        #expect(failed.status == 1)
        #expect(failed.stdout == "")
    }

    @Test func versionNamesTheProgram() throws {
        let r = try DossierBinary.run(["--version"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.range(of: #"^dossier \d+\.\d+\.\d+"#, options: .regularExpression) != nil)
    }

    @Test func helpListsTheShellOptionsAndAnalyze() throws {
        let r = try DossierBinary.run(["--help"], in: dir)
        #expect(r.status == 0)
        for flag in ["-c <COMMANDS>", "-f <FILE>", "--keep-going", "--session <NAME>", "--format <FORMAT>",
                     "--no-color", "--demo", "--version", "analyze"] {
            #expect(r.stdout.contains(flag), "--help mentions \(flag)")
        }
    }

    @Test func loadingLeavesStandardOutputToTheData() throws {
        // `load` and `demo` only report what they did (on stderr in a pipe): jq sees pure JSON.
        let r = try DossierBinary.run(["--demo", "-c", "load wire.txt; quotes --format json"], in: dir)
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let quotes = try #require(obj["quotes"] as? [[String: Any]])
        #expect(quotes.contains { ($0["article"] as? String) == "wire" })
        #expect(quotes.contains { ($0["article"] as? String) == "harbour-vote" })
        #expect(r.stderr.contains("Loaded the demo") && r.stderr.contains("Loaded 1 article"))
    }

    @Test func formatJSONGivesOneValidDocument() throws {
        let r = try DossierBinary.run(["--format", "json", "-c", "load wire.txt; articles"], in: dir)
        #expect(r.status == 0)
        let docs = r.stdout.components(separatedBy: "\n}\n").filter { !$0.isEmpty }.map { $0 + "\n}" }
        #expect(docs.count == 2, "one JSON document per command")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(docs.last!.utf8)) as? [String: Any])
        let articles = try #require(obj["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["wire"])
    }

    @Test func unknownFormatIsAUsageError() throws {
        let r = try DossierBinary.run(["--format", "yaml", "-c", "help"], in: dir)
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown format 'yaml'"))
    }

    @Test func cAndFTogetherAreRefused() throws {
        let r = try DossierBinary.run(["-c", "help", "-f", "x"], in: dir)
        #expect(r.status == 64)
    }

    @Test func pipedOutputHasNoEscapeCodesEvenOnErrors() throws {
        let r = try DossierBinary.run(["-c", "help; bogus"], in: dir)
        #expect(r.status == 1)
        #expect(!r.stdout.isEmpty && !r.stdout.hasEscapeCodes)
        #expect(!r.stderr.hasEscapeCodes)
    }
}
