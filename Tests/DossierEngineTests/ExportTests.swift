import Foundation
import Testing
import DossierAnalysis
@testable import DossierEngine

/// `export` in every format it allows, with the corrections applied, and the Markdown report.
@Suite struct ExportTests {
    let folder = TemporaryFolder()

    func corrected() -> Session {
        let s = Fixtures.session([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        s.out("rename Varga \"Helena Varga\"")
        s.out("dismiss ferry:q4")
        s.out("attribute river:q1 Nadia Petrova")
        s.out("note Varga check her title")
        return s
    }

    @Test func actorsAndQuotesInEveryFormat() throws {
        let s = corrected()
        let csv = s.data("export actors")
        #expect(csv.hasPrefix("name,type,roles,affiliation,aliases,mentions,quotes,articles,article_ids,first_seen\r\n"))
        #expect(csv.contains("\r\nHelena Varga,person,Mayor,"))
        let json = try JSONSerialization.jsonObject(with: Data(s.data("export quotes --format json").utf8)) as? [String: Any]
        let quotes = try #require(json?["quotes"] as? [[String: Any]])
        #expect(quotes.count == 8, "nine quotes, one dismissed")
        #expect(quotes.first { $0["id"] as? String == "river:q1" }?["speaker"] as? String == "Nadia Petrova")
        let jsonl = s.data("export quotes --format jsonl").split(separator: "\n")
        #expect(jsonl.count == 8)
        #expect(jsonl.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        let md = s.data("export actors --format markdown")
        #expect(md.hasPrefix("| name | type | roles |"))
        #expect(s.failure("export actors --format table").contains("actors exports as csv, json, jsonl, markdown"))
    }

    @Test func analysisIsTheScorerFormatWithTheCorrections() throws {
        let s = corrected()
        let lines = s.data("export analysis").split(separator: "\n")
        #expect(lines.count == 3)
        let ferry = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(ferry["id"] as? String == "ferry")
        let quotes = try #require(ferry["quotes"] as? [[String: Any]])
        #expect(quotes.count == 3 && !quotes.contains { $0["id"] as? String == "q4" })
        #expect((ferry["actors"] as? [[String: Any]])?.first { $0["name"] as? String == "Varga" }?["global_name"] as? String == "Helena Varga")
        let river = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        let q = try #require((river["quotes"] as? [[String: Any]])?.first)
        #expect(q["speaker_name"] as? String == "Nadia Petrova")
        #expect(q["speaker"] is NSNull, "no local actor of the river article is Nadia Petrova")
        let json = try JSONSerialization.jsonObject(with: Data(s.data("export analysis --format json").utf8)) as? [String: Any]
        #expect((json?["articles"] as? [Any])?.count == 3)
        #expect(s.failure("export analysis --format csv").contains("analysis cannot be exported as csv"))
    }

    @Test func reportIsReadableMarkdownWithQuotesNotesAndPositions() {
        let s = corrected()
        let md = s.data("export report")
        #expect(md.hasPrefix("# Dossier: untitled\n"))
        #expect(md.contains("| bridge | Old Mill bridge to close in May |"))
        #expect(md.contains("### Helena Varga, Mayor\n\n> “The bridge is no longer safe,” … “We cannot wait for an accident.”\n>\n> — bridge (Old Mill bridge to close in May), ¶2, said [bridge:q1]"))
        #expect(md.contains("### Nadia Petrova\n\n> the river was rising faster than in any spring since 1998"))
        #expect(md.contains("_Note: check her title_"))
        #expect(md.contains("## Positions compared"))
        #expect(md.contains("No statement in these articles takes a clear position"), "hand-made analyses have no statements")
        #expect(!md.contains("the ferry was too small"), "a dismissed quote is left out")
        #expect(s.failure("export report --format json").contains("report cannot be exported as json"))
    }

    @Test func exportsToAFileInTheFormatOfItsExtension() throws {
        let s = corrected()
        let csv = folder.path + "/q.csv", md = folder.path + "/report.md", json = folder.path + "/a.json"
        #expect(s.out("export quotes -o \(csv)").contains("Wrote 8 quotes to \(csv) (csv)"))
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("id,article,paragraph,speaker"))
        s.out("export report -o \(md)")
        #expect(try String(contentsOfFile: md, encoding: .utf8).hasPrefix("# Dossier: untitled"))
        s.out("export actors -o \(json)")
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) is [String: Any])
        #expect(s.failure("export quotes -o /nonexistent/dir/q.csv").contains("cannot write"))
        #expect(s.failure("export stances").contains("export analysis, actors, quotes, positions or report"))
    }

    @Test func exportingToADeviceWritesIntoItAndLeavesItADevice() throws {
        let s = corrected()
        #expect(s.out("export quotes -o /dev/null").contains("Wrote 8 quotes to /dev/null"))
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }
}
