/// Resolves a quote's source span to an actor of an `ActorTable`: a mention inside it (the
/// largest, so "the press office of Haftar’s force" beats "Haftar"), else a pronoun's
/// antecedent ("he", "who", "his office"), else the actor a description fits ("the UN chief",
/// "the senator", "the newspaper"), else an actor whose name holds the span's last capitalised word.
struct SpeakerLookup {
    let table: ActorTable
    let doc: Document
    var lex: ActorLexicon { .shared }
    /// Profiles with their words, built once per actor for all the lookups of one article.
    private let cache: ProfileCache

    /// `cache`: profiles built by earlier lookups on the same article while its actors only
    /// grow (the speakers adopted one quote after another); a new one when nil.
    init(table: ActorTable, doc: Document, cache: ProfileCache? = nil) {
        self.table = table; self.doc = doc
        self.cache = cache ?? ProfileCache(count: table.actors.count)
    }

    final class ProfileCache {
        var profiles: [ActorProfile?]
        init(count: Int) { profiles = [ActorProfile?](repeating: nil, count: count) }
    }

    /// `previous`: the speaker of the quote just before (in this paragraph or the one before)
    /// and where that quote ends. "He" or "she" with no other person named outside quotes since
    /// then continues that speaker's turn ("Beck said, “…” He explained …"), whoever the
    /// sentence before names first.
    func actor(for source: Span, previous: (actor: Int, end: Int)? = nil) -> Int? {
        if let a = overlapping(source) { return a }
        let tokens = wordTokens(in: source)
        guard !tokens.isEmpty else { return nil }
        let s = doc.text.scalars
        let first = tokens[0]
        let firstKey = WordKey.folded(s, first.span.start..<first.span.end)
        if let p = lex.pronouns[firstKey] {
            if p.form == .relative { return relative(before: source.start, who: p.gender == .unknown) }
            if tokens.count == 1, p.form == .subject, let prev = previous, continues(prev, with: p, at: source.start) { return prev.actor }
            guard let a = antecedent(p, at: source.start) else { return nil }
            // "his campaign", "their spokesman": the owner's own organisation when there is one.
            if tokens.count > 1 {
                let head = doc.text[tokens[tokens.count - 1].span].lowercased()
                if let owned = table.owners.indices.first(where: { table.owners[$0] == a && table.profiles[$0].head == ResolverState.headClass(head) }) {
                    return owned
                }
            }
            return a
        }
        if let a = description(tokens, source: source) { return a }
        return byName(tokens, before: source.end)
    }

