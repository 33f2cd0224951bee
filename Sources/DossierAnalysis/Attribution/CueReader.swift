/// Reading one cue verb in its sentence: where its source is (before it, or after it when the
/// order is inverted) and where its content is (a quotation or clause before or after it).
///
/// The orders handled: `"…," X said` · `"…," said X` · `X said: "…"` · `X said (that) …` ·
/// `X told Y (that) …` · `…, X said.` · `…, X said, …` (parenthetical) · `…, saying …`
/// (a participle that inherits the subject of its sentence).
extension AttributionContext {
    /// Reads the cue at token `c` (of `length` tokens) in the sentence `a..<b`.
    func readCue(_ c: Int, length: Int, frames: CueFrames, form: VerbForm, sentence si: Int, range a: Int, _ b: Int,
                 earlier: ArraySlice<Attribution>, claimed: [Bool]) -> Attribution? {
        if c > a {
            let p = c - 1
            if has(p, .det) && !has(p, .pronoun) { return nil }            // the report, his call
            if has(p, .to) || isPossessive(p) { return nil }               // to say, Trump's call
            if has(p, .be) && form == .past { return nil }                  // was told (passive)
            if isCapitalized(c) && isCapitalized(p) { return nil }          // part of a name
        }
        if form == .third, c + 1 < b, has(c + 1, .aux) || has(c + 1, .be) { return nil }   // his remarks were
        var cueEnd = c + length
        cueEnd += afterPhraseLength(at: cueEnd, upper: b)
        var r = skipRightFillers(from: cueEnd, upper: b)
        let after = afterPhraseLength(at: r, upper: b)
        if after > 0 { cueEnd = r + after; r = skipRightFillers(from: cueEnd, upper: b) }
        let cue = text(c..<cueEnd)

        // The left side: a source phrase, or the end of a quote or clause.
        let j = skipLeftFillers(from: c - 1, lower: a)
        let participle = (form == .gerund && j == c - 1 && j >= a && (isComma(j) || isDash(j) || isCommaQuote(j)
                                                                      || isCoordination(j)))
            || (form != .gerund && j >= a && isCoordination(j))
        var leftSource: Range<Int>? = nil
        if !participle && (form != .gerund || j < c - 1) {
            leftSource = sourceEnding(at: j, lower: a)
            if leftSource == nil, j >= a, isComma(j), !looksInverted(r, b) {
                leftSource = sourceBeforeApposition(comma: j, lower: a)
            }
        }
        if form == .gerund && !participle && leftSource == nil { return nil }
        let pre = (leftSource?.lowerBound ?? (j + 1)) - 1

        // "…," X said / "…," said X
        if !participle, pre >= max(0, a - 1), tokens[pre].span.start >= doc.paragraphs[doc.sentences[si].paragraph].span.start {
            var q = closes[pre]
            if q < 0, isComma(pre), pre > 0 { q = closes[pre - 1] }
            // A quote ending the previous sentence yields to content after the cue ("…." Reid said both …).
            let previousSentence = q >= 0 && pre < a && leftSource != nil
                && rightContent(from: r, frames: frames, upper: b, claimed: claimed) != nil
            if q >= 0, !claimed[Int(q)], !previousSentence {
                let src = leftSource ?? sourceStarting(at: r, upper: b)
                guard let src else { return nil }
                var content = content(quote: Int(q))
                appendSplitContinuation(after: max(src.upperBound, cueEnd), upper: b, claimed: claimed, into: &content)
                return Attribution(cue: cue, source: text(src), content: content.spans, kind: .direct,
                                   quotes: content.quotes, paragraph: doc.sentences[si].paragraph, sentence: si)
            }
        }
        // …, said X.
        if leftSource == nil && !participle {
            guard pre >= a, isComma(pre) || isDash(pre), let src = sourceStarting(at: r, upper: b) else { return nil }
            guard let content = leftClause(upTo: pre, from: clauseStart(a, earlier), blockEnd: src.upperBound, upper: b,
                                           claimed: claimed) else { return nil }
            return Attribution(cue: cue, source: text(src), content: content.spans, kind: content.kind,
                               quotes: content.quotes, paragraph: doc.sentences[si].paragraph, sentence: si)
        }
        let source: Span?
        if participle {
            source = inheritedSource(earlier, sentence: a, upper: c)
            guard source != nil else { return nil }
        } else {
            source = leftSource.map(text)
        }
        // As X reported, …
        if let src = leftSource, src.lowerBound > a, isWord(src.lowerBound - 1, "as"), r < b, isComma(r),
           let content = clause(from: r + 1, upper: b, claimed: claimed) {
            return Attribution(cue: cue, source: source, content: content.spans, kind: content.kind,
                               quotes: content.quotes, paragraph: doc.sentences[si].paragraph, sentence: si)
        }
        // X said (that) … / X said: "…"
        if let content = rightContent(from: r, frames: frames, upper: b, claimed: claimed) {
            return Attribution(cue: cue, source: source, content: content.spans, kind: content.kind,
                               quotes: content.quotes, paragraph: doc.sentences[si].paragraph, sentence: si)
        }
        // …, X said.
        if !participle, pre >= a, isComma(pre),
           let content = leftClause(upTo: pre, from: clauseStart(a, earlier), blockEnd: r, upper: b, claimed: claimed) {
            return Attribution(cue: cue, source: source, content: content.spans, kind: content.kind,
                               quotes: content.quotes, paragraph: doc.sentences[si].paragraph, sentence: si)
        }
        return nil
    }

