import Foundation
import Testing
@testable import DossierEngine

/// Every output format, from the renderer's side and through commands.
@Suite struct RenderingTests {
    static let people = RecordSet(key: "people", columns: [Column("name", "NAME"), Column("n", "N"),
                                                           Column("note", "NOTE", wraps: true)],
                                  records: [
                                      Record(["name": "Ana", "n": 3, "note": "short"]),
                                      Record(["name": "Bartholomew", "n": 12,
                                              "note": "a much longer note that will have to wrap when the table is narrow"]),
                                  ])

    @Test func tableColumnsAreAligned() {
        let (out, _) = Renderer(format: .table, width: 200).render(CommandResult(sections: [Self.people]))
        let l = lines(out)
        #expect(l.count == 3)
        // Every column starts at the same position on every line.
        let nameWidth = "Bartholomew".count + 2
        #expect(l[0].hasPrefix("NAME" + String(repeating: " ", count: nameWidth - 4) + "N   NOTE"))
        #expect(l[1].hasPrefix("Ana" + String(repeating: " ", count: nameWidth - 3) + "3   short"))
        #expect(l[2].hasPrefix("Bartholomew  12  a much longer"))
        #expect(l.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func longTextWrapsWithinTheWidthAndStaysInItsColumn() {
        let (out, _) = Renderer(format: .table, width: 40).render(CommandResult(sections: [Self.people]))
        let l = lines(out)
        #expect(l.count > 3, "the note must wrap")
        #expect(l.allSatisfy { displayWidth($0) <= 40 })
        let noteColumn = l[0].range(of: "NOTE")!.lowerBound.utf16Offset(in: l[0])
        for continuation in l.dropFirst(3) {
            #expect(continuation.prefix(noteColumn).allSatisfy { $0 == " " }, "continuation lines start in the NOTE column")
        }
        let rejoined = l.dropFirst(2).map { String($0.dropFirst(noteColumn)) }.joined(separator: " ")
        #expect(rejoined == "a much longer note that will have to wrap when the table is narrow")
    }

    @Test func identifiersAreCutOnlyWhenTextWouldBecomeUnreadable() {
        let id = "breitbart_2016-03-02_long-article-identifier"
        let title = "A title long enough to wrap twice or more"
        let set = RecordSet(key: "articles", columns: [Column("id", "ID", isKey: true), Column("words", "WORDS"),
                                                       Column("title", "TITLE", wraps: true)],
                            records: [Record(["id": .string(id), "words": 812, "title": .string(title)])])
        func table(_ width: Int) -> [String] {
            let l = lines(Renderer(format: .table, width: width).render(CommandResult(sections: [set])).out)
            #expect(l.allSatisfy { displayWidth($0) <= width }, "width \(width)")
            return l
        }
        // The title wraps first; the id stays whole.
        #expect(table(80)[1].hasPrefix(id + "  812"))
        // Narrower, the title keeps 24 columns and the id gives way.
        let narrow = table(60)
        #expect(narrow[1].hasPrefix("breitbart_2016-03-02_long-…  812"))
        #expect(narrow[1].hasSuffix("A title long enough to"))
        // Narrower still, everything is cut rather than overflow.
        #expect(table(40)[1].contains("…"))
    }

    @Test func wideCharactersCountTwoColumns() {
        let set = RecordSet(key: "x", columns: [Column("a", "A"), Column("b", "B")],
                            records: [Record(["a": "東京", "b": "1"]), Record(["a": "Oslo", "b": "2"])])
        let l = lines(Renderer(format: .table, width: 80).render(CommandResult(sections: [set])).out)
        #expect(l[1] == "東京  1")
        #expect(l[2] == "Oslo  2")
    }

    @Test func emptyTableSaysSoAndPreviewSaysHowManyMore() {
        let empty = RecordSet(key: "quotes", columns: [Column("a")], records: [])
        #expect(Renderer(format: .table).render(CommandResult(sections: [empty])).out == "(no quotes)\n")
        var many = RecordSet(key: "articles", columns: [Column("id", "ID")], records: (1...30).map { Record(["id": .int($0)]) })
        many.preview = 5
        let table = lines(Renderer(format: .table).render(CommandResult(sections: [many])).out)
        #expect(table.count == 7)
        #expect(table.last == "… and 25 more (30 articles in all)")
        let json = Renderer(format: .json).render(CommandResult(sections: [many])).out
        #expect(json.contains("\"id\": 30"), "machine formats keep every record")
    }

