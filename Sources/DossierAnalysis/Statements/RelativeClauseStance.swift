/// Stances the reporter gives an actor in a relative clause right after its name: "said Imre
/// Kovach, who has been critical of Lund", "host Dana Reyes, who is supporting Lund, …",
/// "Paul Orme, who will lead the opposition to Gaddis in Congress". The clause says what the
/// person named before "who" does or is, whatever the rest of the sentence is about, so it is
/// read as a subject's predicate is (`SubjectStance`), also in a sentence that attributes a
/// quotation — but never inside the quotation itself, where the words are the speaker's.
/// A short apposition may stand between the name and the clause ("National Harbor Workers, a
/// union that has endorsed Lund"): the clause then says what the apposition's noun does, and
/// that noun is the actor named.
struct RelativeClauseStance {
    let doc: Document
    let lexicon: StanceLexicon

    static let who = WordKey.of("who")
    static let which = WordKey.of("which")
    static let an = WordKey.of("an")

    /// Per "NAME, who …" outside quotations, or "BODY, which …" for an organisation, group or
    /// country ("the Harlow Tenants Union, which has sued Gaddis"): the actor named and the
    /// tokens of its clause, up to the next punctuation mark. `bodies`: the ids of actors that
    /// are no person ("which" after a person's name is about something else).
    func clauses(mentions: [(span: Span, actor: String)], quotes: [Quote], bodies: Set<String>) -> [(actor: String, predicate: Range<Int>)] {
        var zones = quotes.map(\.extent)
        zones.sort()
        var out: [(actor: String, predicate: Range<Int>)] = []
        let s = doc.text.scalars
        var z = 0
        for m in mentions {
            guard let name = doc.tokenRange(covering: m.span), name.upperBound + 2 < doc.tokens.count else { continue }
            let comma = doc.tokens[name.upperBound]
            guard comma.kind == .punctuation, s[comma.span.start] == "," else { continue }
            let relative = SmallWords.key(doc, name.upperBound + 1)
            let start: Int
            if relative == Self.who || relative == Self.which && bodies.contains(m.actor) {
                start = name.upperBound + 2
            } else if let after = appositionClause(from: name.upperBound + 1) {
                start = after
            } else {
                continue
            }
            var end = start
            while end < doc.tokens.count, doc.tokens[end].kind != .punctuation { end += 1 }
            // "the Harbor Fund, which is backed by Gaddis": what another did to it.
            guard end > start, !SubjectStance.passive(doc, after: start - 1, before: end) else { continue }
            let from = doc.tokens[name.lowerBound].span.start, to = doc.tokens[end - 1].span.end
            while z < zones.count, zones[z].end <= from { z += 1 }
            // Inside a quotation the clause is the speaker's word about the actor, read there.
            if z < zones.count, zones[z].start < to { continue }
            out.append((m.actor, start..<end))
        }
        return out
    }

    /// "a union that …", "an advocacy group which …", "the city's largest union who …": an
    /// article, at most five plain words (no preposition, determiner or clause word: in "a
    /// member of the board that …" the clause is the board's) and a relative pronoun. Returns
    /// the first token after the pronoun.
    func appositionClause(from k: Int) -> Int? {
        let first = SmallWords.key(doc, k)
        guard first == SmallWords.a || first == Self.an || first == SmallWords.the else { return nil }
        var j = k + 1
        while j < doc.tokens.count, j <= k + 6, doc.tokens[j].kind == .word {
            let key = doc.keys[j]
            if key == Self.who || key == Self.which || key == SmallWords.that {
                return j > k + 1 && j + 1 < doc.tokens.count ? j + 1 : nil
            }
            if let w = lexicon.words[key], !w.grammar.isDisjoint(with: [.prep, .det, .boundary]) { return nil }
            j += 1
        }
        return nil
    }
}
