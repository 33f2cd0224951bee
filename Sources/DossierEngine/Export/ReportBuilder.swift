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
            out += "<!-- The comparison of positions (who agrees and who clashes, topic by topic) goes here once "
                + "Dossier analyses positions; 'comparisonTable' returns nothing until then. -->\n"
                + "_The comparison of positions is not available in this version of Dossier._\n"
        }

        out += "\n## Notes\n\n"
        if notes.isEmpty { out += "_No notes._\n" }
        for n in notes {
            out += "- **\(NotesCommand.current(of: n, directory))**: \(oneLine(n.text))\n"
        }
        return out
    }

    /// The comparison table of positions (Markdown), filled by the positions analysis. It does
    /// not exist yet, so this returns nil and the report says so; it is the one place that
    /// work has to plug in.
    static func comparisonTable(articles: [Article], directory: ActorDirectory) -> String? { nil }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func cell(_ s: String) -> String { MarkdownRenderer.cell(oneLine(s)) }

    static func oneLine(_ s: String) -> String { s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ") }
}
