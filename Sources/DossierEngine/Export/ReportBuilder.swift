import DossierAnalysis
import Foundation

/// `export report`: a Markdown dossier of the session that a journalist can paste into a memo:
/// the articles, the actors, what each speaking actor said (with article and paragraph), the
/// comparison of positions, and the analyst's notes. Corrections apply throughout.
enum ReportBuilder {
    static func markdown(session: String, articles: [Article], directory: ActorDirectory, notes: [Note],
                         date: Date = Date()) -> String {
        var out = "# Dossier: \(session)\n\n"
        let day = ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate])
        let views = QuoteView.all(in: articles, directory: directory)
        let actors = directory.actors.filter { $0.type != .place }
        out += "_\(count(articles.count, "article")), \(count(actors.count, "actor")), \(count(views.count, "quote")). "
            + "Prepared \(day) with Dossier \(Engine.appVersion)._\n\n"

        out += "## Articles\n\n| ID | Title | Date | Source |\n| --- | --- | --- | --- |\n"
        for a in articles {
            out += "| \(cell(a.id)) | \(cell(a.title ?? ArticlesCommand.firstLine(a.analysis))) | \(cell(a.date ?? "")) | \(cell(a.source ?? "")) |\n"
        }

        out += "\n## Actors\n\n"
        if actors.isEmpty {
            out += "_No actors were found._\n"
        } else {
            out += "| Actor | Type | Roles | Quotes | Articles |\n| --- | --- | --- | --- | --- |\n"
            for a in actors.sorted(by: { $0.quoteCount != $1.quoteCount ? $0.quoteCount > $1.quoteCount : $0.id < $1.id }) {
                out += "| \(cell(a.name)) | \(a.type.rawValue) | \(cell(a.roles.joined(separator: ", "))) | \(a.quoteCount) | \(a.articles.count) |\n"
            }
        }

        out += "\n## What they said\n"
        let speaking = actors.filter { $0.quoteCount > 0 }
        if speaking.isEmpty { out += "\n_No quotes were found._\n" }
        for a in speaking.sorted(by: { $0.quoteCount != $1.quoteCount ? $0.quoteCount > $1.quoteCount : $0.id < $1.id }) {
            let role = a.roles.first.map { ", \($0)" } ?? ""
            out += (out.hasSuffix("\n\n") ? "" : "\n") + "### \(a.name)\(role)\n\n"
            for v in views where v.isSpoken(by: a) {
                let title = v.article.title.map { " (\($0))" } ?? ""
                let cue = v.quote.cue.map { ", \(v.article.text[$0])" } ?? ""
                out += "> \(oneLine(v.text))\n>\n> — \(v.article.id)\(title), ¶\(v.quote.paragraph + 1)\(cue) [\(v.id)]\n\n"
            }
            for n in notes where n.target == .actor && n.actor.flatMap({ directory.actor(for: $0)?.id }) == a.id {
                out += "_Note: \(oneLine(n.text))_\n\n"
            }
        }

        out += (out.hasSuffix("\n\n") ? "" : "\n") + "## Positions compared\n\n"
        if let table = comparisonTable(articles: articles, directory: directory) {
            out += table
        } else {
            out += "_No statement in these articles takes a clear position._\n"
        }

        out += "\n## Notes\n\n"
        if notes.isEmpty { out += "_No notes._\n" }
        for n in notes {
            out += "- **\(NotesCommand.current(of: n, directory))**: \(oneLine(n.text))\n"
        }
        return out
    }

    /// The comparison of positions (Markdown): topics by the actors who take the most clear
    /// stances (at most six), each cell the stance with article and paragraph; then the verdict
    /// for every pair that shares a topic. Nil when no statement in the articles takes a stance.
    static func comparisonTable(articles: [Article], directory: ActorDirectory) -> String? {
        let book = PositionBook(articles: articles, directory: directory)
        var clearCount: [Int: Int] = [:]
        var actorByID: [Int: GlobalActor] = [:]
        var topics: [Int] = []
        for t in book.topics.indices {
            var any = false
            var done = Set<Int>()
            for i in book.topics[t].statements where done.insert(book.statements[i].actor.id).inserted {
                let a = book.statements[i].actor
                guard let p = book.position(of: a, on: t), p.isClear else { continue }
                clearCount[a.id, default: 0] += 1
                actorByID[a.id] = a
                any = true
            }
            if any { topics.append(t) }
        }
        guard !topics.isEmpty else { return nil }
        let actors = clearCount.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6).map { actorByID[$0.key]! }
        var out = "| Topic | " + actors.map { cell($0.name) }.joined(separator: " | ") + " |\n"
        out += "| --- |" + actors.map { _ in " --- |" }.joined() + "\n"
        for t in topics {
            let cells = actors.map { a -> String in
                guard let p = book.position(of: a, on: t), let e = p.statements.first else { return "—" }
                let s = book.statements[e]
                return cell("\(p.stance.rawValue) (\(s.article.id) ¶\(s.paragraph))")
            }
            out += "| \(cell(book.topics[t].name)) | " + cells.joined(separator: " | ") + " |\n"
        }
        var verdicts: [String] = []
        for i in actors.indices {
            for j in actors.indices where j > i {
                let v = PairVerdict.compare(actors[i], actors[j], in: book, topics: topics)
                if v.relation != .unclear { verdicts.append("- **\(cell(v.a.name)) – \(cell(v.b.name))**: \(v.relation.rawValue). \(oneLine(v.reason))\n") }
            }
        }
        out += "\n" + (verdicts.isEmpty ? "_No two of these actors take a clear stance on a shared topic._\n" : verdicts.joined())
        return out
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func cell(_ s: String) -> String { MarkdownRenderer.cell(oneLine(s)) }

    static func oneLine(_ s: String) -> String { s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ") }
}
