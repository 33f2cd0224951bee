/// Where a cue's content is: a quotation or clause after the cue, or the clause before it.
extension AttributionContext {
    /// The content after a cue: a quotation (after an optional colon or comma), or a clause
    /// (after "that", "whether", "to", an addressee, or straight after the verb).
    func rightContent(from r: Int, frames: CueFrames, upper b: Int, claimed: [Int32], cueForm: VerbForm? = nil) -> Content? {
        var k = r
        guard k < b else { return nil }
        // (A subject pronoun is never the addressee: went on to say he's …)
        if frames.contains(.obj), !isWord(k, CueWords.that), opens[k] < 0, !has(k, .to), !isPunct(k, ":"),
           !(has(k, .pronoun) && !has(k, .det) && !isObjectPronoun(k) && !isWord(k, CueWords.you) && !isWord(k, CueWords.it)) {
            var m = k
            // told a packed crowd in Windham, New Hampshire, on Monday that …
            // (A capitalised cue word is a name's: told The Post and Courier that …)
            while m < min(b, k + 20), tokens[m].kind != .quoteMark, !isWord(m, CueWords.that),
                  !has(m, .cueVerb) || isCapitalized(m) { m += 1 }
            if m < b, isWord(m, CueWords.that) {
                k = m
            } else if let object = sourceStarting(at: k, upper: b) {
                var m = skipRightFillers(from: object.upperBound, upper: b)
                m += afterPhraseLength(at: m, upper: b)
                // An addressee is followed by the content; a phrase running to the end is the content,
                // except after told, informed …, which take no other object (told the New Yorker.).
                if m < b, !isSentenceEnd(m) { k = m } else if !frames.contains(.np) { return nil }
            }
        }
        // wrote to his followers, "…": "to" before a noun phrase is an addressee, not an infinitive.
        let toAddressee = has(k, .to) && k + 1 < b && (has(k + 1, .det) || isCapitalized(k + 1) || tokens[k + 1].kind == .number)
        if has(k, .prep) || toAddressee, !has(k, .to) || toAddressee, opens[k] < 0 {
            // said on CNN that …, told reporters at a rally in Ohio: "…"
            var m = k
            while m < min(b, k + 14) {
                if isWord(m, CueWords.that) || isComma(m) || isPunct(m, ":") || isSentenceEnd(m) { break }
                if has(m, .cueVerb), info[m].form == .past || info[m].form == .third { return nil }
                if opens[m] >= 0, let part = quotePart(startingAt: m) { m = part.upperBound; continue }
                m += 1
            }
            let unresolved = !(m < b && (isWord(m, CueWords.that) || isComma(m) || isPunct(m, ":")))
            if m >= b || isSentenceEnd(m) || unresolved {
                // warned of …, argued against …: a topic; said in an interview with …: no content.
                if frames.contains(.np) { return routed(clause(from: k, upper: b, claimed: claimed, cueForm: cueForm), .prepositionalPhrase) }
                guard isWord(k, CueWords.of) || isWord(k, CueWords.about) || isWord(k, CueWords.against) || isWord(k, CueWords.for) else { return nil }
                return routed(clause(from: k + 1, upper: b, claimed: claimed, cueForm: cueForm), .weakBare)
            }
            if isWord(m, CueWords.that) { return routed(clause(from: m + 1, upper: b, claimed: claimed, cueForm: cueForm), .that) }
            if isComma(m) || isPunct(m, ":") { k = m }
        }
        if isSentenceEnd(k), !frames.isDisjoint(with: [.speech, .cognition]), k + 1 < tokens.count, opens[k + 1] >= 0,
           quotes[Int(opens[k + 1])].paragraph == doc.paragraphIndex(at: tokens[k].span.start) {
            // He agreed. "…" — unless the quote has its own attribution ("…," he says).
            if hasOwnAttribution(quoteAt: k + 1) { return nil }
            return routed(quoteContent(at: k + 1, upper: b, claimed: claimed), .nextSentenceQuote)
        }
        if isPunct(k, ":") || isComma(k) {
            if k + 1 < b || (k + 1 < tokens.count && opens[k + 1] >= 0) {
                if opens[k + 1] >= 0 { return routed(quoteContent(at: k + 1, upper: b, claimed: claimed), .quote) }
                if isPunct(k, ":") { return routed(clause(from: k + 1, upper: b, claimed: claimed, cueForm: cueForm), .colon) }
                if isWord(k + 1, CueWords.that) { return routed(clause(from: k + 2, upper: b, claimed: claimed, cueForm: cueForm), .that) }
                if k == r, isComma(k), let m = commaAside(after: k, upper: b) {
                    return routed(clause(from: m + 2, upper: b, claimed: claimed, cueForm: cueForm), .that)
                }
                if isComma(k), let q = quoteAfterWritersAside(comma: k, upper: b) {
                    return routed(quoteContent(at: q, upper: b, claimed: claimed), .quote)
                }
                // (… joked, again using a Southern accent, “…”: a participle phrase the same way.)
                // (Not ", adding: “…”": a participle cue takes its own quotation.)
                if isComma(k), (has(k + 1, .prep) && !has(k + 1, .to)) || (isParticiple(k + 1) && !has(k + 1, .cueVerb))
                    || (has(k + 1, .adverb) && k + 2 < b && isParticiple(k + 2) && !has(k + 2, .cueVerb)),
                   let q = quoteAfterAside(from: k + 1, upper: b) {
                    return routed(quoteContent(at: q, upper: b, claimed: claimed), .quote)
                }
            }
            return nil
        }
        if opens[k] >= 0 { return routed(quoteContent(at: k, upper: b, claimed: claimed), .quote) }
        if isSubordinator(k), !isWord(k, CueWords.if) {   // tweeted when …: a time, not the content
            guard let q = quoteAfterAside(from: k, upper: b) else { return nil }
            return routed(quoteContent(at: q, upper: b, claimed: claimed), .quote)
        }
        if isWord(k, CueWords.that) { return routed(clause(from: k + 1, upper: b, claimed: claimed, cueForm: cueForm), k == r ? .that : .addresseeThat) }
        if has(k, .comp) { return routed(clause(from: k, upper: b, claimed: claimed, cueForm: cueForm), .question) }
        if has(k, .to) { return frames.contains(.to) ? routed(clause(from: k, upper: b, claimed: claimed, cueForm: cueForm), .infinitive) : nil }
        guard tokens[k].kind == .word || tokens[k].kind == .number || first(k) == "$" else { return nil }
        // endorsed Cruz in early June: a verb of taking a position is directed at its object.
        if frames.contains(.stance), k == r {
            return routed(objectPhrase(from: k, upper: b, claimed: claimed, cueForm: cueForm), frames.contains(.weak) ? .weakBare : .bare)
        }
        // A weak cue (think, know, a nouny form) straight before a clause is left to the model.
        if frames.contains(.weak) { return routed(clause(from: k, upper: b, claimed: claimed, cueForm: cueForm), .weakBare) }
        return routed(clause(from: k, upper: b, claimed: claimed, cueForm: cueForm), k == r ? .bare : .addressee)
    }

