/// "A super PAC aligned with Jeb Bush", "forces loyal to Haftar", "a union allied with the
/// campaign": an actor named right before a word of alignment and the actor after its
/// preposition stands with that actor. Reporters state a side this way, never as anyone's
/// statement.
extension RelationNouns {
    /// Linear: one pass over the tokens, binary searches in the sorted mentions. The same pass
    /// reads choices of one actor over another (`preference(at:in:mentions:)`).
    func alignments(mentions: [(span: Span, actor: String)]) -> [Relation] {
        var out: [Relation] = []
        for sentence in doc.sentences {
            let range = sentence.tokenRange
            for k in range where k > range.lowerBound + 1 && k + 1 < range.upperBound && doc.tokens[k].kind == .word {
                if doc.keys[k] == SmallWords.over {
                    if let r = preference(at: k, in: range, mentions: mentions) { out.append(r) }
                    continue
                }
                guard k + 2 < range.upperBound, let preposition = Self.alignmentWords[doc.keys[k]],
                      SmallWords.key(doc, k + 1) == preposition else { continue }
                // "The Ohio Forward Alliance, aligned with …": past the comma of an apposition.
                let before = doc.tokens[k - 1].kind == .punctuation && doc.text.scalars[doc.tokens[k - 1].span.start] == "," ? k - 2 : k - 1
                guard let holder = mention(endingAt: doc.tokens[before].span.end, mentions)?.actor,
                      let owner = mention(startingNear: k + 2, mentions, within: 3)?.actor, owner != holder else { continue }
                out.append(Relation(holder: holder, owner: owner, sign: 1, noun: k))
            }
        }
        return out
    }

    /// Words of alignment and the preposition each takes.
    static let alignmentWords: KeyMap<UInt64> = {
        var out = KeyMap<UInt64>()
        for w in ["aligned", "allied", "affiliated", "associated", "sympathetic"] { out[WordKey.of(w)] = SmallWords.with }
        for w in ["loyal", "close", "friendly"] { out[WordKey.of(w)] = SmallWords.to }
        return out
    }()
}
