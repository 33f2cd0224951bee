import DossierAnalysis
import DossierEngine
import Foundation

/// `dossier-bench sessions [N]`: times saving and reopening a synthetic session of N articles
/// (10,000 by default), each with a realistic analysis: paragraphs, sentences and tokens from
/// the segmenter, and hand-made actors, mentions, quotes and statements (the analyser does not
/// find those yet). Run it in release mode: `swift run -c release dossier-bench sessions`.
enum SessionBenchmark {
    /// Runs the benchmark when the first argument is `sessions`; returns whether it did.
    static func run(arguments: [String]) -> Bool {
        guard arguments.count > 1, arguments[1] == "sessions" else { return false }
        let count = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
        let folder = NSTemporaryDirectory() + "dossier-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let t0 = Date()
        let articles = (0..<count).map(article)
        let words = articles.reduce(0) { $0 + $1.analysis.document.tokens.count }
        print("built \(count) articles (\(words) tokens) in \(seconds(since: t0))")

        let writer = engine(folder)
        for a in articles { writer.workspace.add(a) }
        time("save (new file)", writer, "save bench")
        let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/bench.dossier")[.size] as? Int) ?? 0
        print("  file: \(size / 1_048_576) MB")
        time("save again (in place, one note added)", writer, "note timing run; save")
        writer.workspace.isDirty = false
        _ = writer.execute("quit")

        let reader = engine(folder)
        for _ in 0..<3 { time("open", reader, "open \(folder)/bench.dossier") }
        time("actors (first, builds the directory)", reader, "actors --format csv")
        time("sql (first, builds the query copy)", reader, "sql 'SELECT count(*) FROM quotes'")
        time("sql (cached)", reader, "sql 'SELECT name, quotes FROM global_actors ORDER BY quotes DESC LIMIT 5'")
        return true
    }

    final class NullConsole: Console {
        var errors = ""
        func write(_ text: String) {}
        func writeError(_ text: String) { errors += text }
        var isTerminal: Bool { false }
        var width: Int { 100 }
    }

    static func engine(_ folder: String) -> Engine {
        let e = Engine(console: NullConsole())
        e.sessionLocator = SessionLocator(directory: folder)
        return e
    }

    static func time(_ label: String, _ engine: Engine, _ line: String) {
        let t = Date()
        let ok = engine.execute(line)
        print("\(label): \(seconds(since: t))\(ok ? "" : " FAILED: \((engine.console as! NullConsole).errors)")")
    }

    static func seconds(since t: Date) -> String { String(format: "%.3f s", Date().timeIntervalSince(t)) }

    static let people = ["Lena Varga", "Tom Hale", "Anna Hale", "Zoë Brandt", "Marcus Lindqvist", "Helen Okafor", "Priya Raman",
                         "David Brennan", "José Ramos", "Nadia Petrova", "Jürgen Weiß", "Ana Souza"]
    static let verbs = ["said", "told reporters", "warned", "added", "insisted", "argued"]

    /// One invented article of twelve paragraphs with eight actors and six quotes.
    static func article(_ n: Int) -> Article {
        var text = ""
        var mentions: [[Span]] = Array(repeating: [], count: 8)
        var quotes: [Quote] = []
        var statements: [Statement] = []
        func append(_ s: String) -> Span {
            let start = text.unicodeScalars.count
            text += s
            return Span(start, text.unicodeScalars.count)
        }
        for p in 0..<12 {
            let who = (n + p) % 8
            let name = people[(n + who) % people.count]
            let m = append(name)
            mentions[who].append(m)
            _ = append(", who chairs the committee on item \(p) of case \(n), ")
            let cue = append(verbs[(n + p) % verbs.count])
            _ = append(" on Tuesday that ")
            let content = append("“the port budget for \(2020 + p % 6) cannot be cut again without hurting the \(p) districts”")
            _ = append(". Officials in the region said the matter would return to the council next month, and several members "
                       + "asked for an independent review of the figures before any vote.\n\n")
            if p % 2 == 0 {
                let id = "q\(quotes.count + 1)"
                quotes.append(Quote(id: id, content: [content], cue: cue, source: m, speaker: "a\(who + 1)", kind: .direct, paragraph: p))
                statements.append(Statement(id: "s\(statements.count + 1)", actor: "a\(who + 1)", quote: id, meaning: .warn, cue: cue,
                                            target: "port budget", stance: .against, strength: 0.7,
                                            keywords: ["port", "budget", "cut"], paragraph: p, evidence: Span(m.start, content.end)))
            }
        }
        var analysis = Analysis(document: Segmenter().segment(ArticleText(text)))
        analysis.actors = (0..<8).map { k in
            let name = people[(n + k) % people.count]
            return Actor(id: "a\(k + 1)", name: name, type: .person, roles: ["committee chair"],
                         aliases: [String(name.split(separator: " ").last!)], mentions: mentions[k])
        }.filter { !$0.mentions.isEmpty }
        analysis.quotes = quotes
        analysis.statements = statements
        return Article(id: "report-\(n)", title: "Report \(n)", date: "2026-03-\(n % 28 + 1)", source: "Bench Wire",
                       origin: "bench/\(n).txt", analysis: analysis)
    }
}

