/// A rival named with no owner ("beating rival Hillary Clinton", "support Hillary Clinton, as
/// rival Bernie Sanders continues to gain", "will face challenger Paul Nehlen"): news writing
/// leaves the owner out when it is the person the sentence is about, named before the noun.
/// Only nouns of a contest (a critic or a foe may be anyone's), not a former rival (who often
/// endorses the winner), only a person named in the same sentence, and never the one the
/// phrase is in apposition to.
extension RelationNouns {
    /// The owner of rival noun `k` that no possessive or name before it gives: the nearest
    /// person named before the noun phrase in the sentence. nil for other nouns, after an
    /// article ("a rival" names no one's), or when no person is named before.
    func unownedRivalOwner(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)],
                           people: Set<String>) -> String? {
        // "endorsed by former rival Carly Fiorina": no longer in the contest.
        guard Self.contestRoles.contains(doc.keys[k]), !formerly(before: k, from: sentence.lowerBound) else { return nil }
        return personNamedBefore(phraseOf: k, in: sentence, mentions, people: people)
    }

    /// The nearest person named before the phrase of noun `k` in the sentence; nil after an
    /// article, or for the name the phrase is in apposition to.
    func personNamedBefore(phraseOf k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)],
                           people: Set<String>) -> String? {
        let s = doc.text.scalars
        // Back over qualifiers ("Democratic", "longtime") to where the phrase opens.
        var p = k
        while p - 1 > sentence.lowerBound, k - p < 3, doc.tokens[p - 1].kind == .word, word(p - 1)?.grammar.isEmpty ?? true,
              mention(endingAt: doc.tokens[p - 1].span.end, mentions) == nil { p -= 1 }
        guard p - 1 >= sentence.lowerBound else { return nil }
        if word(p - 1)?.grammar.contains(.det) == true { return nil }
        // "Bernie Sanders, a rival," or "Sanders, rival": the name the phrase is in apposition to.
        let apposed = doc.tokens[p - 1].kind == .punctuation && s[doc.tokens[p - 1].span.start] == "," && p - 2 >= sentence.lowerBound
            ? doc.tokens[p - 2].span.end : -1
        let start = doc.tokens[sentence.lowerBound].span.start
        var i = MentionSearch.firstStarting(atOrAfter: doc.tokens[p].span.start, mentions) - 1
        while i >= 0, mentions[i].span.start >= start {
            if people.contains(mentions[i].actor) { return mentions[i].span.end == apposed ? nil : mentions[i].actor }
            i -= 1
        }
        return nil
    }

    /// Nouns of a place in a contest against the owner.
    static let contestRoles: KeySet = KeySet(["rival", "challenger", "opponent", "adversary"].map { WordKey.of($0) })
}
