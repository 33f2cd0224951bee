/// Turning a run of tokens into the content of an attribution: trimmed of edge punctuation,
/// widened over a quotation it cuts through, and classified (direct, mixed, indirect).
extension AttributionContext {
    struct Content {
        var spans: [Span]
        var quotes: [Int]
        var kind: QuoteKind
        /// How it was found after its cue (for the candidate model).
        var route: ContentRoute = .none
    }

    /// The content held by tokens `r`, or nil when nothing but punctuation is left.
    func content(_ r: Range<Int>) -> Content? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, isEdgePunctuation(lo) { lo += 1 }
        while hi > lo, isEdgePunctuation(hi - 1) { hi -= 1 }
        guard lo < hi else { return nil }
        // A quotation cut by the range is taken whole.
        if quoteOf[hi - 1] >= 0 {
            let q = Int(quoteOf[hi - 1])
            while hi < tokens.count, quoteOf[hi] == Int32(q), closes[hi - 1] != Int32(q) { hi += 1 }
        }
        if quoteOf[lo] >= 0 {
            let q = quoteOf[lo]
            while lo > 0, quoteOf[lo - 1] == q, opens[lo] != q { lo -= 1 }
        }
        var held: [Int] = []
        var k = lo
        while k < hi {
            let q = quoteOf[k]
            if q >= 0 {
                if held.last != Int(q) { held.append(Int(q)) }
            }
            k += 1
        }
        if held.count == 1, opens[lo] == Int32(held[0]), closes[hi - 1] == Int32(held[0]) {
            return Content(spans: quotes[held[0]].content, quotes: held, kind: .direct)
        }
        return Content(spans: [text(lo..<hi)], quotes: held, kind: held.isEmpty ? .indirect : .mixed)
    }

    /// The content made of one detected quote (all its parts).
    func content(quote q: Int) -> Content {
        Content(spans: quotes[q].content, quotes: [q], kind: .direct)
    }

    private func isEdgePunctuation(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .punctuation else { return false }
        let u = s[t.span.start]
        return u == "," || u == "." || u == ";" || u == ":" || CharClass.isDash(u) || u == "\u{2026}"
    }

    /// The token range of the quote part that starts at token `k`.
    func quotePart(startingAt k: Int) -> Range<Int>? {
        let q = opens[k]
        guard q >= 0 else { return nil }
        var e = k
        while e < tokens.count, closes[e] != q { e += 1 }
        return e < tokens.count ? k..<(e + 1) : nil
    }

    /// The token range of the quote part that ends at token `k`.
    func quotePart(endingAt k: Int) -> Range<Int>? {
        let q = closes[k]
        guard q >= 0 else { return nil }
        var b = k
        while b >= 0, opens[b] != q { b -= 1 }
        return b >= 0 ? b..<(k + 1) : nil
    }

    /// `said, however, that …`, `said, in a statement, that …`: a short aside set off by commas
    /// between the cue and its "that". Returns the aside's closing comma.
    func commaAside(after comma: Int, upper b: Int) -> Int? {
        var m = comma + 1
        while m < min(b, comma + 7) {
            if isComma(m) { break }
            guard tokens[m].kind == .word || tokens[m].kind == .number, opens[m] < 0, closes[m] < 0,
                  !has(m, .cueVerb), !isWord(m, CueWords.that) else { return nil }
            m += 1
        }
        guard m > comma + 1, m + 1 < b, isComma(m), isWord(m + 1, CueWords.that) else { return nil }
        return m
    }
}
