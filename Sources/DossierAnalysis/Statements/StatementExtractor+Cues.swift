/// The questions the statement stage asks of a cue and its content's first words: whether a
/// cue names its object ("called the decision “a disgrace”"), the first operator after a word,
/// and a bare vote ("voted no.").
extension StatementExtractor {
    /// The first clause of an action's content holds a quotation mark or a second determiner
    /// ("the decision a disgrace", "the walkout “illegal”"): a name given to its object.
    func namesSomething(_ content: Range<Int>, _ doc: Document) -> Bool {
        var determiners = 0
        for k in content {
            let t = doc.tokens[k]
            if t.kind == .quoteMark { return true }
            if t.kind == .punctuation { return false }
            guard let w = word(doc, k) else { continue }
            if w.grammar.contains(.boundary) { return false }
            if w.grammar.contains(.det) { determiners += 1; if determiners == 2 { return true } }
        }
        return false
    }

    /// "called", "calling" with nothing after it in the cue (not "called for", "called on").
    func isNaming(_ cue: Span?, _ doc: Document) -> Bool {
        guard let cue, let r = doc.tokenRange(covering: cue) else { return false }
        let last = doc.text[doc.tokens[r.upperBound - 1].span].lowercased()
        return last.hasPrefix("call") && last != "call"
    }

    /// The sign of the first operator after a token in its clause, nil when none.
    func firstOperator(after k: Int, in range: Range<Int>, _ doc: Document) -> Int8? {
        var i = k + 1
        while i < range.upperBound, i < k + 6 {
            let t = doc.tokens[i]
            if t.kind == .punctuation, doc.text.scalars[t.span.start] == "," { return nil }
            if let w = word(doc, i) {
                if w.grammar.contains(.boundary) { return nil }
                if w.op != 0 { return w.op }
            }
            i += 1
        }
        return nil
    }

    /// "voted no", "voted against," at the end of a clause: -1; "voted yes", "voted for.": +1;
    /// nil when the vote names what it is on.
    func bareVote(_ content: Range<Int>, _ doc: Document) -> Int8? {
        guard let k = content.first, doc.tokens[k].kind == .word else { return nil }
        // "voted no." may come as one token, which ends the clause.
        var w = doc.text[doc.tokens[k].span].lowercased()
        if w.hasSuffix(".") { w.removeLast() } else if k + 1 < content.upperBound, doc.tokens[k + 1].kind == .word,
                                                       !(word(doc, k + 1)?.grammar.contains(.boundary) ?? false) { return nil }
        switch w {
        case "no", "against", "nay": return -1
        case "yes", "for", "aye": return 1
        default: return nil
        }
    }
}

extension StatementExtractor {
    /// A quote's speaker for or against an actor it names: a statement that praises or
    /// criticises that actor, with the sentence of the name as evidence.
    func stanceStatement(id: String, actor: String, quote q: Quote, stance st: ActorStanceReader.Stance,
                         phrases: TargetPhrase) -> Statement {
        let doc = phrases.doc
        let sentence = doc.sentenceIndex(at: st.span.start) ?? 0
        let evidence = doc.sentences.isEmpty ? st.span : doc.sentences[sentence].span
        return Statement(id: id, actor: actor, quote: q.id, meaning: st.score > 0 ? .praise : .criticise, cue: q.cue,
                         target: doc.text[st.span], targetSpan: st.span, targetActor: st.actor,
                         stance: st.score > 0 ? .pro : .against, strength: min(1, (abs(st.score) / 4 * 100).rounded() / 100),
                         keywords: phrases.keywords(in: st.span), entities: phrases.entities(in: evidence),
                         paragraph: doc.sentences.isEmpty ? q.paragraph : doc.sentences[sentence].paragraph, evidence: evidence)
    }
}

extension StatementExtractor {
    /// The actors a cue takes for object: the last name of each noun phrase at the head of its
    /// content, before any preposition, comma or new clause; phrases joined by "and" each give
    /// one ("praised Republican presidential candidate Donald Trump for …" is about Trump,
    /// "accused Donald Trump campaign manager Corey Lewandowski of …" about Lewandowski).
    /// `modifiers`: the names before them in their phrases; `end`: the token after the phrases.
    func cueObjects(_ range: Range<Int>, _ others: [(span: Span, actor: String)], _ doc: Document)
        -> (heads: [(span: Span, actor: String)], modifiers: Set<String>, end: Int) {
        var parts: [Span] = []
        var start = range.lowerBound, end = range.lowerBound
        func close() {
            if end > start { parts.append(Span(doc.tokens[start].span.start, doc.tokens[end - 1].span.end)) }
        }
        while end < min(range.upperBound, range.lowerBound + 12) {
            let t = doc.tokens[end]
            if t.kind == .punctuation {
                // "Gaddis’s campaign manager, Corey Lane, of …": a name in apposition is the head.
                if doc.text.scalars[t.span.start] == ",", end > start,
                   let m = others.first(where: { $0.span.start == doc.tokens[min(end + 1, range.upperBound - 1)].span.start }),
                   let after = doc.tokenRange(covering: m.span), after.upperBound < range.upperBound,
                   doc.tokens[after.upperBound].kind == .punctuation, doc.text.scalars[doc.tokens[after.upperBound].span.start] == "," {
                    end = after.upperBound
                }
                break
            }
            if t.kind == .word, doc.text[t.span].lowercased() == "and" { close(); end += 1; start = end; continue }
            // A lower-case function word ("for", "of", "about") ends it; a title ("Mr.") does not.
            if let w = word(doc, end), doc.text.scalars[t.span.start].properties.isLowercase,
               !w.grammar.isDisjoint(with: [.prep, .boundary, .function]) { break }
            end += 1
        }
        close()
        var heads: [(span: Span, actor: String)] = [], modifiers = Set<String>()
        for part in parts {
            let inside = others.filter { $0.span.start >= part.start && $0.span.end <= part.end }
            guard let last = inside.max(by: { $0.span.end < $1.span.end }) else { continue }
            heads.append(last)
            for m in inside where m.actor != last.actor { modifiers.insert(m.actor) }
        }
        return (heads, modifiers, end)
    }
}

extension StatementExtractor {
    /// A rival, critic or ally named as such: its stand toward the actor the noun belongs to.
    func relationStatement(id: String, _ r: RelationNouns.Relation, phrases: TargetPhrase,
                           mentions: [(span: Span, actor: String)]) -> Statement {
        let doc = phrases.doc
        let noun = doc.tokens[r.noun].span
        let sentence = doc.sentenceIndex(at: noun.start) ?? 0
        let evidence = doc.sentences.isEmpty ? noun : doc.sentences[sentence].span
        let target = mentions.first { $0.actor == r.owner }?.span
        return Statement(id: id, actor: r.holder, meaning: r.sign < 0 ? .compete : .support, cue: noun,
                         target: target.map { doc.text[$0] }, targetSpan: target, targetActor: r.owner,
                         stance: r.sign < 0 ? .against : .pro, strength: 0.6,
                         keywords: target.map { phrases.keywords(in: $0) } ?? [], entities: phrases.entities(in: evidence),
                         paragraph: doc.sentences.isEmpty ? 0 : doc.sentences[sentence].paragraph, evidence: evidence)
    }
}
