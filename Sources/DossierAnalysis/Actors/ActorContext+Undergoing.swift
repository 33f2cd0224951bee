/// "Family members are introduced", "aides are on hand to …", "475 delegates are in play":
/// people the sentence places somewhere or has something done to, not people who act. A plural
/// subject of "be" counts as acting when the sentence says where they stand ("strategists are
/// more skeptical", "critics are opposed to it"), not when the verb is a passive one or the
/// words after it say only where they are.
extension ActorContext {
    /// Whether the words after the form of "be" at `k` are a passive participle ("are
    /// introduced", "were offered") or a place or state given by a preposition ("are on hand",
    /// "are among those"). A participle followed by what one feels or thinks about something
    /// ("are opposed to", "are worried about", "are convinced that") says where they stand.
    func undergoes(after k: Int, end: Int) -> Bool {
        var j = k + 1
        while j < end, w.flags[j].contains(.lower), w.lowerWord(j, .adverb) || Self.looksLikeAdverb(w, j) || w.key[j] == ActorWordKeys.beenKey || w.key[j] == Self.beingKey { j += 1 }
        guard j < end, w.flags[j].contains(.lower) else { return false }
        if w.has(j, .prep) { return !Self.stancePrepositions.contains(w.key[j]) }
        guard w.has(j, .past) || Self.looksLikePast(w, j) else { return false }
        // "are opposed to", "are worried about", "are convinced that": a stance.
        if j + 1 < end, w.flags[j + 1].contains(.lower), Self.stanceComplements.contains(w.key[j + 1]) { return false }
        return true
    }

    static let beingKey = WordKey.folded("being")
    /// Prepositions after "be" that say where someone stands ("are against it", "are for it").
    static let stancePrepositions: KeySet = KeySet(["against", "for", "behind", "with", "like"].map(WordKey.folded))
    /// Words after a participle that make it a stance ("opposed to", "worried about").
    static let stanceComplements: KeySet = KeySet(["to", "about", "that", "with", "over", "of", "by"].map(WordKey.folded))
}
