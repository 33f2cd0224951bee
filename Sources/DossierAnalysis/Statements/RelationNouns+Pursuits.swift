/// Inquiries and suits named as nouns: "the FBI probe into Clinton", "the FBI's investigation into
/// Hillary Clinton", "Hogan's lawsuit against Gawker", "an investigation by the FBI into
/// Clinton's server". The body that pursues stands against the one pursued, as when the verb
/// says it ("the FBI investigated Clinton").
extension RelationNouns {
    static let pursuit: Int8 = 7

    func pursuit(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> Relation? {
        var j = k + 1
        var pursuer = pursuerBefore(k, in: sentence, mentions)
        // "an investigation by the FBI into …".
        if pursuer == nil, j + 1 < sentence.upperBound, SmallWords.key(doc, j) == SmallWords.by,
           let m = mention(startingNear: j + 1, mentions, within: 2), let r = doc.tokenRange(covering: m.span) {
            pursuer = m.actor
            j = r.upperBound
        }
        guard let holder = pursuer, j + 1 < sentence.upperBound, Self.pursuedMarks.contains(SmallWords.key(doc, j)),
              let target = mention(startingNear: j + 1, mentions, within: 2), target.actor != holder else { return nil }
        return Relation(holder: holder, owner: target.actor, sign: -1, noun: k, meaning: .oppose)
    }

    /// The name right before the noun, past one lower-case qualifier ("FBI criminal
    /// investigation"), or the possessive before it ("the FBI's probe").
    func pursuerBefore(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> String? {
        var i = k - 1
        let s = doc.text.scalars
        if i > sentence.lowerBound, doc.tokens[i].kind == .word, CharClass.isLower(s[doc.tokens[i].span.start]),
           word(i).map({ $0.grammar.isDisjoint(with: [.det, .prep, .function, .boundary, .copula, .gap]) }) ?? true { i -= 1 }
        guard i >= sentence.lowerBound else { return nil }
        let t = doc.tokens[i].span
        if i > sentence.lowerBound, doc.isPossessive(i) {
            return mention(endingAt: doc.tokens[i - 1].span.end, mentions)?.actor
        }
        return mention(endingAt: t.end, mentions)?.actor
    }

    static let pursuedMarks: KeySet = KeySet(["into", "against"].map { WordKey.of($0) })
}
