/// Everything the attribution stages read about one article, computed once: each token's word
/// classes and cue reading, and which quotation each token belongs to.
struct AttributionContext {
    let doc: Document
    let s: [Unicode.Scalar]
    let tokens: [Token]
    let lexicon: CueLexicon
    /// Per token: word classes and cue-verb reading (empty for punctuation and unknown words).
    var info: [WordInfo]
    /// Per token: the index of the quote holding it, or -1.
    var quoteOf: [Int32]
    /// Per token: the quote whose part starts (opens) / ends (closes) at this token, or -1.
    var opens: [Int32]
    var closes: [Int32]
    let quotes: [QuoteSpan]

    init(doc: Document, quotes: [QuoteSpan], lexicon: CueLexicon = .shared) {
        self.doc = doc
        s = doc.text.scalars
        tokens = doc.tokens
        self.lexicon = lexicon
        self.quotes = quotes
        let n = tokens.count
        var info = [WordInfo](repeating: WordInfo(), count: n)
        for k in 0..<n where tokens[k].kind == .word {
            let sp = tokens[k].span
            if let w = lexicon.words[WordKey.of(s, sp.start, sp.end)] { info[k] = w }
        }
        self.info = info
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

    // MARK: token predicates

    @inline(__always) func has(_ k: Int, _ c: WordClass) -> Bool { info[k].classes.contains(c) }
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

    /// The word of token `k` case-folded equals `word` (ASCII, lowercase).
    func isWord(_ k: Int, _ word: StaticString) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.span.length == word.utf8CodeUnitCount else { return false }
        var i = t.span.start
        for b in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            if WordKey.fold(s[i]) != UInt32(b) { return false }
            i += 1
        }
        return true
    }

    func text(_ r: Range<Int>) -> Span { Span(tokens[r.lowerBound].span.start, tokens[r.upperBound - 1].span.end) }
}

extension Document {
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
