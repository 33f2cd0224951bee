import DossierAnalysis
import DossierEngine
import Foundation
import Testing

/// What Tab offers, asked of the engine the way the interactive shell asks it, with a workspace
/// built by hand so the completion logic is proven whatever the analyser finds.
@Suite struct CompletionTests {
    let engine: Engine

    init() {
        engine = Engine(console: BufferConsole())
        let text = "Antonio Guterres met Maria Lopez-Hart and Jürgen Weiß. Guterres spoke; the Kremlin did not."
        let analysis = Analysis(document: Segmenter().segment(ArticleText(text)), actors: [
            Actor(id: "a1", name: "Antonio Guterres", type: .person, roles: ["UN Secretary-General"],
                  aliases: ["Guterres"], mentions: [Span(0, 16), Span(56, 64)]),
            Actor(id: "a2", name: "Maria Lopez-Hart", type: .person, mentions: [Span(21, 37)]),
            Actor(id: "a3", name: "Jürgen Weiß", type: .person, mentions: [Span(42, 53)]),
            Actor(id: "a4", name: "Kremlin", type: .organization, mentions: [Span(76, 83)]),
        ])
        engine.workspace.add(Article(id: "budget-row", analysis: analysis))
        engine.workspace.add(Article(id: "budget-vote", analysis: Analysis(document: Segmenter().segment(ArticleText("x")))))
    }

    func complete(_ line: String) -> Completion {
        engine.complete(line: line, cursor: line.unicodeScalars.count)
    }

    @Test func commandNames() {
        #expect(complete("he").candidates == ["help"])
        #expect(Set(complete("h").candidates) == ["help", "history"])
        #expect(complete("he").start == 0)
        #expect(complete("load x; arti").candidates == ["articles"], "after ';' a new command starts")
    }

    @Test func actorNameFromAnyWordCompletesQuoted() {
        let c = complete("actor Gut")
        #expect(c.candidates == ["\"Antonio Guterres\""])
        #expect(c.start == 6, "the typed word is replaced from its start")
        #expect(c.isFinal)
    }

    @Test func actorNameWithHyphenAndNonASCII() {
        #expect(complete("actor lop").candidates == ["\"Maria Lopez-Hart\""])
        #expect(complete("actor Wei").candidates == ["\"Jürgen Weiß\""])
        #expect(complete("actor Krem").candidates == ["Kremlin"], "a one-word name needs no quotes")
    }

    @Test func actorNameInsideAnOpenQuote() {
        let c = complete("actor \"Antonio G")
        #expect(c.candidates == ["\"Antonio Guterres\""])
        #expect(c.start == 6, "the opening quote is part of the replaced word")
    }

    @Test func articleIDs() {
        #expect(complete("show budget-").candidates == ["budget-row", "budget-vote"])
        #expect(complete("show budget-r").candidates == ["budget-row"])
    }

    @Test func flags() {
        let c = complete("quotes --for")
        #expect(c.candidates == ["--format"])
        #expect(complete("quotes --format js").candidates == ["json", "jsonl"])
    }

    @Test func pathsWhereACommandTakesAPath() throws {
        let dir = try TemporaryDirectory()
        try dir.write("articles/wire.txt", "x")
        try dir.write("articles/wire-2.txt", "x")
        let folder = complete("load \(dir.path)/art")
        #expect(folder.candidates == ["\(dir.path)/articles/"])
        #expect(!folder.isFinal, "a folder is not the end of the word")
        #expect(complete("load \(dir.path)/articles/wire-").candidates == ["\(dir.path)/articles/wire-2.txt"])
        #expect(complete("run \(dir.path)/articles/w").candidates.count == 2)
        #expect(complete("actor \(dir.path)/art").candidates.isEmpty, "actor takes a name, not a path")
    }
}
