/// "Ann Lowe and Carl Brandt both denounced …", "Lowe, Brandt and Ellison have all urged …": the
/// attribution takes the quantifier right before the cue for the source and finds no speaker
/// in it, so the names it sums up said nothing. The statement stage reads the names before the
/// quantifier as the speakers.
extension NameCoordination {
    /// The actors of the names joined by "and" (and commas) that end right before the
    /// quantifier at `q` ("both", "all", "each"), past an auxiliary and a comma ("…, have both
    /// urged"); a name may carry its place ("Carl Brandt of Akron"). In the text's order; nil
    /// when no "and" joins two names there, or a name repeats.
    func namesSummed(by q: Int, lower: Int, mentions: [(span: Span, actor: String)]) -> [String]? {
        guard q < doc.tokens.count, doc.tokens[q].kind == .word, Self.quantifiers.contains(doc.keys[q]) else { return nil }
        var j = q - 1
        if j >= lower, doc.tokens[j].kind == .word, Self.auxiliaries.contains(doc.keys[j]) { j -= 1 }
        if j >= lower, doc.isComma(j) { j -= 1 }
        var actors: [String] = []
        var sawAnd = false, afterComma = false, first = q
        let text = doc.text.scalars
        while j >= lower, actors.count < 6 {
            // "Ruth Ellison of Dayton": a place no actor is, after the name.
            if mention(endingAt: j, mentions) == nil, let p = placeStart(endingAt: j, lower: lower) { j = p - 2 }
            guard var mi = mention(endingAt: j, mentions) else {
                if afterComma { break }
                return nil
            }
            // "Carl Brandt of Akron": the place after the name.
            if let start = firstToken(of: mentions[mi].span), start - 1 > lower, Self.placing.contains(SmallWords.key(doc, start - 1)),
               let before = mention(endingAt: start - 2, mentions) {
                mi = before
            }
            guard let start = firstToken(of: mentions[mi].span) else { return nil }
            // An earlier name of a list after a comma is capitalised and placed by no preposition:
            // "his rivals, Lowe and Brandt" and "In Ohio, Lowe and Brandt" open the list before.
            if afterComma, !CharClass.isUpper(text[doc.tokens[start].span.start])
                || (start - 1 >= lower && word(start - 1).map { $0.grammar.contains(.prep) } ?? false) { break }
            let actor = mentions[mi].actor
            guard !actors.contains(actor) else { return nil }
            actors.insert(actor, at: 0)
            first = start
            // Up to three title words before the name ("and Sen. Ruth Ellison").
            var k = start - 1, titles = 0
            while k >= lower, titles < 4, SmallWords.key(doc, k) != SmallWords.and {
                let t = doc.tokens[k]
                let title = t.kind == .word ? CharClass.isUpper(text[t.span.start]) || Self.titles.contains(doc.keys[k])
                    : t.kind == .punctuation && text[t.span.start] == "." && k - 1 >= lower && doc.tokens[k - 1].kind == .word
                guard title else { break }
                k -= 1; titles += 1
            }
            guard k >= lower, isLink(k) else { break }
            if SmallWords.key(doc, k) == SmallWords.and {
                if sawAnd { break }
                sawAnd = true
                afterComma = false
                k -= 1
                if k >= lower, doc.isComma(k) { k -= 1 }
            } else {
                guard sawAnd else { break }
                afterComma = true
                k -= 1
            }
            j = k
        }
        // The names open their clause: not the objects of a verb or a preposition ("cheered for
        // Lowe and Brandt, all …", "strategists for Lowe and Brandt all agree").
        guard sawAnd, actors.count >= 2, opening(first, from: lower) != nil else { return nil }
        return actors
    }

    /// The first capitalised word of a place after "of", "from" or "in" that ends at `k` (at
    /// most three words), nil when there is none.
    private func placeStart(endingAt k: Int, lower: Int) -> Int? {
        var p = k
        while p > lower, k - p < 3, doc.tokens[p].kind == .word, CharClass.isUpper(doc.text.scalars[doc.tokens[p].span.start]) {
            if Self.placing.contains(SmallWords.key(doc, p - 1)) { return p }
            p -= 1
        }
        return nil
    }

    /// The index of the mention whose last token is `k`, nil when none ends there.
    private func mention(endingAt k: Int, _ mentions: [(span: Span, actor: String)]) -> Int? {
        guard k >= 0, k < doc.tokens.count else { return nil }
        let end = doc.tokens[k].span.end
        let lo = MentionSearch.firstStarting(atOrAfter: end, mentions)
        // The last mention starting before the token's end; a few back for nested ones.
        var i = lo - 1
        while i >= 0, i >= lo - 3 {
            if mentions[i].span.end == end { return i }
            i -= 1
        }
        return nil
    }

    static let quantifiers: KeySet = KeySet(["both", "all", "each"].map { WordKey.of($0) })
    static let auxiliaries: KeySet = KeySet(["have", "has", "had", "were", "are", "will", "would"].map { WordKey.of($0) })
}
