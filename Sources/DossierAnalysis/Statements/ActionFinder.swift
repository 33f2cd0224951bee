/// A reported action of an actor that shows a position: an actor mention, then (after a few
/// words such as "earlier", "who", "has") a verb the cue lexicon marks as an action ("launched",
/// "vowed", "vetoed"), outside every quotation and its cue.
struct ReportedAction {
    var actor: String
    /// Index into `StanceLexicon.cues`.
    var cue: Int16
    var verb: Int
    var negated: Bool
    /// The tokens after the verb, to the end of its sentence.
    var content: Range<Int>
    var sentence: Int
    /// In a passive ("Trump was attacked by Clinton", "Future45, funded by Paul Singer"), the
    /// first token of the subject's name: what the actor after "by" acted on.
    var passiveObject: Int? = nil
    /// The negation is a bare "not" or "never" before the verb ("has not stepped forward to
    /// defend Manafort"), not a verb of refusal ("refused to endorse"): it withholds the act,
    /// which takes no side against its object.
    var plainNegation = false
}

struct ActionFinder {
    let doc: Document
    let lexicon: StanceLexicon

    /// `mentions`: every actor mention of the article, sorted by span.
    func find(mentions: [(span: Span, actor: String)], quotes: [Quote]) -> [ReportedAction] {
        guard !mentions.isEmpty else { return [] }
        var zones: [Span] = []
        // Reported speech no actor says ("…, according to a new poll") is the article's own
        // report: the acts in it count.
        for q in quotes where q.direct || q.speaker != nil {
            zones.append(contentsOf: q.content)
            if let c = q.cue { zones.append(c) }
        }
        zones.sort()
        let s = doc.text.scalars
        var out: [ReportedAction] = []
        var usedVerbs = Set<Int>()
        for (mi, m) in mentions.enumerated() {
            guard !inside(m.span, zones), var k = firstToken(atOrAfter: m.span.end),
                  let si = doc.sentenceIndex(at: doc.tokens[k].span.start) else { continue }
            let sentence = doc.sentences[si].tokenRange
            guard sentence.contains(k) else { continue }
            // "Bush and Cruz both floated …": a name coordinated with the next ones shares
            // their act; the walk goes on after the last of them.
            let shared = sharedSubjectEnd(mention: mi, after: k, in: sentence, mentions: mentions)
            if let e = shared { k = e }
            var negated = false
            var gaps = 0
            let first = k
            var found: (k: Int, cue: Int16)? = nil
            // "Its president, Lorraine Becker, praised …": a name that is itself an apposition
            // ends at its closing comma.
            let closesApposition = k + 1 < sentence.upperBound && isComma(k) && m.span.start > 0
                && firstToken(atOrAfter: m.span.start).map { $0 > sentence.lowerBound && isComma($0 - 1) } ?? false
            if closesApposition, doc.tokens[k + 1].kind == .word, word(k + 1).map({ !$0.grammar.contains(.gap) }) ?? true { k += 1 }
            // "Lamont, whose state would lose service …, also welcomed": a relative clause after
            // the name that holds no act of its own is skipped to its closing comma.
            var clauseComma = -1
            // "Republican candidates, including Fiore and Carver, have proposed …": the members
            // listed share the group's act (`includedMembers`).
            var members: [String] = []
            while k < sentence.upperBound, gaps <= 4 {
                let t = doc.tokens[k]
                // The comma may have closed an apposition already (", R-Ga., whose …").
                let comma = isComma(k) ? k : (k > first && isComma(k - 1) && t.kind == .word ? k - 1 : -1)
                if clauseComma < 0, comma >= 0, comma + 1 < sentence.upperBound,
                   Self.relatives.contains(doc.text[doc.tokens[comma + 1].span].lowercased()) {
                    clauseComma = comma
                    if doc.text[doc.tokens[comma + 1].span].lowercased() == "whose", let e = clauseEnd(after: comma, in: sentence) { k = e; gaps += 1; continue }
                }
                if t.kind == .punctuation, s[t.span.start] == ",", k + 1 < sentence.upperBound,
                   let n = word(k + 1), n.grammar.contains(.gap) {
                    k += 1; gaps += 1; continue
                }
                // "Sen. Walter Beck, R-Texas, voted against …", "The Alliance, a trade group
                // representing technology companies, sued …": an apposition right after the name.
                if gaps == 0, k == first, let inc = NameCoordination(doc: doc, lexicon: lexicon)
                    .includedMembers(at: k, in: sentence, mentions: mentions, group: m.actor) {
                    members = inc.actors; k = inc.end; gaps += 1; continue
                }
                if gaps == 0, k == first, let e = appositionEnd(after: k, in: sentence) { k = e; gaps += 1; continue }
                // "Robert Mercer, a longtime donor who backs Mr. Cruz,", "National Nurses United,
                // a union that has endorsed Mr. Sanders": an apposition's relative clause acts for
                // the name.
                if gaps == 0, k == first, let who = appositiveWho(after: k, in: sentence) { k = who + 1; gaps += 1; continue }
                // "The Harbor Fund, backed by Gaddis, ran ads": a passive in apposition.
                if k == first, isComma(k), k + 2 < sentence.upperBound, let v = word(k + 1), v.cue >= 0,
                   SmallWords.key(doc, k + 2) == SmallWords.by { k += 1; gaps += 1; continue }
                guard t.kind == .word else { break }
                // "took on Trump", "stood by Clinton": the particle stands for the phrasal verb.
                if let c = phrasalCue(k, in: sentence) { found = (k + 1, c); break }
                let w = word(k)
                if let w, w.cue >= 0, lexicon.cues[Int(w.cue)].isAction {
                    // "the GOP side", "a Clinton push": a bare verb form right after a name that
                    // "the" or "a" opens is the noun the name qualifies.
                    if k == first, nounAfterName(k, m.span) { break }
                    found = (k, w.cue); break
                }
                if let w, w.negates { negated = true; k += 1; gaps += 1; continue }
                // "Mercer is a longtime donor who backs Cruz": what the noun after a copula does
                // is the subject's act.
                if let who = predicateWho(k, in: sentence) { k = who + 1; gaps += 1; continue }
                // "The European Union on Thursday imposed …".
                if let w, w.grammar.contains(.prep), k + 1 < sentence.upperBound, let n = word(k + 1), n.grammar.contains(.gap) {
                    k += 2; gaps += 1; continue
                }
                if let w, w.grammar.contains(.gap) || w.modality != nil { k += 1; gaps += 1; continue }
                // "has been hitting Gaddis" (a passive, "has been indicted", is told apart below).
                if doc.keys[k] == Self.both || doc.keys[k] == Self.been { k += 1; gaps += 1; continue }
                // "who got trounced by Donald Trump": "get" before a participle is a passive's "be".
                if Self.getForms.contains(doc.keys[k]), k + 1 < sentence.upperBound, participle(k + 1) { k += 1; gaps += 1; continue }
                if isAdverb(k) { k += 1; gaps += 1; continue }
                if clauseComma >= 0, k > clauseComma, let e = clauseEnd(after: clauseComma, in: sentence), e > k {
                    k = e; gaps += 1; clauseComma = Int.max; continue
                }
                break
            }
            var plainNegation = negated
            if found == nil, let p = purpose(after: k, in: sentence) {
                found = (p.k, p.cue); negated = negated != p.negated
                if p.negated { plainNegation = false }
            }
            // "won 39 states and defeated Dukakis": the subject's second verb. The first verb's
            // object ends at the "and" ("voted to end the debate and voted for the bill" ends
            // nothing of the bill).
            var firstEnd = sentence.upperBound
            if let c = coordinatedAct(after: found?.k ?? k, in: sentence, zones: zones),
               found.map({ !passive($0.k, from: first) }) ?? true {
                firstEnd = c.and
                if !usedVerbs.contains(c.k) {
                    if shared == nil { usedVerbs.insert(c.k) }
                    out.append(ReportedAction(actor: m.actor, cue: c.cue, verb: c.k, negated: false,
                                              content: (c.k + 1)..<sentence.upperBound, sentence: si))
                }
            }
            guard let f = found, !usedVerbs.contains(f.k), !inside(doc.tokens[f.k].span, zones) else { continue }
            // "Future45, funded by Paul Singer": a passive's subject is what the act is done to,
            // by the actor named after "by" when there is one.
            if f.k + 1 < sentence.upperBound, SmallWords.key(doc, f.k + 1) == SmallWords.by {
                if shared != nil { continue }
                // "Lopez stopped by HuffPost Live": a visit.
                if let agent = agent(after: f.k + 1, in: sentence, mentions: mentions, from: mi + 1), agent != m.actor,
                   !doc.text[doc.tokens[f.k].span].lowercased().hasPrefix("stop"), let object = firstToken(atOrAfter: m.span.start) {
                    usedVerbs.insert(f.k)
                    out.append(ReportedAction(actor: agent, cue: f.cue, verb: f.k, negated: negated,
                                              content: (f.k + 1)..<sentence.upperBound, sentence: si, passiveObject: object))
                }
                continue
            }
            // "The president was then subpoenaed": done to the subject, by no one named.
            if passive(f.k, from: first) { continue }
            if shared == nil { usedVerbs.insert(f.k) }
            for actor in [m.actor] + members {
                out.append(ReportedAction(actor: actor, cue: f.cue, verb: f.k, negated: negated,
                                          content: (f.k + 1)..<max(f.k + 1, firstEnd), sentence: si, plainNegation: plainNegation))
            }
        }
        return out.sorted { $0.verb < $1.verb }
    }

