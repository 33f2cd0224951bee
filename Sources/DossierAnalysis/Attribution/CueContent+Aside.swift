/// A quotation reached past a short aside between the cue and it.
extension AttributionContext {
    /// `told Congress when asked about the inquiry: "…"`, `announced on her page, in capital
    /// letters, "…"`: a time clause or a second prepositional phrase may stand between a cue and
    /// the quotation it introduces; the quotation after the aside's colon or comma is still the
    /// cue's content. Returns the token opening that quotation. No cue verb of its own may come
    /// in the aside (that starts another attribution), nor a sentence end, and a quotation with
    /// an attribution of its own ("…," she said) is not taken.
    func quoteAfterAside(from k: Int, upper b: Int) -> Int? {
        var m = k
        while m < min(b, k + 16) {
            if opens[m] >= 0 || tokens[m].kind == .quoteMark || isSentenceEnd(m) || isPunct(m, ";") || isDash(m) { return nil }
            if isPunct(m, ":") || isComma(m) { break }
            // (when asked …: the question put to the speaker, not a new attribution)
            if has(m, .cueVerb), info[m].form == .past || info[m].form == .third,
               !(m == k + 1 && isSubordinator(k) && isWord(m, CueWords.asked)) { return nil }
            m += 1
        }
        guard m > k, m + 1 < b, isPunct(m, ":") || isComma(m), opens[m + 1] >= 0, !hasOwnAttribution(quoteAt: m + 1) else { return nil }
        return m + 1
    }

    /// The quotation opening at `k` is followed by an attribution of its own ("…," she said),
    /// so no cue before it takes it.
    func hasOwnAttribution(quoteAt k: Int) -> Bool {
        guard let part = quotePart(startingAt: k), part.upperBound < tokens.count else { return false }
        let e = part.upperBound, limit = min(tokens.count, e + 10)
        return startsAttributionBlock(e, upper: limit) || (isComma(e) && startsAttributionBlock(e + 1, upper: limit))
    }

    /// `Trump said, and I quote, "…"`: the writer's own aside before the quotation; the
    /// quotation is the cue's, and "I quote" reports nothing of its own.
    func quoteAfterWritersAside(comma k: Int, upper b: Int) -> Int? {
        guard k + 5 < b, isWord(k + 1, CueWords.and), isWord(k + 2, Self.firstPerson), isWord(k + 3, Self.quoteVerb),
              isComma(k + 4), opens[k + 5] >= 0 else { return nil }
        return k + 5
    }
    static let firstPerson = WordKey.of("I")
    static let quoteVerb = WordKey.of("quote")
}
