/// "Correct the Record", "Rock the Vote", "Save the Children": in running text a capitalised
/// verb, "the" and a capitalised word are one name (a group or campaign named for what it
/// wants done). Cut at "the", the verb and the noun were read apart, and the noun ("Record")
/// became an actor of its own. Headlines are left out, and a sentence's opening word counts only
/// when the article capitalises it mid-sentence too: title case and a sentence's first word
/// capitalise verbs that name nothing ("Clinton Wins the Vote", "Blame the weather").
extension NameChunker {
    /// The end of the run when the one-word run at `i` (no surname the article gives someone,
    /// no inflected verb, no word for a party or its people: "Sanders the Democrat", "Clinton
    /// the Democrats") is followed by "the" and a capitalised word that is no first name,
    /// title or known name; nil otherwise. The verb list is short, so any such word passes.
    func imperativeNameEnd(_ i: Int, _ j: Int, end: Int) -> Int? {
        guard j == i + 1, j + 1 < end, w.key[j] == ActorWordKeys.theKey, w.flags[j].contains(.lower), isNameWord(j + 1),
              !w.has(i, [.third, .past, .ing, .firstName, .cue, .title, .courtesy, .roleModifier, .groupNoun, .month]),
              !w.surnameSeen.contains(w.key[i]),
              !w.flags[i].contains(.initial) || w.capSeen.contains(w.key[i]), !w.flags[i].contains(.headline), !w.flags[i].contains(.allCaps),
              lex.entities[w.key[i]] == nil,
              !w.has(j + 1, [.firstName, .title, .courtesy, .roleModifier, .groupNoun]), lex.entities[w.key[j + 1]] == nil else { return nil }
        return j + 2
    }

    /// The run `r` opens with a name read by `imperativeNameEnd`.
    func isImperativeName(_ r: Range<Int>) -> Bool {
        r.count >= 3 && imperativeNameEnd(r.lowerBound, r.lowerBound + 1, end: r.upperBound) != nil
    }
}