    /// The cue of the phrasal verb at `k` when its particle follows it ("took on"), nil otherwise.
    func phrasalCue(_ k: Int, in sentence: Range<Int>) -> Int16? {
        guard k + 2 < sentence.upperBound, let forms = lexicon.phrasal[doc.keys[k]], doc.tokens[k + 1].kind == .word else { return nil }
        let next = doc.keys[k + 1]
        return forms.first { $0.particle == next }?.cue
    }

    /// A form of "be" between the name and the participle `v` ("was subpoenaed", "were
    /// then fired", "has been indicted").
    func passive(_ v: Int, from first: Int) -> Bool {
        let s = doc.text.scalars, sp = doc.tokens[v].span
        guard sp.length > 3, (s[sp.end - 2] == "e" && (s[sp.end - 1] == "d" || s[sp.end - 1] == "n")) else { return false }
        // Right before the participle, past adverbs only ("was then", "has not been"): a "was"
        // in a clause skipped on the way ("Clinton, who was in Iowa, praised …") is no passive.
        var j = v - 1
        while j >= first, v - j <= 3, doc.tokens[j].kind == .word {
            let key = SmallWords.key(doc, j)
            if SmallWords.beForms.contains(key) || Self.getForms.contains(key) { return true }
            guard isAdverb(j) || Self.passiveAdverbs.contains(key) else { return false }
            j -= 1
        }
        return false
    }

