/// The words a statement is about, read around a frame word or a cue's object: back to its
/// determiner ("a bloody confrontation"), on through its nouns and a place or name joined by a
/// preposition ("… in and around Tripoli", "the offensive on Tripoli").
struct TargetPhrase {
    let doc: Document
    let lexicon: StanceLexicon
    var lead = LeadEvent()
    /// The lead is an actor's act that names no frame (`LeadSubject`): "the decision" is that act.
    var ownedLead = false

    private func info(_ k: Int) -> StanceWord? {
        lexicon.words[doc.keys[k]]
    }

    private func isWord(_ k: Int) -> Bool { doc.tokens[k].kind == .word }

    private func isCapitalized(_ k: Int) -> Bool {
        let u = doc.text.scalars[doc.tokens[k].span.start]
        if u.value < 128 { return u.value >= 65 && u.value <= 90 }
        return CharClass.isUpper(u)
    }

    /// A plain word that may belong to a noun phrase: no operator, negation, modal, cue, clause
    /// word or preposition.
    private func isPlain(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        guard let w = info(k) else { return !endsInLy(k) }
        return w.op == 0 && !w.negates && w.modality == nil && w.cue < 0 && !w.grammar.contains(.prep)
            && !w.grammar.contains(.boundary) && !w.grammar.contains(.gap) && !w.grammar.contains(.function)
            && !w.grammar.contains(.det)
    }

    /// A word that looks like an adjective by its ending (-ful, -al, -ary, -ic, -ive, -ous, -y).
    private func isAdjective(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        guard sp.length > 3 else { return false }
        let a = s[sp.end - 3], b = s[sp.end - 2], c = s[sp.end - 1]
        switch (b, c) {
        case ("a", "l"), ("i", "c"), ("u", "s"): return true
        case ("r", "y"): return a == "a"
        case ("u", "l"): return a == "f"
        case ("v", "e"): return a == "i"
        case (_, "y"): return b == "d" || b == "t"
        default: return false
        }
    }

    /// "escaping", "overseeing", "you’re", "’s": no part of the noun phrase before a target
    /// word (a frame word such as "dredging" is let in before this is asked).
    private func isVerbLike(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        for i in sp.start..<sp.end where s[i] == "'" || s[i] == "’" { return true }
        return sp.length > 5 && s[sp.end - 3] == "i" && s[sp.end - 2] == "n" && s[sp.end - 1] == "g"
    }

    private func isBy(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        return sp.length == 2 && (s[sp.start] == "b" || s[sp.start] == "B") && s[sp.start + 1] == "y"
    }

    private func endsInLy(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        return sp.length > 4 && s[sp.end - 2] == "l" && s[sp.end - 1] == "y"
    }

    func around(_ k: Int) -> Span? {
        guard k >= 0, k < doc.tokens.count else { return nil }
        let sentence = doc.sentences[doc.sentenceIndex(at: doc.tokens[k].span.start) ?? 0].tokenRange
        var lo = k
        var steps = 0
        while lo > sentence.lowerBound, steps < 3 {
            let p = lo - 1
            if isWord(p), let w = info(p), w.grammar.contains(.det) { lo = p; break }
            guard (isPlain(p) && !isVerbLike(p)) || (isWord(p) && (info(p)?.frame ?? -1) >= 0 && (info(p)?.op ?? 0) == 0) else { break }
            lo = p; steps += 1
        }
        var hi = k + 1
        steps = 0
        // Nouns after an adjective ("peaceful political means", "military position") and frame
        // words after a frame word ("dredging licence").
        while hi < sentence.upperBound, steps < 2, isWord(hi), !isCapitalized(hi) {
            let frame = (info(hi)?.frame ?? -1) >= 0 && (info(hi)?.op ?? 0) == 0
            guard frame || (isPlain(hi) && isAdjective(hi - 1)) else { break }
            // "a terminal run by software": a participle with its agent ends the phrase.
            if hi + 1 < sentence.upperBound, isBy(hi + 1) { break }
            hi += 1; steps += 1
        }
        // A preposition chain then a name: "towards Tripoli", "in and around Tripoli".
        var j = hi
        while j < sentence.upperBound, isWord(j), let w = info(j), w.grammar.contains(.prep) { j += 1 }
        if j > hi, j < sentence.upperBound, isWord(j), isCapitalized(j), !isFunction(j) {
            var e = j
            while e < sentence.upperBound, e - j < 3, isWord(e), isCapitalized(e) { e += 1 }
            hi = e
        }
        return Span(doc.tokens[lo].span.start, doc.tokens[hi - 1].span.end)
    }

    private func isFunction(_ k: Int) -> Bool { info(k).map { !$0.grammar.isEmpty } ?? false }

    /// Lower-cased content words of a span.
    func keywords(in span: Span) -> [String] {
        guard let r = doc.tokenRange(covering: span) else { return [] }
        var out: [String] = []
        for k in r where isWord(k) && !isFunction(k) {
            let w = doc.text[doc.tokens[k].span].lowercased()
            if w.count > 2, !out.contains(w) { out.append(w) }
        }
        return out
    }

    /// Runs of capitalised words in a sentence, lower-cased, leaving out its first word and
    /// function words ("the", "we").
    func entities(in span: Span) -> [String] {
        guard let r = doc.tokenRange(covering: span) else { return [] }
        var out: [String] = []
        var k = r.lowerBound + 1
        while k < r.upperBound {
            guard isWord(k), isCapitalized(k) else { k += 1; continue }
            guard !isFunction(k) else { k += 1; continue }
            var e = k
            while e < r.upperBound, isWord(e), isCapitalized(e), !isFunction(e) { e += 1 }
            let name = doc.text[Span(doc.tokens[k].span.start, doc.tokens[e - 1].span.end)].lowercased()
            if name.count > 2, !out.contains(name) { out.append(name) }
            k = e
        }
        return out
    }
}
