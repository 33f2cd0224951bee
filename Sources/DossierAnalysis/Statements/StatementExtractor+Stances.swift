/// The statement stage's reading of stances toward other actors: what a quote's speaker says of
/// the actors it names (`ActorStanceReader`), the actors a side-taking cue takes for object,
/// what a sentence's subject does to others, and rivals, critics and allies named as such
/// (`RelationNouns`).
extension StatementExtractor {
    /// The speaker's stances toward the other actors its quote names. "praised Republican
    /// presidential candidate Donald Trump for …": the cue's own act toward the actors it takes
    /// for object, whatever words follow; what the object is blamed or praised for is its act,
    /// turned by the cue's sign.
    func appendStances(of speaker: String, in q: Quote, _ ranges: [Range<Int>], others named: [(span: Span, actor: String)],
                       pronouns: [(span: Span, actor: String)], sense: CueSense, takes: Bool, to out: inout [Statement],
                       reader: ActorStanceReader, phrases: TargetPhrase) {
        let doc = phrases.doc
        // "he looks like a flake": the pronouns count as names of whom they stand for; "the
        // media", "the establishment" as names of topics.
        let collectives = reader.collectiveNouns(in: ranges, except: named)
        let others = pronouns.isEmpty && collectives.isEmpty ? named : (named + pronouns + collectives).sorted { $0.span < $1.span }
        let objects = takes && sense.objectSign != 0 ? cueObjects(ranges[0], others, doc) : (heads: [], modifiers: [], end: 0)
        // The name before the one the cue is about only describes it.
        if let t = out.last?.targetActor, objects.modifiers.contains(t), let head = objects.heads.first {
            out[out.count - 1].targetActor = head.actor
            out[out.count - 1].target = doc.text[head.span]
            out[out.count - 1].targetSpan = head.span
        }
        let targeted = out.last?.targetActor
        var done = Set<String>()
        for o in objects.heads where o.actor != targeted && done.insert(o.actor).inserted {
            let st = ActorStanceReader.Stance(actor: o.actor, span: o.span, score: 2 * Double(sense.objectSign))
            out.append(stanceStatement(id: "s" + String(out.count + 1), actor: speaker, quote: q, stance: st, phrases: phrases))
        }
        // "criticized voters for not supporting Cruz", "accused him of lying", "blamed them over
        // …": the object's own act. "trashing Trump as unqualified" is the speaker's judgement.
        let next = objects.end < ranges[0].upperBound ? SmallWords.key(doc, objects.end) : 0
        let reported = objects.heads.isEmpty || ![SmallWords.for_, SmallWords.of, SmallWords.over].contains(next) ? nil
            : (from: objects.end, sign: Double(sense.objectSign))
        for st in reader.read(ranges, others: others, reported: reported) where st.actor != targeted && !done.contains(st.actor) {
            out.append(stanceStatement(id: "s" + String(out.count + 1), actor: speaker, quote: q, stance: st, phrases: phrases))
        }
    }

    /// "Trump savaged …": the stances of an actor that is a sentence's subject, or that a
    /// relative clause after its name describes ("Lowe, who has been critical of Ellison").
    func appendSubjectStances(to out: inout [Statement], mentions: [(span: Span, actor: String)], quotes: [Quote],
                              bodies: Set<String>, reader: ActorStanceReader, phrases: TargetPhrase) {
        let doc = phrases.doc
        let subjects = SubjectStance(doc: doc, lexicon: lexicon).subjects(mentions: mentions, quotes: quotes)
        let clauses = RelativeClauseStance(doc: doc, lexicon: lexicon).clauses(mentions: mentions, quotes: quotes, bodies: bodies)
        for (actor, predicate) in subjects + clauses {
            let from = doc.tokens[predicate.lowerBound].span.start, to = doc.tokens[predicate.upperBound - 1].span.end
            var lo = MentionSearch.firstStarting(atOrAfter: from, mentions)
            var others: [(span: Span, actor: String)] = []
            while lo < mentions.count, mentions[lo].span.start < to {
                if mentions[lo].actor != actor, mentions[lo].span.end <= to { others.append(mentions[lo]) }
                lo += 1
            }
            let done = Set(out.suffix(4).filter { $0.actor == actor }.compactMap(\.targetActor))
            for st in reader.read([predicate], others: others) where !done.contains(st.actor) {
                out.append(narrationStatement(id: "s" + String(out.count + 1), actor: actor, stance: st, phrases: phrases))
            }
        }
    }

