import Foundation
import Testing
@testable import DossierEngine

/// `positions`, `compare` and `topics` end to end, over invented articles loaded from files, in
/// every output format; with corrections, dates, export, the report and sql.
@Suite struct PositionCommandTests {
    let folder = TemporaryFolder()

    func session() -> Session {
        let s = Session()
        s.out("load \(folder.write("border.md", PositionFixtures.borderDated)) \(folder.write("later.md", PositionFixtures.borderLater))")
        return s
    }

    @Test func positionsShowsStanceAndEvidenceTopicByTopic() throws {
        let s = session()
        let table = s.out("positions Reyes")
        #expect(table.contains("Positions of Tomas Reyes"))
        #expect(table.contains("for"))
        let json = try s.json("positions Reyes")
        let rows = try #require(json["positions"] as? [[String: Any]])
        let first = try #require(rows.first)
        #expect(first["stance"] as? String == "for")
        #expect((first["statements"] as? Int ?? 0) >= 3, "both articles count for one actor: \(first)")
        #expect(Set(["border", "later"]).contains(first["article"] as? String ?? ""))
        #expect((first["evidence"] as? String ?? "").isEmpty == false)
        let csv = s.data("positions Reyes --format csv")
        #expect(csv.hasPrefix("ID,TOPIC,STANCE,STRENGTH,N,EVIDENCE,ARTICLE,¶") || csv.contains("topic_id") || csv.contains("TOPIC"))
        let md = s.data("positions Reyes --format markdown")
        #expect(md.contains("### Positions of Tomas Reyes"))
        let jsonl = s.data("positions Reyes --format jsonl")
        #expect(jsonl.split(separator: "\n").contains { $0.contains("\"stance\":\"for\"") })
    }