    @Test func jsonIsOneDocumentKeyedByWhatItLists() throws {
        let s = Fixtures.session()
        let actors = try s.json("actors")
        #expect(Array(actors.keys) == ["actors"])
        let first = try #require((actors["actors"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "Lena Varga")
        #expect(first["roles"] as? [String] == ["Mayor"])
        #expect(Array(try s.json("quotes").keys) == ["quotes"])
        #expect((try s.json("articles"))["articles"] is [Any])
        let profile = try s.json("actor Varga")
        #expect(Set(profile.keys) == ["actor", "mentions", "quotes"])
        // Exactly one document even when the result also has messages.
        let out = s.out("use bridge --format json")
        #expect(try JSONSerialization.jsonObject(with: Data(out.utf8)) is [String: Any])
    }

    @Test func jsonKeepsRecordKeyOrderForStableScripts() {
        let r = Record(["z": 1, "a": "x", "m": .null])
        #expect(JSONWriter.write(.object(r), pretty: false) == #"{"z":1,"a":"x","m":null}"#)
        #expect(JSONWriter.write(.string("line\n\"quoted\"\u{1}"), pretty: false) == #""line\n\"quoted\"\u0001""#)
    }

    @Test func jsonlIsOneRecordPerLine() throws {
        let s = Fixtures.session()
        let r = s.run("quotes --format jsonl")
        let l = lines(r.out)
        #expect(l.count == 8)
        for line in l {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(obj["text"] is String)
            #expect(obj["article"] is String)
        }
        // Messages are not records: they go to standard error.
        let loaded = s.run("use bridge --format jsonl")
        #expect(loaded.out.isEmpty)
        #expect(loaded.err.contains("Scope: 1 of 2"))
    }

    @Test func jsonlOfAMixedResultTagsEachLineWithItsSection() throws {
        let s = Fixtures.session()
        let l = lines(s.out("actor Varga --format jsonl"))
        let objects = try l.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["section"] as? String } == ["actor", "mentions", "mentions", "mentions", "mentions", "quotes", "quotes"])
        #expect(objects[0]["name"] as? String == "Lena Varga")
        #expect(objects[0]["type"] as? String == "person")
        #expect(l[0].hasPrefix(#"{"section":"actor","#), "the section comes first")
        // A plain list has no section tag.
        #expect(!s.out("quotes --format jsonl").contains(#""section""#))
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        let set = RecordSet(key: "q", columns: [Column("a", "A"), Column("b", "B")], records: [
            Record(["a": "plain", "b": "with, comma"]),
            Record(["a": "say \"hi\"", "b": "two\nlines"]),
            Record(["a": .array(["x", "y"]), "b": .null]),
        ])
        let out = Renderer(format: .csv).render(CommandResult(sections: [set])).out
        #expect(out == "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\"x, y\",\r\n")
    }

    @Test func csvOfAQuoteListHasAHeaderAndOneRowPerQuote() {
        let s = Fixtures.session()
        let out = s.out("quotes Varga --format csv")
        let rows = out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "cue,id,paragraph,text")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("said,bridge:q1,2,"))
    }

    @Test func markdownIsATableWithEscapedPipes() {
        let set = RecordSet(key: "q", title: "Quotes", columns: [Column("a", "A"), Column("b", "B")],
                            records: [Record(["a": "x | y", "b": "1"])])
        let out = Renderer(format: .markdown).render(CommandResult(sections: [set], messages: ["done"])).out
        #expect(out == "### Quotes\n\n| A | B |\n| --- | --- |\n| x \\| y | 1 |\ndone\n")
    }

    @Test func markdownShowsAProfileAsAListOfItsFields() {
        let s = Fixtures.session()
        let out = s.out("actor Tom Hale --format markdown")
        #expect(out.hasPrefix("- **name**: Tom Hale\n- **type**: person\n- **roles**: Councillor\n"))
        #expect(!out.contains("affiliation"), "empty fields are left out")
        #expect(out.contains("### What Tom Hale said\n\n| CUE | QUOTE | ¶ | WHAT WAS SAID |"))
    }

    @Test func setFormatChangesTheDefaultAndFormatOptionWinsForOneCommand() throws {
        let s = Fixtures.session()
        _ = s.out("set format json")
        let json = s.out("articles")
        #expect(json.hasPrefix("{"))
        let csv = s.out("articles --format csv")
        #expect(csv.hasPrefix("id,title,date"))
        _ = s.out("set format table")
        #expect(s.out("articles").hasPrefix("ID"))
    }

    @Test func tableWidthFollowsTheConsoleAndTheWidthSetting() {
        let s = Fixtures.session(width: 50)
        #expect(lines(s.out("quotes")).allSatisfy { displayWidth($0) <= 50 })
        _ = s.out("set width 70")
        let wide = lines(s.out("quotes"))
        #expect(wide.allSatisfy { displayWidth($0) <= 70 })
        #expect(wide.contains { displayWidth($0) > 50 })
    }
}