    /// The mention that heads the span: the first one in it, skipping names that only qualify
    /// ("Kremlin" in "Kremlin spokesman Dmitry Peskov", "Carter" in "Carter’s press secretary,
    /// Peter Cook"); a description that starts with such a possessive yields to a name after it.
    private func overlapping(_ source: Span) -> Int? {
        let refs = table.refs
        var lo = 0, hi = refs.count
        let from = source.start - 300
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < from { lo = mid + 1 } else { hi = mid } }
        var all: [PronounResolver.Ref] = []
        var i = lo
        while i < refs.count && refs[i].span.start < source.end {
            if refs[i].span.overlaps(source) { all.append(refs[i]) }
            i += 1
        }
        guard !all.isEmpty else { return nil }
        // "said Quiet Skies chair Maria Delgado" with the source cut to "Quiet Skies": a name
        // that only qualifies a role speaks through the person who holds it.
        if all.allSatisfy(\.modifier), let holder = roleHolder(after: source, from: i) { return holder }
        var pool = all.filter { !$0.modifier }
        if pool.isEmpty { pool = all }
        let plain = pool.filter { !possessive(after: $0.span) }
        if !plain.isEmpty { pool = plain }
        let possessiveStarts = Set(all.filter { possessive(after: $0.span) }.map(\.span.start))
        let names = pool.filter { !$0.described }
        pool.sort { a, b in
            let sa = max(a.span.start, source.start), sb = max(b.span.start, source.start)
            return sa != sb ? sa < sb : a.span.length > b.span.length
        }
        // "Carter’s press secretary, Peter Cook", "the F.B.I. director, James B. Comey": a name in
        // apposition to a description is who it is; a name nested inside it ("the press office
        // of Haftar’s force") is not.
        if let first = pool.first, first.described,
           let name = names.first(where: { $0.span.start > first.span.start && (possessiveStarts.contains(first.span.start) || $0.span.start >= first.span.end) }) {
            return Int(name.actor)
        }
        return pool.first.map { Int($0.actor) }
    }

    /// The person named right after `source` with only role words between ("chair"), from
    /// index `i` of the refs on.
    private func roleHolder(after source: Span, from i: Int) -> Int? {
        let refs = table.refs
        let s = doc.text.scalars
        var j = i
        while j < refs.count && refs[j].span.start < source.end { j += 1 }
        guard j < refs.count, !refs[j].modifier, refs[j].span.start - source.end <= 40,
              table.profiles[Int(refs[j].actor)].type == .person else { return nil }
        for k in source.end..<refs[j].span.start where !(CharClass.isLetter(s[k]) || CharClass.isSpace(s[k]) || s[k] == "-") { return nil }
        return Int(refs[j].actor)
    }

    /// ’s or a lone ’ right after the span.
    private func possessive(after span: Span) -> Bool {
        let s = doc.text.scalars
        guard span.end < s.count, CharClass.isApostrophe(s[span.end]) else { return false }
        return span.end + 1 >= s.count || s[span.end + 1] == "s" || !CharClass.isLetter(s[span.end + 1])
    }

    private func wordTokens(in span: Span) -> [Token] {
        let ts = doc.tokens
        var lo = 0, hi = ts.count
        while lo < hi { let mid = (lo + hi) / 2; if ts[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid } }
        var out: [Token] = []
        while lo < ts.count && ts[lo].span.start < span.end {
            if ts[lo].kind == .word { out.append(ts[lo]) }
            lo += 1
        }
        return out
    }

    private func sentence(of r: PronounResolver.Ref) -> Int {
        r.sentence >= 0 ? Int(r.sentence) : doc.sentenceIndex(at: r.span.start) ?? 0
    }

    private var refsWithSentences: [PronounResolver.Ref] {
        if table.refs.first.map({ $0.sentence >= 0 }) ?? true { return table.refs }
        return table.refs.map { var r = $0; r.sentence = Int32(sentence(of: $0)); return r }
    }

    private func antecedent(_ p: ActorLexicon.Pronoun, at offset: Int) -> Int? {
        let sentence = doc.sentenceIndex(at: offset) ?? 0
        let profiles = table.profiles
        return PronounResolver.antecedent(before: offset, sentence: sentence, quoted: false, refs: refsWithSentences) { a in
            let prof = profiles[a]
            switch p.gender {
            case .male, .female:
                guard prof.type == .person, ResolverState.compatible(p.gender, prof.gender) else { return 0 }
                return prof.gender == p.gender ? 2 : 1
            case .plural:
                return prof.type == .group ? 2 : prof.type == .organization || prof.type == .country ? 1 : 0
            default:
                return prof.type == .organization || prof.type == .country ? 1 : 0
            }
        }
    }

    /// The previous speaker is a person the pronoun can stand for, and no other such person is
    /// named outside quotes between that quote and the pronoun after the speaker's last mention
    /// ("Asked whether he was concerned that Donald Trump … could win, Ban demurred. “…,” he said":
    /// Ban).
    private func continues(_ prev: (actor: Int, end: Int), with p: ActorLexicon.Pronoun, at offset: Int) -> Bool {
        guard p.gender == .male || p.gender == .female, prev.end <= offset, offset - prev.end <= 600 else { return false }
        let prof = table.profiles[prev.actor]
        guard prof.type == .person, ResolverState.compatible(p.gender, prof.gender) else { return false }
        let refs = table.refs
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < prev.end { lo = mid + 1 } else { hi = mid } }
        var interrupted = false
        while lo < refs.count, refs[lo].span.start < offset {
            let r = refs[lo]
            lo += 1
            guard !r.quoted, !r.modifier else { continue }
            // Named again as a subject, not as an owner ("Calderon’s remarks").
            if Int(r.actor) == prev.actor { if !possessive(after: r.span) { interrupted = false }; continue }
            let other = table.profiles[Int(r.actor)]
            if other.type == .person, ResolverState.compatible(p.gender, other.gender) { interrupted = true }
        }
        return !interrupted
    }

    /// "who" / "which": the nearest mention before it in its sentence that can be its
    /// antecedent (a person or group for "who"), stepping over what only locates or describes
    /// it ("Ron Paul of Texas, who", "Sen. Richard Blumenthal (D-Conn.), who", "Dianne
    /// Feinstein, the ranking Democrat on the Intelligence Committee, who").
    private func relative(before offset: Int, who: Bool) -> Int? {
        let refs = table.refs
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < offset { lo = mid + 1 } else { hi = mid } }
        let sentence = doc.sentenceIndex(at: offset).map { doc.sentences[$0].span.start } ?? 0
        let s = doc.text.scalars
        var i = lo - 1
        while i >= 0 && lo - i <= 12 {
            let r = refs[i]
            i -= 1
            guard r.span.end <= offset, r.span.start >= sentence, offset - r.span.end <= 80 else { if r.span.start < sentence { break }; continue }
            if r.modifier { continue }
            let type = table.profiles[Int(r.actor)].type
            if who && !(type == .person || type == .group || type == .other) { continue }
            // "of Texas", "on the Intelligence Committee": a name after a preposition qualifies another.
            var k = r.span.start - 1
            while k > sentence && CharClass.isSpace(s[k]) { k -= 1 }
            var word = ""
            while k >= sentence && CharClass.isLetter(s[k]) { word.unicodeScalars.insert(s[k], at: word.unicodeScalars.startIndex); k -= 1 }
            if ["of", "on", "from", "in", "at", "for", "the"].contains(word.lowercased()) && offset - r.span.end > 3 { continue }
            return Int(r.actor)
        }
        return nil
    }

    /// The actor nearest before the span that the description fits.
    private func description(_ tokens: [Token], source: Span) -> Int? {
        let s = doc.text.scalars
        var head: String?
        for t in tokens {
            let k = WordKey.folded(s, t.span.start..<t.span.end)
            let c = lex.wordClass(k)
            if c.contains(.prep) && head != nil { break }
            if c.contains(.personNoun) || c.contains(.groupNoun) || c.contains(.orgNoun) || c.contains(.title) || c.contains(.courtesy) {
                head = doc.text[t.span].lowercased()
            }
        }
        guard let h = head else { return nil }
        let matcher = DescriptionMatcher(lex: lex)
        let numberWord = tokens.lazy.compactMap { PhraseReader.numbers[WordKey.folded(s, $0.span.start..<$0.span.end)] }.first
        let q = matcher.query(text: doc.text[source], head: h, count: numberWord)
        return nearest(before: source.start) { matcher.matches(q, profile($0)) }
    }

    /// A capitalised word of the span in an actor's names ("Clinton" in "Mrs. Clinton").
    private func byName(_ tokens: [Token], before offset: Int) -> Int? {
        guard let last = tokens.last(where: { t in
            CharClass.isUpper(doc.text.scalars[t.span.start])
                && !lex.wordClass(WordKey.folded(doc.text.scalars, t.span.start..<t.span.end)).contains(.stop)
        }) else { return nil }
        let word = WordKey.folded(doc.text.scalars, last.span.start..<last.span.end)
        return nearest(before: offset) { table.profiles[$0].type != .place && profile($0).words.contains(word) }
    }

    /// The actor's profile with the words of its roles, names and affiliation.
    private func profile(_ a: Int) -> ActorProfile {
        if a >= cache.profiles.count { cache.profiles += [ActorProfile?](repeating: nil, count: a + 1 - cache.profiles.count) }
        if let p = cache.profiles[a] { return p }
        var p = table.profiles[a]
        let lex = self.lex
        // (The actor's fields read in place, not a copy of the whole actor.)
        for r in table.actors[a].roles { p.add(role: r, lexicon: lex) }
        p.add(name: table.actors[a].name, lexicon: lex)
        for n in table.actors[a].aliases { p.add(name: n, lexicon: lex) }
        if let af = table.actors[a].affiliation { p.add(name: af, lexicon: lex) }
        cache.profiles[a] = p
        return p
    }

    private func nearest(before offset: Int, where fits: (Int) -> Bool) -> Int? {
        let refs = table.refs
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < offset { lo = mid + 1 } else { hi = mid } }
        var i = lo - 1
        // Each actor is tried once, nearest first; a flag per actor (no hashing), and the walk
        // stops once every actor has been tried.
        var checked = [Bool](repeating: false, count: table.actors.count)
        var left = checked.count
        while i >= 0 && lo - i <= 400 && left > 0 {
            let a = Int(refs[i].actor)
            if a < checked.count, !checked[a] {
                checked[a] = true
                left -= 1
                if fits(a) { return a }
            }
            i -= 1
        }
        return nil
    }
}