    /// An op-ed's own argument: its author's stances toward the actors its sentences name,
    /// outside quotations and before the closing line that names the author (`OpinionAuthor`).
    func appendAuthorStances(to out: inout [Statement], actors: [Actor], mentions: [(span: Span, actor: String)],
                             quotes: [Quote], reader: ActorStanceReader, phrases: TargetPhrase) {
        let doc = phrases.doc
        let people = Set(actors.filter { $0.type == .person }.map(\.id))
        // A person the article quotes is a source of the report, not its author ("…," said
        // Smith. … Smith is president of the union.).
        guard let author = OpinionAuthor(doc: doc).find(mentions: mentions, people: people),
              !quotes.contains(where: { $0.speaker == author.actor }) else { return }
        var zones: [Span] = []
        for q in quotes { zones.append(q.extent); if let c = q.cue { zones.append(c) } }
        zones.sort()
        var z = 0, m = 0
        for sentence in doc.sentences where sentence.paragraph < author.paragraph {
            while z < zones.count, zones[z].end <= sentence.span.start { z += 1 }
            if z < zones.count, zones[z].start < sentence.span.end { continue }
            while m < mentions.count, mentions[m].span.start < sentence.span.start { m += 1 }
            var others: [(span: Span, actor: String)] = []
            var j = m
            while j < mentions.count, mentions[j].span.start < sentence.span.end {
                if mentions[j].actor != author.actor, mentions[j].span.end <= sentence.span.end { others.append(mentions[j]) }
                j += 1
            }
            for st in reader.read([sentence.tokenRange], others: others) {
                out.append(narrationStatement(id: "s" + String(out.count + 1), actor: author.actor, stance: st, phrases: phrases))
            }
        }
    }

    /// "Clinton's Democratic rival, Bernie Sanders", "Clinton ally Terry McAuliffe".
    func appendRelations(to out: inout [Statement], actors: [Actor], mentions: [(span: Span, actor: String)], phrases: TargetPhrase) {
        let people = Set(actors.filter { $0.type == .person }.map(\.id))
        let relations = RelationNouns(doc: phrases.doc, lexicon: lexicon)
        let found = relations.find(mentions: mentions, people: people) + relations.compounds(mentions: mentions, names: { Self.uniqueNames(actors) })
            + relations.alignments(mentions: mentions) + relations.shares(mentions: mentions, people: people)
        for r in found {
            out.append(relationStatement(id: "s" + String(out.count + 1), r, phrases: phrases, mentions: mentions))
        }
    }
}

extension StatementExtractor {
    /// Folded key of each actor's name, aliases and their last words → the actor, for the keys
    /// only one actor has ("Clinton" when only one Clinton is in the article).
    static func uniqueNames(_ actors: [Actor]) -> [UInt64: String] {
        var out: [UInt64: String] = [:]
        var shared = Set<UInt64>()
        for a in actors where a.type != .place {
            var keys = Set<UInt64>()
            for n in [a.name] + a.aliases {
                keys.insert(WordKey.folded(n))
                if let last = WordKey.foldedLastWord(n) { keys.insert(last) }
            }
            for k in keys {
                if let o = out[k], o != a.id { shared.insert(k) } else { out[k] = a.id }
            }
        }
        for k in shared { out[k] = nil }
        return out
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
        // A collective noun ("the media") is a topic named by its phrase, no actor.
        let collective = st.actor.hasPrefix(ActorStanceReader.collectivePrefix)
        let target = collective ? phrases.around(Int(st.actor.dropFirst()) ?? 0) ?? st.span : st.span
        return Statement(id: id, actor: actor, quote: q.id, meaning: st.score > 0 ? .praise : .criticise, cue: q.cue,
                         target: doc.text[target], targetSpan: target, targetActor: collective ? nil : st.actor,
                         stance: st.score > 0 ? .pro : .against, strength: min(1, (abs(st.score) / 4 * 100).rounded() / 100),
                         keywords: phrases.keywords(in: collective ? st.span : target), entities: phrases.entities(in: evidence),
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
            if SmallWords.key(doc, end) == SmallWords.and { close(); end += 1; start = end; continue }
            // A name or a pronoun standing for one ("accusing him of …") is part of the phrase.
            if let m = others.first(where: { $0.span.start == t.span.start }), let r = doc.tokenRange(covering: m.span) {
                end = max(end + 1, r.upperBound)
                continue
            }
            // A lower-case function word ("for", "of", "about") ends it; a title ("Mr.") does not.
            if let w = word(doc, end), CharClass.isLower(doc.text.scalars[t.span.start]),
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
        return Statement(id: id, actor: r.holder, meaning: r.meaning ?? (r.sign < 0 ? .compete : .support), cue: noun,
                         target: target.map { doc.text[$0] }, targetSpan: target, targetActor: r.owner,
                         stance: r.sign < 0 ? .against : .pro, strength: 0.6,
                         keywords: target.map { phrases.keywords(in: $0) } ?? [], entities: phrases.entities(in: evidence),
                         paragraph: doc.sentences.isEmpty ? 0 : doc.sentences[sentence].paragraph, evidence: evidence)
    }
}

extension StatementExtractor {
    /// What the reporter says an actor did to another, read as its stance toward it.
    func narrationStatement(id: String, actor: String, stance st: ActorStanceReader.Stance, phrases: TargetPhrase) -> Statement {
        let doc = phrases.doc
        let sentence = doc.sentenceIndex(at: st.span.start) ?? 0
        let evidence = doc.sentences.isEmpty ? st.span : doc.sentences[sentence].span
        return Statement(id: id, actor: actor, meaning: st.score > 0 ? .praise : .criticise,
                         target: doc.text[st.span], targetSpan: st.span, targetActor: st.actor,
                         stance: st.score > 0 ? .pro : .against, strength: min(1, (abs(st.score) / 4 * 100).rounded() / 100),
                         keywords: phrases.keywords(in: st.span), entities: phrases.entities(in: evidence),
                         paragraph: doc.sentences.isEmpty ? 0 : doc.sentences[sentence].paragraph, evidence: evidence)
    }
}