    /// A quotation opening at `k` after a cue; when words of the same clause follow it, the whole
    /// clause is the (mixed) content.
    func quoteContent(at k: Int, upper b: Int, claimed: [Int32]) -> Content? {
        let q = Int(opens[k])
        guard claimed[q] < 0 else { return nil }
        // Obama said "it gets me mad" every time he thinks …: words of the same clause after the
        // quote make the whole clause the (mixed) content.
        if let part = quotePart(startingAt: k), part.upperBound < b, tokens[part.upperBound].kind == .word,
           !isClauseSeparator(part.upperBound), !startsAttributionBlock(part.upperBound, upper: b),
           let c = clause(from: k, upper: b, claimed: claimed), c.spans.count == 1 {
            return c
        }
        return content(quote: q)
    }

    /// A clause from `k` to the end of the sentence, stopping before a later attribution block
    /// (`, he said`, `, according to`, `, saying`).
    func clause(from k: Int, upper b: Int, claimed: [Int32], cueForm: VerbForm? = nil) -> Content? {
        var k = k
        // that, given the divide, instituting … : a phrase set off by commas opens the clause.
        var frontedOpen = k < b && isComma(k)
        if frontedOpen { k += 1 }
        guard k < b else { return nil }
        // that during his visit this week, Erdogan reiterated …: the comma after a fronted phrase
        // or subordinate clause does not end the content.
        frontedOpen = frontedOpen || (has(k, .prep) && !has(k, .to)) || isSubordinator(k) || isParticiple(k)
            || isWord(k, CueWords.given)
        var e = k
        while e < b {
            if isPunct(e, ";") { break }
            if frontedOpen, isComma(e), e > k + 1 {
                frontedOpen = false
                if e + 1 < b, tokens[e + 1].kind == .word, !startsTrailingPhrase(e + 1, dash: false, after: e - k),
                   !startsAttributionBlock(e + 1, upper: b) {
                    e += 1; continue
                }
            }
            // A quote held by a cue outside this clause ends it (one inside is a nested attribution).
            if opens[e] >= 0, claimed[Int(opens[e])] >= 0, !(k..<e).contains(Int(claimed[Int(opens[e])])) { break }
            if e > k, isClauseSeparator(e), startsAttributionBlock(e + 1, upper: b) || secondPredicate(e + 1, cueForm: cueForm, upper: b),
               !continuesContent(after: e, cueForm: cueForm, upper: b) { break }
            if closes[e] >= 0, e > k, isComma(e - 1), startsAttributionBlock(e + 1, upper: b) { e += 1; break }
            // said he would do it when asked whether …: the question put to the speaker is read on its own.
            if e > k, isSubordinator(e), e + 1 < b, isWord(e + 1, CueWords.asked) {
                while e > k + 1, isComma(e - 1) || isWord(e - 1, CueWords.and) || isWord(e - 1, CueWords.but) { e -= 1 }
                break
            }
            if e > k, isComma(e) || isDash(e), e + 1 < b, startsTrailingPhrase(e + 1, dash: isDash(e), after: e - k),
               !isParenthetical(after: e, upper: b) { break }
            // … out of business," while trying to …: the same after a comma inside the closing quote.
            if closes[e] >= 0, e > k + 1, isComma(e - 1), e + 1 < b,
               startsTrailingPhrase(e + 1, dash: false, after: e - k, afterQuote: true) {
                e += 1; break
            }
            // called the merger "a terrible deal" and ranked …: a second predicate after the quote.
            if e > k + 1, closes[e - 1] >= 0, isWord(e, CueWords.and), e + 1 < b, !isCapitalized(e + 1),
               endsInEd(e + 1) || (has(e + 1, .cueVerb) && info[e + 1].form == .past) { break }
            // called him a "nice guy" and he …: a new subject after the quote starts another clause.
            if e > k + 1, closes[e - 1] >= 0, isWord(e, CueWords.and) || isWord(e, CueWords.but), e + 1 < b,
               has(e + 1, .pronoun), !isObjectPronoun(e + 1) { break }
            e += 1
        }
        guard let c = content(k..<e), !c.quotes.contains(where: { claimed[$0] >= 0 && !(k..<e).contains(Int(claimed[$0])) })
        else { return nil }
        if c.kind == .indirect, wordCount(k..<e) < Self.minIndirectWords { return nil }
        return c
    }

