/// Reading one cue verb in its sentence: where its source is (before it, or after it when the
/// order is inverted) and where its content is (a quotation or clause before or after it).
///
/// The orders handled: `"…," X said` · `"…," said X` · `X said: "…"` · `X said (that) …` ·
/// `X told Y (that) …` · `…, X said.` · `…, X said, …` (parenthetical) · `…, saying …`
/// (a participle that inherits the subject of its sentence) · `As X reported, …`.
extension AttributionContext {
    /// Reads the cue at token `c` (of `length` tokens) in the sentence `a..<b`.
    func readCue(_ c: Int, length: Int, frames: CueFrames, form: VerbForm, sentence si: Int, range a: Int, _ b: Int,
                 earlier: ArraySlice<Attribution>, claimed: [Int32]) -> Attribution? {
        if isWord(c, CueWords.asked), let found = readPassiveQuestion(c, sentence: si, range: a, b, claimed: claimed) {
            return found
        }
        guard isVerbReading(c, form: form, lower: a, upper: b, phrase: length > 1) else { return nil }
        // called for X, went on to say: a phrase cue never has its subject after it.
        let invertible = length == 1
        let paragraph = doc.sentences[si].paragraph
        var cueEnd = c + length
        cueEnd += afterPhraseLength(at: cueEnd, upper: b)
        var r = skipRightFillers(from: cueEnd, upper: b)
        let after = afterPhraseLength(at: r, upper: b)
        if after > 0 { cueEnd = r + after; r = skipRightFillers(from: cueEnd, upper: b) }
        // "…," she went on. / she went on: "…": going on is speaking only next to a quotation
        // (not "As the day went on, …", "went on national television").
        if length == 2, isWord(c, Self.went) || isWord(c, Self.goes), isWord(c + 1, CueWords.on) {
            let quoteAfter = r < b && (opens[r] >= 0 || (isComma(r) || isPunct(r, ":")) && r + 1 < b && opens[r + 1] >= 0)
            let quoteBefore = (r >= b || isSentenceEnd(r)) && (a..<c).contains { closes[$0] >= 0 }
            guard quoteAfter || quoteBefore else { return nil }
        }
        let cue = text(c..<cueEnd)
        func make(_ source: Span?, _ content: Content, _ pattern: AttributionPattern) -> Attribution {
            Attribution(cue: cue, source: source, content: content.spans, kind: content.kind, quotes: content.quotes,
                        paragraph: paragraph, sentence: si, pattern: pattern, route: content.route, cueToken: c)
        }

        // Said Comey, "…"
        if c == a, invertible, isCapitalized(c), let src = sourceStarting(at: r, upper: b) {
            var k = src.upperBound
            // Said Ann Poe, who grew up with him, "…": past a relative clause or an apposition.
            if k + 1 < b, isComma(k), opens[k + 1] < 0, isWord(k + 1, CueWords.who) || has(k + 1, .det) {
                var m = k + 1
                while m + 1 < b, m - k < 30, !(isComma(m) && opens[m + 1] >= 0), tokens[m].kind != .quoteMark, !has(m, .cueVerb) { m += 1 }
                if m + 1 < b, isComma(m), opens[m + 1] >= 0 { k = m }
            }
            if k + 1 < tokens.count, isComma(k) || isPunct(k, ":"), opens[k + 1] >= 0, claimed[Int(opens[k + 1])] < 0 {
                return make(text(src), content(quote: Int(opens[k + 1])), .cueFirst)
            }
        }
        // The left side: a source phrase, or the end of a quote or clause.
        let j = skipLeftFillers(from: c - 1, lower: a)
        let onlyAdverbs = (j + 1..<c).allSatisfy { has($0, .adverb) }
        // …, with Trump tweeting that …: the absolute phrase has its own subject.
        let absoluteSource = form == .gerund && onlyAdverbs && j > a && tokens[j].kind == .word ? absoluteSubject(ending: j, lower: a) : nil
        let absolute = absoluteSource != nil
        let participle = !absolute && ((form == .gerund && onlyAdverbs && j >= a
                          && (isComma(j) || isDash(j) || isCommaQuote(j) || isCoordination(j) || isGerundPreposition(j)
                              || (j == c - 1 && (tokens[j].kind == .word || tokens[j].kind == .number)
                                  && info[j].classes.isDisjoint(with: [.aux, .be, .to, .det, .prep]))))
            || (form != .gerund && j >= a && isCoordination(j)))
        var leftSource: Range<Int>? = absoluteSource
        if !participle && !absolute && (form != .gerund || !onlyAdverbs) {
            leftSource = sourceEnding(at: j, lower: a)
            if leftSource == nil, j >= a, isComma(j), !invertible || !looksInverted(r, b, cue: c) {
                leftSource = taggedSource(beforeComma: j, lower: a) ?? sourceAfterQuote(comma: j, lower: a)
                    ?? sourceBeforeApposition(comma: j, lower: a)
            }
            if leftSource == nil, j > a, isDash(j), !frames.isDisjoint(with: [.speech, .cognition]) {
                leftSource = sourceBeforeDashAside(dash: j, lower: a)
            }
            // Mr. Manafort, citing "the unique magic of Trump," said …: an inserted phrase ending in a quote.
            if leftSource == nil, j > a, isCommaQuote(j), let q = quoteEnding(before: j, lower: a, paragraph: paragraph),
               claimed[q] >= 0 {
                leftSource = sourceBeforeApposition(comma: j, lower: a)
            }
        }
        if form == .gerund && !participle && leftSource == nil { return nil }
        let pre = (leftSource?.lowerBound ?? (j + 1)) - 1
        var frames = frames
        if frames.contains(.noun), form == .base || form == .third,
           !(leftSource.map { $0.count == 1 && has($0.lowerBound, .pronoun) } ?? false) {
            frames.insert(.weak)   // a pledge, the reports: a verb only before "that", "to", a quote
        }
        // While those surveyed said …, Trump is … / For someone who conceded that …, Clinton had … /
        // Norton, which declined to comment, returned …: in a fronted or relative clause the
        // content ends at the clause's comma.
        var upper = b
        // (And after the court refused …, X blamed …: past a sentence's opening conjunction too.)
        let opener = a + 1 < c && (isWord(a, CueWords.and) || isWord(a, CueWords.but)) ? a + 1 : a
        let fronted = (isSubordinator(opener) || has(opener, .prep) || isParticiple(opener)) && !(opener + 1..<c).contains(where: { isComma($0) })
        let relative = leftSource.map { isWord($0.upperBound - 1, CueWords.which) || isWord($0.upperBound - 1, CueWords.who) } ?? false
        if fronted || relative {
            var m = r
            // (the report, which notes, “…”: the comma introducing the quotation is not the clause's.)
            if m + 1 < b, isComma(m) || isPunct(m, ":"), opens[m + 1] >= 0 { m += 1 }
            while m < b, !isComma(m), !(closes[m] >= 0 && m > 0 && isComma(m - 1)) {
                if opens[m] >= 0, let part = quotePart(startingAt: m), part.upperBound <= b, !isComma(part.upperBound - 2) {
                    m = part.upperBound; continue
                }
                m += 1
            }
            upper = m < b ? m + (closes[m] >= 0 ? 1 : 0) : b
        }
        let right = participle || leftSource != nil
            ? rightContent(from: r, frames: frames, upper: upper, claimed: claimed, cueForm: form) : nil
        let start = clauseStart(a, earlier)

        // "…," X said / "…," said X
        if !participle, let q = quoteEnding(before: pre, lower: a, paragraph: paragraph), claimed[q] < 0 {
            let qStart = firstToken(of: q, endingAt: pre)
            // (The quote may open in an earlier sentence: "Marco! Marco!," splits at the "!".)
            let titleLike = qStart > 0 && tokens[qStart - 1].span.start >= doc.paragraphs[paragraph].span.start
                && (isPossessive(qStart - 1) || isLooseApostrophe(qStart - 1)
                                           || has(qStart - 1, .prep) || has(qStart - 1, .det))
            // Whatever his impact, "his chances are slim," says X: a quote after a comma is a clause of its own.
            let inClause = qStart > start && !isPunct(qStart - 1, ":") && !isComma(qStart - 1)
            // "Too forced?" He tweeted …: a question or exclamation before a capitalised pronoun.
            // ("Why not?" Trump told ITV …: a name opening the sentence too.)
            let exclaimed = pre < a && leftSource.map { $0.count == 1 && has($0.lowerBound, .pronoun) || $0.lowerBound == a && isCapitalized(a) } == true
                && closes[pre] >= 0 && pre > 0 && (isPunct(pre - 1, "?") || isPunct(pre - 1, "!"))
            if right != nil && !exclaimed && (titleLike || inClause || pre < a) {
                // The quote is a title or a phrase of another clause; the content follows the cue.
            } else if let src = leftSource ?? (invertible ? sourceStarting(at: r, upper: b) : nil) {
                // America needs leaders "who …," she said. / Despite his "brash persona," X wrote, he is …
                if inClause, let mixed = leftClause(upTo: pre + 1, from: start, blockEnd: max(src.upperBound, cueEnd),
                                                    upper: b, claimed: claimed, sourceLast: src.lowerBound > c) {
                    return make(text(src), mixed, .quoteEndingClause)
                }
                var content = content(quote: q)
                appendSplitContinuation(after: max(src.upperBound, cueEnd), upper: b, claimed: claimed, into: &content)
                return make(text(src), content, .quoteBefore)
            } else {
                return nil
            }
        }
        // …, said X.
        if leftSource == nil && !participle {
            guard invertible, pre >= a, isComma(pre) || isDash(pre), let src = sourceStarting(at: r, upper: b),
                  let content = leftClause(upTo: pre, from: start, blockEnd: src.upperBound, upper: b, claimed: claimed,
                                           sourceLast: true)
            else { return nil }
            return make(text(src), content, .inverted)
        }
        let source = participle ? inheritedSource(earlier, sentence: a, upper: c) : leftSource.map(text)
        guard source != nil else { return nil }
        // As X reported, …
        if let src = leftSource, src.lowerBound > a, isWord(src.lowerBound - 1, CueWords.as), r < b, isComma(r),
           let content = clause(from: r + 1, upper: b, claimed: claimed) {
            return make(source, content, .asReported)
        }
        // X said (that) … / X said: "…"
        if let right { return make(source, right, participle ? .inherited : .contentAfter) }
        // …, X said.
        if !participle, pre >= a, isComma(pre),
           let content = leftClause(upTo: pre, from: start, blockEnd: r, upper: b, claimed: claimed) {
            return make(source, content, .contentBefore)
        }
        return nil
    }

