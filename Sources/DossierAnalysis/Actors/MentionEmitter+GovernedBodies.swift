/// A body named by a common noun only inside a prepositional phrase ("the centerpiece of his
/// campaign", "lost in his re-election campaign", "worried about the Iowa campaign") is what
/// the sentence is about, not someone who speaks or acts in it, just as a body's name there is
/// (`ActorContext.isGoverned`). Two prepositions still show the body as someone: "for" gives
/// whom people work for ("consultants for Clinton's campaign"), and "in" or "within" a body of
/// people one belongs to ("not in the Lewandowski camp", tag `p` in org_nouns.txt) says who its
/// members are, as "members of" does.
extension MentionEmitter {
    func bodyGoverned(_ p: PhraseReader.Phrase) -> Bool {
        let a = p.range.lowerBound
        guard ctx.isGoverned(a, start: sentence.lowerBound) else { return false }
        var k = a - 1
        while k >= sentence.lowerBound, w.flags[k].contains(.lower) && w.has(k, [.det, .quant]) { k -= 1 }
        guard k >= sentence.lowerBound else { return true }
        if w.key[k] == Self.forKey { return false }
        return !(Self.membershipKeys.contains(w.key[k]) && lex.memberBodies.contains(w.key[p.head]))
    }

    static let forKey = WordKey.folded("for")
    static let membershipKeys: KeySet = KeySet(["in", "within", "inside"].map(WordKey.folded))
}
