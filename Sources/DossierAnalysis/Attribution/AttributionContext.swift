/// Everything the attribution stages read about one article, computed once: each token's word
/// classes and cue reading, and which quotation each token belongs to. The tokens' folded keys
/// come from the actor stage's `ArticleWords` when the pipeline has built it (one key pass per
/// article for both stages).
struct AttributionContext {
    let doc: Document
    let s: [Unicode.Scalar]
    let tokens: [Token]
    let lexicon: CueLexicon
    /// Per token: the folded `WordKey` of a word, a small code for other tokens.
    let keys: [UInt64]
    /// Per token: word classes and cue-verb reading (empty for punctuation and unknown words).
    var info: [WordInfo]
    /// Per token: the index of the quote holding it, or -1.
    var quoteOf: [Int32]
    /// Per token: the quote whose part starts (opens) / ends (closes) at this token, or -1.
    var opens: [Int32]
    var closes: [Int32]
    /// The detected quotes, unclosed ones ended before an inline attribution.
    let quotes: [QuoteSpan]

    init(doc: Document, quotes: [QuoteSpan], words: ArticleWords? = nil, lexicon: CueLexicon = .shared) {
        self.doc = doc
        s = doc.text.scalars
        tokens = doc.tokens
        self.lexicon = lexicon
        let n = tokens.count
        let keys = words?.key ?? doc.foldedKeys()
        self.keys = keys
        var info = [WordInfo](repeating: WordInfo(), count: n)
        for k in 0..<n where tokens[k].kind == .word {
            if let w = lexicon.words[keys[k]] { info[k] = w }
        }
        self.info = info
        self.quotes = Self.closingUnclosedQuotes(quotes, doc: doc, info: info)
        let quotes = self.quotes
        var quoteOf = [Int32](repeating: -1, count: n)
        var opens = [Int32](repeating: -1, count: n)
        var closes = [Int32](repeating: -1, count: n)
        for (qi, q) in quotes.enumerated() {
            for part in q.content {
                guard var k = doc.firstToken(atOrAfter: part.start), k < n, tokens[k].span.start < part.end else { continue }
                opens[k] = Int32(qi)
                var last = k
                while k < n, tokens[k].span.start < part.end { quoteOf[k] = Int32(qi); last = k; k += 1 }
                closes[last] = Int32(qi)
            }
        }
        self.quoteOf = quoteOf
        self.opens = opens
        self.closes = closes
    }

    /// A quote left without its closing mark often still has its attribution inline
    /// (`"We tried, said Kessel.`): it is ended at the comma before the attribution.
    static func closingUnclosedQuotes(_ quotes: [QuoteSpan], doc: Document, info: [WordInfo]) -> [QuoteSpan] {
        var out = quotes
        let tokens = doc.tokens, s = doc.text.scalars
        for (qi, q) in quotes.enumerated() where !q.closed && q.kind != .block {
            guard let last = q.content.last, var k = doc.firstToken(atOrAfter: last.start) else { continue }
            k += 1
            scan: while k < tokens.count, tokens[k].span.start < last.end {
                if tokens[k].kind == .punctuation, s[tokens[k].span.start] == "," {
                    var m = k + 1
                    while m < min(tokens.count, k + 6), tokens[m].kind == .word {
                        let w = info[m]
                        if w.classes.contains(.cueVerb), w.frames.contains(.speech), w.form == .past || w.form == .third {
                            out[qi].content[out[qi].content.count - 1].end = tokens[k].span.end
                            out[qi].closed = true
                            break scan
                        }
                        m += 1
                    }
                }
                k += 1
            }
        }
        return out
    }

    // MARK: token predicates

    @inline(__always) func has(_ k: Int, _ c: CueWordClass) -> Bool { info[k].classes.contains(c) }
    @inline(__always) func isWord(_ k: Int) -> Bool { tokens[k].kind == .word }
    @inline(__always) func isCapitalized(_ k: Int) -> Bool {
        tokens[k].kind == .word && CharClass.isUpper(s[tokens[k].span.start])
    }
    @inline(__always) func first(_ k: Int) -> Unicode.Scalar { s[tokens[k].span.start] }
    @inline(__always) func isPunct(_ k: Int, _ u: Unicode.Scalar) -> Bool {
        tokens[k].kind == .punctuation && tokens[k].span.length == 1 && s[tokens[k].span.start] == u
    }
    @inline(__always) func isComma(_ k: Int) -> Bool { isPunct(k, ",") }
    @inline(__always) func isSentenceEnd(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && CharClass.isSentenceEnd(s[tokens[k].span.start])
    }
    @inline(__always) func isDash(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && CharClass.isDash(s[tokens[k].span.start])
    }
    /// The possessive ’s token.
    @inline(__always) func isPossessive(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && t.span.length == 2 && CharClass.isApostrophe(s[t.span.start])
    }

    /// The word of token `k`, case-folded, is the word whose key is `key` (a `CueWords` constant).
    @inline(__always) func isWord(_ k: Int, _ key: UInt64) -> Bool { keys[k] == key }

    func text(_ r: Range<Int>) -> Span { Span(tokens[r.lowerBound].span.start, tokens[r.upperBound - 1].span.end) }
}

extension Document {
    /// Per token: the folded `WordKey` of a word (as `ArticleWords.key`), the scalar value of the
    /// first character for other tokens.
    func foldedKeys() -> [UInt64] {
        let s = text.scalars
        return tokens.indices.map { k in
            tokens[k].kind == .word ? keys[k] : UInt64(s[tokens[k].span.start].value)
        }
    }

    /// The index of the first token that ends after `offset` (binary search).
    func firstToken(atOrAfter offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? lo : nil
    }
}
