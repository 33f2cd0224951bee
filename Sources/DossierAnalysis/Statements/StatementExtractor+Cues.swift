/// The questions the statement stage asks of a cue and its content's first words: whether a
/// cue names its object ("called the decision “a disgrace”"), the first operator after a word,
/// and a bare vote ("voted no.").
extension StatementExtractor {
    /// The first clause of an action's content holds a quotation mark or a second determiner
    /// ("the decision a disgrace", "the walkout “illegal”"): a name given to its object.
    func namesSomething(_ content: Range<Int>, _ doc: Document) -> Bool {
        var determiners = 0
        for k in content {
            let t = doc.tokens[k]
            if t.kind == .quoteMark { return true }
            if t.kind == .punctuation { return false }
            guard let w = word(doc, k) else { continue }
            if w.grammar.contains(.boundary) { return false }
            if w.grammar.contains(.det) { determiners += 1; if determiners == 2 { return true } }
        }
        return false
    }

    /// "called", "calling" with nothing after it in the cue (not "called for", "called on").
    func isNaming(_ cue: Span?, _ doc: Document) -> Bool {
        guard let cue, let r = doc.tokenRange(covering: cue) else { return false }
        let last = doc.text[doc.tokens[r.upperBound - 1].span].lowercased()
        return last.hasPrefix("call") && last != "call"
    }

    /// The sign of the first operator after a token in its clause, nil when none.
    func firstOperator(after k: Int, in range: Range<Int>, _ doc: Document) -> Int8? {
        var i = k + 1
        while i < range.upperBound, i < k + 6 {
            let t = doc.tokens[i]
            if t.kind == .punctuation, doc.text.scalars[t.span.start] == "," { return nil }
            if let w = word(doc, i) {
                if w.grammar.contains(.boundary) { return nil }
                if w.op != 0 { return w.op }
            }
            i += 1
        }
        return nil
    }

    /// "voted no", "voted against," at the end of a clause: -1; "voted yes", "voted for.": +1;
    /// nil when the vote names what it is on.
    func bareVote(_ content: Range<Int>, _ doc: Document) -> Int8? {
        guard let k = content.first, doc.tokens[k].kind == .word else { return nil }
        // "voted no." may come as one token, which ends the clause.
        var w = doc.text[doc.tokens[k].span].lowercased()
        if w.hasSuffix(".") { w.removeLast() } else if k + 1 < content.upperBound, doc.tokens[k + 1].kind == .word,
                                                       !(word(doc, k + 1)?.grammar.contains(.boundary) ?? false) { return nil }
        switch w {
        case "no", "against", "nay": return -1
        case "yes", "for", "aye": return 1
        default: return nil
        }
    }
}