    /// Token `k` starts `he said`, `said the mayor`, `according to`, `adding`, `but did not say`:
    /// an attribution block that ends the clause before it.
    func startsAttributionBlock(_ k: Int, upper b: Int) -> Bool {
        guard k < b else { return false }
        if has(k, .cueVerb) && (info[k].form == .gerund || info[k].form == .past || info[k].form == .third)
            && !(info[k].frames.contains(.noun) && info[k].form == .third) { return true }
        // according to …, or a participle phrase cue taking the speaker's subject (referring to …)
        if let p = phrase(at: k, upper: b), p.role == .source || (p.role == .cue && phraseForm(k) == .gerund) { return true }
        var m = k
        if isClauseSeparator(m) { m += 1 }
        var auxiliary = false
        while m < min(b, k + 9) {
            if m > k, has(m, .cueVerb), !(info[m].frames.contains(.noun) && (info[m].form == .third || info[m].form == .base)) {
                let f = info[m].form
                let plural = has(m - 1, .pronoun) || s[tokens[m - 1].span.end - 1] == "s"
                if f == .past || f == .third || f == .gerund || (f == .base && (auxiliary || plural)) { return true }
            }
            if has(m, .aux) || has(m, .neg) || (has(m, .adverb) && !has(m, .pronoun)) {
                auxiliary = auxiliary || has(m, .aux)
                m += 1; continue
            }
            guard !auxiliary, isPhraseWord(m) || isPossessive(m) || isLooseApostrophe(m) else { return false }
            m += 1
        }
        return false
    }

