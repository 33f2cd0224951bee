/// Stances toward other actors in what an actor says: the evaluative words around a name in a
/// quote or a reported statement ("Trump is a pathological liar", "we want to ensure he is
/// safe", "the demagogy … central to Donald J. Trump's message") tell whether the speaker is
/// for or against the actor named. Most of what news reports of one actor about another is
/// said this way, with no cue that names the act ("criticised", "praised").
///
/// Each evaluative word (`word_polarity.txt`) counts for the nearest actor named in its clause,
/// within a few words; a negation just before it turns it round. Linear: every content token
/// is read once, with one hashed lookup.
struct ActorStanceReader {
    struct Stance {
        /// The actor's id, or `collectivePrefix` and the token index of a collective noun.
        var actor: String
        /// The mention the stance is read at (the one with the most weight).
        var span: Span
        var score: Double
    }

    let doc: Document
    let lexicon: StanceLexicon
    let polarity: WordPolarity

    /// Marks a stance toward a collective noun that is no actor ("the media").
    static let collectivePrefix = "~"

    /// Collective nouns read like names (`stance_target_nouns.txt`). Not every plural of people:
    /// what a speaker says near "workers" or "the American people" is rarely a stance on them.
    static let collectives: KeySet = {
        var set = KeySet()
        for w in Lexicon(bytes: PackageResources.stance_target_nouns_txt).entries { set.insert(WordKey.of(w)) }
        return set
    }()

    /// The collective nouns of a range that no actor mention covers, as pseudo-mentions.
    func collectiveNouns(in content: [Range<Int>], except others: [(span: Span, actor: String)]) -> [(span: Span, actor: String)] {
        var out: [(span: Span, actor: String)] = []
        let s = doc.text.scalars
        var m = 0
        for range in content {
            for k in range where doc.tokens[k].kind == .word {
                let t = doc.tokens[k].span
                guard CharClass.isLower(s[t.start]), Self.collectives.contains(doc.keys[k]) else { continue }
                while m < others.count, others[m].span.end <= t.start { m += 1 }
                if m < others.count, others[m].span.start <= t.start { continue }
                out.append((t, Self.collectivePrefix + String(k)))
            }
        }
        return out
    }

    /// A word further than this from every name in its clause judges none of them.
    static let reach = 6
    /// Below this total valence a speaker's words about an actor take no stance.
    static let threshold = 1.8

