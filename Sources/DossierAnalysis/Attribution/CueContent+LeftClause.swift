/// The clause before a cue block, and its rest after the block (`The plan, said Roe, is dead`).
extension AttributionContext {
    /// The clause before a cue block (`…, he said`), and when the sentence goes on after the
    /// block (`…, he said, …`) its rest too. A fronted phrase (`At the rally, he said …`) is not one.
    /// When the source ends the block (`…, said X, …`, `…, according to X, …`), what follows its
    /// comma is an apposition of the source (`said Jane Roe, a professor at …`) unless it opens
    /// with a verb (`The plan, said Roe, is dead`).
    func leftClause(upTo pre: Int, from start: Int, blockEnd: Int, upper b: Int, claimed: [Int32],
                    sourceLast: Bool = false) -> Content? {
        // He had a rally that night - and the permit, his campaign said, …: the clause after the dash.
        var start = start
        if start < pre, let cut = (start..<pre).last(where: { isDash($0) || isPunct($0, ";") }), cut + 1 < pre {
            start = cut + 1
            if isWord(start, CueWords.and) || isWord(start, CueWords.but), start + 1 < pre { start += 1 }
        }
        let fronted = start < pre && (has(start, .prep) || has(start, .comp) || isSubordinator(start))
            && !(start + 1..<pre).contains(where: { isComma($0) })
        if fronted {
            let k = skipRightFillers(from: blockEnd, upper: b)
            if !(k >= b || isSentenceEnd(k) || isComma(k)) { return nil }
        }
        guard start < pre, var c = content(start..<pre),
              !c.quotes.contains(where: { claimed[$0] >= 0 && !(start..<pre).contains(Int(claimed[$0])) }) else { return nil }
        var k = skipRightFillers(from: blockEnd, upper: b)
        k += afterPhraseLength(at: k, upper: b)
        // …, the under-35 generation says by an overwhelming margin, and …
        if k < b, has(k, .prep) {
            let m = wordRunEnd(from: k, limit: min(b, k + 8))
            if m < b, isComma(m) { k = m }
        }
        // …, according to Dennis Ross, a former envoy, was a decision …: the source's apposition,
        // then the predicate the first part was waiting for.
        if sourceLast, k + 1 < b, isComma(k), has(k + 1, .det) {
            let m = wordRunEnd(from: k + 1, limit: min(b, k + 12), possessives: true)
            if m + 1 < b, isComma(m), opensPredicate(m + 1) { k = m }
        }
        // CNN, Cruz said, called …: after a short subject the rest of the sentence is its predicate.
        let shortSubject = c.kind == .indirect && wordCount(start..<pre) <= 3
        // In particular, he said, the foundation had …: after a fronted phrase the main clause follows.
        let openerOnly = fronted || (shortSubject && (start..<pre).allSatisfy { has($0, .adverb) || isLyAdverb($0) || has($0, .prep)
                                                                               || isComma($0) || tokens[$0].kind != .word })
        if k + 1 < b, isComma(k), shortSubject || (!startsAttributionBlock(k + 1, upper: b) && !has(k + 1, .cueVerb)),
           !has(k + 1, .det) || openerOnly, !isWord(k + 1, CueWords.who), !isWord(k + 1, CueWords.whose), !has(k + 1, .prep),
           !sourceLast || opensPredicate(k + 1) {
            // Bound together by history, the two nations, Xi said, now have …: the subject after the
            // last comma of the first part.
            if let comma = (start..<pre).last(where: { isComma($0) }), comma + 1 < pre, closes[comma + 1] < 0, opens[comma + 1] < 0,
               quoteOf[comma] < 0, let trimmed = content((comma + 1)..<pre) {
                c = trimmed
            }
            if let rest = clause(from: k + 1, upper: b, claimed: claimed) {
                c.spans.append(contentsOf: rest.spans)
                c.quotes.append(contentsOf: rest.quotes)
                if c.kind == .indirect && rest.kind != .indirect { c.kind = .mixed }
                if c.kind == .direct && rest.kind != .direct { c.kind = .mixed }
            }
        }
        return c
    }

    /// The first token from `k` (before `limit`) that is not a word or number (or a possessive,
    /// when asked): where a short phrase after an attribution block ends.
    func wordRunEnd(from k: Int, limit: Int, possessives: Bool = false) -> Int {
        var m = k
        while m < limit, !isComma(m), tokens[m].kind == .word || tokens[m].kind == .number || (possessives && isPossessive(m)) { m += 1 }
        return m
    }

    /// A verb opening the rest of a clause after an inserted attribution (`is`, `would`, `never`,
    /// `called`), not a noun phrase in apposition to a source (`a professor`, `Facebook's director`).
    func opensPredicate(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, !isCapitalized(k) else { return false }
        if has(k, .aux) || has(k, .be) || has(k, .neg) { return true }
        if has(k, .cueVerb) { return info[k].form == .past || info[k].form == .third }
        return endsInEd(k)
    }
}
