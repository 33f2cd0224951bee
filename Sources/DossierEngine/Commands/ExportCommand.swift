import DossierAnalysis
import Foundation

/// `export analysis|actors|quotes|positions|report [--format F] [-o FILE]`: the session's data for other tools.
struct ExportCommand: Command {
    /// What can be exported.
    enum Kind: String, CaseIterable {
        case analysis, actors, quotes, positions, report

        var formats: [OutputFormat] {
            switch self {
            case .analysis: return [.jsonl, .json]
            case .actors, .quotes, .positions: return [.csv, .json, .jsonl, .markdown]
            case .report: return [.markdown]
            }
        }
    }

    static let spec = CommandSpec(
        name: "export", group: "session",
        summary: "export the analysis, actors, quotes, positions, or a Markdown report, to a file or standard output",
        discussion: """
        Covers the articles in scope, with the corrections applied. 'analysis' is one JSON \
        object per article in the export format of the corpus scorer (actors with mentions, \
        quotes with content, cue, source and speaker), plus each actor's corrected global name \
        and each quote's corrected speaker; dismissed quotes are left out. 'actors' and \
        'quotes' are the records of the commands of those names, every field. 'positions' is \
        one record per actor and topic: the stance, its strength and the evidence, as \
        'positions' shows them. 'report' is a readable dossier in Markdown: articles, actors \
        and roles, each speaking actor's quotes with article and paragraph, the comparison of \
        positions (topics by actors, and who agrees or clashes), and the notes.

        The format is --format, else the extension of FILE (.json, .jsonl, .csv, .md), else \
        jsonl for analysis, csv for actors, quotes and positions, markdown for the report. \
        Without -o the export goes to standard output.
        """,
        arguments: [ArgumentSpec("KIND", "analysis, actors, quotes, positions or report", completion: .values(Kind.allCases.map(\.rawValue)))],
        options: [OptionSpec("format", value: "FORMAT", "json, jsonl, csv or markdown (what each kind allows)",
                             completion: .values(["json", "jsonl", "csv", "markdown"])),
                  OptionSpec("output", short: "o", value: "FILE", "write to FILE (replaced if it exists)", completion: .paths)],
        examples: ["export report -o dossier.md", "export quotes -o quotes.csv", "export actors --format json",
                   "export analysis -o analysis.jsonl", "export positions -o positions.csv", "dossier -c 'open budget; export quotes --format jsonl' | jq .speaker"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let typed = inv.argument("KIND")!.lowercased()
        guard let kind = Kind(rawValue: typed) ?? Kind.allCases.first(where: { $0.rawValue.hasPrefix(typed) }) else {
            throw DossierError("cannot export '\(typed)'", hint: "export analysis, actors, quotes, positions or report")
        }
        let file = inv.option("output")
        let format = try chooseFormat(kind, typed: inv.option("format"), file: file)
        let articles = try ctx.requireArticles()
        let ws = ctx.workspace
        let (text, count) = render(kind, format: format, articles: articles, ws: ws)
        guard let file else {
            var result = CommandResult()
            result.verbatim = text
            return result
        }
        let path = (file as NSString).expandingTildeInPath
        do {
            try OutputFile.write(text, to: path)
        } catch {
            throw DossierError("cannot write '\(file)': \((error as NSError).localizedDescription)", hint: "check the folder and its permissions")
        }
        let what = kind == .report ? "the report" : "\(count) \(kind == .analysis ? "article" : String(kind.rawValue.dropLast()))\(count == 1 ? "" : "s")"
        return .message("Wrote \(what) to \(file) (\(format.rawValue)).")
    }

    static func chooseFormat(_ kind: Kind, typed: String?, file: String?) throws -> OutputFormat {
        var format: OutputFormat? = nil
        if let typed {
            guard let f = OutputFormat(rawValue: typed.lowercased()) ?? (typed.lowercased() == "md" ? .markdown : nil) else {
                throw DossierError("unknown format '\(typed)'", hint: "\(kind.rawValue) exports as \(kind.formats.map(\.rawValue).joined(separator: ", "))")
            }
            format = f
        } else if let file {
            let ext = (file as NSString).pathExtension.lowercased()
            format = ["json": .json, "jsonl": .jsonl, "ndjson": .jsonl, "csv": .csv, "md": .markdown, "markdown": .markdown][ext]
        }
        let chosen = format ?? kind.formats[0]
        guard kind.formats.contains(chosen) else {
            throw DossierError("\(kind.rawValue) cannot be exported as \(chosen.rawValue)",
                               hint: "\(kind.rawValue) exports as \(kind.formats.map(\.rawValue).joined(separator: ", "))")
        }
        return chosen
    }

    /// The export as text, and how many records it holds.
    static func render(_ kind: Kind, format: OutputFormat, articles: [Article], ws: Workspace) -> (String, Int) {
        let full = ws.actorDirectory(for: articles, includePlaces: true)
        switch kind {
        case .report:
            return (ReportBuilder.markdown(session: ws.sessionName, articles: articles, directory: full, notes: ws.notes), 1)
        case .analysis:
            let records = articles.map { CorrectedAnalysis.record($0, directory: full) }
            if format == .json { return (JSONWriter.write(.object(Record(["articles": .array(records.map { .object($0) })]))) + "\n", records.count) }
            return (records.map { JSONWriter.write(.object($0), pretty: false) + "\n" }.joined(), records.count)
        case .actors:
            let records = ws.actorDirectory(for: articles).actors.map(ActorsCommand.record)
            return (table("actors", records, format), records.count)
        case .quotes:
            let records = QuoteView.all(in: articles, directory: ws.actorDirectory(for: articles)).map(\.record)
            return (table("quotes", records, format), records.count)
        case .positions:
            let book = PositionBook(articles: articles, directory: ws.actorDirectory(for: articles))
            var records: [Record] = []
            for t in book.topics.indices {
                var done = Set<Int>()
                for i in book.topics[t].statements where done.insert(book.statements[i].actor.id).inserted {
                    if let p = book.position(of: book.statements[i].actor, on: t) { records.append(PositionsCommand.record(p, book)) }
                }
            }
            return (table("positions", records, format), records.count)
        }
    }

    /// Records in a tabular format, every field a column.
    static func table(_ key: String, _ records: [Record], _ format: OutputFormat) -> String {
        var keys: [String] = []
        for r in records { for f in r.fields where !keys.contains(f.key) { keys.append(f.key) } }
        let set = RecordSet(key: key, columns: keys.map { Column($0, $0) }, records: records)
        return Renderer(format: format).render(CommandResult(sections: [set])).out
    }
}
