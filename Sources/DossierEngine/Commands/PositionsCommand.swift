import DossierAnalysis

/// `positions ACTOR [--topic T]`: where one actor stands, topic by topic.
struct PositionsCommand: Command {
    static let spec = CommandSpec(
        name: "positions", aliases: ["stands"], group: "analysis",
        summary: "one actor's positions, topic by topic, with the evidence",
        discussion: """
        Every quote and reported statement of the actor, and its reported actions that show a \
        position (launching an offensive, vowing to continue, endorsing, suing), is read for \
        what it is about and whether it is for or against it; statements about the same thing \
        are grouped into topics across articles ('topics' lists them). Each row is one topic: \
        the stance (for, against, or neutral when the statements do not take one), its strength \
        (weak, moderate, strong: how much and how firmly the actor said it), how many statements \
        count, and the shortest strongest evidence with its article and paragraph.

        Statements of actors that the articles tie to this one (a spokesman of the Kremlin for \
        Russia, forces loyal to a commander) count as its own; the title says so. Corrections \
        apply: a merge merges positions, a dismissed quote's statement is gone, 'attribute' \
        moves a statement to its new speaker.
        """,
        arguments: [ArgumentSpec("ACTOR", "the actor (any alias, surname or unique prefix)", arity: .rest, completion: .actors)],
        options: PositionScope.options,
        examples: ["positions Okafor", "positions Lindqvist --topic t1", "positions Raman --since 2024-03-10 --format json",
                   "positions \"Priya Raman\" --article wetlands-study"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        guard let typed = inv.argument("ACTOR") else { throw DossierError.usage(spec, "'positions' needs an ACTOR") }
        let scope = try PositionScope(inv, ctx)
        let actor = try scope.actor(typed)
        let book = scope.book
        let positions = scope.topics.compactMap { book.position(of: actor, on: $0) }
        let records = positions.map { record($0, book) }
        var result = CommandResult(sections: [RecordSet(key: "positions", title: "Positions of \(book.label(actor))",
                                                        columns: columns, records: records)],
                                   fields: Record(["actor": .string(actor.name), "includes": Value(book.folded(actor).dropFirst().map(\.name))]),
                                   messages: scope.notes)
        if positions.isEmpty { result.messages.append("\(actor.name) takes no position in the statements in scope.") }
        return result
    }

    static let columns = [Column("topic_id", "ID", isKey: true), Column("topic", "TOPIC", wraps: true), Column("stance", "STANCE"),
                          Column("strength", "STRENGTH"), Column("statements", "N"), Column("evidence", "EVIDENCE", wraps: true),
                          Column("article", "ARTICLE", isKey: true), Column("paragraph", "¶")]

    static func record(_ p: ActorPosition, _ book: PositionBook) -> Record {
        let topic = book.topics[p.topic]
        let s = p.statements.first.map { book.statements[$0] }
        var r = Record(["topic_id": .string(topic.id), "topic": .string(topic.name), "actor": .string(p.actor.name),
                        "stance": .string(p.stance.rawValue), "strength": .string(p.strength),
                        "score": .double((p.score * 100).rounded() / 100), "statements": .int(p.statements.count),
                        "evidence": Value(s?.excerpt), "article": Value(s?.article.id), "paragraph": Value(s?.paragraph),
                        "meaning": Value(s?.statement.meaning.rawValue), "quote": Value(s?.quoteID)])
        if !p.folded.isEmpty { r["via"] = Value(p.folded) }
        return r
    }
}
