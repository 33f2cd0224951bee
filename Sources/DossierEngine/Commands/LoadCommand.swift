import Foundation
import DossierAnalysis

/// `load PATH…`: read articles (files, folders, globs, `-` for stdin) and analyse them.
struct LoadCommand: Command {
    static let spec = CommandSpec(
        name: "load", aliases: ["open-article"], group: "articles",
        summary: "load articles from files, folders, glob patterns or standard input",
        discussion: """
        Reads .txt, .md (front matter: title, date, source, url), .html (the article text only, \
        without tags, scripts, styles or navigation), .json and .jsonl (objects with "text" and \
        optional id, title, date, source, url). A file with another extension is read as plain \
        text. Folders are read recursively; glob patterns take *, ? and ** (any folders); '-' \
        reads one article from standard input.

        Each article gets a short id from its file name (made unique: budget, budget-2). A file \
        that cannot be read (binary, not UTF-8, empty, too large) is reported and skipped while \
        the others load. A file already loaded with the same text is not loaded twice.
        """,
        arguments: [ArgumentSpec("PATH", "file, folder, glob pattern, or - for standard input", arity: .oneOrMore,
                                 completion: .paths)],
        options: [OptionSpec("as", value: "ID", "id for a single article (default: from the file name)")],
        examples: ["load harbour-vote.md", "load ~/news/2024-03/", "load 'archive/**/*.html'",
                   "load wire.jsonl --format json", "load draft.txt --as draft",
                   "cat story.txt | dossier -c 'load -; quotes'"])

    /// Loads of more files than this list only the first ones in a table.

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        var problems: [DossierError] = []
        let docs = read(inv.values("PATH"), ctx, problems: &problems)
        var (fresh, duplicates) = removeDuplicates(docs, loaded: ctx.workspace.articles)
        if let id = inv.option("as") {
            guard fresh.count == 1 else {
                throw DossierError.usage(spec, "--as names one article; \(fresh.count) were read")
            }
            guard ctx.workspace.article(id: ctx.workspace.uniqueID(for: id)) == nil, ctx.workspace.article(id: id) == nil else {
                throw DossierError("an article '\(id)' is already loaded", hint: "choose another id, or 'unload \(id)' first")
            }
            fresh[0].stem = id
        }
        if fresh.isEmpty {
            if !duplicates.isEmpty && problems.isEmpty {
                return CommandResult(messages: duplicates.map { "Already loaded: \($0)." } + ["Nothing new to load."])
            }
            if problems.count == 1 { throw problems[0] }
            throw DossierError("nothing loaded: " + problems.prefix(3).map(\.message).joined(separator: "; ")
                               + (problems.count > 3 ? "; and \(problems.count - 3) more" : ""),
                               hint: problems.first?.hint ?? "load .txt, .md, .html, .json or .jsonl files")
        }
        let total = fresh.count
        let analyses = BatchAnalyzer.analyze(fresh.map(\.text), analyzer: ctx.workspace.analyzer) { done in
            ctx.console.progress(done, of: total, "analysing")
            return !ctx.console.isCancelled
        }
        ctx.console.progress(total, of: total, "")
        if analyses.count < total {
            problems.append(DossierError("interrupted: loaded \(analyses.count) of \(total) articles",
                                         hint: "run the same 'load' again to read the rest"))
        }
        var loaded: [String] = []
        var words = 0
        for (doc, analysis) in zip(fresh, analyses) {  // an interrupted load keeps what it finished
            let article = Article(id: ctx.workspace.uniqueID(for: doc.stem), title: doc.title, date: doc.date,
                                  source: doc.source, url: doc.url, origin: doc.origin, analysis: analysis)
            ctx.workspace.add(article)
            loaded.append(article.id)
            words += article.wordCount
        }
        let ids = loaded.count <= 5 ? ": " + loaded.joined(separator: ", ") : "; 'articles' lists them"
        var messages = ["Loaded \(loaded.count) article\(loaded.count == 1 ? "" : "s") (\(words) words)\(ids)."]
        messages += duplicates.map { "Already loaded: \($0)." }
        if problems.count > 0 { messages.append("Skipped \(problems.count) (see the warnings above).") }
        // Only a note: `load a.txt; quotes --format json` must leave nothing but JSON on stdout.
        return CommandResult(messages: messages, warnings: problems)
    }

    /// Reads every path in order, collecting what failed instead of stopping at it.
    static func read(_ paths: [String], _ ctx: CommandContext, problems: inout [DossierError]) -> [SourceDocument] {
        enum Source { case stdin, file(String) }
        var sources: [Source] = []
        var seenFiles = Set<String>()
        for typed in paths {
            if typed == "-" {
                if sources.contains(where: { if case .stdin = $0 { return true }; return false }) {
                    problems.append(DossierError("standard input can be read only once", hint: "give '-' once"))
                } else {
                    sources.append(.stdin)
                }
                continue
            }
            do {
                for f in try PathExpander.expand(typed) where seenFiles.insert(f).inserted { sources.append(.file(f)) }
            } catch let e as DossierError { problems.append(e) } catch { problems.append(DossierError("\(error)")) }
        }
        var docs: [SourceDocument] = []
        for (n, source) in sources.enumerated() {
            if n % 16 == 0 { ctx.console.progress(n, of: sources.count, "reading") }
            switch source {
            case .stdin:
                guard let bytes = ctx.console.readStandardInput() else {
                    problems.append(DossierError("standard input is the terminal",
                                                 hint: "pipe an article in: cat story.txt | dossier -c 'load -'"))
                    continue
                }
                let outcome = ArticleReader.parseAll(bytes: bytes, ext: "txt", stem: "stdin", origin: "-",
                                                     maxFileSize: ctx.workspace.maxFileSize)
                docs += outcome.documents
                problems += outcome.problems
            case .file(let path):
                let outcome = ArticleReader.readFile(path, maxFileSize: ctx.workspace.maxFileSize)
                docs += outcome.documents
                problems += outcome.problems
            }
            if ctx.console.isCancelled { break }
        }
        ctx.console.progress(sources.count, of: sources.count, "")
        return docs
    }

    /// Splits off documents already in the session (same origin, same text), so loading a
    /// folder again only adds what is new. Returns the ids of the articles they duplicate.
    static func removeDuplicates(_ docs: [SourceDocument], loaded: [Article]) -> ([SourceDocument], [String]) {
        var byOrigin: [String: [Article]] = [:]
        for a in loaded { if let o = a.origin, o != "-" { byOrigin[o, default: []].append(a) } }
        var fresh: [SourceDocument] = []
        var duplicates: [String] = []
        for d in docs {
            if let same = byOrigin[d.origin]?.first(where: { $0.text.string == d.text }) {
                duplicates.append(same.id)
            } else {
                fresh.append(d)
            }
        }
        return (fresh, duplicates)
    }
}
