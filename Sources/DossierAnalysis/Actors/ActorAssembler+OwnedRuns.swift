/// An owned campaign that is one run for office or one effort, not the body that runs it:
/// "Clinton's first Senate campaign", "her 2000 Senate campaign", "Mrs. Schlafly's campaign
/// against the amendment", "Clinton's campaign for president". Readers count the owner for
/// these, not a campaign of its own; a campaign named otherwise ("the Clinton campaign",
/// "his campaign") is the body readers list, acting or not, and stays.
extension ActorAssembler {
    /// The draft is an owned campaign (tag e in org_nouns.txt) that never acts and every mention of
    /// which reads as a run or an effort (`namesARun`).
    func isOwnedRun(_ d: Int) -> Bool {
        let dr = state.drafts[d], ms = state.ms
        guard !dr.acting, !dr.titled, state.ownerOf[d] != nil, let head = dr.head,
              state.lex.entourageNouns.contains(WordKey.folded(head)) else { return false }
        var any = false
        for i in dr.mentions where ms[i].kind != .pronoun {
            guard ms[i].kind == .description, namesARun(ms[i].span, head: WordKey.folded(head)) else { return false }
            any = true
        }
        return any
    }

    /// "campaign for/against …" after the head, or a word of a run in time ("first", "failed",
    /// tag run in actor_grammar.txt) or a year just before the head or the span.
    private func namesARun(_ span: Span, head: UInt64) -> Bool {
        let doc = state.doc, s = doc.text.scalars, tokens = doc.tokens
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].span.start < span.start { lo = mid + 1 } else { hi = mid } }
        var h = lo
        while h < tokens.count, tokens[h].span.start < span.end,
              !(tokens[h].kind == .word && WordKey.folded(s, tokens[h].span.start..<tokens[h].span.end) == head) { h += 1 }
        guard h < tokens.count, tokens[h].span.start < span.end else { return false }
        if h + 1 < tokens.count, tokens[h + 1].kind == .word, CharClass.isLower(s[tokens[h + 1].span.start]) {
            let k = WordKey.folded(s, tokens[h + 1].span.start..<tokens[h + 1].span.end)
            if k == ActorWordKeys.forKey || k == ActorWordKeys.againstKey { return true }
        }
        var j = h - 1
        while j >= max(0, lo - 2) {
            let t = tokens[j]
            if t.kind == .number, t.span.end - t.span.start == 4 { return true }
            if t.kind == .word, CharClass.isLower(s[t.span.start]),
               state.lex.runWords.contains(WordKey.folded(s, t.span.start..<t.span.end)) { return true }
            if t.kind != .word { break }
            j -= 1
        }
        return false
    }
}