    /// After a cue, a name or pronoun then the end of the clause: the inverted order.
    func looksInverted(_ r: Int, _ b: Int) -> Bool {
        guard let src = sourceStarting(at: r, upper: b) else { return false }
        let e = src.upperBound
        return e >= b || isComma(e) || isSentenceEnd(e) || isPunct(e, ";")
    }

    /// `X, a spokesman for Y, said`: the source before an apposition or relative clause.
    func sourceBeforeApposition(comma j: Int, lower a: Int) -> Range<Int>? {
        var m = j - 1
        while m > a, j - m < 20, !isComma(m), tokens[m].kind != .quoteMark || isLooseApostrophe(m),
              !(has(m, .cueVerb) && info[m].form == .past) {
            m -= 1
        }
        guard m > a, isComma(m), m + 1 < j else { return nil }
        let opener = m + 1
        guard has(opener, .det) || has(opener, .clause) || isCapitalized(opener) || tokens[opener].kind == .number
                || info[opener].form == .gerund || isWord(opener, "who") else { return nil }
        return sourceEnding(at: skipLeftFillers(from: m - 1, lower: a), lower: a)
    }

    /// Where a clause before a cue may start: the sentence start, or after the content of an
    /// attribution found earlier in the same sentence.
    func clauseStart(_ a: Int, _ earlier: ArraySlice<Attribution>) -> Int {
        guard let last = earlier.last, let end = last.content.last?.end,
              let k = doc.firstToken(atOrAfter: end), k > a else { return a }
        return k
    }

    /// The subject a participle cue (`…, saying …`) inherits: the source of the attribution
    /// before it in the sentence, or the name or pronoun that opens the sentence.
    func inheritedSource(_ earlier: ArraySlice<Attribution>, sentence a: Int, upper: Int) -> Span? {
        if let s = earlier.last?.source { return s }
        var k = a
        // An opening phrase (At the debate, …) is skipped up to its comma.
        if has(k, .prep) || has(k, .clause) || has(k, .time) || has(k, .adverb) {
            var m = k
            while m < upper, !isComma(m) { m += 1 }
            if m < upper { k = m + 1 }
        }
        while k < upper, has(k, .clause) || tokens[k].kind == .quoteMark || tokens[k].kind == .punctuation { k += 1 }
        guard k < upper, quoteOf[k] < 0, has(k, .pronoun) || isCapitalized(k) || has(k, .det),
              let src = sourceStarting(at: k, upper: upper) else { return nil }
        return text(src)
    }

    /// The content after a cue: a quotation (after an optional colon or comma), or a clause
    /// (after "that", "whether", "to", an addressee, or straight after the verb).
    func rightContent(from r: Int, frames: CueFrames, upper b: Int, claimed: [Bool]) -> Content? {
        var k = r
        guard k < b else { return nil }
        if frames.contains(.obj), !isWord(k, "that"), opens[k] < 0, !has(k, .to), !isPunct(k, ":") {
            var m = k
            while m < min(b, k + 14), !isComma(m), tokens[m].kind != .quoteMark, !isWord(m, "that") { m += 1 }
            if m < b, isWord(m, "that") {
                k = m
            } else if let object = sourceStarting(at: k, upper: b) {
                k = skipRightFillers(from: object.upperBound, upper: b)
                k += afterPhraseLength(at: k, upper: b)
            }
            guard k < b else { return nil }
        }
        if isPunct(k, ":") || isComma(k) {
            if k + 1 < b || (k + 1 < tokens.count && opens[k + 1] >= 0) {
                if opens[k + 1] >= 0 { return quoteContent(at: k + 1, upper: b, claimed: claimed) }
                if isPunct(k, ":") { return clause(from: k + 1, upper: b, claimed: claimed) }
                if isWord(k + 1, "that") { return clause(from: k + 2, upper: b, claimed: claimed) }
            }
            return nil
        }
        if opens[k] >= 0 { return quoteContent(at: k, upper: b, claimed: claimed) }
        if isWord(k, "that") { return clause(from: k + 1, upper: b, claimed: claimed) }
        if has(k, .comp) { return clause(from: k, upper: b, claimed: claimed) }
        if has(k, .to) { return frames.contains(.to) ? clause(from: k, upper: b, claimed: claimed) : nil }
        if frames.contains(.weak) { return nil }
        guard tokens[k].kind == .word || tokens[k].kind == .number else { return nil }
        return clause(from: k, upper: b, claimed: claimed)
    }

