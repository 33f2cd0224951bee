import DossierAnalysis
import Foundation
import GRDB
import Testing
@testable import DossierEngine

/// A hand-built article with one actor and one quote, so persistence is tested without
/// depending on what the analyser finds.
func handMadeArticle(id: String, text: String = "“Prices will fall,” said Maria Ödegaard, the minister. She left.") -> Article {
    var analysis = Analysis(document: Segmenter().segment(ArticleText(text)))
    analysis.actors = [Actor(id: "a1", name: "Maria Ödegaard", type: .person, roles: ["minister"],
                             aliases: ["Ödegaard"], mentions: [Span(25, 39), Span(55, 58)])]
    analysis.quotes = [Quote(id: "q1", content: [Span(0, 19)], cue: Span(20, 24), source: Span(25, 39), speaker: "a1",
                             kind: .direct, paragraph: 0)]
    analysis.statements = [Statement(id: "s1", actor: "a1", quote: "q1", meaning: .say, negated: false, modality: .will,
                                     target: "prices", stance: .neutral, strength: 0.5, keywords: ["prices", "fall"],
                                     paragraph: 0, evidence: Span(0, 53))]
    return Article(id: id, title: "Prices", date: "2026-01-02", source: "Wire", url: "https://example.org/p",
                   origin: "p.txt", analysis: analysis)
}

func temporaryDirectory() -> String {
    let dir = NSTemporaryDirectory() + "dossier-tests-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

@Suite struct SessionStoreTests {
    func snapshot() -> SessionSnapshot {
        SessionSnapshot(name: "budget", articles: [handMadeArticle(id: "one"), handMadeArticle(id: "two")],
                        corrections: [CorrectionEntry(kind: .rename, actors: [ActorAnchor(name: "Maria Ödegaard",
                                                                                       places: [.init(article: "one", span: Span(25, 39))])],
                                                      text: "Maria Odegaard", createdAt: "2026-11-25T10:00:00Z")],
                        notes: [Note(id: 1, target: .actor, subject: "Maria Ödegaard", actor: ActorAnchor(name: "Maria Ödegaard"),
                                     text: "check her title", createdAt: "2026-11-25T10:01:00Z")],
                        scopes: ["first": ["one"]], currentScope: ["two"], settings: ["format": "json"],
                        history: ["load p.txt", "quotes"])
    }

    @Test func roundTripKeepsEverything() throws {
        let dir = temporaryDirectory()
        let path = dir + "/budget.dossier"
        try SessionStore.save(snapshot(), to: path, inPlace: false, appVersion: "test")
        let read = try SessionStore.read(path: path)
        #expect(read.staleArticles.isEmpty)
        let s = read.snapshot
        #expect(s.name == "budget")
        #expect(s.articles.map(\.id) == ["one", "two"])
        let original = handMadeArticle(id: "one")
        let a = s.articles[0]
        #expect(a.title == "Prices" && a.date == "2026-01-02" && a.source == "Wire" && a.url == "https://example.org/p")
        #expect(a.text.string == original.text.string)
        #expect(a.analysis.actors == original.analysis.actors)
        #expect(a.analysis.quotes == original.analysis.quotes)
        #expect(a.analysis.statements == original.analysis.statements)
        #expect(a.analysis.document.tokens == original.analysis.document.tokens)
        #expect(a.analysis.document.sentences == original.analysis.document.sentences)
        #expect(s.corrections == snapshot().corrections)
        #expect(s.notes == snapshot().notes)
        #expect(s.scopes == ["first": ["one"]] && s.currentScope == ["two"])
        #expect(s.settings == ["format": "json"] && s.history == ["load p.txt", "quotes"])
    }

    @Test func inPlaceSaveAddsAndRemovesArticles() throws {
        let path = temporaryDirectory() + "/s.dossier"
        var snap = snapshot()
        try SessionStore.save(snap, to: path, inPlace: false, appVersion: "test")
        snap.articles.removeFirst()
        snap.articles.append(handMadeArticle(id: "three", text: "Nothing was said here."))
        snap.notes = []
        try SessionStore.save(snap, to: path, inPlace: true, appVersion: "test")
        let s = try SessionStore.read(path: path).snapshot
        #expect(s.articles.map(\.id) == ["two", "three"])
        #expect(s.articles[1].text.string == "Nothing was said here.")
        #expect(s.notes.isEmpty)
        let rows = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quotes") }
        #expect(rows == 2)   // article "one"'s rows went with it
    }

    @Test func refusesFilesThatAreNotSessions() throws {
        let dir = temporaryDirectory()
        let junk = dir + "/junk.dossier"
        #expect(FileManager.default.createFile(atPath: junk, contents: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })))
        #expect(throws: DossierError.self) { try SessionStore.read(path: junk) }
        let empty = dir + "/empty.dossier"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect((try? SessionStore.read(path: empty)) == nil)
        let foreign = dir + "/foreign.dossier"
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        do { _ = try SessionStore.read(path: foreign); Issue.record("foreign file opened") } catch let e as DossierError {
            #expect(e.message.contains("not a Dossier session"))
        }
        #expect((try? SessionStore.read(path: dir + "/missing.dossier")) == nil)
    }

    @Test func refusesTruncatedAndNewerSessions() throws {
        let dir = temporaryDirectory()
        let path = dir + "/full.dossier"
        var snap = snapshot()
        for i in 0..<40 { snap.articles.append(handMadeArticle(id: "x\(i)", text: String(repeating: "Words here. ", count: 300))) }
        try SessionStore.save(snap, to: path, inPlace: false, appVersion: "test")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = dir + "/cut.dossier"
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: cut))
        #expect(throws: DossierError.self) { try SessionStore.read(path: cut) }

        let newer = dir + "/newer.dossier"
        try data.write(to: URL(fileURLWithPath: newer))
        try DatabaseQueue(path: newer).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
        do { _ = try SessionStore.read(path: newer); Issue.record("newer file opened") } catch let e as DossierError {
            #expect(e.message.contains("newer"))
        }
    }

    @Test func sessionNamesCannotEscapeTheFolder() throws {
        let loc = SessionLocator(directory: "/tmp/sessions")
        #expect(try loc.path(for: "libya") == "/tmp/sessions/libya.dossier")
        #expect(throws: DossierError.self) { try loc.path(for: "a/b") }
        #expect(throws: DossierError.self) { try loc.path(for: "..") }
        #expect(throws: DossierError.self) { try loc.path(for: "x..y") }
        #expect(try loc.path(for: "./work/x.dossier").hasSuffix("work/x.dossier"))
        #expect(try loc.path(for: "/abs/y") == "/abs/y.dossier")
    }
}
