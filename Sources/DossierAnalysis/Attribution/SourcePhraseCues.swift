/// Cues that are not verbs: `according to X`, and the colon after a name (`Peskov: "…"`).
extension AttributionContext {
    /// `According to X, …` · `…, according to X.` · `…, according to X, …` · `"…," according to X`.
    func readAccordingTo(_ k: Int, length: Int, sentence si: Int, range a: Int, _ b: Int,
                         earlier: ArraySlice<Attribution>, claimed: [Int32]) -> Attribution? {
        let cue = text(k..<(k + length))
        // according to early results of …, according to recent polls: an adjective the cue
        // lexicon files as an adverb may open the source.
        let opener = k + length + 1 < b && has(k + length, .adverb) && !has(k + length, .pronoun) ? 1 : 0
        guard let found = sourceStarting(at: k + length + opener, upper: b) else { return nil }
        let src = (found.lowerBound - opener)..<found.upperBound
        let paragraph = doc.sentences[si].paragraph
        var lead = a
        while lead < k, has(lead, .clause) || tokens[lead].kind == .punctuation { lead += 1 }
        // In addition, according to the department, nearly nine million …: a short adverbial before
        // the cue is no content; the sentence after the source is.
        let adverbial = lead < k && k - lead <= 3 && isComma(k - 1)
            && (has(lead, .prep) || has(lead, .adverb) || has(lead, .time))
            && !(lead..<k).contains { has($0, .cueVerb) || quoteOf[$0] >= 0 || has($0, .pronoun) }
        if lead == k || adverbial {
            // According to X, the plan will fail. / According to results of polls conducted for X, …:
            // the source runs to its comma.
            var src = src
            var m = skipRightFillers(from: src.upperBound, upper: b)
            if m < b, !isComma(m), lead == k {
                var n = m
                while n < min(b, m + 15), !isComma(n), quoteOf[n] < 0,
                      !(has(n, .cueVerb) && (info[n].form == .past || info[n].form == .third) && !endsInEd(n)) { n += 1 }
                if n < b, isComma(n), n + 1 < b { src = src.lowerBound..<n; m = n }
            }
            guard !adverbial || (m < b && isComma(m)) else { return nil }
            // According to the poll, conducted in May, …: a participle aside belongs to the source.
            if m + 1 < b, isComma(m), !isCapitalized(m + 1), endsInEd(m + 1),
               let close = (m + 2..<min(b, m + 10)).first(where: { isComma($0) || isDash($0) }), isComma(close) {
                src = src.lowerBound..<close; m = close
            }
            if m < b, isComma(m) { m += 1 }
            guard let c = clause(from: m, upper: b, claimed: claimed) else { return nil }
            return Attribution(cue: cue, source: text(src), content: c.spans, kind: c.kind, quotes: c.quotes,
                               paragraph: paragraph, sentence: si, pattern: .accordingFirst, cueToken: k)
        }
        let pre = k - 1
        var q = closes[pre]
        if q < 0, isComma(pre), pre > 0 { q = closes[pre - 1] }
        if q >= 0, claimed[Int(q)] < 0 {
            let c = content(quote: Int(q))
            return Attribution(cue: cue, source: text(src), content: c.spans, kind: .direct, quotes: c.quotes,
                               paragraph: paragraph, sentence: si, pattern: .accordingAfter, cueToken: k)
        }
        let end = isComma(pre) || isDash(pre) ? pre : k
        guard let c = leftClause(upTo: end, from: clauseStart(a, earlier), blockEnd: src.upperBound, upper: b,
                                 claimed: claimed, sourceLast: true) else { return nil }
        return Attribution(cue: cue, source: text(src), content: c.spans, kind: c.kind, quotes: c.quotes,
                           paragraph: paragraph, sentence: si, pattern: .accordingAfter, cueToken: k)
    }

