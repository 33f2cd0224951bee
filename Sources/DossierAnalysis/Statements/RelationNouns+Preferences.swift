/// "backing Clinton over Trump", "would vote for Hillary Clinton over Donald Trump",
/// "supported Barack Obama over Clinton in 2008": a choice between two actors after a verb of
/// support makes them rivals, whoever chooses. Reporters and headlines name races this way.
extension RelationNouns {
    /// The rivalry of the choice whose "over" is token `k`, nil when it is none (read in the pass
    /// of `alignments(mentions:)`).
    func preference(at k: Int, in sentence: Range<Int>, mentions: [(span: Span, actor: String)]) -> Relation? {
        guard let chosen = mention(endingAt: doc.tokens[k - 1].span.end, mentions),
              let other = mention(startingNear: k + 1, mentions, within: 2), other.actor != chosen.actor,
              let first = doc.tokenRange(covering: chosen.span)?.lowerBound, supports(before: first, from: sentence.lowerBound)
        else { return nil }
        return Relation(holder: chosen.actor, owner: other.actor, sign: -1, noun: k)
    }

    /// A verb of support or of voting right before `k`, past "for" ("vote for").
    private func supports(before k: Int, from start: Int) -> Bool {
        var v = k - 1
        if v > start, SmallWords.key(doc, v) == SmallWords.for_ { v -= 1 }
        guard v >= start, let w = word(v), w.cue >= 0 else { return false }
        return lexicon.cues[Int(w.cue)].meaning == .support || w.grammar.contains(.ballot)
    }
}