    /// `When asked whether …`, `Asked about …`, `was asked by Matt Lauer if …`: a question put to
    /// someone; its content is the question, its source the asker when named (else none).
    func readPassiveQuestion(_ c: Int, sentence si: Int, range a: Int, _ b: Int, claimed: [Int32]) -> Attribution? {
        let p = c - 1
        guard c == a || (p >= a && (has(p, .be) || isWord(p, CueWords.when) || isWord(p, CueWords.if)
                                    || isWord(p, CueWords.after) || isWord(p, CueWords.before) || isWord(p, CueWords.as)
                                    || isWord(p, CueWords.once) || isWord(p, CueWords.being)))
        else { return nil }
        var r = skipRightFillers(from: c + 1, upper: b)
        var source: Span? = nil
        if r < b, isWord(r, CueWords.by), let src = sourceStarting(at: r + 1, upper: b) {
            source = text(src)
            r = skipRightFillers(from: src.upperBound, upper: b)
        }
        // When asked whom she backed, Ms. Doe smiled: a question opening the sentence ends at the
        // comma before the subject of the main clause (not at one before a relative clause or an
        // apposition: whether Trump, the nominee, who …).
        var upper = b
        let opening = c == a || ((isSubordinator(a) || (has(a, .clause) && a + 1 < c && isSubordinator(a + 1)))
                                 && !(a..<c).contains { isComma($0) })
            || (p > a && isSubordinator(p) && (isComma(p - 1) || isCoordination(p - 1)))
        if opening {
            var m = r + 1
            while m + 1 < b {
                if isComma(m), quoteOf[m] < 0, isCapitalized(m + 1) && !has(m + 1, .det) || has(m + 1, .pronoun) && !has(m + 1, .det)
                    || has(m + 1, .det) && !isCapitalized(m - 1) { break }
                m += 1
            }
            upper = m + 1 < b ? m : b
        }
        guard r < b, has(r, .comp) || isWord(r, CueWords.about) || isInterrogative(r),
              let content = clause(from: r, upper: upper, claimed: claimed)
        else { return nil }
        return Attribution(cue: text(c..<(c + 1)), source: source, content: content.spans, kind: content.kind,
                           quotes: content.quotes, paragraph: doc.sentences[si].paragraph, sentence: si,
                           pattern: .passiveQuestion, route: .question, cueToken: c)
    }

