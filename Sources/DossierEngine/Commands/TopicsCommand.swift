import DossierAnalysis

/// `topics`: what the actors in scope take positions on, and who stands where.
struct TopicsCommand: Command {
    static let spec = CommandSpec(
        name: "topics", group: "analysis",
        summary: "list the topics in scope with the actors and their stances on each",
        discussion: """
        Statements about the same thing are one topic, across actors and articles: they share \
        a frame (armed conflict, a building project, a tax, a merger… from the frame lexicon), \
        an actor they target, or the head of their target, and come from the same article or \
        name the same places. A topic is named by its most representative phrase from the \
        text. Topics come most contested first: the number of actors taking a stance, then \
        of statements. 'positions ACTOR --topic ID' and 'compare … --topic ID' take the ID.
        """,
        arguments: [ArgumentSpec("ACTOR", "only topics this actor speaks about", arity: .rest, completion: .actors)],
        options: Array(PositionScope.options.dropFirst()) + [OptionSpec("all", "also topics on which no actor takes a stance")],
        examples: ["topics", "topics --format json", "topics Okafor", "topics --since 2024-03-10 --format markdown"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let scope = try PositionScope(inv, ctx)
        let book = scope.book
        let only = try inv.argument("ACTOR").map { try scope.actor($0) }
        var records: [Record] = []
        for t in scope.topics {
            let topic = book.topics[t]
            var seen = Set<Int>()
            var stances: [(GlobalActor, ActorPosition)] = []
            for i in topic.statements where seen.insert(book.statements[i].actor.id).inserted {
                let a = book.statements[i].actor
                if let p = book.position(of: a, on: t) { stances.append((a, p)) }
            }
            if let only, !stances.contains(where: { $0.0.id == only.id }) { continue }
            let clear = stances.filter { $0.1.isClear }
            if clear.isEmpty && !inv.flag("all") { continue }
            func names(_ s: Stance) -> [String] { stances.filter { $0.1.stance == s }.map { $0.0.name } }
            let articles = Set(topic.statements.map { book.statements[$0].article.id })
            records.append(Record(["id": .string(topic.id), "topic": .string(topic.name), "frame": Value(topic.frame),
                                   "for": Value(names(.pro)), "against": Value(names(.against)),
                                   "neutral": Value(names(.neutral)), "statements": .int(topic.statements.count),
                                   "articles": .int(articles.count)]))
        }
        var result = CommandResult(sections: [RecordSet(key: "topics", columns: [
            Column("id", "ID", isKey: true), Column("topic", "TOPIC", wraps: true), Column("for", "FOR", wraps: true),
            Column("against", "AGAINST", wraps: true), Column("neutral", "NEUTRAL", wraps: true), Column("statements", "N"),
            Column("articles", "ARTICLES")], records: records)], messages: scope.notes)
        if records.isEmpty { result.messages.append("No actor takes a position in the statements in scope.") }
        return result
    }
}
