/// Staff named with no owner, joined to the person the sentence is about ("Warren getting out
/// of a blue SUV with legislative director Jon Donenberg", "control had been ceded to adviser
/// Paul Manafort", "talks between Clinton and top aide Jake Sullivan"): news writing leaves the
/// owner out when it is that person, named before. Only a singular noun of staff with a
/// person's name right after it, not a former one, and only after "with", "to", "via" or "and"
/// (a post named as the subject of its own verb, "spokesman Jeff Bechdel said", may serve
/// anyone the article names); the owner is the nearest person named before in the sentence,
/// never the one the phrase is in apposition to (`personNamedBefore`).
extension RelationNouns {
    /// The owner of staff noun `k` that no possessive or name before it gives, or nil.
    func unownedStaffOwner(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)],
                           people: Set<String>) -> String? {
        guard Self.staffRoles.contains(doc.keys[k]), k + 1 < sentence.upperBound,
              let next = mention(startingNear: k + 1, mentions), next.span.start == doc.tokens[k + 1].span.start,
              people.contains(next.actor), !formerly(before: k, from: sentence.lowerBound) else { return nil }
        // Back over qualifiers ("legislative", "top", "White House political") to the word that
        // joins the phrase to the sentence.
        var p = k
        while p - 1 > sentence.lowerBound, k - p < 4, doc.tokens[p - 1].kind == .word, word(p - 1)?.grammar.isEmpty ?? true,
              !Self.joiners.contains(doc.keys[p - 1]), mention(endingAt: doc.tokens[p - 1].span.end, mentions) == nil { p -= 1 }
        guard p - 1 > sentence.lowerBound, Self.joiners.contains(doc.keys[p - 1]) else { return nil }
        return personNamedBefore(phraseOf: k, in: sentence, mentions, people: people)
    }

    /// Singular nouns of a post on someone's staff.
    static let staffRoles: KeySet = KeySet(["aide", "adviser", "advisor", "strategist", "manager", "director", "secretary",
                                            "staffer", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney"].map { WordKey.of($0) })
    /// Words that join a staff phrase to the person the sentence is about.
    static let joiners: KeySet = KeySet(["with", "to", "via", "and"].map { WordKey.of($0) })
}
