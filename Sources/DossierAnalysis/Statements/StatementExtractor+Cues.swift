/// The questions the statement stage asks of a cue and its content's first words: whether a
/// cue names its object ("called the decision “a disgrace”"), the first operator after a word,
/// a bare vote ("voted no."), and the actor a verb takes for object ("endorsed Marsh",
/// "campaigned against Gaddis").
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

    /// The first token of an actor mention right after a verb (past a determiner), when the
    /// verb's object is another actor ("endorsed Marsh", "backed the minister").
    func actorObject(after verb: Int, _ mentions: [(span: Span, actor: String)], not actor: String,
                             in doc: Document) -> Int? {
        var k = verb + 1
        guard k < doc.tokens.count else { return nil }
        // "sided with the company".
        if SmallWords.key(doc, k) == SmallWords.with, k + 1 < doc.tokens.count { k += 1 }
        // "distanced himself from Bill Clinton": the one kept apart, after the reflexive.
        if SmallWords.reflexives.contains(SmallWords.key(doc, k)), k + 2 < doc.tokens.count,
           SmallWords.key(doc, k + 1) == SmallWords.from { k += 2 }
        // "donated $100,000 to Cruz", "contributed to the group", "lost to Trump": an amount,
        // then "to" and the actor.
        k = pastAmount(k, doc)
        // Not "continues to trail Clinton", "refused to attack him": a verb after "to".
        if SmallWords.key(doc, k) == SmallWords.to, k + 1 < doc.tokens.count, doc.tokens[k + 1].kind == .word,
           !CharClass.isLower(doc.text.scalars[doc.tokens[k + 1].span.start]) || word(doc, k + 1)?.grammar.contains(.det) == true {
            k += 1
        }
        if let w = word(doc, k), w.grammar.contains(.det) { k += 1 }
        // "savaged “Lyin’ Ted” Cruz": a nickname in quotation marks before the name.
        if k < doc.tokens.count, doc.tokens[k].kind == .quoteMark {
            var j = k + 1
            while j < min(doc.tokens.count, k + 5), doc.tokens[j].kind != .quoteMark { j += 1 }
            if j < doc.tokens.count, doc.tokens[j].kind == .quoteMark { k = j + 1 }
        }
        // "rejected criticism from Trump", "welcomed the endorsement by the union": words said
        // or given by an actor stand for the actor.
        if isSaidThing(k, doc) {
            k += 2
            // "from Republican presidential candidate Donald Trump": the name after its role.
            var j = k
            while j < min(doc.tokens.count, k + 5), doc.tokens[j].kind == .word {
                let at = doc.tokens[j].span.start
                let lo = MentionSearch.firstStarting(atOrAfter: at, mentions)
                if lo < mentions.count, mentions[lo].span.start == at, mentions[lo].actor != actor { k = j; break }
                j += 1
            }
        }
        guard k < doc.tokens.count, doc.tokens[k].kind == .word else { return nil }
        let start = doc.tokens[k].span.start
        let s = doc.text.scalars
        var lo = 0, hi = mentions.count
        while lo < hi { let m = (lo + hi) / 2; if mentions[m].span.end <= start { lo = m + 1 } else { hi = m } }
        // The mention may start a word later ("Governor Paul Stone" when the title is no part of it).
        var end = doc.tokens[k].span.end
        if k + 1 < doc.tokens.count, doc.tokens[k + 1].kind == .word { end = doc.tokens[k + 1].span.end }
        let window = Span(start, end)
        for i in lo..<min(mentions.count, lo + 4) where mentions[i].span.overlaps(window) && mentions[i].actor != actor {
            // "condemned Russia's invasion" is about the invasion.
            let after = mentions[i].span.end
            if after < s.count, s[after] == "'" || s[after] == "’" { return nil }
            return k
        }
        return describedObject(from: k, mentions, not: actor, in: doc)
    }

    /// "swept primary challenger Sen. Bernie Sanders", "beat his Democratic rival, Patrick
    /// Murphy": the name after a few words that end in a noun for a person (a role or title) or
    /// a word of party or creed.
    private func describedObject(from k: Int, _ mentions: [(span: Span, actor: String)], not actor: String,
                                 in doc: Document) -> Int? {
        let lex = ActorLexicon.shared
        var j = k
        while j < min(doc.tokens.count, k + 4), doc.tokens[j].kind == .word {
            // Not past a function word ("the resignation of President …", "aides to Mrs. …").
            if let w = word(doc, j), !w.grammar.isEmpty || w.cue >= 0 { return nil }
            j += 1
            // "leading Republican Donald Trump": a party or creed word before a name describes it too.
            guard !lex.wordClass(doc.keys[j - 1]).isDisjoint(with: [.personNoun, .title]) || lex.identityAdjectives.contains(doc.keys[j - 1]) else { continue }
            var n = j
            if n < doc.tokens.count, doc.tokens[n].kind == .punctuation, doc.text.scalars[doc.tokens[n].span.start] == "," { n += 1 }
            guard n < doc.tokens.count else { return nil }
            let at = doc.tokens[n].span.start
            let i = MentionSearch.firstStarting(atOrAfter: at, mentions)
            if i < mentions.count, mentions[i].span.start == at, mentions[i].actor != actor { return n }
        }
        return nil
    }

    /// The token after a sum of money at `k` ("$2.5 million", "$500,000"), or `k`.
    private func pastAmount(_ k: Int, _ doc: Document) -> Int {
        guard k + 1 < doc.tokens.count, doc.tokens[k].kind != .word, doc.text.scalars[doc.tokens[k].span.start] == "$",
              doc.tokens[k + 1].kind == .number else { return k }
        var j = k + 2
        if j < doc.tokens.count, Self.largeNumbers.contains(SmallWords.key(doc, j)) { j += 1 }
        return j < doc.tokens.count ? j : k
    }

    /// A noun for what an actor says or gives at `k`, then "from" or "by".
    func isSaidThing(_ k: Int, _ doc: Document) -> Bool {
        k + 2 < doc.tokens.count && Self.saidThings.contains(SmallWords.key(doc, k))
            && (SmallWords.key(doc, k + 1) == SmallWords.from || SmallWords.key(doc, k + 1) == SmallWords.by)
    }

    /// Whether the object after `verb` (past a determiner) is words said by an actor.
    func objectIsSaidThing(after verb: Int, _ doc: Document) -> Bool {
        var k = verb + 1
        if let w = word(doc, k), w.grammar.contains(.det) { k += 1 }
        return isSaidThing(k, doc)
    }

    /// Nouns for what an actor says or gives, read through to the actor after "from" or "by".
    static let saidThings: KeySet = KeySet(["criticism", "criticisms", "claim", "claims", "accusation", "accusations", "charge",
                                              "charges", "allegation", "allegations", "attack", "attacks", "remarks", "comments",
                                              "call", "calls", "demand", "demands", "endorsement", "support", "praise", "offer",
                                              "pressure", "threats", "suggestion", "suggestions", "proposal"].map { WordKey.of($0) })

    static let largeNumbers: KeySet = KeySet(["thousand", "million", "billion", "trillion"].map { WordKey.of($0) })

    /// "for" or "against" right after a verb: the token to read the object after, and +1 or
    /// -1 whatever the verb ("fought for", "campaigned against"); the verb itself and 0 otherwise.
    func sideTaken(after verb: Int, _ doc: Document) -> (Int, Int8) {
        guard verb + 1 < doc.tokens.count else { return (verb, 0) }
        // "spoke out against", "squared off against": a particle first.
        var k = verb + 1
        if SmallWords.particles.contains(SmallWords.key(doc, k)), k + 1 < doc.tokens.count { k += 1 }
        switch SmallWords.key(doc, k) {
        case SmallWords.for_: return (k, 1)
        case SmallWords.against: return (k, -1)
        default: return (verb, 0)
        }
    }

    /// "lost to Trump", "lost primaries in the South to Trump", "lost ground to Cruz": the "to"
    /// after a contest verb and what was lost, within its clause and a few words, before the
    /// rival it names; nil when there is none.
    func rivalTo(after verb: Int, _ doc: Document) -> Int? {
        var k = verb + 1
        while k < min(doc.tokens.count, verb + 7), doc.tokens[k].kind == .word {
            let key = SmallWords.key(doc, k)
            if key == SmallWords.to { return k }
            // "faced criticism for his overtures to Putin": another complement's phrase.
            if key == SmallWords.for_ || key == SmallWords.with || key == SmallWords.against || key == SmallWords.of { return nil }
            k += 1
        }
        return nil
    }

    /// The actor a quote is said to: the one named right after its cue ("Ellison told Gaddis",
    /// "Lowe warned Gaddis"), not the speaker; nil when none.
    func addressee(of q: Quote, speaker: String, _ mentions: [(span: Span, actor: String)], _ doc: Document) -> String? {
        guard let cue = q.cue, let r = doc.tokenRange(covering: cue), r.upperBound < doc.tokens.count,
              doc.tokens[r.upperBound].kind == .word else { return nil }
        let start = doc.tokens[r.upperBound].span.start
        let lo = MentionSearch.firstStarting(atOrAfter: start, mentions)
        guard lo < mentions.count, mentions[lo].span.start == start, mentions[lo].actor != speaker else { return nil }
        return mentions[lo].actor
    }

    /// The actor mention at token `k`, or starting a word later ("Republican Donald Trump"), is
    /// one of `people`.
    func isPerson(at k: Int, _ people: Set<String>, _ mentions: [(span: Span, actor: String)], _ doc: Document) -> Bool {
        for j in [k, k + 1] where j < doc.tokens.count {
            if let a = MentionSearch.actor(startingAt: doc.tokens[j].span.start, mentions) { return people.contains(a) }
        }
        return false
    }
}
