import DossierAnalysis

/// `demo`: loads the bundled example articles, so a new user can try every command at once.
struct DemoCommand: Command {
    static let spec = CommandSpec(
        name: "demo", group: "articles",
        summary: "load the bundled example articles and show what to try",
        discussion: """
        Four invented wire stories (March–April 2024) about a disputed container terminal in \
        Kestrel Bay, a port city's tidal mudflats: a council vote, a scientific study, a \
        union rally and a minister's review. Together they hold direct quotes in curly and \
        straight marks, a quote split by its attribution, a block quote signed on its own line, \
        a quote running over three paragraphs, reported speech, and actors who agree and \
        disagree across articles. 'dossier --demo' starts the shell with them loaded.
        """,
        examples: ["demo", "demo; actors --speaking", "demo --format json"])

    /// The bundled articles: file name and contents (embedded in the binary at build time).
    static let articles: [(file: String, bytes: [UInt8])] = [
        ("harbour-vote.md", PackageResources.harbour_vote_md),
        ("wetlands-study.txt", PackageResources.wetlands_study_txt),
        ("dockers-union.md", PackageResources.dockers_union_md),
        ("minister-review.txt", PackageResources.minister_review_txt),
    ]

    static let suggestions: [(String, String)] = [
        ("articles", "the four articles, with their word, actor and quote counts"),
        ("actors --speaking", "who is quoted"),
        ("quotes Okafor", "what the mayor said (a surname is enough)"),
        ("actor Lindqvist", "one actor's profile: roles, mentions, quotes"),
        ("quotes \"David Brennan\"", "two Brennans are quoted; a full name tells them apart"),
        ("quotes --grep mudflats", "quotes that mention a word"),
        ("show wetlands-study --paragraph 6", "one paragraph of an article"),
        ("quotes --format json", "the same data for scripts (also jsonl, csv, markdown)"),
        ("help", "every command; 'help quotes' explains one"),
    ]

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        var docs: [SourceDocument] = []
        for (file, bytes) in articles {
            let dot = file.lastIndex(of: ".")!
            docs += try ArticleReader.parse(bytes: bytes, ext: String(file[file.index(after: dot)...]),
                                            stem: String(file[..<dot]), origin: "demo/\(file)")
        }
        let (fresh, already) = LoadCommand.removeDuplicates(docs, loaded: ctx.workspace.articles)
        let analyses = BatchAnalyzer.analyze(fresh.map(\.text), analyzer: ctx.workspace.analyzer)
        var loaded: [String] = []
        for (doc, analysis) in zip(fresh, analyses) {
            let article = Article(id: ctx.workspace.uniqueID(for: doc.stem), title: doc.title, date: doc.date,
                                  source: doc.source, url: doc.url, origin: doc.origin, analysis: analysis)
            ctx.workspace.add(article)
            loaded.append(article.id)
        }
        let width = suggestions.map(\.0.count).max() ?? 0
        var message = fresh.isEmpty
            ? "The demo articles are already loaded (\(already.joined(separator: ", ")))."
            : "Loaded the demo: \(loaded.count) articles about a disputed container terminal in Kestrel Bay "
                + "(\(loaded.joined(separator: ", ")))."
        message += "\nTry:\n" + suggestions.map { "  " + $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }
            .joined(separator: "\n")
        // Only a note, like `load`: `dossier --demo -c '… --format json'` keeps stdout pure JSON.
        return CommandResult(messages: [message])
    }
}
