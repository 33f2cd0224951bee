/// What becomes of quotations that no cue took: block quotes get the person on their
/// attribution line; a quote in a paragraph that already has an attribution joins it (a quote
/// split across sentences); a paragraph that is all quotation continues the previous speaker's
/// turn; a long quotation with no speaker is kept unattributed; short ones are scare quotes,
/// titles or nicknames, and are dropped.
extension AttributionContext {
    /// Quotes shorter than this many words, with no cue, are not reported.
    static let minUnattributedWords = 6
    /// Whether a quotation nobody is named for is reported (without a source). Not reported: the
    /// quotes whose speaker the text does not name are mostly scare quotes, titles and slogans.
    static let keepsUnattributedQuotes = false

    func attributeBlockQuotes(into out: inout [Attribution], claimed: inout [Int32]) {
        for (q, quote) in quotes.enumerated() where quote.kind == .block && claimed[q] < 0 {
            guard let line = quote.byline, let k = doc.firstToken(atOrAfter: line.start) else { continue }
            var e = k
            while e < tokens.count, tokens[e].span.end <= line.end, !isComma(e) { e += 1 }
            guard e > k else { continue }
            // A signed letter has its name alone under it: no dash, no cue.
            let dash = k > 0 && tokens[k - 1].kind == .punctuation && CharClass.isDash(doc.text.scalars[tokens[k - 1].span.start])
                ? tokens[k - 1].span : nil
            out.append(Attribution(cue: dash, source: text(k..<e), content: quote.content, kind: .block, quotes: [q],
                                   paragraph: quote.paragraph, sentence: doc.sentenceIndex(at: quote.content[0].start) ?? 0,
                                   pattern: .block))
            claimed[q] = Int32.max
        }
    }

    func assignLeftoverQuotes(into out: inout [Attribution], claimed: [Int32]) {
        // Attributions holding quotes, with a source, by paragraph, in text order.
        var quoted: [Int: [Int]] = [:]
        for (i, f) in out.enumerated() where f.kind != .indirect && f.source != nil {
            quoted[f.paragraph, default: []].append(i)
        }
        var lastAttribution: [Int: Int] = [:]
        for (i, f) in out.enumerated() {
            if let old = lastAttribution[f.paragraph], out[old].start > f.start { continue }
            lastAttribution[f.paragraph] = i
        }
        var lastSpeakerParagraph = -2
        var lastSource: Span? = nil
        var order: [Int] = []   // leftover quotes in text order
        for q in quotes.indices where claimed[q] < 0 { order.append(q) }
        var next = 0
        for p in doc.paragraphs.indices {
            while next < order.count, quotes[order[next]].paragraph == p {
                let q = order[next]
                next += 1
                let quote = quotes[q]
                if let f = unknownVerbAttribution(q) {
                    out.append(f)
                    quoted[p, default: []].append(out.count - 1)
                    continue
                }
                if let list = quoted[p], startsSentence(q), let i = nearest(list, to: quote.extent.start, in: out) {
                    out[i].content.append(contentsOf: quote.content)
                    out[i].content.sort()
                    out[i].quotes.append(q)
                    continue
                }
                let fillsParagraph = quote.content[0].start == doc.paragraphs[p].span.start
                if fillsParagraph, quoted[p] == nil, lastSpeakerParagraph == p - 1, let src = lastSource {
                    out.append(Attribution(cue: nil, source: src, content: quote.content, kind: .direct, quotes: [q],
                                           paragraph: p, sentence: doc.sentenceIndex(at: quote.content[0].start) ?? 0,
                                           pattern: .continuation))
                    quoted[p] = [out.count - 1]
                    continue
                }
                if let (colon, src) = colonIntroduction(q) {
                    out.append(Attribution(cue: colon, source: src, content: quote.content, kind: .direct, quotes: [q],
                                           paragraph: p, sentence: doc.sentenceIndex(at: quote.content[0].start) ?? 0,
                                           pattern: .colonIntroduction))
                    quoted[p, default: []].append(out.count - 1)
                    continue
                }
                if Self.keepsUnattributedQuotes, wordCount(quote) >= Self.minUnattributedWords {
                    out.append(Attribution(cue: nil, source: nil, content: quote.content, kind: .direct, quotes: [q],
                                           paragraph: p, sentence: doc.sentenceIndex(at: quote.content[0].start) ?? 0))
                }
            }
            if let list = quoted[p], let last = list.last {
                lastSpeakerParagraph = p
                lastSource = out[last].source
            } else if let last = lastAttribution[p], let src = out[last].source {
                lastSpeakerParagraph = p
                lastSource = src
            }
        }
    }

