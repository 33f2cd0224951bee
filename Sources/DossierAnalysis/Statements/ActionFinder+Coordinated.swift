/// "Republican George H.W. Bush won 39 states and defeated Democrat Michael Dukakis": a second
/// verb joined by "and" to the subject's first shares its subject, so an action there is the
/// subject's act even when the first verb shows no position.
extension ActionFinder {
    /// After the subject's verb at `v` (an inflected form: "won", "defeated", "leads"), the
    /// action verb right after the first "and" or "but" within fifteen tokens, with no clause
    /// word, cue, quotation or semicolon on the way; nil when the conjunct opens with anything else
    /// ("and Dukakis won ten"), or the verb is a passive ("and was defeated by"). `and`: the
    /// conjunction, where the first verb's object ends.
    func coordinatedAct(after v: Int, in sentence: Range<Int>, zones: [Span]) -> (k: Int, cue: Int16, and: Int)? {
        guard v < sentence.upperBound, doc.tokens[v].kind == .word, isFiniteVerb(v) else { return nil }
        let s = doc.text.scalars
        var j = v + 1
        while j + 1 < sentence.upperBound, j <= v + 15 {
            let t = doc.tokens[j]
            if t.kind == .quoteMark { return nil }
            if t.kind == .punctuation {
                let c = s[t.span.start]
                if c == ";" || c == ":" || c == "(" || c == "—" { return nil }
                j += 1; continue
            }
            let key = doc.keys[j]
            if Self.clauseWords.contains(key) { return nil }
            // A cue word after a number or a determiner is a noun ("won 39 states and"), right
            // after the verb a particle ("bounced back in the polls and").
            if let w = word(j), w.cue >= 0 && j > v + 1 && !afterCountOrDeterminer(j) || w.grammar.contains(.boundary) { return nil }
            if key == SmallWords.and || key == Self.but {
                // "and is now leading Trump": an auxiliary and adverbs before the verb.
                var n = j + 1, auxiliary = false
                while n < sentence.upperBound, n <= j + 4, doc.tokens[n].kind == .word {
                    let key = doc.keys[n]
                    if SmallWords.beForms.contains(key) || Self.haveForms.contains(key) { auxiliary = true }
                    else if !(isAdverb(n) || Self.adverbs.contains(key)) { break }
                    n += 1
                }
                guard n < sentence.upperBound, let w = word(n), w.cue >= 0, lexicon.cues[Int(w.cue)].isAction,
                      auxiliary || isFiniteVerb(n), !inside(doc.tokens[n].span, zones) else { return nil }
                if n + 1 < sentence.upperBound, SmallWords.key(doc, n + 1) == SmallWords.by { return nil }
                return (n, w.cue, j)
            }
            j += 1
        }
        return nil
    }

    /// A lower-case word in the past ("-ed" or an irregular form) or the third person ("-s"),
    /// that no cue of speech marks ("said" opens a clause with a subject of its own).
    private func isFiniteVerb(_ k: Int) -> Bool {
        let s = doc.text.scalars, sp = doc.tokens[k].span
        guard sp.length > 2, CharClass.isLower(s[sp.start]) else { return false }
        if let w = word(k), w.cue >= 0, !lexicon.cues[Int(w.cue)].isAction { return false }
        let last = s[sp.end - 1], before = s[sp.end - 2]
        if last == "d" && before == "e" { return true }
        if last == "s" && before != "s" && before != "'" { return true }
        return LeadSubject.irregularPast.contains(doc.text[sp].lowercased())
    }

    private func afterCountOrDeterminer(_ j: Int) -> Bool {
        let prev = doc.tokens[j - 1]
        if prev.kind == .number { return true }
        return prev.kind == .word && word(j - 1)?.grammar.contains(.det) == true
    }

    static let but = WordKey.of("but")
    static let haveForms: KeySet = KeySet(["has", "have", "had"].map { WordKey.of($0) })
    /// Words that open a clause of its own: its verbs have another subject.
    static let clauseWords: KeySet = KeySet(["that", "who", "whom", "which", "whose", "where", "when", "because", "after",
                                             "before", "while", "if", "as", "since", "until", "though", "although", "or"].map { WordKey.of($0) })
    static let adverbs: KeySet = KeySet(["then", "also", "later", "soon", "still", "even", "now", "currently"].map { WordKey.of($0) })
}
