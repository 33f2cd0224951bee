/// A post named by a compound before its holder's name: "Clinton press secretary Brian
/// Fallon", "Clinton campaign communications director Jennifer Palmieri". Between the owner's
/// name and the noun of the post (`relation_nouns.txt`) may stand the owner's body ("campaign")
/// and one plain noun that qualifies the post; reporters name most staff this way.
extension RelationNouns {
    /// A lower-case word of no grammar class, no relation noun and no adverb ("press",
    /// "communications"): a noun that qualifies the post after it. A word that may be a verb
    /// is one only in a bare form ("press", not "said", "says", "becoming": "He said allies
    /// were rattled" names no one's allies).
    func plainNoun(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word, t.span.length > 2, CharClass.isLower(doc.text.scalars[t.span.start]),
              nouns[doc.keys[k]] == nil else { return false }
        let s = doc.text.scalars, last = s[t.span.end - 1], before = s[t.span.end - 2]
        if before == "l" && last == "y" { return false }
        guard let w = word(k) else { return true }
        guard w.grammar.isEmpty else { return false }
        if w.cue >= 0 || w.op != 0 {
            return last != "d" && !(last == "s" && before != "s") && !(last == "g" && before == "n")
        }
        return true
    }
}