    /// Reported content shorter than this many words is a time or place phrase, not speech.
    static let minIndirectWords = 2

    func wordCount(_ r: Range<Int>) -> Int {
        var n = 0
        for k in r where tokens[k].kind == .word || tokens[k].kind == .number { n += 1 }
        return n
    }

    /// `"…," he said, "…"`: a quotation resuming right after the attribution is the same quote.
    func appendSplitContinuation(after k: Int, upper b: Int, claimed: [Int32], into content: inout Content) {
        var m = skipRightFillers(from: k, upper: b)
        m += afterPhraseLength(at: m, upper: b)
        // "…," he said of the people whose rights were restored, "but …" / … said in an interview
        // Sunday in Santa Monica, Calif. "The reality …": the attribution may run on a while.
        var n = m
        while n < min(tokens.count, m + 20), opens[n] < 0, tokens[n].kind != .quoteMark {
            if has(n, .cueVerb), info[n].form == .past || info[n].form == .third { return }
            if isSentenceEnd(n), n + 1 < tokens.count, opens[n + 1] < 0 { return }
            n += 1
        }
        guard n < tokens.count, n > 0, opens[n] >= 0, n == m + 1 || isComma(n - 1) || isPunct(n - 1, ":") || isDash(n - 1)
                || isSentenceEnd(n - 1) || s[tokens[n - 1].span.end - 1] == "." else { return }
        if n == m + 1 { guard isComma(m) || isPunct(m, ":") || isDash(m) else { return } }
        // A quote with an attribution of its own ("…," she said) is not the continuation.
        if n > m + 1, hasOwnAttribution(quoteAt: n) { return }
        let q = Int(opens[n])
        guard claimed[q] < 0, !content.quotes.contains(q), quotes[q].paragraph == quotes[content.quotes[0]].paragraph else { return }
        content.spans.append(contentsOf: quotes[q].content)
        content.quotes.append(q)
    }

    /// After a comma ending reported content: a relative or adverbial clause, or a comment on it
    /// (`…, who also held a rally`, `…, as was the case`, `… — a controversial proposal`).
    func startsTrailingPhrase(_ k: Int, dash: Bool, after length: Int, afterQuote: Bool = false) -> Bool {
        if dash { return isWord(k, CueWords.a) || isWord(k, CueWords.an) || isWord(k, CueWords.and) || isWord(k, CueWords.but) }
        // …, but there is growing anger: a new clause; …, but never compromise: the same one.
        if isWord(k, CueWords.but) {
            return k + 1 < tokens.count && (has(k + 1, .pronoun) || has(k + 1, .det) || isCapitalized(k + 1)
                                            || isWord(k + 1, CueWords.there))
        }
        // called Cruz the "ultimate hypocrite," linking to …: a participle phrase after a quote
        // (after a plain comma, "including …" and the like still belong to the clause).
        if afterQuote, length > 3, isParticiple(k), !has(k, .cueVerb) || info[k].form == .gerund { return true }
        return isWord(k, CueWords.who) || isWord(k, CueWords.which) || isWord(k, CueWords.whose) || isWord(k, CueWords.when) || isWord(k, CueWords.where)
            || isWord(k, CueWords.while) || isWord(k, CueWords.as) || isWord(k, CueWords.even) || isWord(k, CueWords.with)
            || isWord(k, CueWords.despite) || isWord(k, CueWords.though) || isWord(k, CueWords.although) || (isWord(k, Self.however) && !(k + 1 < tokens.count && isComma(k + 1)))
    }
    /// (…, however this time the number has dropped: the narrator's contrast; "…, however, on the
    /// debate" is an aside inside the clause.)
    static let however = WordKey.of("however")