    /// The stances of a quote's speaker toward the actors named in its content. `others`:
    /// the mentions of actors other than the speaker's own side inside the quote, sorted.
    /// `reported`: from this token on, the content says what the cue's object did ("criticized
    /// voters for not supporting Cruz"), and the cue's sign multiplies what is read there.
    func read(_ content: [Range<Int>], others: [(span: Span, actor: String)],
              reported: (from: Int, sign: Double)? = nil) -> [Stance] {
        guard !others.isEmpty else { return [] }
        var totals: [String: (score: Double, span: Span, weight: Double)] = [:]
        var m = 0
        for range in content {
            // Mentions inside this part of the content, as token ranges.
            var names: [(tokens: Range<Int>, index: Int)] = []
            while m < others.count, others[m].span.start < doc.tokens[range.upperBound - 1].span.end {
                // "a stronger candidate than Clinton", "better than fellow Democrat Alan Grayson": a
                // name compared is not the one judged.
                if others[m].span.start >= doc.tokens[range.lowerBound].span.start, let r = doc.tokenRange(covering: others[m].span),
                   !compared(r.lowerBound, from: range.lowerBound) {
                    names.append((r, m))
                }
                m += 1
            }
            guard !names.isEmpty else { continue }
            let clauses = clauseNumbers(range)
            // Names followed at once by a word that starts another phrase ("Trump by very
            // significant numbers"): the words after them judge something else.
            let closed = names.map { name -> Bool in
                let k = name.tokens.upperBound
                guard k < range.upperBound, doc.tokens[k].kind == .word else { return false }
                return lexicon.words[doc.keys[k]]?.grammar.contains(.endsName) == true
            }
            // Names followed by "as" ("described Trump as …").
            let described = names.map { name -> Bool in
                let k = name.tokens.upperBound
                return k < range.upperBound && isWord(k, SmallWords.as_)
            }
            let cited = citedInside(range)
            var n = 0, c = 0
            var supposed = false, conceded = false
            for k in range {
                // "If he does a good job …": a supposition, up to its comma, judges nobody.
                // "For all of her faults — she has experience": a concession, up to its comma or
                // dash, grants what the point after it outweighs; it judges nobody either.
                guard doc.tokens[k].kind == .word else {
                    if supposed, doc.tokens[k].kind == .punctuation,
                       (conceded ? ",.;:!?—–-" : ",.;:!?").unicodeScalars.contains(doc.text.scalars[doc.tokens[k].span.start]) {
                        supposed = false; conceded = false
                    }
                    continue
                }
                let key = SmallWords.key(doc, k)
                if key == Self.if_ || key == Self.unless, opensClause(k, from: range.lowerBound) { supposed = true }
                if key == SmallWords.for_, k + 1 < range.upperBound, SmallWords.key(doc, k + 1) == Self.all,
                   opensClause(k, from: range.lowerBound) { supposed = true; conceded = true }
                if supposed { continue }
                while n < names.count, names[n].tokens.upperBound <= k { n += 1 }
                if n < names.count, names[n].tokens.contains(k) { continue }
                while c < cited.count, cited[c].upperBound <= k { c += 1 }
                if c < cited.count, cited[c].contains(k) { continue }
                guard let entry = entry(at: k, from: range.lowerBound), entry.valence != 0 else { continue }
                // The nearest name in the same clause: the one just before or just after.
                let clause = clauses[k - range.lowerBound]
                var best: (index: Int, distance: Int)? = nil
                for j in [n - 1, n] where j >= 0 && j < names.count {
                    let r = names[j].tokens
                    guard clauses[r.lowerBound - range.lowerBound] == clause else { continue }
                    if r.upperBound <= k, closed[j] || subject(between: r.upperBound, k) { continue }
                    let d = k < r.lowerBound ? r.lowerBound - k : k - (r.upperBound - 1)
                    if d <= Self.reach, d < (best?.distance ?? Int.max) { best = (j, d) }
                }
                // "Trump as unqualified for the White House": after "as", the judgement is of the
                // name before it.
                if n > 0, n - 1 < names.count, names[n - 1].tokens.upperBound <= k, described[n - 1],
                   k - names[n - 1].tokens.upperBound <= Self.reach, clauses[names[n - 1].tokens.lowerBound - range.lowerBound] == clause {
                    best = (n - 1, 0)
                }
                guard let b = best else { continue }
                // "destroying oil fields to cut off the group's revenue": a word with an object of
                // its own judges that object, unless a copula ties it to a name before it
                // ("Shuster is in strong position").
                let before = names[b.index].tokens.upperBound <= k
                // "fight for Ellison": the word serves the name after "for", on its side.
                let serves = entry.forSide && !before && k + 1 < range.upperBound && isWord(k + 1, SmallWords.for_)
                if hasObject(k, range), !(before && copula(between: names[b.index].tokens.upperBound, k)) { continue }
                // "Trump supporters", "Clinton's allies": the name's people, no judgement of it.
                if entry.ofName, names[b.index].tokens.upperBound <= k,
                   k - names[b.index].tokens.upperBound == 0 || (k - names[b.index].tokens.upperBound == 1 && doc.isPossessive(k - 1)) { continue }
                // "signaled his support for ISIS", "Kirk withdrew his early support": the stance
                // of whoever the possessive names, not the speaker's.
                if entry.ofName, heldByOther(k, range) { continue }
                var value = serves ? Double(abs(entry.valence)) : Double(entry.valence)
                if let r = reported, k >= r.from { value *= r.sign }
                if negated(before: k, lowest: range.lowerBound, clause: clause, clauses: clauses, start: range.lowerBound) { value *= -0.75 }
                // "Clinton and Obama did a remarkable job": names joined by "and" share the word.
                var joined = b.index...b.index
                while joined.lowerBound > 0, coordinated(names[joined.lowerBound - 1].tokens, names[joined.lowerBound].tokens) {
                    joined = (joined.lowerBound - 1)...joined.upperBound
                }
                while joined.upperBound + 1 < names.count, coordinated(names[joined.upperBound].tokens, names[joined.upperBound + 1].tokens) {
                    joined = joined.lowerBound...(joined.upperBound + 1)
                }
                // A long list ("Charlie Arlinghaus, Arnie Arnesen, …") is a roll, no judgement.
                // "the fight between Bernie and Hillary", "viewed positively by Republicans and
                // independents": a pair in relation to each other, or the agents of a passive.
                if joined.count > Self.maxJoined || joined.count > 1 && pairedOrAgents(names[joined.lowerBound].tokens.lowerBound, from: range.lowerBound) {
                    joined = b.index...b.index
                }
                for j in joined {
                    let mention = others[names[j].index]
                    var total = totals[mention.actor] ?? (0, mention.span, 0)
                    total.score += value
                    if abs(value) > total.weight { total.weight = abs(value); total.span = mention.span }
                    totals[mention.actor] = total
                }
            }
        }
        return totals.compactMap { actor, t in
            abs(t.score) >= Self.threshold ? Stance(actor: actor, span: t.span, score: t.score) : nil
        }.sorted { $0.span < $1.span }
    }

