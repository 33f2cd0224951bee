/// "the two candidates", "both Democratic candidates", "the three men": a definite count of
/// people is how news writing refers back to people it has already named, as "the two nations"
/// counts the places just named; when the article has named at least that many people before,
/// the group is those people again, not a new actor ("Two senators said …" with no article, or
/// "the 12 jurors" in a story that names no twelve people, still are one).
extension ActorAssembler {
    /// Whether every mention of group draft `dr` (pronouns aside) is such a count, and at least
    /// that many people are named before it. `namedBefore(offset)` counts the named people
    /// first mentioned before a text offset.
    func countsNamedPeople(_ dr: ActorDraft, namedBefore: (Int) -> Int) -> Bool {
        var n = 0
        for i in dr.mentions where state.ms[i].kind != .pronoun {
            let m = state.ms[i]
            guard m.kind == .description, let c = definiteCount(m), c >= 2 else { return false }
            n = max(n, c)
        }
        return n >= 2 && namedBefore(dr.first) >= n
    }

    /// The count of a description that opens with "both" (two), or with "the", "these", "those"
    /// or a possessive and a number.
    private func definiteCount(_ m: Mention) -> Int? {
        let s = state.doc.text.scalars
        var e = m.span.start
        while e < m.span.end && s[e] != " " { e += 1 }
        if WordKey.folded(s, m.span.start..<e) == Self.bothKey { return correlative(after: m.span) ? nil : 2 }
        guard let c = m.count, opensWithDeterminer(m.span) else { return nil }
        return c
    }

    static let bothKey = WordKey.folded("both")

    /// "both liberal outside groups like Priorities USA and unions": an "and" in the words that
    /// follow, before any punctuation, makes "both" the first half of "both … and".
    private func correlative(after span: Span) -> Bool {
        let doc = state.doc
        guard let r = doc.tokenRange(covering: span) else { return false }
        var k = r.upperBound
        while k < doc.tokens.count && k - r.upperBound < 8 && doc.tokens[k].kind == .word {
            if doc.keys[k] == ActorWordKeys.andKey { return true }
            k += 1
        }
        return false
    }

    /// The offsets where each person named in the article is first mentioned, sorted.
    func namedPeopleStarts() -> [Int] {
        state.drafts.indices.filter { !state.drafts[$0].mentions.isEmpty && state.isNamedPerson($0) }.map { state.drafts[$0].first }.sorted()
    }
}