    /// `that the governor, who must decide, has said nothing`: a relative or adverbial phrase
    /// closed by a comma, after which the clause goes on.
    func isParenthetical(after comma: Int, upper b: Int) -> Bool {
        var m = comma + 1
        while m < min(b, comma + 16), !isComma(m), !isDash(m), !isPunct(m, ";") { m += 1 }
        guard m + 1 < b, isComma(m) || isDash(m) else { return false }
        let next = m + 1
        return tokens[next].kind == .word && !isCapitalized(next) && !has(next, .clause) && !has(next, .det)
            && !has(next, .pronoun) && !has(next, .prep) && !startsAttributionBlock(next, upper: b)
    }

    /// Words opening a subordinate clause (When he arrived, …).
    func isSubordinator(_ k: Int) -> Bool {
        isWord(k, CueWords.when) || isWord(k, CueWords.as) || isWord(k, CueWords.after) || isWord(k, CueWords.while) || isWord(k, CueWords.if)
            || isWord(k, CueWords.because) || isWord(k, CueWords.although) || isWord(k, CueWords.though) || isWord(k, CueWords.since)
            || isWord(k, CueWords.unless) || isWord(k, CueWords.before) || isWord(k, CueWords.once)
    }

    func routed(_ c: Content?, _ route: ContentRoute) -> Content? {
        guard var c else { return nil }
        c.route = route
        return c
    }

    /// A lower-case -ing or -ed word opening a phrase (Having announced …, Speaking to …), not a
    /// noun like "thing" or "evening".
    func isParticiple(_ k: Int) -> Bool {
        let sp = tokens[k].span
        guard tokens[k].kind == .word, sp.length >= 5, !has(k, .time), !has(k, .prep) else { return false }
        let ing = s[sp.end - 1] == "g" && s[sp.end - 2] == "n" && s[sp.end - 3] == "i"
        return ing && !isWord(k, CueWords.nothing) && !isWord(k, CueWords.something) && !isWord(k, CueWords.everything) && !isWord(k, CueWords.anything)
    }

    /// `Powell has said he has reviewed them and disagrees with …`: after "and"/"but", a verb in
    /// another tense than the cue's belongs to the reported clause, not to a new attribution.
    func continuesContent(after e: Int, cueForm: VerbForm?, upper b: Int) -> Bool {
        guard let cueForm, isWord(e, CueWords.and) || isWord(e, CueWords.but) else { return false }
        var m = e + 1
        while m < b, has(m, .adverb) || has(m, .neg) { m += 1 }
        guard m < b, has(m, .cueVerb) else { return false }
        if m > e + 1, (e + 1..<m).contains(where: { has($0, .neg) }) { return true }   // … and never called a donor
        let f = info[m].form
        return (f == .third && cueForm == .past) || (f == .past && cueForm == .third)
    }

    /// `says he respects Clinton and calls her …`: an -s form the lexicon also reads as a noun
    /// (calls, plans), after a cue in the same form and before its object, is the speaker's next
    /// verb, not the content's.
    func secondPredicate(_ k: Int, cueForm: VerbForm?, upper b: Int) -> Bool {
        guard cueForm == .third, k + 1 < b, has(k, .cueVerb), info[k].form == .third, info[k].frames.contains(.noun) else { return false }
        let n = k + 1
        return isObjectPronoun(n) || isWord(n, CueWords.it) || (has(n, .det) && !has(n, .pronoun)) || (isCapitalized(n) && !isCapitalized(k)) || opens[n] >= 0
    }
}