    /// A quotation opening at `k` after a cue; when words of the same clause follow it, the whole
    /// clause is the (mixed) content.
    func quoteContent(at k: Int, upper b: Int, claimed: [Bool]) -> Content? {
        let q = Int(opens[k])
        guard !claimed[q] else { return nil }
        return content(quote: q)
    }

    /// A clause from `k` to the end of the sentence, stopping before a later attribution block
    /// (`, he said`, `, according to`, `, saying`).
    func clause(from k: Int, upper b: Int, claimed: [Bool]) -> Content? {
        guard k < b else { return nil }
        var e = k
        while e < b {
            if isPunct(e, ";") { break }
            if e > k, isClauseSeparator(e), startsAttributionBlock(e + 1, upper: b) { break }
            if closes[e] >= 0, e > k, isComma(e - 1), startsAttributionBlock(e + 1, upper: b) { e += 1; break }
            e += 1
        }
        guard let c = content(k..<e), !c.quotes.contains(where: { claimed[$0] }) else { return nil }
        return c
    }

    /// Token `k` starts `he said`, `said the mayor`, `according to`, `adding`: an attribution
    /// block that ends the clause before it.
    func startsAttributionBlock(_ k: Int, upper b: Int) -> Bool {
        guard k < b else { return false }
        if has(k, .cueVerb) && (info[k].form == .gerund || info[k].form == .past || info[k].form == .third) { return true }
        if let p = phrase(at: k, upper: b), p.role == .source { return true }
        var m = k
        if isClauseSeparator(m) { m += 1 }
        while m < min(b, k + 8) {
            if m > k, has(m, .cueVerb), info[m].form == .past || info[m].form == .third || info[m].form == .gerund {
                return true
            }
            guard isPhraseWord(m) || isPossessive(m) || isLooseApostrophe(m) else { return false }
            m += 1
        }
        return false
    }

    /// The clause before a cue block (`…, he said`), and when the sentence goes on after the
    /// block (`…, he said, …`) its rest too.
    func leftClause(upTo pre: Int, from start: Int, blockEnd: Int, upper b: Int, claimed: [Bool]) -> Content? {
        guard start < pre, var c = content(start..<pre), !c.quotes.contains(where: { claimed[$0] }) else { return nil }
        var k = skipRightFillers(from: blockEnd, upper: b)
        k += afterPhraseLength(at: k, upper: b)
        if k + 1 < b, isComma(k), !startsAttributionBlock(k + 1, upper: b), !(has(k + 1, .cueVerb)) {
            if let rest = clause(from: k + 1, upper: b, claimed: claimed) {
                c.spans.append(contentsOf: rest.spans)
                c.quotes.append(contentsOf: rest.quotes)
                if c.kind == .indirect && rest.kind != .indirect { c.kind = .mixed }
                if c.kind == .direct && rest.kind != .direct { c.kind = .mixed }
            }
        }
        return c
    }

    /// `"…," he said, "…"`: a quotation resuming right after the attribution is the same quote.
    func appendSplitContinuation(after k: Int, upper b: Int, claimed: [Bool], into content: inout Content) {
        var m = skipRightFillers(from: k, upper: b)
        m += afterPhraseLength(at: m, upper: b)
        guard m + 1 < tokens.count, isComma(m) || isPunct(m, ":") || isDash(m), opens[m + 1] >= 0 else { return }
        let q = Int(opens[m + 1])
        guard !claimed[q], !content.quotes.contains(q), quotes[q].paragraph == quotes[content.quotes[0]].paragraph else { return }
        content.spans.append(contentsOf: quotes[q].content)
        content.quotes.append(q)
    }
}

extension AttributionContext {
    /// `,` `—` `;` `and` `but` `while`: where a clause may end before another attribution.
    func isClauseSeparator(_ k: Int) -> Bool {
        isComma(k) || isDash(k) || isPunct(k, ";") || isWord(k, "and") || isWord(k, "but") || isWord(k, "while")
            || isWord(k, "whereas")
    }

    /// `and said`, `but added`: a verb sharing the subject of the verb before it.
    func isCoordination(_ k: Int) -> Bool {
        isWord(k, "and") || isWord(k, "but") || (isComma(k) && k > 0 && (isWord(k - 1, "and") || isWord(k - 1, "but")))
    }

    /// A closing quote mark right after a comma (`the CNN “reporter,” saying`).
    func isCommaQuote(_ k: Int) -> Bool {
        k > 0 && closes[k] >= 0 && isComma(k - 1)
    }

    /// An apostrophe mark outside every quote (`Sanders’ campaign`): a possessive.
    func isLooseApostrophe(_ k: Int) -> Bool {
        tokens[k].kind == .quoteMark && quoteOf[k] < 0 && CharClass.isApostrophe(s[tokens[k].span.start])
    }
}
