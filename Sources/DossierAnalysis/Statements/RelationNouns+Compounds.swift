/// "Correct the Record, a pro-Clinton super PAC", "An anti-Sanders group, Future Now, …",
/// "anti-Trump protesters": a word made of "pro-" or "anti-" and an actor's name, in the phrase
/// that names another actor, says that actor stands with or against the one named. Reporters
/// label sides this way, never as anyone's statement.
extension RelationNouns {
    /// `names` gives the folded key of each actor's name, alias and last name word → the actor,
    /// for names only one actor has; asked only when a compound is met (most articles have
    /// none). Linear: one pass over the tokens.
    func compounds(mentions: [(span: Span, actor: String)], names uniqueNames: () -> [UInt64: String]) -> [Relation] {
        var out: [Relation] = []
        let s = doc.text.scalars
        var known: [UInt64: String]? = nil
        for sentence in doc.sentences {
            let range = sentence.tokenRange
            for k in range where doc.tokens[k].kind == .word {
                let t = doc.tokens[k].span
                guard t.end - t.start >= 6, let (sign, nameStart) = Self.prefix(s, t) else { continue }
                if known == nil { known = uniqueNames() }
                let names = known!
                // "anti-Donald Trump": the name may run on into the next word.
                var owner = names[WordKey.folded(s, nameStart..<t.end)]
                var last = k
                if k + 1 < range.upperBound, doc.tokens[k + 1].kind == .word, CharClass.isUpper(s[doc.tokens[k + 1].span.start]) {
                    let next = doc.tokens[k + 1].span
                    if let o = names[WordKey.folded(s, nameStart..<next.end)] ?? (owner == nil ? names[WordKey.folded(s, next.start..<next.end)] : nil) {
                        owner = o
                        last = k + 1
                    }
                }
                guard let owner, let head = head(after: last, in: range) else { continue }
                // "anti-Trump protesters" may be an actor of its own; else the name the phrase
                // is in apposition to, or the name after it.
                let group = mention(endingAt: doc.tokens[head].span.end, mentions).map(\.actor).flatMap { $0 != owner ? $0 : nil }
                guard let holder = group ?? apposed(to: k, head: head, in: range, mentions), holder != owner else { continue }
                out.append(Relation(holder: holder, owner: owner, sign: sign, noun: k))
            }
        }
        return out
    }

    /// +1 for "pro-", -1 for "anti-", and where the name starts; nil for any other word or a
    /// lower-case rest ("anti-establishment").
    static func prefix(_ s: [Unicode.Scalar], _ t: Span) -> (Int8, Int)? {
        // Most words start with neither letter: settle them before any comparison.
        let first = s[t.start].value | 32
        guard first == 112 || first == 97 else { return nil }
        let (p, sign): ([UInt32], Int8) = first == 112 ? (proLetters, 1) : (antiLetters, -1)
        guard t.end - t.start > p.count else { return nil }
        for (n, u) in p.enumerated() {
            let v = s[t.start + n].value
            if (v >= 65 && v <= 90 ? v + 32 : v) != u { return nil }
        }
        let rest = t.start + p.count
        return CharClass.isUpper(s[rest]) ? (sign, rest) : nil
    }

    private static let proLetters = "pro-".unicodeScalars.map(\.value)
    private static let antiLetters = "anti-".unicodeScalars.map(\.value)

    /// The name the phrase from `k` to `head` stands beside: before it past a comma or a dash
    /// ("Priorities USA, a pro-Clinton super PAC", "Correct the Record — a pro-Clinton super
    /// PAC —"), or after it past a comma ("An anti-Sanders group, Future Now,"); nil when no
    /// such mark sets it off.
    private func apposed(to k: Int, head: Int, in range: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> String? {
        let s = doc.text.scalars
        var i = k - 1
        while i > range.lowerBound, k - i <= 3, doc.tokens[i].kind == .word, CharClass.isLower(s[doc.tokens[i].span.start]) { i -= 1 }
        if i > range.lowerBound, doc.tokens[i].kind == .punctuation, Self.setsOff(s[doc.tokens[i].span.start]),
           let m = mention(endingAt: doc.tokens[i - 1].span.end, mentions) { return m.actor }
        guard head + 1 < range.upperBound, doc.tokens[head + 1].kind == .punctuation, s[doc.tokens[head + 1].span.start] == "," else { return nil }
        return holder(of: head, in: range, mentions)
    }

    /// A comma, an em dash or an en dash: the marks that set an apposition off its name.
    private static func setsOff(_ c: Unicode.Scalar) -> Bool {
        c == "," || c == "\u{2014}" || c == "\u{2013}"
    }

    /// The last word of the noun phrase after the compound ("super PAC", "group",
    /// "protesters"), up to two words, before any function word, verb-like word or mark.
    private func head(after k: Int, in range: Range<Int>) -> Int? {
        let s = doc.text.scalars
        var head: Int? = nil
        var j = k + 1
        while j < range.upperBound, j <= k + 2, doc.tokens[j].kind == .word {
            if let w = word(j), !w.grammar.isEmpty || w.cue >= 0 { break }
            let t = doc.tokens[j].span
            let text = doc.text[t]
            if CharClass.isLower(s[t.start]), text.hasSuffix("ing") || text.hasSuffix("ed") { break }
            head = j
            j += 1
        }
        return head
    }
}
