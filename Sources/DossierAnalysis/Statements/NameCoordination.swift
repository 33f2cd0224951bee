/// Names joined by "and", or in a list closed by "and" ("Lowe, Brandt and Ellison", "Mr. Rubio
/// and Senator Ted Cruz"): one subject of several actors. Both the action stage ("Bush and Cruz
/// both floated …") and the quote stage ("O'Malley and Clinton called for …") read it, so that
/// every name of the subject takes the stance, not only the one the verb stands next to.
struct NameCoordination {
    let doc: Document
    let lexicon: StanceLexicon

    enum Opening { case clause, determiner }

    /// From the mention `mi`, followed by token `k`: the token after the last name of the
    /// coordination it opens, and the actors of the names after the first; nil when no "and"
    /// closes it, a name repeats the first one's actor, or a verb, preposition or clause word
    /// stands between a link and its name (up to three title words may: "and Vermont Sen.
    /// Bernie Sanders", "and his wife Sahar Quaider").
    func chain(from mi: Int, after k: Int, before end: Int, mentions: [(span: Span, actor: String)]) -> (end: Int, actors: [String])? {
        var k = k, j = mi + 1, sawAnd = false
        var actors: [String] = []
        while k + 1 < end, isLink(k), j < mentions.count {
            let isAnd = SmallWords.key(doc, k) == SmallWords.and
            var n = k + 1
            if !isAnd, SmallWords.key(doc, n) == SmallWords.and { n += 1 }
            sawAnd = sawAnd || isAnd || n == k + 2
            while j < mentions.count, mentions[j].span.end <= doc.tokens[k].span.start { j += 1 }
            guard j < mentions.count, mentions[j].actor != mentions[mi].actor,
                  let m = firstToken(of: mentions[j].span), m >= n, m <= n + 3, m < end else { return nil }
            for w in n..<m {
                guard doc.tokens[w].kind == .word, Self.titles.contains(doc.keys[w]) || word(w).map({ plain($0) }) ?? true else { return nil }
            }
            guard let after = tokenAfter(mentions[j].span) else { return nil }
            actors.append(mentions[j].actor)
            k = after
            j += 1
            if sawAnd { break }
        }
        return sawAnd ? (k, actors) : nil
    }

    /// The name at `start` opens a clause or a source that begins at `lower`: first, after
    /// punctuation, or after a determiner, a noun for people ("Democratic candidates Hillary
    /// Clinton and …") or titles ("Ohio Gov. John Kasich"), never after a verb or a preposition
    /// ("chastising Ohio Gov. John Kasich and the Bush family"). Nil when it does not.
    func opening(_ start: Int, from lower: Int) -> Opening? {
        // Capitalised words before the name are titles or places: what stands before them counts.
        var p = start - 1
        while p >= lower, start - p <= 4, doc.tokens[p].kind == .word || doc.tokens[p].kind == .punctuation && doc.text.scalars[doc.tokens[p].span.start] == "." {
            let t = doc.tokens[p]
            guard t.kind != .word || CharClass.isUpper(doc.text.scalars[t.span.start]) else { break }
            if t.kind == .word, let w = word(p), !plain(w) || w.grammar.contains(.det), !Self.titles.contains(doc.keys[p]) { break }
            p -= 1
        }
        guard p >= lower else { return .clause }
        let t = doc.tokens[p]
        if t.kind == .punctuation {
            let c = doc.text.scalars[t.span.start]
            return c == "," || c == ";" || c == ":" || c == "—" || c == "–" ? .clause : nil
        }
        guard t.kind == .word else { return nil }
        if Self.titles.contains(doc.keys[p]) { return .clause }
        if let w = word(p) {
            if w.grammar.contains(.det) { return .determiner }
            if !plain(w) { return nil }
        }
        if CharClass.isUpper(doc.text.scalars[t.span.start]) {
            // A first word that is no function word ("Both Cruz and Trump trailed").
            return p == lower && !ActionFinder.clauseWords.contains(doc.keys[p]) ? .clause : nil
        }
        return ActorLexicon.shared.wordClass(doc.keys[p]).isDisjoint(with: [.personNoun, .groupNoun]) ? nil : .clause
    }

    /// No verb, preposition, clause word or auxiliary.
    func plain(_ w: StanceWord) -> Bool {
        w.cue < 0 && w.grammar.isDisjoint(with: [.prep, .boundary, .gap, .function, .copula])
    }

    static let titles: KeySet = KeySet(["mr", "mrs", "ms", "dr"].map { WordKey.of($0) })

    /// "and", or a comma.
    func isLink(_ k: Int) -> Bool {
        doc.isComma(k) || SmallWords.key(doc, k) == SmallWords.and
    }

    func word(_ k: Int) -> StanceWord? {
        doc.tokens[k].kind == .word ? lexicon.words[doc.keys[k]] : nil
    }

    func firstToken(of span: Span) -> Int? {
        var lo = 0, hi = doc.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].span.start < span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < doc.tokens.count && doc.tokens[lo].span.start < span.end ? lo : nil
    }

    func tokenAfter(_ span: Span) -> Int? {
        var lo = 0, hi = doc.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].span.start < span.end { lo = mid + 1 } else { hi = mid }
        }
        return lo < doc.tokens.count ? lo : nil
    }
}
