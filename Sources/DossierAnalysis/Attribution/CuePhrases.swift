/// Matching the multi-word cues of `cue_phrases.txt` at a token.
extension AttributionContext {
    /// The longest cue phrase starting at token `k` (within `upper`): its token count and role.
    func phrase(at k: Int, upper: Int) -> (length: Int, role: PhraseRole)? {
        guard k < upper, has(k, .phraseStart) else { return nil }
        var key = keys[k]
        var best: (Int, PhraseRole)? = nil
        var n = 1
        while n < lexicon.maxPhraseLength, k + n < upper, tokens[k + n].kind == .word {
            key = WordKey.combine(key, keys[k + n])
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

    /// `Pence's call for a special prosecutor`, `his criticism of the deal`: a noun cue owned by
    /// its source (a possessive just before it); the content is the noun phrase after it, up to
    /// the verb of the sentence or a comma.
    func readNounCue(_ c: Int, length: Int, sentence si: Int, range a: Int, _ b: Int, claimed: [Int32]) -> Attribution? {
        let p = c - 1
        guard p >= a else { return nil }
        var source: Range<Int>
        if isPossessive(p) || isLooseApostrophe(p), p - 1 >= a, let owner = sourceEnding(at: p - 1, lower: a),
           isCapitalized(owner.lowerBound) || has(owner.lowerBound, .det) {
            source = owner.lowerBound..<(p + 1)
        } else if has(p, .pronoun), has(p, .det) {
            source = p..<(p + 1)   // his, her, their
        } else {
            return nil
        }
        if source.lowerBound < a { source = a..<source.upperBound }
        let k = c + length
        var m = k
        while m < b {
            if isComma(m) || isDash(m) || isSentenceEnd(m) || isPunct(m, ";") || isPunct(m, ":") { break }
            if m > k, has(m, .aux) || has(m, .be) || has(m, .clause) || has(m, .that) { break }
            if m > k, has(m, .cueVerb), info[m].form == .past || info[m].form == .third { break }
            if m > k + 1, endsInEd(m), !isCapitalized(m), !has(m - 1, .det) { break }
            if opens[m] >= 0, let part = quotePart(startingAt: m) { m = part.upperBound; continue }
            m += 1
        }
        guard m > k, let content = content(k..<m), !content.quotes.contains(where: { claimed[$0] >= 0 }) else { return nil }
        return Attribution(cue: text(c..<k), source: text(source), content: content.spans, kind: content.kind,
                           quotes: content.quotes, paragraph: doc.sentences[si].paragraph, sentence: si,
                           pattern: .nounCue, route: .prepositionalPhrase, cueToken: c)
    }
}
