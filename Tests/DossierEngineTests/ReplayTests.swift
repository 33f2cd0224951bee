import Foundation
import GRDB
import Testing
import DossierAnalysis
@testable import DossierEngine

/// A session saved by another analyser version is analysed again on `open`, and every
/// correction is replayed over the new analysis, whose local ids have all changed.
@Suite struct ReplayTests {
    let folder = TemporaryFolder()

    /// What a different analyser might find: the same actors and quotes with other ids (in
    /// reverse order), plus a new quote at the start of each article that shifts the q-numbers.
    @Sendable static func reanalysed(_ text: String) -> Analysis {
        let original = [Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()].first { $0.text.string == text }!.analysis
        var a = original
        var ids: [String: String] = [:]
        let all = original.actors + original.places
        for (n, actor) in all.reversed().enumerated() { ids[actor.id] = "x\(n + 1)" }
        a.actors = original.actors.map { var c = $0; c.id = ids[$0.id]!; return c }
        a.places = original.places.map { var c = $0; c.id = ids[$0.id]!; return c }
        let extra = Quote(id: "q1", content: [Span(0, 12)], kind: .indirect, paragraph: 0)
        a.quotes = [extra] + original.quotes.enumerated().map { n, q in
            var c = q
            c.id = "q\(n + 2)"
            c.speaker = q.speaker.map { ids[$0]! }
            return c
        }
        return a
    }

    func reopen(_ corrections: [String], check: (Session) throws -> Void) throws {
        let s = sessionEngine(folder, articles: [Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        for c in corrections { s.out(c) }
        s.out("note --quote ferry:q3 asked twice")
        s.out("save replay")
        s.workspace.lock?.release()
        let path = folder.path + "/Sessions/replay.dossier"
        try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE articles SET analyzer_version = '0.0.1'") }
        let t = sessionEngine(folder)
        t.workspace.reanalyze = ReplayTests.reanalysed
        let r = t.run("open replay")
        #expect(r.ok)
        #expect(r.err.contains("The analyser changed since this session was saved (0.1.0 → \(Analyzer.version))")
                || r.err.contains("The analyser changed since this session was saved"), "\(r.err)")
        #expect(r.err.contains("analysed 3 articles again and replayed \(corrections.count) of \(corrections.count) corrections"),
                "\(r.err)")
        #expect(!r.err.contains("warning"), "\(r.err)")
        #expect(t.workspace.isDirty, "the new analysis is not saved yet")
        #expect(t.workspace.articles.allSatisfy { $0.analysis.quotes.first?.id == "q1" && $0.analysis.quotes.count > 1 })
        let notes = try #require(try t.json("notes")["notes"] as? [[String: Any]])
        #expect(notes.first?["about"] as? String == "quote ferry:q4", "the note follows its quote to its new id")
        try check(t)
    }

    func actor(_ s: Session, _ name: String) throws -> [String: Any]? {
        (try s.json("actors")["actors"] as? [[String: Any]])?.first { $0["name"] as? String == name }
    }

    func speaker(_ s: Session, _ id: String) throws -> String? {
        (try s.json("quotes")["quotes"] as? [[String: Any]])?.first { $0["id"] as? String == id }?["speaker"] as? String
    }

    @Test func mergeIsReplayed() throws {
        try reopen(["merge \"Tom Hale\" Hale@river"]) { (t: Session) throws in
            #expect(try actor(t, "Tom Hale")?["article_ids"] as? [String] == ["bridge", "ferry", "river"])
            #expect(try actor(t, "Hale") == nil)
        }
    }

    @Test func renameAndAliasAreReplayed() throws {
        try reopen(["rename Varga \"Helena Varga\"", "alias Helena the harbour mayor"]) { (t: Session) throws in
            #expect(try actor(t, "Helena Varga")?["quotes"] as? Int == 2)
            #expect(t.out("actor harbour mayor").contains("Helena Varga"))
        }
    }

    @Test func splitIsReplayed() throws {
        try reopen(["split \"Lena Varga\" Varga"]) { (t: Session) throws in
            #expect(try actor(t, "Lena Varga")?["article_ids"] as? [String] == ["bridge"])
            #expect(try speaker(t, "ferry:q3") == "Varga", "ferry:q2 before the new analysis")
        }
    }

    @Test func attributeIsReplayedOnTheSameQuoteUnderItsNewId() throws {
        try reopen(["attribute bridge:q4 \"Anna Hale\"", "attribute river:q1 Nadia Petrova"]) { (t: Session) throws in
            #expect(try speaker(t, "bridge:q5") == "Anna Hale")
            #expect(try speaker(t, "river:q2") == "Nadia Petrova")
            #expect(try speaker(t, "bridge:q1") == nil, "the new quote q1 is not touched")
        }
    }

    @Test func dismissAndRestoreAreReplayed() throws {
        try reopen(["dismiss bridge:q3", "dismiss ferry:q1", "restore ferry:q1"]) { (t: Session) throws in
            let ids = Set(((try t.json("quotes")["quotes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
            #expect(!ids.contains("bridge:q4"), "bridge:q3 is bridge:q4 now, and stays dismissed")
            #expect(ids.contains("ferry:q2"), "restored")
        }
    }

    @Test func aCorrectionThatNoLongerAppliesIsReportedNotFatal() throws {
        let s = sessionEngine(folder, articles: [Fixtures.bridge(), Fixtures.ferry()])
        s.out("dismiss ferry:q3")
        s.out("rename Zoë \"Zoë Brandt-Olsen\"")
        s.out("save gone")
        s.workspace.lock?.release()
        try DatabaseQueue(path: folder.path + "/Sessions/gone.dossier").write {
            try $0.execute(sql: "UPDATE articles SET analyzer_version = '0.0.1'")
        }
        let t = sessionEngine(folder)
        t.workspace.reanalyze = { text in Analysis(document: Segmenter().segment(ArticleText(text))) }   // finds nothing
        let r = t.run("open gone")
        #expect(r.ok)
        #expect(r.err.contains("replayed 0 of 2 corrections"))
        #expect(r.err.contains("warning: correction 'dismiss ferry:q3' no longer applies"))
        #expect(r.err.contains("warning: correction 'rename \"Zoë Brandt\" \"Zoë Brandt-Olsen\"' no longer applies"))
        #expect(t.out("corrections").contains("not applied"))
    }
}