    /// The word's entry, or that of the two words ending at it when the lexicon has them
    /// ("with respect to Dr. Ferreira" is no praise).
    private func entry(at k: Int, from start: Int) -> WordPolarity.Entry? {
        let s = doc.text.scalars, t = doc.tokens[k].span
        // Two-word entries end in a word that has one of its own: hash the pair only then.
        guard let single = polarity[doc.keys[k]] else { return nil }
        if k > start, doc.tokens[k - 1].kind == .word {
            let p = doc.tokens[k - 1].span
            if let e = polarity[WordKey.folded(s, t.start..<t.end, from: WordKey.space(WordKey.folded(s, p.start..<p.end)))] { return e }
        }
        return single
    }

    /// The word after `k` is a lower-case content word (no function word, determiner,
    /// preposition or judgement of its own): what `k` acts on or qualifies.
    private func hasObject(_ k: Int, _ range: Range<Int>) -> Bool {
        guard k + 1 < range.upperBound else { return false }
        let t = doc.tokens[k + 1]
        let s = doc.text.scalars
        guard t.kind == .word, CharClass.isLower(s[t.span.start]) else { return false }
        let key = doc.keys[k + 1]
        if let w = lexicon.words[key], !w.grammar.isDisjoint(with: [.det, .prep, .function, .boundary, .copula, .gap, .endsName]) || w.negates || w.modality != nil {
            return false
        }
        return (polarity[key]?.valence ?? 0) == 0
    }

    /// A subject pronoun ("I'm", "we", "he") among the tokens `from..<to`: what follows is said
    /// of that subject, not of the name before it.
    private func subject(between from: Int, _ to: Int) -> Bool {
        for i in from..<to where doc.tokens[i].kind == .word {
            if lexicon.words[doc.keys[i]]?.grammar.contains(.subject) == true { return true }
        }
        return false
    }

    /// A copula ("is", "was", "remains") or "did" ("did a remarkable job") among the tokens
    /// `from..<to`: what follows is said of the name before it.
    private func copula(between from: Int, _ to: Int) -> Bool {
        for i in from..<to where doc.tokens[i].kind == .word {
            let key = doc.keys[i]
            if lexicon.words[key]?.grammar.contains(.copula) == true || Self.doing.contains(key) { return true }
        }
        return false
    }

    static let doing: KeySet = KeySet(["did", "does", "do", "done", "doing"].map { WordKey.of($0) })

    /// A third-person possessive ("his", "their", "Trump's") among the two words before `k`.
    private func heldByOther(_ k: Int, _ range: Range<Int>) -> Bool {
        var i = k - 1
        while i >= max(range.lowerBound, k - 2) {
            let t = doc.tokens[i]
            guard t.kind == .word else { return false }
            if doc.isPossessive(i) { return true }
            if lexicon.words[doc.keys[i]]?.grammar.contains(.holder) == true { return true }
            i -= 1
        }
        return false
    }

    private func isWord(_ k: Int, _ key: UInt64) -> Bool { SmallWords.key(doc, k) == key }

    /// "than" right before the name at `k`, or before up to two capitalised words or "fellow"
    /// ("than fellow Republican Scott Walker").
    private func compared(_ k: Int, from start: Int) -> Bool {
        var j = k - 1
        while j >= start, k - j <= 3 {
            if isWord(j, SmallWords.than) { return true }
            guard doc.tokens[j].kind == .word, isWord(j, Self.fellow) || CharClass.isUpper(doc.text.scalars[doc.tokens[j].span.start]) else { return false }
            j -= 1
        }
        return false
    }

    static let fellow = WordKey.of("fellow")


    /// "not", "never", "n't" among the three words before `k`, in its clause.
    private func negated(before k: Int, lowest: Int, clause: Int, clauses: [Int], start: Int) -> Bool {
        var i = k - 1, words = 0
        // Three words back; quotation marks, articles and "to" between them do not count (“not
        // ready” to support, "unlikely to have a good relationship").
        while i >= lowest, words < 3, clauses[i - start] == clause {
            let t = doc.tokens[i]
            let key = doc.keys[i]
            i -= 1
            guard t.kind == .word else { continue }
            if key != SmallWords.to && key != SmallWords.the && key != SmallWords.a { words += 1 }
            // "not only a racist, but a danger": no negation.
            if lexicon.words[key]?.negates == true { return !(i + 2 < doc.tokens.count && doc.keys[i + 2] == Self.only) }
        }
        return false
    }

    static let only = WordKey.of("only")
}