    /// `…, people close to Clinton say.`, `supporters of Sanders say`: the name before the cue is the
    /// object of a preposition, so the verb agrees with the noun before it, not with the name.
    func nameIsObjectOfPreposition(before c: Int, lower a: Int) -> Bool {
        var m = c - 1
        while m > a, isCapitalized(m - 1), m > c - 5 { m -= 1 }
        if m > a, has(m - 1, .det) { m -= 1 }
        return m > a && (has(m - 1, .prep) || has(m - 1, .to)) && m - 2 >= a && !isCapitalized(m - 2)
    }

    /// `who`, `which`, `whom`, `whose`, `when`, `where` after a question cue: they open the question
    /// asked (`when asked which candidate she backs`), not a relative clause.
    func isInterrogative(_ k: Int) -> Bool {
        isWord(k, CueWords.who) || isWord(k, CueWords.which) || isWord(k, CueWords.whose) || isWord(k, CueWords.when)
            || isWord(k, CueWords.where) || isWord(k, Self.whom)
    }
    static let whom = WordKey.of("whom")

    /// Rejects the readings of a cue word that are not a verb of attribution: a noun (`the
    /// report`, `his remarks were`, `calls of`), an infinitive (`to say`), a passive (`was told`,
    /// `highlighted by`, `when asked`), a word of a name.
    func isVerbReading(_ c: Int, form: VerbForm, lower a: Int, upper b: Int, phrase: Bool = false) -> Bool {
        if c > a {
            let p = c - 1
            if has(p, .det) && !has(p, .pronoun) { return false }
            if has(p, .to) || isPossessive(p) || isLooseApostrophe(p) { return false }
            // the 2012 attacks, a 2015 report: a noun after a determiner and a year.
            if isYear(p), p > a, has(p - 1, .det), !has(p - 1, .pronoun) { return false }
            if has(p, .be) && form == .past { return false }
            if isCapitalized(c) && isCapitalized(p) && !isTitleCase(sentenceOf: c) { return false }
            // A base form after a singular name is a noun (Minnesota state delegate), unless a
            // clause follows it (Forbes and Wealth-X say the …, Pence went on to say he …).
            if form == .base, !phrase, isCapitalized(p), !has(p, .pronoun), !isCapitalized(c), s[tokens[p].span.end - 1] != "s",
               !(c + 1 < b && (has(c + 1, .pronoun) || has(c + 1, .det) || has(c + 1, .that) || opens[c + 1] >= 0
                               || isPunct(c + 1, ":"))),
               !(nameIsObjectOfPreposition(before: c, lower: a) && (c + 1 >= b || isSentenceEnd(c + 1) || isComma(c + 1))) {
                return false
            }
            // the TV show "Shark Tank", a CNN report: a base form after a determiner and one name.
            if form == .base, !phrase, isCapitalized(p), !has(p, .pronoun), p > a, has(p - 1, .det), !has(p - 1, .pronoun),
               s[tokens[p].span.end - 1] != "s" { return false }
            if form == .past, isWord(p, CueWords.when) || isWord(p, CueWords.if) || isWord(p, CueWords.as) || isWord(p, CueWords.once)
                || isWord(p, CueWords.unless) || isWord(p, CueWords.than) { return false }
        }
        if c + 1 < b {
            let n = c + 1
            if form == .third || form == .base, has(n, .aux) || has(n, .be) || isWord(n, CueWords.of) { return false }
            if form == .past, isWord(n, CueWords.by) { return false }
        }
        // A verb of judgement takes an object (the Benghazi attacks, …).
        if info[c].frames.contains(.stance), !info[c].frames.contains(.speech), form != .gerund,
           c + 1 >= b || !(tokens[c + 1].kind == .word || tokens[c + 1].kind == .number || opens[c + 1] >= 0) {
            return false
        }
        return true
    }

