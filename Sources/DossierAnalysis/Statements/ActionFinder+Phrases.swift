/// The phrases an act reader steps over: a copula's short predicate, an apposition, a relative clause.
extension ActionFinder {
    /// At a determiner right after a copula, the "who" closing a short noun phrase of lower-case
    /// words ("is a longtime donor who"), nil otherwise.
    func predicateWho(_ k: Int, in sentence: Range<Int>) -> Int? {
        guard k > sentence.lowerBound, word(k - 1)?.grammar.contains(.copula) == true,
              word(k)?.grammar.contains(.det) == true else { return nil }
        var j = k + 1
        while j < sentence.upperBound, j <= k + 4, doc.tokens[j].kind == .word, CharClass.isLower(doc.text.scalars[doc.tokens[j].span.start]) {
            if SmallWords.key(doc, j) == RelativeClauseStance.who { return j + 1 < sentence.upperBound ? j : nil }
            if let w = word(j), w.cue >= 0 { return nil }
            j += 1
        }
        return nil
    }

    /// The token after the comma that closes an apposition opened by the comma at `k`: up to
    /// eight tokens with no quotation mark, cue or clause word, nil when there is none. A cue
    /// word right after a determiner or a possessive is a noun, not a verb ("adviser for the
    /// campaign", "aide on Lowe's campaign"), and does not end the apposition.
    func appositionEnd(after k: Int, in sentence: Range<Int>) -> Int? {
        let s = doc.text.scalars
        guard doc.tokens[k].kind == .punctuation, s[doc.tokens[k].span.start] == "," else { return nil }
        var j = k + 1
        while j < sentence.upperBound, j <= k + 9 {
            let t = doc.tokens[j]
            if t.kind == .punctuation, s[t.span.start] == "," { return j > k + 1 && j + 1 < sentence.upperBound ? j + 1 : nil }
            if t.kind == .quoteMark { return nil }
            if let w = word(j), w.grammar.contains(.boundary) { return nil }
            if let w = word(j), w.cue >= 0,
               j == k + 1 || !(doc.isPossessive(j - 1) || word(j - 1)?.grammar.contains(.det) == true) { return nil }
            j += 1
        }
        return nil
    }

    static let both = WordKey.of("both")
    static let been = WordKey.of("been")
    static let relatives: Set<String> = ["who", "whose", "which"]

    func isComma(_ k: Int) -> Bool { doc.isComma(k) }

    /// The token after the comma closing a relative clause opened by the comma at `k`: up to
    /// sixteen tokens with no quotation mark, nil when there is none.
    func clauseEnd(after k: Int, in sentence: Range<Int>) -> Int? {
        var j = k + 2
        while j + 1 < sentence.upperBound, j <= k + 17 {
            if isComma(j) { return doc.tokens[j + 1].kind == .word ? j + 1 : nil }
            // A quotation mark, but not a plural's apostrophe ("the airlines' own plans").
            if doc.tokens[j].kind == .quoteMark, doc.tokens[j - 1].span.end != doc.tokens[j].span.start { return nil }
            j += 1
        }
        return nil
    }
}
