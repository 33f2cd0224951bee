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
            let plain = (sentence.tokenRange.lowerBound..<name.lowerBound).allSatisfy { k in
                let t = doc.tokens[k]
                guard t.kind == .word else { return true }
                if !CharClass.isLower(s[t.span.start]) { return true }
                return lexicon.words[WordKey.of(s, t.span.start, t.span.end)]?.grammar.contains(.det) == true
            }
            guard plain, name.upperBound < sentence.tokenRange.upperBound else { continue }
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
            out.append((mentions[m].actor, start..<sentence.tokenRange.upperBound))
        }
        return out
    }
}
