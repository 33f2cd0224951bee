import Foundation
import Testing
import DossierAnalysis
@testable import DossierEngine

/// An engine writing into memory, and what one line printed.
final class Session {
    let console: BufferConsole
    let engine: Engine

    init(terminal: Bool = false, width: Int = 100) {
        console = BufferConsole(isTerminal: terminal, width: width)
        engine = Engine(console: console)
        engine.colorDisabled = false   // tests decide colour themselves, whatever NO_COLOR says
    }

    var workspace: Workspace { engine.workspace }

    /// Runs one line; returns its standard output, standard error and success.
    @discardableResult
    func run(_ line: String) -> (out: String, err: String, ok: Bool) {
        console.output = ""
        console.errors = ""
        let ok = engine.execute(line)
        return (console.output, console.errors, ok)
    }

    /// Runs a line that must succeed and returns what a user reads: standard output, then the
    /// notes that go to standard error when output is not a terminal.
    @discardableResult func out(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let r = run(line)
        #expect(r.ok, "'\(line)' failed: \(r.err)", sourceLocation: sourceLocation)
        return r.out + r.err
    }

    /// Runs a line that must succeed and returns only its standard output (the data).
    func data(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let r = run(line)
        #expect(r.ok, "'\(line)' failed: \(r.err)", sourceLocation: sourceLocation)
        return r.out
    }

    /// Runs a line that must fail and returns its standard error.
    func failure(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let r = run(line)
        #expect(!r.ok, "'\(line)' should have failed; printed \(r.out)", sourceLocation: sourceLocation)
        return r.err
    }

    /// Parses standard output as one JSON object.
    func json(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let text = data(line + " --format json", sourceLocation: sourceLocation)
        let obj = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(obj as? [String: Any], sourceLocation: sourceLocation)
    }

    /// The verdicts of a `compare … --format json` line, by "A / B".
    func pairRelations(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        let pairs = try #require(json(line, sourceLocation: sourceLocation)["pairs"] as? [[String: Any]], sourceLocation: sourceLocation)
        var out: [String: String] = [:]
        for p in pairs { out["\(p["a"] as? String ?? "") / \(p["b"] as? String ?? "")"] = p["relation"] as? String }
        return out
    }

    /// The verdicts of a `compare … --format json` line in a new session holding one article.
    static func pairRelations(ofArticle text: String, _ line: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("article.txt", text))
        return try s.pairRelations(line, sourceLocation: sourceLocation)
    }
}

/// Builds an article with a hand-made analysis (actors and quotes found by searching the
/// text), so engine tests do not depend on what the analyser finds.
struct ArticleBuilder {
    let text: String
    private(set) var actors: [Actor] = []
    private(set) var places: [Actor] = []
    private(set) var quotes: [Quote] = []
    let document: Document

    init(_ text: String) {
        self.text = text
        self.document = Segmenter().segment(ArticleText(text))
    }

    /// Code-point span of the `occurrence`-th (from 0) appearance of `needle`.
    func span(_ needle: String, occurrence: Int = 0) -> Span {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        var found = 0
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n {
                if found == occurrence { return Span(i, i + n.count) }
                found += 1
            }
            i += 1
        }
        Issue.record("'\(needle)' (occurrence \(occurrence)) is not in the text")
        return Span(0, 0)
    }

    /// Every occurrence of each of `mentions` becomes a mention; `"Varga#1"` takes only the
    /// second occurrence.
    @discardableResult
    mutating func actor(_ name: String, _ type: ActorType = .person, roles: [String] = [], aliases: [String] = [],
                        mentions: [String]? = nil) -> String {
        let id = "a\(actors.count + places.count + 1)"
        var spans: [Span] = []
        for m in mentions ?? [name] {
            if let hash = m.lastIndex(of: "#"), let k = Int(m[m.index(after: hash)...]) {
                spans.append(span(String(m[..<hash]), occurrence: k))
                continue
            }
            let count = text.components(separatedBy: m).count - 1
            for k in 0..<count { spans.append(span(m, occurrence: k)) }
        }
        let actor = Actor(id: id, name: name, type: type, roles: roles, aliases: aliases, mentions: spans.sorted())
        if type == .place { places.append(actor) } else { actors.append(actor) }
        return id
    }

    /// A quote whose content is each of `parts` (a split quote has two).
    mutating func quote(_ parts: [String], by speaker: String?, cue: String? = nil, source: String? = nil,
                        kind: QuoteKind = .direct) {
        let content = parts.map { span($0) }
        let paragraph = document.paragraphIndex(at: content[0].start) ?? 0
        quotes.append(Quote(id: "q\(quotes.count + 1)", content: content, cue: cue.map { span($0) },
                            source: source.map { span($0) }, speaker: speaker, kind: kind, paragraph: paragraph))
    }

    func article(_ id: String, title: String? = nil) -> Article {
        Article(id: id, title: title, origin: "test/\(id).txt",
                analysis: Analysis(document: document, actors: actors, places: places, quotes: quotes))
    }
}

/// A folder under the temporary directory, removed at deinit.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "dossier-engine-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating folders) and returns its path.
    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) -> String {
        let full = (path as NSString).appendingPathComponent(relative)
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }
}

/// Standard output lines, without the trailing empty one.
func lines(_ s: String) -> [String] {
    var l = s.components(separatedBy: "\n")
    if l.last == "" { l.removeLast() }
    return l
}
