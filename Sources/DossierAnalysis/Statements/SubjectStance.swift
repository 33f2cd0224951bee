/// Stances an actor takes in what the reporter says it did, with no quotation: a sentence whose
/// subject is an actor ("Trump savaged the other 16 people running against him", "The Mexican
/// government has opted to remain quiet rather than publicly challenging Trump's claims") is
/// read after the subject as a quote is, for the other actors it names. Sentences that hold a
/// quotation are left to the quote's reading.
struct SubjectStance {
    let doc: Document
    let lexicon: StanceLexicon

    /// Per sentence with an actor for subject: that actor and the token range after its name.
    func subjects(mentions: [(span: Span, actor: String)], quotes: [Quote]) -> [(actor: String, predicate: Range<Int>)] {
        var zones: [Span] = []
        for q in quotes { zones.append(q.extent); if let c = q.cue { zones.append(c) } }
        zones.sort()
        var out: [(actor: String, predicate: Range<Int>)] = []
        var m = 0, z = 0
        let s = doc.text.scalars
        for sentence in doc.sentences {
            while m < mentions.count, mentions[m].span.start < sentence.span.start { m += 1 }
            while z < zones.count, zones[z].end <= sentence.span.start { z += 1 }
            if z < zones.count, zones[z].start < sentence.span.end { continue }
            guard m < mentions.count, mentions[m].span.end <= sentence.span.end,
                  let name = doc.tokenRange(covering: mentions[m].span) else { continue }
            // Before the subject only a dateline, a title or an article.
            // "Since Obama's 2008 election, donors have …": a capitalised preposition or
            // conjunction opens a clause before the subject.
            let plain = (sentence.tokenRange.lowerBound..<name.lowerBound).allSatisfy { k in
                let t = doc.tokens[k]
                guard t.kind == .word else { return true }
                let w = lexicon.words[doc.keys[k]]
                if w?.grammar.contains(.det) == true || Self.openers.contains(doc.keys[k]) { return true }
                if w.map({ !$0.grammar.isDisjoint(with: [.prep, .boundary, .function]) }) == true { return false }
                return !CharClass.isLower(s[t.span.start])
            }
            guard plain, name.upperBound < sentence.tokenRange.upperBound else { continue }
            // "Obama's 2008 election …": the possessor is not the subject.
            if doc.isPossessive(name.upperBound) { continue }
            // "Supporters of Hillary Clinton and Bernie Sanders avoided …": names joined to the
            // subject by "and" or a comma are subjects too, not what it acts on.
            var start = name.upperBound, n = m + 1
            while n < mentions.count, mentions[n].span.start < mentions[m].span.end { n += 1 }   // names inside the subject
            while start + 1 < sentence.tokenRange.upperBound, n < mentions.count,
                  SmallWords.key(doc, start) == SmallWords.and || doc.tokens[start].kind == .punctuation && s[doc.tokens[start].span.start] == ",",
                  mentions[n].span.start == doc.tokens[start + 1].span.start, let next = doc.tokenRange(covering: mentions[n].span) {
                start = next.upperBound
                n += 1
            }
            guard start < sentence.tokenRange.upperBound else { continue }
            // "The Harbor Fund, (which is) backed by Ellison, ran ads": a passive after the subject
            // says what the actor after "by" did to it, no stance of the subject's.
            if Self.passive(doc, after: start, before: sentence.tokenRange.upperBound) { continue }
            out.append((mentions[m].actor, start..<predicateEnd(from: start, sentence: sentence, subject: mentions[m].actor,
                                                                 mentions: mentions, next: n)))
        }
        return out
    }

    /// "Lowe is a Democrat, but Gaddis has been critical of Ellison": "but", "while" or ", and"
    /// before another actor's name opens a clause of that actor's; the subject's predicate ends there.
    func predicateEnd(from start: Int, sentence: Sentence, subject: String, mentions: [(span: Span, actor: String)], next: Int) -> Int {
        let end = sentence.tokenRange.upperBound, s = doc.text.scalars
        var q = next
        var k = start + 1
        while k + 1 < end {
            let key = SmallWords.key(doc, k)
            let comma = doc.tokens[k - 1].kind == .punctuation && s[doc.tokens[k - 1].span.start] == ","
            if Self.clauseJoins.contains(key) || key == SmallWords.and && comma {
                let at = doc.tokens[k + 1].span.start
                while q < mentions.count, mentions[q].span.start < at { q += 1 }
                if q < mentions.count, mentions[q].span.start == at, mentions[q].actor != subject { return k }
            }
            k += 1
        }
        return end
    }

    static let clauseJoins: KeySet = KeySet(["but", "while", "whereas", "although", "though", "yet"].map { WordKey.of($0) })

    /// Words before a subject that open no clause of their own ("But Rubio has won …", "Some
    /// Republicans are opposed …").
    static let openers: KeySet = KeySet(["but", "and", "so", "yet", "still", "some", "most", "many", "several", "few", "both",
                                         "now", "then", "also"].map { WordKey.of($0) })

    /// A participle and "by" among the first words from `k` ("backed by", "was attacked by").
    /// Not a feeling ("was troubled by Clinton's handling"): the subject's own, toward the agent.
    static func passive(_ doc: Document, after k: Int, before end: Int) -> Bool {
        let s = doc.text.scalars
        var v = k + 1
        while v < min(end, k + 5) {
            if SmallWords.key(doc, v) == SmallWords.by {
                let p = doc.tokens[v - 1]
                guard p.kind == .word, p.span.length > 3, CharClass.isLower(s[p.span.start]),
                      !feelings.contains(SmallWords.key(doc, v - 1)) else { return false }
                let a = s[p.span.end - 2], b = s[p.span.end - 1]
                return (a == "e" && (b == "d" || b == "n")) || (a == "h" && b == "t")
            }
            v += 1
        }
        return false
    }

    static let feelings: KeySet = KeySet(["troubled", "disturbed", "alarmed", "offended", "angered", "outraged", "disgusted",
                                            "appalled", "dismayed", "horrified", "shocked", "saddened", "bothered", "frustrated",
                                            "annoyed", "disappointed", "worried", "concerned", "impressed", "inspired", "moved",
                                            "encouraged", "heartened", "touched", "delighted", "pleased"].map { WordKey.of($0) })
}