    /// `Peskov: "…"`, or a headline `Gingrich: Trump must decide`: a short name opening its
    /// paragraph, a colon, then what was said.
    func readColon(_ k: Int, sentence si: Int, range a: Int, _ b: Int, claimed: [Int32]) -> Attribution? {
        let para = doc.sentences[si].paragraph
        guard k > a, k + 1 < tokens.count, let src = sourceEnding(at: k - 1, lower: a), src.count <= 5,
              isCapitalized(src.lowerBound) || has(src.lowerBound, .pronoun) else { return nil }
        // The name opens its paragraph, or follows a dash and introduces a quotation.
        let opensParagraph = src.lowerBound == a && tokens[a].span.start == doc.paragraphs[para].span.start
        let afterDash = src.lowerBound > a && isDash(src.lowerBound - 1) && opens[k + 1] >= 0
        guard opensParagraph || afterDash else { return nil }
        let content: Content?
        if opens[k + 1] >= 0, let part = quotePart(startingAt: k + 1),
           part.upperBound >= b || isSentenceEnd(part.upperBound) || part.upperBound >= tokens.count {
            let q = Int(opens[k + 1])
            content = claimed[q] >= 0 ? nil : self.content(quote: q)
        } else {
            content = clause(from: k + 1, upper: b, claimed: claimed)
        }
        guard let content, content.kind != .indirect || wordCount(k + 1..<b) >= 4 else { return nil }
        // A dateline (Tripoli: X told Y that …) introduces a sentence with its own attribution;
        // a headline has none (Lynch: No outside influence on FBI probe into Clinton emails),
        // though a one-word label there is a name only when the article names it again (not
        // Wow: Glenn Beck Just Responded …).
        if content.kind == .indirect,
           (k + 1..<b).contains(where: { has($0, .cueVerb) && (info[$0].form == .past || info[$0].form == .third) }),
           !isHeadline(para) || (src.count == 1 && !namedAgain(src.lowerBound)) {
            return nil
        }
        return Attribution(cue: text(k..<(k + 1)), source: text(src), content: content.spans, kind: content.kind,
                           quotes: content.quotes, paragraph: para, sentence: si, pattern: .colon, cueToken: k)
    }
}

extension AttributionContext {
    /// `In a new Fox News poll, Trump leads Cruz …`: a poll opening the sentence reports what it
    /// found, as `According to X, …` does, with "in" for its cue. The poll is the phrase's head,
    /// before any other preposition or clause (not `In the hours before polls closed, …`).
    /// (`… leads in the polls.` is left alone: "in the polls" is as often the narrator's own
    /// account of a race.)
    func readSurvey(_ k: Int, sentence si: Int, range a: Int, _ b: Int,
                    earlier: ArraySlice<Attribution>, claimed: [Int32]) -> Attribution? {
        var lead = a
        while lead < k, tokens[lead].kind == .punctuation || isWord(lead, CueWords.but) || isWord(lead, CueWords.and) { lead += 1 }
        guard lead == k else { return nil }
        var m = k + 1
        var survey = false
        while m < min(b, k + 14), !isComma(m), !isSentenceEnd(m), quoteOf[m] < 0 {
            if has(m, .survey) { survey = true }
            if !survey, (has(m, .prep) && !isWord(m, CueWords.of)) || has(m, .clause) || has(m, .cueVerb) { return nil }
            m += 1
        }
        guard survey, m < b, isComma(m) else { return nil }
        return readAccordingTo(k, length: 1, sentence: si, range: a, b, earlier: earlier, claimed: claimed)
    }
}

extension AttributionContext {
    /// Paragraph `p` is a headline: the first of several, one short sentence (an article may
    /// open with its dateline paragraph instead: "Tripoli: Haftar on Friday told …").
    func isHeadline(_ p: Int) -> Bool {
        guard p == 0, doc.paragraphs.count > 1 else { return false }
        let sentences = doc.sentences.prefix { $0.paragraph == 0 }
        guard sentences.count == 1, let only = sentences.first else { return false }
        return wordCount(only.tokenRange) <= Self.headlineWords
    }

    /// Headlines run to a dozen words or so; a first paragraph of news runs longer.
    static let headlineWords = 16

    /// The capitalised word at `k` comes back, capitalised, after its paragraph.
    func namedAgain(_ k: Int) -> Bool {
        let end = doc.paragraphs[doc.paragraphIndex(at: tokens[k].span.start) ?? 0].span.end
        var m = k + 1
        while m < tokens.count {
            if tokens[m].span.start >= end, keys[m] == keys[k], isCapitalized(m) { return true }
            m += 1
        }
        return false
    }
}
