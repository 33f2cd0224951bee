/// The content of a verb of taking a position (endorsed, praised, opposed) read straight after
/// it: its object noun phrase. What follows the object — when, where, on what occasion, in what
/// manner (`endorsed Cruz in early June`, `praised Obama's plan at a news conference`,
/// `mocked Trump on Twitter`, `backed her by a 40-point margin`) — is the narrator's framing,
/// not what the holder took a position on.
extension AttributionContext {
    /// The object phrase from token `k`, or the clause reading when there is nothing to cut:
    /// once the object takes a complement (`Kasich for voting …`, `Americans to join him`,
    /// `it as a betrayal`) or a restrictive relative clause (`the scolds who shape …`).
    func objectPhrase(from k: Int, upper b: Int, claimed: [Int32], cueForm: VerbForm?) -> Content? {
        // The clause reading, when there is nothing to cut.
        func whole() -> Content? { clause(from: k, upper: b, claimed: claimed, cueForm: cueForm) }
        var e = k
        var named = false   // the object so far ends in a name or a pronoun
        guard k < b, isWord(k) || tokens[k].kind == .number, !has(k, .clause), !has(k, .cueVerb) || isCapitalized(k) else { return whole() }
        while e < b {
            if isComma(e) || isDash(e) || isPunct(e, ";") || isPunct(e, ":") || isSentenceEnd(e) || opens[e] >= 0 { break }
            if e > k {
                // supports the idea would …: the phrase is the subject of a clause, read as before.
                if startsPredicate(e) || takesComplement(e) { return whole() }
                if endsObject(at: e, named: named, upper: b) { break }
            }
            named = isCapitalized(e) || has(e, .pronoun) || isObjectPronoun(e)
            e += 1
        }
        // Nothing to trim: the clause reading stands (it also handles quotations and commas).
        if e >= b || !(isWord(e) || tokens[e].kind == .number) { return whole() }
        // expressed frustration in an interview that …, issued a statement Wednesday saying "…":
        // a noun whose own clause or quotation comes later; and a title-case headline.
        var m = e
        while m < b, !isPunct(m, ";"), !isSentenceEnd(m) {
            if isWord(m, CueWords.that) || opens[m] >= 0 || (has(m, .cueVerb) && info[m].form == .gerund) { return whole() }
            m += 1
        }
        if isTitleCase(sentenceOf: k) { return whole() }
        // optimism over the weekend: the preposition and determiner of a cut time phrase go with it.
        while e > k + 1, has(e - 1, .prep) || (has(e - 1, .det) && !has(e - 1, .pronoun)) { e -= 1 }
        // A lone word (endorsed Cruz last week) is too little for the candidate model to weigh:
        // it keeps the clause reading.
        guard wordCount(k..<e) >= Self.minIndirectWords else { return whole() }
        return content(k..<e) ?? whole()
    }

    /// A verb of the phrase's own (an auxiliary, a negation, a past or -s cue verb not written
    /// as a name and not a noun after a possessive): the phrase was a clause's subject.
    func startsPredicate(_ e: Int) -> Bool {
        if has(e, .aux) || has(e, .neg) { return true }
        guard has(e, .cueVerb), !isCapitalized(e), !isPossessive(e - 1), !has(e - 1, .det) else { return false }
        return info[e].form == .past || (info[e].form == .third && (isCapitalized(e - 1) || has(e - 1, .pronoun)))
    }

    /// Words after an object that open its complement: for, of, against, to, as, and the
    /// relative who / which / that.
    func takesComplement(_ e: Int) -> Bool {
        isWord(e, CueWords.of) || isWord(e, CueWords.for) || isWord(e, CueWords.against) || has(e, .to)
            || isWord(e, CueWords.as) || isWord(e, CueWords.who) || isWord(e, CueWords.which) || isWord(e, CueWords.that)
            || isWord(e, CueWords.whose) || isWord(e, CueWords.whom)
    }

    /// Token `e`, after some of the object, starts what is not part of it: a time (this week,
    /// last October), a clause of its own (and said, but also used), or a preposition of
    /// circumstance (after a name most of them: in June, on Twitter, by 40 points; after a
    /// common noun only the occasion: at a rally, during the debate).
    func endsObject(at e: Int, named: Bool, upper b: Int) -> Bool {
        // (the night's big winner: a time word owning a noun is no time phrase)
        if has(e, .time), !(has(e, .det) && e + 1 < b && !has(e + 1, .time)), !(e + 1 < b && isPossessive(e + 1)) { return true }
        if takesComplement(e) { return false }
        if isWord(e, CueWords.and) || isWord(e, CueWords.or) {
            guard e + 1 < b else { return true }
            let n = e + 1
            return has(n, .adverb) || has(n, .aux) || has(n, .neg) || has(n, .cueVerb)
                || (has(n, .pronoun) && !has(n, .det)) || isSubordinator(n) || (isParticiple(n) && !isCapitalized(n))
        }
        if has(e, .clause) { return true }
        guard has(e, .prep) else { return false }
        // After a common noun a preposition mostly completes it (the tumble in oil prices,
        // concern over …); only the occasion is cut (at a rally, during the debate).
        if !named {
            return isWord(e, CueWords.at) || isWord(e, CueWords.during) || isWord(e, CueWords.amid) || isWord(e, CueWords.despite)
                || isWord(e, CueWords.before) || isWord(e, CueWords.since)
        }
        // After a name: endorsed Cruz in June, mocked Trump on Twitter, backed her by 40 points
        // (but blasted Trump over his remarks, credited her with …, stay whole).
        return !(isWord(e, CueWords.over) || isWord(e, CueWords.with) || isWord(e, CueWords.after) || isWord(e, CueWords.about))
    }
}
