/// Where a cue's subject is when it is not just before the cue: after an apposition, after the
/// quotation it attributes, or inherited from the sentence (participles, coordinated verbs).
extension AttributionContext {
    /// After a cue, a name or pronoun then the end of the clause: the inverted order.
    func looksInverted(_ r: Int, _ b: Int, cue c: Int) -> Bool {
        // told, warned, urged … take an addressee after them, never an inverted subject; and only
        // verbs of saying invert (said Smith), not verbs of judgement (endorsed Cruz).
        if info[c].frames.contains(.obj), !isWord(c, CueWords.asked), !isWord(c, CueWords.asks) { return false }
        if info[c].classes.contains(.cueVerb), !info[c].frames.contains(.speech) { return false }
        guard r < b, has(r, .pronoun) || has(r, .det) || isCapitalized(r),
              let src = sourceStarting(at: r, upper: b), src.count <= 6 else { return false }
        let e = src.upperBound
        // X, who …, told POLITICO, "…": an addressee before the content, not an inverted subject.
        if e < b, isComma(e) || isPunct(e, ":"), e + 1 < tokens.count, opens[e + 1] >= 0 { return false }
        return e >= b || isComma(e) || isSentenceEnd(e) || isPunct(e, ";")
    }

    /// `X, a spokesman for Y, said`: the source before an apposition or relative clause (which
    /// may hold a quoted title: `Hemsley, the co-author of "Going Viral," said`).
    func sourceBeforeApposition(comma j: Int, lower a: Int) -> Range<Int>? {
        // X, citing "…," said: the comma is inside the closing quote at `j`.
        var m = closes[j] >= 0 ? j : j - 1
        while m > a, j - m < 24, !isComma(m) {
            if closes[m] >= 0, let part = quotePart(endingAt: m), part.lowerBound > a {
                m = part.lowerBound - 1
                continue
            }
            if tokens[m].kind == .quoteMark && !isLooseApostrophe(m) { return nil }
            m -= 1
        }
        guard m > a, isComma(m), m + 1 < j else { return nil }
        return sourceEnding(at: skipLeftFillers(from: m - 1, lower: a), lower: a)
    }

    /// `After winning Ohio, Gov. John Kasich (R-OH), said`: a stray comma after a name's party
    /// tag, the whole clause before it the subject.
    func taggedSource(beforeComma j: Int, lower a: Int) -> Range<Int>? {
        guard j - 1 > a, isPunct(j - 1, ")"), let src = sourceEnding(at: j - 1, lower: a),
              src.lowerBound == a || isComma(src.lowerBound - 1) else { return nil }
        return src
    }

    /// `Insiders in both states — Nevada and South Carolina — said`: the source before an aside
    /// set off by dashes.
    func sourceBeforeDashAside(dash j: Int, lower a: Int) -> Range<Int>? {
        var m = j - 1
        while m > a, j - m < 16, !isDash(m) {
            if tokens[m].kind == .quoteMark || has(m, .cueVerb) { return nil }
            m -= 1
        }
        guard m > a, isDash(m), m + 1 < j,
              let src = sourceEnding(at: skipLeftFillers(from: m - 1, lower: a), lower: a) else { return nil }
        // The whole subject: it opens the sentence or follows a comma (not "who think Rubio can
        // overtake Trump in New Hampshire — about 40 percent — stressed").
        return src.lowerBound == a || isComma(src.lowerBound - 1) ? src : nil
    }

    /// `"…," Harry Bond, 30, of Raleigh, N.C., who was polled, said` · `Sandra Inman, a Cruz
    /// supporter from Jackson, Miss., attending the convention, said`: the source at the head of a
    /// chain of appositions, right after a quotation or at the start of the sentence.
    func sourceAfterQuote(comma j: Int, lower a: Int) -> Range<Int>? {
        var m = j - 1
        while m >= a, j - m < 40 {
            if closes[m] >= 0 { break }
            if tokens[m].kind == .quoteMark && !isLooseApostrophe(m) { return nil }
            // (X, who wrote the bill, said: a cue verb of a relative clause in the chain is no cue.)
            if has(m, .cueVerb) && (info[m].form == .past || info[m].form == .third)
                && !(m > a && (isWord(m - 1, CueWords.who) || isWord(m - 1, CueWords.which))) { return nil }
            m -= 1
        }
        var k = m + 1
        if m >= a, closes[m] < 0 { return nil }
        if k < j, isComma(k) { k += 1 }
        // At the sentence start, the head must look like a subject, not a fronted adverbial
        // (Meanwhile, Earlier Tuesday, Speaking in Harlem, But in an interview).
        if m < a, !(isCapitalized(k) || has(k, .pronoun)) || !looksLikeSubjectStart(k) { return nil }
        guard k < j, let src = sourceStarting(at: k, upper: j), src.upperBound < j, isComma(src.upperBound) else { return nil }
        return src
    }

    /// Where a clause before a cue may start: the sentence start, or after the content of an
    /// attribution found earlier in the same sentence.
    func clauseStart(_ a: Int, _ earlier: ArraySlice<Attribution>) -> Int {
        // An attribution whose content follows its cue is nested in the clause (He promised …,
        // Frankel said); one whose content precedes its cue ends a clause of its own.
        guard let last = earlier.last(where: { $0.pattern != .contentAfter && $0.pattern != .inherited }),
              let end = last.content.last?.end, let k = doc.firstToken(atOrAfter: end), k > a else { return a }
        return k
    }