    /// The attribution of `list` closest before `offset` (a direct one first), else the first after it.
    func nearest(_ list: [Int], to offset: Int, in out: [Attribution]) -> Int? {
        var before: Int? = nil, beforeDirect: Int? = nil
        for i in list where out[i].start < offset {
            before = i
            if out[i].kind == .direct || out[i].kind == .block { beforeDirect = i }
        }
        return beforeDirect ?? before ?? list.first
    }

    /// The quote opens its sentence: a quotation of its own, not a phrase quoted inside one.
    func startsSentence(_ q: Int) -> Bool {
        guard let k = doc.firstToken(atOrAfter: quotes[q].content[0].start), let si = doc.sentenceIndex(at: tokens[k].span.start)
        else { return false }
        return doc.sentences[si].tokenRange.lowerBound == k
    }

    func wordCount(_ q: QuoteSpan) -> Int {
        var n = 0
        for part in q.content {
            guard var k = doc.firstToken(atOrAfter: part.start) else { continue }
            while k < tokens.count, tokens[k].span.start < part.end {
                if tokens[k].kind == .word { n += 1 }
                k += 1
            }
        }
        return n
    }

    /// `Kaine has adopted the stance common among Catholics: "…"`: a quotation introduced by a
    /// colon belongs to the subject of the sentence that introduces it.
    func colonIntroduction(_ q: Int) -> (Span, Span)? {
        guard let k = doc.firstToken(atOrAfter: quotes[q].content[0].start), k > 0, isPunct(k - 1, ":"),
              let si = doc.sentenceIndex(at: tokens[k - 1].span.start) else { return nil }
        let range = doc.sentences[si].tokenRange
        guard let src = inheritedSource([], sentence: range.lowerBound, upper: k - 1) else { return nil }
        return (tokens[k - 1].span, src)
    }

    /// `"…," an angry Hollande retaliated.` · `"Choke!" blared the front page.`: a quotation that
    /// ends with a comma, question or exclamation mark, followed by a name and a verb in -ed or -s
    /// (or the verb, then the name) that the cue lexicon does not know.
    func unknownVerbAttribution(_ q: Int) -> Attribution? {
        let quote = quotes[q]
        guard let last = quote.content.last, let close = doc.firstToken(atOrAfter: last.end - 1), close > 0,
              closes[close] == Int32(q), isComma(close - 1) || isPunct(close - 1, "?") || isPunct(close - 1, "!"),
              let si = doc.sentenceIndex(at: tokens[close].span.start) else { return nil }
        let b = doc.sentences[si].tokenRange.upperBound
        // The quotation stands on its own: it opens its sentence (not "known as “The Rocket,”").
        guard let open = doc.firstToken(atOrAfter: quote.content[0].start),
              let openSentence = doc.sentenceIndex(at: tokens[open].span.start),
              doc.sentences[openSentence].tokenRange.lowerBound == open else { return nil }
        var t = close + 1
        if t < b, isComma(t) { t += 1 }
        guard t + 1 < b else { return nil }
        func isVerb(_ k: Int) -> Bool {
            tokens[k].kind == .word && !isCapitalized(k) && info[k].classes.isEmpty
                && (endsInEd(k) || s[tokens[k].span.end - 1] == "s")
        }
        let make = { (src: Range<Int>, verb: Int) in
            Attribution(cue: tokens[verb].span, source: self.text(src), content: quote.content, kind: .direct, quotes: [q],
                        paragraph: quote.paragraph, sentence: si, pattern: .unknownVerb, cueToken: verb)
        }
        if isVerb(t), let src = sourceStarting(at: t + 1, upper: b), isCapitalized(src.lowerBound) || has(src.lowerBound, .det),
           src.upperBound >= b || isSentenceEnd(src.upperBound) || isComma(src.upperBound) {
            return make(src, t)
        }
        if isCapitalized(t) || has(t, .pronoun) || has(t, .det), let src = sourceStarting(at: t, upper: b),
           src.upperBound < b, isVerb(src.upperBound) {
            return make(src, src.upperBound)
        }
        // The name phrase may have swallowed the verb (an angry Hollande retaliated).
        if isCapitalized(t) || has(t, .det), let src = sourceStarting(at: t, upper: b), src.count > 1, isVerb(src.upperBound - 1),
           src.upperBound >= b || isSentenceEnd(src.upperBound) || isComma(src.upperBound) {
            return make(src.lowerBound..<(src.upperBound - 1), src.upperBound - 1)
        }
        return nil
    }
}
