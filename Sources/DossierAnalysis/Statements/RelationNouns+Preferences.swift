/// "backing Clinton over Trump", "would vote for Hillary Clinton over Donald Trump",
/// "supported Barack Obama over Clinton in 2008": a choice between two actors after a verb of
/// support makes them rivals, whoever chooses. Reporters and headlines name races this way.
extension RelationNouns {
    /// Linear: one pass over the tokens, binary searches in the sorted mentions.
    func preferences(mentions: [(span: Span, actor: String)]) -> [Relation] {
        var out: [Relation] = []
        for sentence in doc.sentences {
            let range = sentence.tokenRange
            for k in range where k > range.lowerBound + 1 && k + 1 < range.upperBound && doc.keys[k] == SmallWords.over
                && doc.tokens[k].kind == .word {
                guard let chosen = mention(endingAt: doc.tokens[k - 1].span.end, mentions),
                      let other = mention(startingNear: k + 1, mentions, within: 2), other.actor != chosen.actor,
                      let first = doc.tokenRange(covering: chosen.span)?.lowerBound, supports(before: first, from: range.lowerBound)
                else { continue }
                out.append(Relation(holder: chosen.actor, owner: other.actor, sign: -1, noun: k))
            }
        }
        return out
    }

    /// A verb of support or of voting right before `k`, past "for" ("vote for").
    private func supports(before k: Int, from start: Int) -> Bool {
        var v = k - 1
        if v > start, SmallWords.key(doc, v) == SmallWords.for_ { v -= 1 }
        guard v >= start, let w = word(v), w.cue >= 0 else { return false }
        return lexicon.cues[Int(w.cue)].meaning == .support || w.grammar.contains(.ballot)
    }
}
