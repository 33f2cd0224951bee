import DossierAnalysis
import Foundation

/// `dossier-bench probe [FILE]`: the quotes of one text, for looking at what the analysis does
/// (`PROBE_STATEMENTS=1`: its statements too; `PROBE_ACTORS=1`: its actors with aliases and mentions).
enum Probe {
    static func run(path: String?) {
        let text: String
        if let path {
            guard let t = try? String(contentsOfFile: path, encoding: .utf8) else {
                FileHandle.standardError.write(Data("dossier-bench: cannot read \(path)\n".utf8))
                exit(1)
            }
            text = t
        } else {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let a = Analyzer().analyze(text)
        if ProcessInfo.processInfo.environment["PROBE_SENTENCES"] != nil {
            for s in a.document.sentences {
                print("S: " + a.document.tokens[s.tokenRange].map { a.text[$0.span] }.joined(separator: "·"))
            }
        }
        if ProcessInfo.processInfo.environment["PROBE_MODEL"] != nil, let model = AttributionModel.embedded {
            let doc = a.document
            for c in Attributor(model: nil).candidates(doc, quotes: QuoteDetector().detect(doc)) {
                let p = model.probability(c.features)
                print(String(format: "  p=%.3f ", p) + "[\(c.quote.kind.rawValue)] \(c.quote.source.map { a.text[$0] } ?? "-") / "
                      + "\(c.quote.cue.map { a.text[$0] } ?? "-") / \(a.text.joined(c.quote.content, separator: " | ").prefix(80))")
            }
        }
        if ProcessInfo.processInfo.environment["PROBE_ACTORS"] != nil {
            if ProcessInfo.processInfo.environment["PROBE_ACTORS"] == "json" {
                for x in a.actors {
                    let row: [String: Any] = ["id": x.id, "name": x.name, "type": x.type.rawValue, "aliases": x.aliases, "roles": x.roles,
                        "mentions": x.mentions.map { a.text[$0] }, "first": x.firstMention ?? -1,
                        "quotes": a.quotes.filter { $0.speaker == x.id }.count,
                        "statements": a.statements.filter { $0.actor == x.id }.count,
                        "targeted": a.statements.filter { $0.targetActor == x.id }.count,
                        "context": x.mentions.first.map { m in a.text[Span(max(0, m.start - 70), min(a.text.scalars.count, m.end + 50))] } ?? ""]
                    if let d = try? JSONSerialization.data(withJSONObject: row), let line = String(data: d, encoding: .utf8) { print("J " + line) }
                }
                return
            }
            for x in a.actors {
                print("\(x.id) \(x.type.rawValue) [\(x.name)] n=\(x.mentions.count) aliases=\(x.aliases) roles=\(x.roles) "
                      + "aff=\(x.affiliation ?? "-") at=\(x.mentions.map { a.text[$0] }.prefix(8))")
            }
        }
        for q in a.quotes {
            let source = q.source.map { a.text[$0] } ?? "-"
            let cue = q.cue.map { a.text[$0] } ?? "-"
            print("\(q.id) [\(q.kind.rawValue)] source=\(source) cue=\(cue) speaker=\(q.speaker ?? "-")")
            print("    \(a.text.joined(q.content, separator: " | "))")
        }
        if ProcessInfo.processInfo.environment["PROBE_STATEMENTS"] != nil {
            let names = Dictionary(uniqueKeysWithValues: a.actors.map { ($0.id, $0.name) })
            for s in a.statements {
                let who = names[s.actor] ?? "-", whom = s.targetActor.flatMap { names[$0] } ?? s.target ?? "-"
                print("\(s.id) \(who) \(s.meaning.rawValue) \(s.stance.rawValue) \(whom) [\(s.frame ?? "")] q=\(s.quote ?? "-") "
                      + "\(s.cue.map { a.text[$0] } ?? "")")
                if ProcessInfo.processInfo.environment["PROBE_STATEMENTS"] == "2" { print("      | " + a.text[s.evidence]) }
            }
        }
    }
}

/// `dossier-bench stages [DIR]`: seconds spent in each stage over a folder, single-threaded.
enum MentionDump {
    static func run(path: String) {
        guard let t = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        let doc = Segmenter().segment(ArticleText(t))
        for (i, m) in MentionFinder().find(doc).enumerated() {
            print(i, m.span.start, m.kind, m.type, "[\(doc.text[m.span])]", "gender=\(m.gender)", "acting=\(m.acting)", "quoted=\(m.quoted)", "owner=\(m.owner.map(String.init) ?? "-")", "head=\(m.head ?? "-")", m.governed ? "governed" : "", m.modifier ? "modifier" : "")
        }
    }
}

enum StageTimer {
    /// `rounds` passes over the corpus (more rounds make a steadier profile under perf).
    static func run(directory: String, rounds: Int = 1) {
        let texts = Corpus.load(directory)
        var t = [Double](repeating: 0, count: 7)
        for _ in 0..<max(1, rounds) {
        for s in texts {
            var c = Clock.now
            let text = ArticleText(s)
            t[0] += Clock.seconds(since: c); c = Clock.now
            let doc = Segmenter().segment(text)
            t[1] += Clock.seconds(since: c); c = Clock.now
            let spans = QuoteDetector().detect(doc)
            t[2] += Clock.seconds(since: c); c = Clock.now
            let mentions = MentionFinder().find(doc)
            t[3] += Clock.seconds(since: c); c = Clock.now
            let table = ActorResolver().resolve(doc, mentions: mentions)
            t[4] += Clock.seconds(since: c); c = Clock.now
            let quotes = Attributor().attribute(doc, quotes: spans, actors: table)
            t[5] += Clock.seconds(since: c); c = Clock.now
            _ = StatementExtractor().extract(doc, quotes: quotes, actors: table.actors)
            t[6] += Clock.seconds(since: c)
        }
        }
        for (name, secs) in zip(["text", "segment", "quotes", "mentions", "resolve", "attribution", "statements"], t) {
            print("\(name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(String(format: "%.3f", secs)) s")
        }
    }
}

/// The whole analysis, as the speed figure times it, `rounds` passes over a folder and nothing
/// else: the run to hand to callgrind or perf.
enum AnalyzeLoop {
    static func run(directory: String, rounds: Int) {
        let texts = Corpus.load(directory)
        let analyzer = Analyzer()
        _ = analyzer.analyze("He said “yes.”")   // the lexicons, loaded before the clock starts
        let start = Clock.now
        var words = 0
        for _ in 0..<max(1, rounds) {
            for t in texts { words += analyzer.analyze(t).document.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count }
        }
        let seconds = Clock.seconds(since: start)
        print("\(texts.count) articles × \(max(1, rounds)): \(words) words in \(String(format: "%.3f", seconds)) s, \(Int(Double(words) / seconds)) words/s")
    }
}