    static let passiveAdverbs: KeySet = KeySet(["then", "also", "not", "never", "already", "later", "since", "just", "now", "once"].map { WordKey.of($0) })

    /// "Cole broke with her party to vote for the bill": after a verb that is no cue, an action
    /// verb of a purpose "to" within a few words is the subject's act. An operator against or a
    /// negation on the way ("failed to block", "declined not to …") reverses it.
    private func purpose(after k: Int, in sentence: Range<Int>) -> (k: Int, cue: Int16, negated: Bool)? {
        guard k < sentence.upperBound, doc.tokens[k].kind == .word, (word(k)?.cue ?? -1) < 0,
              !(word(k)?.grammar.contains(.boundary) ?? false) else { return nil }
        let s = doc.text.scalars
        var negated = (word(k)?.op ?? 0) < 0
        var j = k + 1
        while j + 1 < sentence.upperBound, j <= k + 6, doc.tokens[j].kind == .word {
            let sp = doc.tokens[j].span
            if sp.length == 2, s[sp.start] == "t" || s[sp.start] == "T", s[sp.start + 1] == "o" {
                guard doc.tokens[j + 1].kind == .word, let v = word(j + 1), v.cue >= 0, lexicon.cues[Int(v.cue)].isAction else { return nil }
                return (j + 1, v.cue, negated)
            }
            if let w = word(j) {
                if w.cue >= 0 || w.grammar.contains(.boundary) { return nil }
                if w.negates || w.op < 0 { negated.toggle() }
            }
            j += 1
        }
        return nil
    }

