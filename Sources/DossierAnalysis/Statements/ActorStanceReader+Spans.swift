/// The spans `ActorStanceReader` reads apart: names joined by "and" that share a judgement,
/// suppositions opened by "if", and quotations nested in a quote.
extension ActorStanceReader {
    static let maxJoined = 3
    static let between = WordKey.of("between")
    static let if_ = WordKey.of("if")
    static let unless = WordKey.of("unless")
    static let all = WordKey.of("all")
    static let ifOpeners: KeySet = KeySet(["and", "but", "even", "only", "that", "so", "or"].map { WordKey.of($0) })
    static let maxCitedTokens = 10

    /// Two names with only "and" or a comma between them ("Clinton and Obama", "Cruz, Rubio
    /// and Kasich", "A, B, and C"), read as one; not "by Congress, and Treasury is".
    func coordinated(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let b = titled(b, after: a.upperBound)
        if b.lowerBound == a.upperBound + 1 {
            return SmallWords.key(doc, a.upperBound) == SmallWords.and || doc.isComma(a.upperBound) && andFollows(b)
        }
        return b.lowerBound == a.upperBound + 2 && doc.isComma(a.upperBound) && SmallWords.key(doc, a.upperBound + 1) == SmallWords.and
            && a.lowerBound >= 2 && doc.isComma(a.lowerBound - 1)
    }

    /// A name with the titles before it, past none of the tokens up to `floor` ("Obama and Vice
    /// President Biden", "Clinton and Sen. Bernie Sanders"): capitalised words of a title or a
    /// role, and the full stop of an abbreviated one, at most three tokens.
    private func titled(_ b: Range<Int>, after floor: Int) -> Range<Int> {
        let s = doc.text.scalars
        var k = b.lowerBound
        while k - 1 > floor, k > b.lowerBound - 3 {
            let t = doc.tokens[k - 1]
            if t.kind == .punctuation, s[t.span.start] == ".", k - 2 > floor, doc.tokens[k - 2].span.end == t.span.start,
               ActorLexicon.shared.wordClass(doc.keys[k - 2]).contains(.title) { k -= 1; continue }
            guard t.kind == .word, CharClass.isUpper(s[t.span.start]),
                  !ActorLexicon.shared.wordClass(doc.keys[k - 1]).isDisjoint(with: [.title, .roleModifier, .personNoun]) else { break }
            k -= 1
        }
        return k..<b.upperBound
    }

    /// The list goes on after `b` to "and" (", and" or "and").
    private func andFollows(_ b: Range<Int>) -> Bool {
        let k = b.upperBound
        guard k + 1 < doc.tokens.count else { return false }
        return SmallWords.key(doc, k) == SmallWords.and || doc.isComma(k) && SmallWords.key(doc, k + 1) == SmallWords.and
    }

    /// Names after "between" (a pair in relation to each other) or "by" (a passive's agents).
    func pairedOrAgents(_ k: Int, from start: Int) -> Bool {
        guard k > start else { return false }
        let key = SmallWords.key(doc, k - 1)
        return key == Self.between || key == SmallWords.by
    }

    /// "If …" opening a clause, not "know if" or "asked if" (whether).
    func opensClause(_ k: Int, from start: Int) -> Bool {
        guard k > start else { return true }
        if doc.tokens[k - 1].kind != .word { return true }
        return Self.ifOpeners.contains(SmallWords.key(doc, k - 1))
    }

    /// A quotation nested in a quote of the speaker's ("the whole idea of a 'Crooked Hillary' …
    /// needs to stop"): words the speaker cites, whose judgement is someone else's. Only in a
    /// range that opens with a quotation mark; in reported speech the marked words are the
    /// speaker's own ("said the plan was 'a disaster'").
    func citedInside(_ range: Range<Int>) -> [Range<Int>] {
        let s = doc.text.scalars
        func isMark(_ k: Int) -> Bool { doc.tokens[k].kind != .word && CharClass.isQuoteMark(s[doc.tokens[k].span.start]) }
        guard range.count > 4, isMark(range.lowerBound) else { return [] }
        var out: [Range<Int>] = []
        var k = range.lowerBound + 1
        while k < range.upperBound - 1 {
            // An opening mark: joined to the word after it, apart from the one before it.
            guard isMark(k), doc.tokens[k + 1].span.start == doc.tokens[k].span.end,
                  doc.tokens[k + 1].kind == .word, doc.tokens[k - 1].span.end < doc.tokens[k].span.start else { k += 1; continue }
            var e = k + 2
            while e < min(range.upperBound - 1, k + 2 + Self.maxCitedTokens), !isMark(e) { e += 1 }
            guard e < range.upperBound - 1, isMark(e), doc.tokens[e - 1].span.end == doc.tokens[e].span.start else { k += 1; continue }
            out.append(k + 1..<e)
            k = e + 1
        }
        return out
    }
}