    static let went = WordKey.of("went"), goes = WordKey.of("goes")

    /// Four digits alone ("2012"), not "1970s" or "43-year-old".
    func isYear(_ k: Int) -> Bool {
        let sp = tokens[k].span
        return tokens[k].kind == .number && sp.length == 4 && (sp.start..<sp.end).allSatisfy { s[$0].value >= 48 && s[$0].value <= 57 }
    }

    /// The quote whose closing mark is token `pre` (or the token before a comma at `pre`), in the
    /// same paragraph as the cue.
    func quoteEnding(before pre: Int, lower a: Int, paragraph: Int) -> Int? {
        guard pre >= max(0, a - 1), tokens[pre].span.start >= doc.paragraphs[paragraph].span.start else { return nil }
        var q = closes[pre]
        if q < 0, isComma(pre), pre > 0 { q = closes[pre - 1] }
        return q >= 0 ? Int(q) : nil
    }

    /// The first token of the part of quote `q` that ends at or just before token `pre`.
    func firstToken(of q: Int, endingAt pre: Int) -> Int {
        let end = closes[pre] == Int32(q) ? pre : pre - 1
        return quotePart(endingAt: end)?.lowerBound ?? end
    }

    /// `with Trump tweeting that …`, `with aides reportedly saying …`, `Ryan saying he was
    /// "encouraged" and Trump calling it …`: the subject of an absolute phrase, which a gerund
    /// after it does not share with the sentence. After "and", only a name that follows the end
    /// of a clause (a comma, a closing quote): `praised Cruz and Rubio saying …` is one list.
    func absoluteSubject(ending j: Int, lower a: Int) -> Range<Int>? {
        guard let src = sourceEnding(at: j, lower: a), src.lowerBound > a else { return nil }
        let p = src.lowerBound - 1
        if isWord(p, CueWords.with) { return src }
        guard isWord(p, CueWords.and), p > a, isComma(p - 1) || closes[p - 1] >= 0,
              isCapitalized(src.lowerBound), !has(src.lowerBound, .pronoun) else { return nil }
        return src
    }

    /// `after hinting`, `while saying`, `by arguing`, `upon saying`: a gerund sharing the sentence's subject.
    func isGerundPreposition(_ k: Int) -> Bool {
        isWord(k, CueWords.after) || isWord(k, CueWords.before) || isWord(k, CueWords.while) || isWord(k, CueWords.by) || isWord(k, CueWords.when)
            || isWord(k, CueWords.in) || isWord(k, CueWords.without) || isWord(k, Self.upon)
    }
    static let upon = WordKey.of("upon")

    /// Headlines capitalise every word; there a capitalised verb after a name is still a verb.
    func isTitleCase(sentenceOf k: Int) -> Bool {
        guard let si = doc.sentenceIndex(at: tokens[k].span.start) else { return false }
        var words = 0, capitals = 0
        for m in doc.sentences[si].tokenRange where tokens[m].kind == .word {
            words += 1
            if isCapitalized(m) { capitals += 1 }
        }
        return words >= 3 && capitals * 4 >= words * 3
    }
}
