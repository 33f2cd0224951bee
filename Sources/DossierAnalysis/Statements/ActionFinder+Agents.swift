/// The agent of a passive ("Trump was attacked by Clinton", "Future45, funded by Paul Singer"):
/// the actor named after "by", past the titles and names that qualify it.
extension ActionFinder {
    /// The actor named right after "by" at `by` (an article may stand between).
    func agent(after by: Int, in sentence: Range<Int>, mentions: [(span: Span, actor: String)], from i: Int) -> String? {
        var k = by + 1
        if k < sentence.upperBound, word(k)?.grammar.contains(.det) == true { k += 1 }
        guard k < sentence.upperBound else { return nil }
        let start = doc.tokens[k].span.start
        var j = i
        while j < mentions.count, mentions[j].span.start < start { j += 1 }
        return titledAgent(from: k, in: sentence, mentions: mentions, first: j)
            ?? (j < mentions.count && mentions[j].span.start == start ? mentions[j].actor : nil)
    }

    /// "endorsed by Sen. Rosa Quint", "funded by Republican strategist Karl Rove", "praised by
    /// Obama adviser David Axelrod": titles, roles and names that qualify it may stand before
    /// the agent's name; the agent is the name that ends the phrase (a comma, a preposition, a
    /// verb or the sentence's end after it), not a name that qualifies a noun after it ("by Wall
    /// Street critics").
    func titledAgent(from k: Int, in sentence: Range<Int>, mentions: [(span: Span, actor: String)], first: Int) -> String? {
        let s = doc.text.scalars
        var j = k, m = first, words = 0
        while j < sentence.upperBound, words <= 4 {
            let t = doc.tokens[j]
            while m < mentions.count, mentions[m].span.start < t.span.start { m += 1 }
            if m < mentions.count, mentions[m].span.start == t.span.start, let r = doc.tokenRange(covering: mentions[m].span) {
                if closesPhrase(r.upperBound, in: sentence) { return mentions[m].actor }
                j = r.upperBound; words += 1
                continue
            }
            if t.kind == .punctuation {
                // The full stop of an abbreviated title ("Sen.", "Gov.").
                guard s[t.span.start] == ".", j > k, doc.tokens[j - 1].kind == .word, doc.tokens[j - 1].span.end == t.span.start else { return nil }
                j += 1
                continue
            }
            guard t.kind == .word else { return nil }
            if CharClass.isLower(s[t.span.start]), let w = word(j),
               w.cue >= 0 || !w.grammar.isDisjoint(with: [.det, .prep, .function, .boundary, .copula, .gap, .holder]) { return nil }
            j += 1; words += 1
        }
        return nil
    }

    /// Whether the phrase of a name ends before token `j`: the sentence's end, a punctuation
    /// mark other than a possessive's, or a lower-case function word or verb.
    func closesPhrase(_ j: Int, in sentence: Range<Int>) -> Bool {
        guard j < sentence.upperBound else { return true }
        let t = doc.tokens[j], s = doc.text.scalars
        if t.kind == .punctuation { return s[t.span.start] != "'" && s[t.span.start] != "’" }
        guard t.kind == .word, CharClass.isLower(s[t.span.start]) else { return false }
        guard let w = word(j) else { return false }
        return w.cue >= 0 || !w.grammar.isDisjoint(with: [.prep, .function, .boundary, .copula, .gap])
    }
}
