import DossierAnalysis

/// `compare ACTOR ACTOR… [--topic T]`: topics by actors, then a verdict for every pair.
struct CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare", aliases: ["versus", "vs"], group: "analysis",
        summary: "compare actors' positions side by side; agree, disagree, mixed or unclear per pair",
        discussion: """
        A table of the topics the actors speak about (rows) by actors (columns): each cell is \
        the actor's stance and its shortest evidence, with article and paragraph. Then, for \
        every pair of actors, a verdict: agree (the same stance on every topic both take a \
        clear stance on), disagree (opposite stances), mixed (both), or unclear (no shared \
        topic with a clear stance on both sides, or only weak evidence), with a one-line reason \
        citing the evidence. What one actor says or does about the other counts too: praising, \
        welcoming or endorsing it agrees with it, condemning, criticising or rejecting it \
        disagrees. Unclear is preferred to a guess.

        A name no actor has may name a topic ("the media", t2): the verdict is then each \
        actor's stance on it, for (agree) or against (disagree). Failing that, words the \
        articles use ("the establishment") stand for what they name: an actor that attacks or \
        backs something so named disagrees or agrees with it.

        Names with spaces go in quotes: compare Okafor "Priya Raman". With --format json the \
        result is {"actors": [...], "topics": [...], "pairs": [{"a", "b", "relation", \
        "topics", "reason"}]}.
        """,
        arguments: [ArgumentSpec("ACTOR", "two or more actors (in quotes when a name has spaces)", arity: .oneOrMore,
                                 completion: .actors)],
        options: PositionScope.options,
        examples: ["compare Okafor Raman", "compare Lindqvist Ferreira Wojcik", "compare Okafor Brennan --topic t1",
                   "compare Okafor Raman --format json", "compare \"Helen Okafor\" Adebayo --since 2024-03-15"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let names = inv.values("ACTOR")
        guard names.count >= 2 else {
            throw DossierError.usage(spec, "'compare' needs at least two actors (a name with spaces goes in quotes)")
        }
        let scope = try PositionScope(inv, ctx)
        // Each name is an actor, or else a topic ("the media") the actors take stances on.
        var sides: [PositionScope.Side] = []
        for n in names {
            let side = try scope.side(n)
            if sides.contains(side) { throw DossierError("'\(n)' is \(scope.name(of: side)), already compared", hint: "name each actor once") }
            sides.append(side)
        }
        let actors = sides.compactMap { side -> GlobalActor? in if case .actor(let a) = side { return a } else { return nil } }
        let book = scope.book
        let named = Set(sides.compactMap { side -> Int? in if case .topic(let t) = side { return t } else { return nil } })
        let topics = scope.topics.filter { t in named.contains(t) || actors.contains { book.position(of: $0, on: t) != nil } }
        var pairRecords: [Record] = []
        for i in sides.indices {
            for j in sides.indices where j > i {
                let v = PairVerdict.compare(sides[i], sides[j], in: book, topics: topics)
                pairRecords.append(Record(["a": .string(scope.name(of: sides[i])), "b": .string(scope.name(of: sides[j])),
                                           "relation": .string(v.relation.rawValue), "topics": Value(v.topics), "reason": .string(v.reason)]))
            }
        }
        let format = inv.option("format").flatMap { OutputFormat(rawValue: $0.lowercased()) } ?? ctx.engine.formatOverride ?? ctx.settings.format
        let structured = format == .json || format == .jsonl
        var topicRecords: [Record] = []
        for t in topics {
            let topic = book.topics[t]
            var r = Record(["id": .string(topic.id), "topic": .string(topic.name)])
            var cells: [Value] = []
            for (n, a) in actors.enumerated() {
                let p = book.position(of: a, on: t)
                if structured {
                    cells.append(.object(p.map { PositionsCommand.record($0, book) }
                        ?? Record(["actor": .string(a.name), "stance": .null])))
                } else {
                    r["a\(n)"] = .string(p.map { "\($0.stance.rawValue): \(book.evidence($0))" } ?? "—")
                }
            }
            if structured { r["frame"] = Value(topic.frame); r["positions"] = .array(cells) }
            topicRecords.append(r)
        }
        let topicColumns = [Column("id", "ID", isKey: true), Column("topic", "TOPIC", wraps: true)]
            + actors.enumerated().map { Column("a\($0.offset)", book.label($0.element).uppercased(), wraps: true) }
        var result = CommandResult(sections: [
            RecordSet(key: "topics", title: "Positions by topic", columns: topicColumns, records: topicRecords),
            RecordSet(key: "pairs", title: "Verdicts", columns: [Column("a", "A"), Column("b", "B"), Column("relation", "RELATION"),
                                                                 Column("reason", "REASON", wraps: true)], records: pairRecords),
        ], fields: Record(["actors": Value(actors.map(\.name))]), messages: scope.notes)
        if topics.isEmpty { result.messages.append("None of these actors takes a position in the statements in scope.") }
        return result
    }
}
