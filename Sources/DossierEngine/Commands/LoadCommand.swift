import Foundation
import DossierAnalysis

/// `load PATH…`: read articles (files, folders, globs, `-` for stdin) and analyse them.
struct LoadCommand: Command {
    static let spec = CommandSpec(
        name: "load", aliases: ["open-article"], group: "articles",
        summary: "load articles from files, folders, glob patterns or stdin",
        discussion: """
        Reads .txt, .md (front matter: title, date, source, url), .html (the article text only), \
        .json and .jsonl (objects with "text" and optional id, title, date, source, url). Folders \
        are read recursively; '-' reads one article from standard input. Each article gets a short \
        id from its file name. A file that cannot be read is reported and skipped; the others load.
        """,
        arguments: [ArgumentSpec("PATH", "file, folder, glob pattern, or - for stdin", arity: .oneOrMore, completion: .paths)],
        options: [OptionSpec("as", value: "ID", "id for a single article (default: the file name)")],
        examples: ["load article.txt", "load ~/news/*.md", "load archive/ --format json", "cat story.txt | dossier -c 'load -; quotes'"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        var docs: [SourceDocument] = []
        var problems: [DossierError] = []
        for typed in inv.values("PATH") {
            if typed == "-" {
                guard let bytes = ctx.console.readStandardInput() else {
                    problems.append(DossierError("standard input is the terminal", hint: "pipe an article in: cat a.txt | dossier -c 'load -'"))
                    continue
                }
                do { docs += try ArticleReader.parse(bytes: bytes, ext: "txt", stem: "stdin", origin: "-") } catch let e as DossierError {
                    problems.append(e)
                }
                continue
            }
            do {
                for path in try PathExpander.expand(typed) {
                    do { docs += try ArticleReader.read(path: path) } catch let e as DossierError { problems.append(e) }
                }
            } catch let e as DossierError { problems.append(e) }
        }
        if let id = inv.option("as") {
            guard docs.count == 1 else { throw DossierError.usage(spec, "--as names one article; \(docs.count) were read") }
            docs[0].stem = id
        }
        if docs.isEmpty {
            if problems.count == 1 { throw problems[0] }
            throw DossierError("nothing loaded: " + problems.map(\.message).joined(separator: "; "),
                               hint: problems.first?.hint ?? "load .txt, .md, .html, .json or .jsonl files")
        }
        let total = docs.count
        let analyses = BatchAnalyzer.analyze(docs.map(\.text), analyzer: ctx.workspace.analyzer) { done in
            ctx.console.progress(done, of: total, "analysing")
            return !ctx.console.isCancelled
        }
        ctx.console.progress(total, of: total, "")
        if analyses.count < docs.count {
            problems.append(DossierError("interrupted after \(analyses.count) of \(total) articles"))
        }
        var records: [Record] = []
        for (doc, analysis) in zip(docs, analyses) {  // a cancelled load keeps what it finished
            let id = ctx.workspace.uniqueID(for: doc.stem)
            let article = Article(id: id, title: doc.title, date: doc.date, source: doc.source, url: doc.url,
                                  origin: doc.origin, analysis: analysis)
            ctx.workspace.add(article)
            records.append(ArticlesCommand.record(article))
        }
        var messages = ["Loaded \(records.count) article\(records.count == 1 ? "" : "s")."]
        for p in problems { messages.append("skipped: \(p.message)") }
        return CommandResult(sections: [ArticlesCommand.recordSet(records)], messages: messages)
    }
}