    /// The subject a participle cue (`…, saying …`) inherits: the source of the attribution
    /// before it in the sentence, or the name or pronoun that opens the sentence.
    func inheritedSource(_ earlier: ArraySlice<Attribution>, sentence a: Int, upper: Int) -> Span? {
        // (Starr said the case reminds him of a book, explaining …: not the verb inside what was said.)
        if let s = earlier.last(where: { $0.route != .weakBare && $0.source != nil && !isNested($0, in: earlier) })?.source { return s }
        // The subject of the nearest verb of saying before it (X, a senator, said …, saying …).
        var m = upper - 1
        while m > a {
            if quoteOf[m] < 0, has(m, .cueVerb), info[m].form == .past || info[m].form == .third, !isCapitalized(m), !isPossessedNoun(m) {
                let j = skipLeftFillers(from: m - 1, lower: a)
                // (In a statement released Thursday, X reacted …, saying: no subject follows a preposition.)
                if let src = sourceEnding(at: j, lower: a)
                    ?? (j >= a && isComma(j) ? sourceAfterQuote(comma: j, lower: a) ?? sourceBeforeApposition(comma: j, lower: a) : nil),
                   src.lowerBound == a || !has(src.lowerBound - 1, .prep) {
                    return text(src)
                }
            }
            m -= 1
        }
        // The clause before the participle's comma, when it opens with a subject (…, Trump went after Bush, calling him …).
        var comma = upper - 1
        while comma > a, !isComma(comma) { comma -= 1 }
        if comma > a {
            var start = comma - 1
            while start > a, !isComma(start - 1), !isDash(start - 1) { start -= 1 }   // a dateline's dash opens the clause too
            if start > a, isCapitalized(start) || has(start, .pronoun), looksLikeSubjectStart(start),
               let src = sourceStarting(at: start, upper: comma) {
                return text(src)
            }
        }
        var k = a
        // A dateline (WASHINGTON (AP) — …) and an opening phrase (At the debate, …) are skipped.
        if let dash = (a..<min(upper, a + 8)).first(where: { isDash($0) }), a == 0 || tokens[a].span.start
            == doc.paragraphs[doc.sentences[doc.sentenceIndex(at: tokens[a].span.start) ?? 0].paragraph].span.start {
            k = dash + 1
        }
        // And then Trump went …, saying: a conjunction or adverb straight before the subject.
        var subject = k
        while subject + 1 < upper, !isComma(subject + 1),
              isWord(subject, CueWords.and) || isWord(subject, CueWords.but) || has(subject, .adverb) { subject += 1 }
        if subject > k, isCapitalized(subject) || has(subject, .pronoun) || has(subject, .det), looksLikeSubjectStart(subject) { k = subject }
        // (Asked which county he liked, he demurred: a fronted participle is no subject.)
        if has(k, .prep) || has(k, .clause) || has(k, .time) || has(k, .adverb) || (has(k, .cueVerb) && info[k].form == .past) || isParticiple(k) {
            var m = k
            while m < upper, !isComma(m) { m += 1 }
            if m < upper { k = m + 1 }
        }
        while k < upper, has(k, .clause) || tokens[k].kind == .quoteMark || tokens[k].kind == .punctuation { k += 1 }
        guard k < upper, quoteOf[k] < 0, has(k, .pronoun) || isCapitalized(k) || has(k, .det),
              let src = sourceStarting(at: k, upper: upper) else { return nil }
        return text(src)
    }
}

extension AttributionContext {
    /// The cue of `f` lies inside the content of another attribution of the sentence: a verb of
    /// what someone said, not of the sentence's own subject.
    func isNested(_ f: Attribution, in earlier: ArraySlice<Attribution>) -> Bool {
        guard let cue = f.cue else { return false }
        return earlier.contains { o in o.cueToken != f.cueToken && o.content.contains { $0.start <= cue.start && cue.end <= $0.end } }
    }

    /// `,` `—` `;` `and` `but` `while`: where a clause may end before another attribution.
    func isClauseSeparator(_ k: Int) -> Bool {
        isComma(k) || isDash(k) || isPunct(k, ";") || isWord(k, CueWords.and) || isWord(k, CueWords.but) || isWord(k, CueWords.while)
            || isWord(k, CueWords.whereas) || isWord(k, CueWords.before) || isWord(k, CueWords.after)
    }

    /// `and said`, `but added`: a verb sharing the subject of the verb before it.
    func isCoordination(_ k: Int) -> Bool {
        isWord(k, CueWords.and) || isWord(k, CueWords.but) || (isComma(k) && k > 0 && (isWord(k - 1, CueWords.and) || isWord(k - 1, CueWords.but)))
    }

    /// A closing quote mark right after a comma (`the CNN “reporter,” saying`).
    func isCommaQuote(_ k: Int) -> Bool {
        k > 0 && closes[k] >= 0 && isComma(k - 1)
    }

    /// An apostrophe mark outside every quote (`Sanders’ campaign`): a possessive.
    func isLooseApostrophe(_ k: Int) -> Bool {
        tokens[k].kind == .quoteMark && quoteOf[k] < 0 && CharClass.isApostrophe(s[tokens[k].span.start])
    }

    /// Not an adverb, a time word, a preposition, a clause word, an -ly adverb or an -ing participle.
    func looksLikeSubjectStart(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, info[k].classes.isDisjoint(with: [.adverb, .time, .prep, .clause, .comp, .neg, .aux]) else {
            return false
        }
        let sp = tokens[k].span
        // Read from the scalars (ASCII letters folded by their case bit): no string is built.
        func at(_ back: Int) -> UInt32 { s[sp.end - back].value | 0x20 }
        let ly = sp.length >= 2 && at(2) == 0x6C && at(1) == 0x79                    // "-ly"
        let ing = sp.length >= 3 && at(3) == 0x69 && at(2) == 0x6E && at(1) == 0x67   // "-ing"
        return !(ly || ing)
    }
}