    @Test func compareGivesATableAndAVerdictPerPair() throws {
        let s = session()
        let json = try s.json("compare Reyes \"Arden Council\" Dahmani")
        #expect(json["actors"] as? [String] == ["Tomas Reyes", "Arden Council for Human Rights", "Ilyas Dahmani"])
        let topics = try #require(json["topics"] as? [[String: Any]])
        #expect(!topics.isEmpty)
        #expect((topics[0]["positions"] as? [[String: Any]])?.count == 3)
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        func relation(_ a: String, _ b: String) -> String? {
            pairs.first { $0["a"] as? String == a && $0["b"] as? String == b }?["relation"] as? String
        }
        #expect(relation("Tomas Reyes", "Arden Council for Human Rights") == "disagree")
        #expect(relation("Tomas Reyes", "Ilyas Dahmani") == "agree")
        #expect(relation("Arden Council for Human Rights", "Ilyas Dahmani") == "disagree")
        let reason = pairs.first { $0["b"] as? String == "Arden Council for Human Rights" }?["reason"] as? String ?? ""
        #expect(reason.contains("Tomas Reyes is for") && reason.contains("¶"), "the reason cites evidence: \(reason)")
        for key in ["a", "b", "relation", "topics", "reason"] { #expect(pairs[0][key] != nil) }

        let table = s.out("compare Reyes \"Arden Council\"")
        #expect(table.contains("Verdicts") && table.contains("disagree"))
        #expect(table.contains("TOMAS REYES"))
        let md = s.data("compare Reyes \"Arden Council\" --format markdown")
        #expect(md.contains("| Tomas Reyes | Arden Council for Human Rights | disagree |"))
        let csv = s.data("compare Reyes \"Arden Council\" --format csv")
        #expect(csv.contains("disagree"))
        let jsonl = s.data("compare Reyes \"Arden Council\" --format jsonl")
        #expect(jsonl.contains("\"relation\":\"disagree\""))
    }

    @Test func compareIsUnclearWithoutASharedStance() throws {
        let s = session()
        let json = try s.json("compare Reyes Lund")
        #expect((json["pairs"] as? [[String: Any]])?.first?["relation"] as? String == "unclear")
    }

    @Test func compareNeedsTwoDistinctActors() {
        let s = session()
        #expect(s.failure("compare Reyes").contains("at least two actors"))
        #expect(s.failure("compare Reyes \"Tomas Reyes\"").contains("already compared"))
        #expect(s.failure("compare Reyes Nobody").contains("no actor 'Nobody'"))
    }

    @Test func topicsListTheStancesAcrossArticles() throws {
        let s = session()
        let json = try s.json("topics")
        let topics = try #require(json["topics"] as? [[String: Any]])
        let first = try #require(topics.first)
        #expect(first["frame"] as? String == "conflict")
        #expect(first["articles"] as? Int == 2, "the same hills in two articles are one topic: \(first)")
        #expect((first["for"] as? [String])?.contains("Tomas Reyes") == true)
        #expect((first["against"] as? [String])?.contains("Arden Council for Human Rights") == true)
        let id = first["id"] as? String ?? "t1"
        #expect(s.out("positions Reyes --topic \(id)").contains("Tomas Reyes"))
        #expect(s.failure("positions Reyes --topic zzz").contains("no topic 'zzz'"))
        #expect(s.out("topics --format markdown").contains("| ID | TOPIC | FOR | AGAINST |"))
    }

    @Test func datesAndArticlesFilterTheStatements() throws {
        let s = session()
        let all = try s.json("positions Reyes")
        let later = try s.json("positions Reyes --since 2025-05-10")
        let n = { (j: [String: Any]) in ((j["positions"] as? [[String: Any]])?.first?["statements"] as? Int) ?? 0 }
        #expect(n(later) < n(all) && n(later) > 0)
        #expect(try n(s.json("positions Reyes --until 2025-05-05")) + n(later) == n(all))
        #expect(try n(s.json("positions Reyes --article later")) == n(later))
        #expect(s.failure("positions Reyes --since May").contains("YYYY-MM-DD"))
        #expect(s.failure("positions Reyes --since 2030-01-01").contains("no article in scope is dated"))
    }

    @Test func correctionsApplyToPositions() throws {
        let s = session()
        let before = try s.json("positions Reyes")
        let count = ((before["positions"] as? [[String: Any]])?.first?["statements"] as? Int) ?? 0
        let quotes = try #require(try s.json("quotes Reyes")["quotes"] as? [[String: Any]])
        let id = try #require(quotes.first?["id"] as? String)
        s.out("dismiss \(id)")
        let after = try s.json("positions Reyes")
        #expect(((after["positions"] as? [[String: Any]])?.first?["statements"] as? Int) == count - 1, "a dismissed quote's statement is gone")
        s.out("attribute \(quotes[1]["id"] as! String) Dahmani")
        let moved = try s.json("positions Dahmani")
        #expect(((moved["positions"] as? [[String: Any]])?.first?["statements"] as? Int ?? 0) >= 2, "'attribute' moves a statement")
        s.out("merge Dahmani Reyes")
        let merged = try s.json("compare Reyes \"Arden Council\"")
        #expect((merged["pairs"] as? [[String: Any]])?.first?["relation"] as? String == "disagree")
    }

    @Test func exportReportAndSqlUseThePositions() throws {
        let s = session()
        let csv = s.data("export positions --format csv")
        #expect(csv.hasPrefix("topic_id,topic,actor,stance"))
        #expect(csv.contains("Tomas Reyes") && csv.contains(",for,"))
        let json = try JSONSerialization.jsonObject(with: Data(s.data("export positions --format json").utf8)) as? [String: Any]
        #expect(((json?["positions"] as? [[String: Any]])?.count ?? 0) >= 3)
        #expect(s.data("export positions --format markdown").contains("| topic_id | topic | actor | stance |"))
        let report = s.data("export report")
        #expect(report.contains("## Positions compared\n\n| Topic | "))
        #expect(report.contains("**Tomas Reyes – Arden Council for Human Rights**: disagree.")
                || report.contains("**Arden Council for Human Rights – Tomas Reyes**: disagree."))
        let rows = s.data("sql \"SELECT stance FROM positions WHERE actor = 'Tomas Reyes'\" --format csv")
        #expect(rows.contains("for"))
        #expect(s.data("sql 'SELECT count(*) AS n FROM statement_topics' --format csv") != "n\n0\n")
        #expect(s.data("sql 'SELECT frame FROM statements WHERE frame IS NOT NULL LIMIT 1' --format csv").contains("conflict"))
    }

    @Test func topicsComplete() {
        let s = session()
        let c = s.engine.complete(line: "positions Reyes --topic t", cursor: 25)
        #expect(c.candidates.contains("t1"))
    }
}

/// The demo articles: actors who agree and clash across four articles.
@Suite struct PositionDemoTests {
    @Test func demoActorsAgreeAndClash() throws {
        let s = Session()
        s.out("demo")
        let json = try s.json("compare Okafor Lindqvist \"David Brennan\"")
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        func relation(_ a: String, _ b: String) -> String? {
            pairs.first { $0["a"] as? String == a && $0["b"] as? String == b }?["relation"] as? String
        }
        #expect(relation("Helen Okafor", "Marcus Lindqvist") == "agree")
        #expect(relation("Helen Okafor", "David Brennan") == "disagree")
        #expect(relation("Marcus Lindqvist", "David Brennan") == "disagree")
    }
}