    func word(_ k: Int) -> StanceWord? {
        let t = doc.tokens[k]
        guard t.kind == .word else { return nil }
        return lexicon.words[doc.keys[k]]
    }

    /// Token `k`, right after the name at `name`, has no verb ending (-s, -ed, -ing; "-ss" is
    /// no ending, "press") and the name is opened by "the" or "a", or a noun for people or a
    /// body follows, maybe after one more noun: a noun compound ("the GOP side", "Clinton
    /// campaign manager Robby Mook", "White House press secretary Josh Earnest", "Clinton
    /// campaign communications director Jennifer Palmieri").
    private func nounAfterName(_ k: Int, _ name: Span) -> Bool {
        let s = doc.text.scalars, sp = doc.tokens[k].span
        guard sp.length > 2, s[sp.end - 1] != "s" || s[sp.end - 2] == "s", s[sp.end - 1] != "d",
              !(s[sp.end - 1] == "g" && s[sp.end - 2] == "n"),
              let first = firstToken(atOrAfter: name.start), first > 0 else { return false }
        let before = SmallWords.key(doc, first - 1)
        if before == SmallWords.the || before == SmallWords.a { return true }
        func bodyOrPeople(_ j: Int) -> Bool {
            // Not a noun of rivalry ("beat rival Bernie Sanders": a verb's object).
            guard j < doc.tokens.count, doc.tokens[j].kind == .word, CharClass.isLower(s[doc.tokens[j].span.start]),
                  (RelationNouns.table[doc.keys[j]] ?? 1) == 1 else { return false }
            return !ActorLexicon.shared.wordClass(doc.keys[j]).isDisjoint(with: [.personNoun, .groupNoun, .orgNoun])
        }
        if bodyOrPeople(k + 1) { return true }
        // One plain lower-case noun between ("communications", "finance"): no small word.
        guard k + 2 < doc.tokens.count, doc.tokens[k + 1].kind == .word, CharClass.isLower(s[doc.tokens[k + 1].span.start]),
              word(k + 1) == nil, !isAdverb(k + 1) else { return false }
        return bodyOrPeople(k + 2)
    }

    func isAdverb(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        if sp.length > 4 && s[sp.end - 2] == "l" && s[sp.end - 1] == "y" { return true }
        // "has long targeted", "has often been critical of": adverbs without the ending.
        return lexicon.adverbs.contains(doc.keys[k])
    }

    /// True when a span overlaps one of the sorted zones (binary search).
    func inside(_ span: Span, _ zones: [Span]) -> Bool {
        var lo = 0, hi = zones.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if zones[mid].start < span.end { lo = mid + 1 } else { hi = mid }
        }
        // Zones starting before the span's end: check the nearest few (zones rarely nest).
        var i = lo - 1
        while i >= 0 && i >= lo - 4 {
            if zones[i].overlaps(span) { return true }
            i -= 1
        }
        return false
    }

    private func firstToken(atOrAfter offset: Int) -> Int? {
        var lo = 0, hi = doc.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < doc.tokens.count ? lo : nil
    }
}
