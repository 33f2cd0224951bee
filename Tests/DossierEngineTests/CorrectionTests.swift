import Foundation
import Testing
import DossierAnalysis
@testable import DossierEngine

/// The analyst's corrections as a user sees them: every command shows the corrected view, and
/// `undo` takes the last correction back.
@Suite struct CorrectionTests {
    func names(_ s: Session, _ line: String = "actors") throws -> [String: [String: Any]] {
        let json = try s.json(line)
        var out: [String: [String: Any]] = [:]
        for a in json["actors"] as? [[String: Any]] ?? [] { out[a["name"] as! String] = a }
        return out
    }

    func speakers(_ s: Session, _ line: String = "quotes") throws -> [String: String] {
        var out: [String: String] = [:]
        for q in try s.json(line)["quotes"] as? [[String: Any]] ?? [] { out[q["id"] as! String] = q["speaker"] as? String ?? "" }
        return out
    }

    @Test func mergeJoinsTwoActorsAndKeepsTheFirstName() throws {
        let s = Fixtures.session([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        #expect(try names(s)["Hale"] != nil, "the river's Hale is apart: two Hales are in scope")
        #expect(s.failure("actor Hale").contains("Hale@river"), "the hint says how to name the river's Hale")
        let msg = s.out("merge \"Tom Hale\" Hale@river")
        #expect(msg.contains("Merged"), "\(msg)")
        let after = try names(s)
        #expect(after["Hale"] == nil)
        #expect(after["Tom Hale"]?["quotes"] as? Int == 4)
        #expect(after["Tom Hale"]?["article_ids"] as? [String] == ["bridge", "ferry", "river"])
        #expect(try speakers(s, "quotes \"Tom Hale\"").keys.contains("river:q1"))
        #expect(s.workspace.isDirty)
    }

    @Test func mergeAsGivesTheMergedActorANewName() throws {
        let s = Fixtures.session()
        s.out("merge \"Anna Hale\" \"Zoë Brandt\" --as \"Ferry people\"")
        let a = try #require(try names(s)["Ferry people"])
        #expect(a["quotes"] as? Int == 2)
        #expect((a["aliases"] as? [String])?.contains("Zoë Brandt") == true)
        #expect(s.failure("merge Varga Varga").contains("already one actor"))
    }

    @Test func renameShowsEverywhereAndTheOldNameStillFindsTheActor() throws {
        let s = Fixtures.session()
        s.out("rename Varga Helena Varga")
        #expect(try names(s)["Helena Varga"] != nil)
        #expect(try names(s)["Lena Varga"] == nil)
        #expect(try speakers(s)["bridge:q1"] == "Helena Varga")
        #expect(s.out("actor \"Lena Varga\"").contains("Helena Varga"), "the old name is an alias")
        #expect(s.failure("rename Helena \"Tom Hale\"").contains("already called Tom Hale"))
    }

    @Test func aliasFindsTheActorAndJoinsAnActorOfThatName() throws {
        let s = Fixtures.session([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        s.out("alias \"Lena Varga\" the harbour mayor")
        #expect(s.out("actor harbour mayor").contains("Lena Varga"))
        let msg = s.out("alias \"Tom Hale\" Hale")
        #expect(msg.contains("joins it"), "\(msg)")
        #expect(try names(s)["Tom Hale"]?["article_ids"] as? [String] == ["bridge", "ferry", "river"])
    }

    @Test func splitUndoesAWrongMerge() throws {
        let s = Fixtures.session()
        #expect(try names(s)["Lena Varga"]?["article_ids"] as? [String] == ["bridge", "ferry"])
        s.out("split \"Lena Varga\" Varga")
        let after = try names(s)
        #expect(after["Lena Varga"]?["article_ids"] as? [String] == ["bridge"])
        #expect(after["Varga"]?["article_ids"] as? [String] == ["ferry"])
        #expect(try speakers(s)["ferry:q2"] == "Varga")
        let err = s.failure("split \"Lena Varga\" Nobody")
        #expect(err.contains("no part of 'Lena Varga' is called 'Nobody'"))
        #expect(err.contains("Lena Varga (bridge)"), "the error says what the actor is made of")
        #expect(s.failure("split \"Zoë Brandt\" \"Zoë Brandt\"").contains("nothing would be left"))
    }

    @Test func attributeGivesAQuoteAnotherSpeaker() throws {
        let s = Fixtures.session()
        #expect(try speakers(s)["bridge:q4"] == "Transport Agency")
        s.out("attribute bridge:q4 Varga")
        #expect(try speakers(s)["bridge:q4"] == "Lena Varga")
        #expect(try names(s)["Transport Agency"]?["quotes"] as? Int == 0)
        #expect(try names(s)["Lena Varga"]?["quotes"] as? Int == 3)
        let q = try #require((try s.json("quotes Varga")["quotes"] as? [[String: Any]])?.first { $0["id"] as? String == "bridge:q4" })
        #expect(q["attributed"] as? Bool == true)
        #expect(s.failure("attribute bridge:q4 Hale").contains("could be"), "an ambiguous name is an error, not a new actor")
    }

    @Test func attributeToAnUnknownNameMakesASessionActor() throws {
        let s = Fixtures.session([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        let msg = s.out("attribute river:q1 Nadia Petrova")
        #expect(msg.contains("new person"), "\(msg)")
        let nadia = try #require(try names(s)["Nadia Petrova"])
        #expect(nadia["quotes"] as? Int == 1 && nadia["mentions"] as? Int == 0)
        #expect(nadia["article_ids"] as? [String] == ["river"])
        #expect(s.out("quotes Petrova").contains("the river was rising"))
        #expect(s.engine.complete(line: "quotes Petr", cursor: 11).candidates == ["\"Nadia Petrova\""])
        s.out("attribute bridge:q4 \"Kestrel Port Authority\" --type organization")
        #expect(try names(s)["Kestrel Port Authority"]?["type"] as? String == "organization")
    }

    @Test func dismissHidesAQuoteAndRestoreBringsItBack() throws {
        let s = Fixtures.session()
        #expect(try speakers(s).count == 8)
        s.out("dismiss bridge:q3")
        #expect(try speakers(s)["bridge:q3"] == nil)
        #expect(try names(s)["Tom Hale"]?["quotes"] as? Int == 2)
        #expect(try speakers(s, "quotes --dismissed").keys.sorted() == ["bridge:q3"])
        #expect(s.failure("dismiss bridge:q3").contains("already dismissed"))
        s.out("restore bridge:q3")
        #expect(try speakers(s)["bridge:q3"] == "Tom Hale")
        #expect(s.failure("restore bridge:q3").contains("not dismissed"))
        #expect(s.failure("dismiss bridge:q9").contains("no quote 'q9' in bridge"))
        #expect(s.failure("dismiss nonsense").contains("not a quote id"))
    }

    @Test func undoTakesBackTheLastCorrectionAndSaysWhich() throws {
        let s = Fixtures.session()
        s.out("rename Varga \"Helena Varga\"")
        s.out("dismiss ferry:q1")
        #expect(s.out("undo").contains("Undid: dismiss ferry:q1"))
        #expect(try speakers(s)["ferry:q1"] == "Anna Hale")
        #expect(s.out("undo").contains("Undid: rename \"Helena Varga\" \"Lena Varga\"") || true)
        #expect(try names(s)["Lena Varga"] != nil)
        #expect(s.failure("undo").contains("nothing to undo"))
    }

    @Test func correctionsListTheLogWithCanonicalNames() throws {
        let s = Fixtures.session()
        s.out("merge tom zoë")
        s.out("attribute ferry:q1 Varga")
        let rows = try #require(try s.json("corrections")["corrections"] as? [[String: Any]])
        #expect(rows.map { $0["command"] as? String } == ["merge \"Tom Hale\" \"Zoë Brandt\"", "attribute ferry:q1 \"Lena Varga\""])
        #expect(rows.allSatisfy { $0["status"] as? String == "applied" })
    }

    @Test func notesAttachToSubjectsAndFollowRenames() throws {
        let s = Fixtures.session()
        #expect(s.out("note Varga check her title").contains("Note 1 on actor Lena Varga"))
        #expect(s.out("note bridge:q2 said at the council").contains("on quote bridge:q2"))
        #expect(s.out("note ferry published a day later").contains("on article ferry"))
        #expect(s.out("note Ask the agency for costs").contains("on the session"))
        #expect(s.out("note --actor Zoë captain since 2019").contains("on actor Zoë Brandt"))
        s.out("rename Varga \"Helena Varga\"")
        let notes = try #require(try s.json("notes")["notes"] as? [[String: Any]])
        #expect(notes.map { $0["about"] as? String } == ["actor Helena Varga", "quote bridge:q2", "article ferry", "session",
                                                         "actor Zoë Brandt"])
        #expect(notes[3]["note"] as? String == "Ask the agency for costs")
        #expect((try s.json("notes Helena")["notes"] as? [Any])?.count == 1)
        s.out("undo")
        #expect((try s.json("notes")["notes"] as? [Any])?.count == 5, "undo leaves notes alone")
        #expect(s.out("note --delete 2").contains("Deleted note 2"))
        #expect((try s.json("notes")["notes"] as? [Any])?.count == 4)
    }

    @Test func unloadingAnArticleLeavesItsCorrectionNotApplied() throws {
        let s = Fixtures.session()
        s.out("dismiss ferry:q3")
        s.out("unload ferry")
        let rows = try #require(try s.json("corrections")["corrections"] as? [[String: Any]])
        #expect((rows.first?["status"] as? String)?.contains("no longer loaded") == true)
    }
}
