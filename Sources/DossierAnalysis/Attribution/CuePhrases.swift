/// Matching the multi-word cues of `cue_phrases.txt` at a token.
extension AttributionContext {
    /// The longest cue phrase starting at token `k` (within `upper`): its token count and role.
    func phrase(at k: Int, upper: Int) -> (length: Int, role: PhraseRole)? {
        guard k < upper, has(k, .phraseStart) else { return nil }
        var key = WordKey.of(s, tokens[k].span.start, tokens[k].span.end)
        var best: (Int, PhraseRole)? = nil
        var n = 1
        while n < lexicon.maxPhraseLength, k + n < upper, tokens[k + n].kind == .word {
            let t = tokens[k + n].span
            key = WordKey.combine(key, WordKey.of(s, t.start, t.end))
            n += 1
            if let role = lexicon.phrases[key] { best = (n, role) }
        }
        return best
    }

    /// The length of an `after` phrase (`in a statement`, `on Twitter`) at `k`, or 0.
    func afterPhraseLength(at k: Int, upper: Int) -> Int {
        if let p = phrase(at: k, upper: upper), p.role == .after { return p.length }
        return 0
    }
}
