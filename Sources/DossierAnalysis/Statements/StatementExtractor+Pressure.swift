/// Pressure on an actor: "urged Trump to release the tapes", "called on Sanders to quit the
/// race", "pressed Obama not to close the prison". A call made on someone to do what they have
/// not done is a stance against them (readers label "both urged Trump to release the tapes" as
/// the two against Trump), whatever the call's own content says about its topic; a call *for*
/// something ("called for a ban") names no one pressed. Linear: a binary search in the sorted
/// mentions per call.
extension StatementExtractor {
    /// The actor a call cue (meaning `callFor`, not ending in "for") presses: a name right after
    /// the cue, or after "on" ("called on"), followed by "to" or "not to". `nil` for the
    /// speaker's own side, a negated cue, or no such name.
    func pressedActor(by q: Quote, sense: CueSense, cueNegated: Bool, speaker: String, own: Set<String>,
                      _ mentions: [(span: Span, actor: String)], _ doc: Document) -> (span: Span, actor: String)? {
        guard sense.meaning == .callFor, !cueNegated, let cue = q.cue, let r = doc.tokenRange(covering: cue),
              r.upperBound < doc.tokens.count, SmallWords.key(doc, r.upperBound - 1) != SmallWords.for_ else { return nil }
        return pressed(after: r.upperBound - 1, mentions, doc).flatMap { $0.actor == speaker || own.contains($0.actor) ? nil : $0 }
    }

    /// The actor mention starting right after token `verb` (past "on" or "the") whose name is
    /// followed by "to" or "not to" and a verb: the one pressed to act.
    func pressed(after verb: Int, _ mentions: [(span: Span, actor: String)], _ doc: Document) -> (span: Span, actor: String)? {
        var k = verb + 1
        if k < doc.tokens.count, SmallWords.key(doc, k) == Self.on { k += 1 }
        // "called Sanders to congratulate him" is a telephone call.
        else if Self.callForms.contains(SmallWords.key(doc, verb)) { return nil }
        guard k < doc.tokens.count, doc.tokens[k].kind == .word else { return nil }
        let start = doc.tokens[k].span.start
        let i = MentionSearch.firstStarting(atOrAfter: start, mentions)
        guard i < mentions.count, mentions[i].span.start == start, let name = doc.tokenRange(covering: mentions[i].span) else { return nil }
        var j = name.upperBound
        if j < doc.tokens.count, SmallWords.key(doc, j) == Self.not { j += 1 }
        guard j + 1 < doc.tokens.count, SmallWords.key(doc, j) == SmallWords.to, doc.tokens[j + 1].kind == .word,
              CharClass.isLower(doc.text.scalars[doc.tokens[j + 1].span.start]),
              word(doc, j + 1)?.grammar.contains(.det) != true else { return nil }
        return mentions[i]
    }

    /// "called for an Apple boycott", "demanded a Trump ban": the actor named at token `k` is
    /// followed by a noun of action against ("boycott", "ban": an operator against or a cue
    /// that opposes), so the call is against the actor, not for it. So is a call for what is to
    /// be done to the actor ("calling for Gaddis to be banned", "called for Lowe to be
    /// prosecuted"); "for Gaddis to ban …" is the actor's own act and says nothing of that.
    func callsAgainst(named k: Int, _ mentions: [(span: Span, actor: String)], _ doc: Document) -> Bool {
        let start = doc.tokens[k].span.start
        let i = MentionSearch.firstStarting(atOrAfter: start, mentions)
        guard i < mentions.count, mentions[i].span.start == start, let name = doc.tokenRange(covering: mentions[i].span) else { return false }
        var j = name.upperBound
        if j + 2 < doc.tokens.count, SmallWords.key(doc, j) == SmallWords.to, SmallWords.key(doc, j + 1) == Self.be { j += 2 }
        guard j < doc.tokens.count, let w = word(doc, j) else { return false }
        return w.op < 0 || (w.cue >= 0 && lexicon.cues[Int(w.cue)].meaning == .oppose)
    }

    static let on = WordKey.of("on")
    static let callForms: KeySet = KeySet(["call", "calls", "called", "calling"].map { WordKey.of($0) })
    static let not = WordKey.of("not")
    static let be = WordKey.of("be")
}
