import Foundation
import Testing
@testable import DossierEngine

/// The bundled demo: it loads, and its articles hold every feature the analysis must handle.
@Suite struct DemoTests {
    static let ids = ["harbour-vote", "wetlands-study", "dockers-union", "minister-review"]

    func demoTexts() -> [String: String] {
        let s = Session()
        _ = s.run("demo")
        return Dictionary(uniqueKeysWithValues: s.workspace.articles.map { ($0.id, $0.text.string) })
    }

    @Test func demoLoadsTheArticlesWithIdsFromTheirFileNames() throws {
        let s = Session()
        let out = s.out("demo")
        #expect(s.workspace.articles.map(\.id) == Self.ids)
        #expect(out.contains("Loaded the demo: 4 articles"))
        #expect(out.contains("Try:"))
        let vote = try #require(s.workspace.article(id: "harbour-vote"))
        #expect(vote.title == "Port Carrick council backs Kestrel Bay terminal expansion in 7-4 vote")
        #expect(vote.date == "2024-03-04")
        #expect(vote.source == "Carrick Courier")
        #expect(!vote.text.string.contains("---"), "front matter is not article text")
        let study = try #require(s.workspace.article(id: "wetlands-study"))
        #expect(study.title == "Study warns Kestrel Bay dredging would wipe out feeding grounds for migrating birds")
    }

    @Test func runningTheDemoTwiceLoadsNothingTwice() {
        let s = Session()
        _ = s.out("demo")
        let again = s.out("demo")
        #expect(again.contains("already loaded"))
        #expect(s.workspace.articles.count == 4)
    }

    @Test func theDemoSessionSavesAndReopens() {
        // Two actors of the demo share a name ("city council"); the positions table keyed by
        // name must still save.
        let folder = TemporaryFolder()
        let s = Session()
        _ = s.out("demo")
        let path = (folder.path as NSString).appendingPathComponent("demo.dossier")
        #expect(s.out("save \(path)").contains("Saved"))
        let t = Session()
        #expect(t.out("open \(path)").contains("4 articles"))
    }

    @Test func everySuggestedCommandExistsAndParses() throws {
        for (line, _) in DemoCommand.suggestions {
            for words in try LineSplitter().split(line) {
                let type = try #require(CommandRegistry.lookup(words[0].text), "\(line)")
                _ = try Invocation.parse(words.dropFirst().map(\.text), spec: type.spec)
            }
        }
        let s = Session()
        _ = s.out("demo")
        for line in ["articles", "show wetlands-study --paragraph 6", "quotes --format json", "help"] {
            #expect(s.run(line).ok, "\(line)")
        }
    }

    @Test func articlesAreWireLengthStories() {
        for (id, text) in demoTexts() {
            let words = text.split(whereSeparator: \.isWhitespace).count
            #expect((300...700).contains(words), "\(id) has \(words) words")
        }
    }

    @Test func articlesHoldEveryQuotationStyle() throws {
        let texts = demoTexts()
        let all = texts.values.joined(separator: "\n")
        #expect(all.contains("“") && all.contains("”"), "curly quotation marks")
        #expect(all.contains(" \"") && all.contains(",\" "), "straight quotation marks")
        // A quote split by its attribution: “…,” NAME said, “…”
        #expect(all.range(of: #",” Mayor Helen Okafor said after the vote, “"#) != nil)
        // A block quote signed on its own line.
        #expect(all.range(of: #"\n- Ana Ferreira, Director of the Coastal Ecology Institute\n"#, options: .regularExpression) != nil)
        // A quote over three paragraphs: opening marks on each, the closing mark only at the end.
        let union = try #require(texts["dockers-union"])
        let paragraphs = union.components(separatedBy: "\n\n").filter { $0.hasPrefix("“") }
        #expect(paragraphs.count >= 3)
        let run = paragraphs.prefix(3)
        #expect(run.dropLast().allSatisfy { !$0.hasSuffix("”") })
        #expect(run.last!.hasSuffix("”"))
        // Reported speech without marks.
        #expect(all.contains("said the union was being sold a promise that the port authority could not keep"))
    }

    @Test func actorsAgreeAndDisagreeAcrossArticles() {
        let texts = demoTexts()
        // The same actors appear in several articles on the one disputed project.
        for name in ["Helen Okafor", "Marcus Lindqvist", "Priya Raman", "David Brennan"] {
            let inArticles = texts.filter { $0.value.contains(name) }.count
            #expect(inArticles >= 2, "\(name) appears in \(inArticles) article(s)")
        }
        #expect(texts.values.allSatisfy { $0.contains("Kestrel Bay") })
        // Two different people share the surname Brennan.
        #expect(texts.values.contains { $0.contains("Siobhan Brennan") })
    }
}
