/// A race named with no owner before "against" ("Sanders said he did not seek Obama's
/// endorsement in the race for the Democratic nomination against Hillary Clinton", "Trump has
/// said a race against Sanders would be …"): news writing leaves the owner out when it is the
/// person the sentence is about, its first person named. Only races (a fight may be anyone's:
/// "the fight against ISIS"), only a person named in the same sentence before the noun, and
/// never one named as an owner ("Obama's endorsement").
extension RelationNouns {
    /// The runner of race noun `k` that no possessive or name before it gives: the first person
    /// named in the sentence before it who is no owner. nil for a fight, or when no such person
    /// is named before.
    func unownedRaceRunner(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)],
                           people: Set<String>) -> String? {
        guard !Self.fights.contains(doc.keys[k]) else { return nil }
        let end = doc.tokens[k].span.start
        var i = MentionSearch.firstStarting(atOrAfter: doc.tokens[sentence.lowerBound].span.start, mentions)
        while i < mentions.count, mentions[i].span.end <= end {
            let m = mentions[i]
            i += 1
            guard people.contains(m.actor), let r = doc.tokenRange(covering: m.span) else { continue }
            // "Obama's endorsement": an owner, not the one running.
            if r.upperBound < sentence.upperBound, doc.isPossessive(r.upperBound) { continue }
            return m.actor
        }
        return nil
    }
}
