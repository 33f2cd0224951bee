/// Judgements an actor receives from another: "Trump's comments have drawn criticism from
/// Berlin, Paris and other European capitals", "Ellison won the endorsement of the union",
/// "the plan faced opposition from Democrats", "Gaddis came under fire from Ellison", "she faced
/// down attacks from the unions". The actor after "from" (or "of") stands against or with the
/// subject that received it, as if it had criticised or backed it itself; after "under" ("came
/// under attack by the unions") the one after "by" too, since a state of being attacked names its
/// attacker that way.
extension RelationNouns {
    /// A judgement against the subject that received it ("criticism", "backlash").
    static let receivedAgainst: Int8 = 8
    /// A judgement for it ("praise", "endorsement").
    static let receivedFor: Int8 = 9

    /// At the judgement noun `k`: a verb of receiving a few words before it, "from" (or "of"
    /// for backing) right after it, the giver named next, and a subject opening the sentence.
    func received(_ k: Int, sign: Int8, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> [Relation] {
        guard hasReceivingVerb(before: k, from: sentence.lowerBound), k + 2 < sentence.upperBound else { return [] }
        let mark = SmallWords.key(doc, k + 1)
        guard mark == SmallWords.from || (mark == SmallWords.of && sign == Self.receivedFor)
                || (mark == SmallWords.by && sign == Self.receivedAgainst && isUnder(before: k, from: sentence.lowerBound)) else { return [] }
        guard let subject = sentenceSubject(sentence, mentions, before: k) else { return [] }
        var givers: [String] = []
        var j = k + 2
        // "from Berlin, Paris and other European capitals": each name of the list.
        while j < sentence.upperBound, j <= k + 14 {
            if let m = mention(startingNear: j, mentions, within: 3), let r = doc.tokenRange(covering: m.span), r.lowerBound >= j {
                if m.actor != subject, !givers.contains(m.actor) { givers.append(m.actor) }
                j = r.upperBound
                guard j < sentence.upperBound, doc.isComma(j) || SmallWords.key(doc, j) == SmallWords.and else { break }
                j += 1
                continue
            }
            break
        }
        let meaning: CueMeaning = sign == Self.receivedFor ? .support : .criticise
        return givers.map { Relation(holder: $0, owner: subject, sign: sign == Self.receivedFor ? 1 : -1, noun: k, meaning: meaning) }
    }

    /// A verb of receiving ("drew", "has drawn", "won", "faced", "received", or "under") within three words
    /// before the noun, past qualifiers ("drew sharp criticism", "won the endorsement"), or of
    /// holding right before it or its article ("had the backing").
    private func hasReceivingVerb(before k: Int, from start: Int) -> Bool {
        let h = k - 1 > start && word(k - 1)?.grammar.contains(.det) == true ? k - 2 : k - 1
        if h >= start, Self.holdingVerbs.contains(SmallWords.key(doc, h)) { return true }
        var i = k - 1
        while i >= start, k - i <= 3, doc.tokens[i].kind == .word {
            if Self.receivingVerbs.contains(doc.keys[i]) { return true }
            i -= 1
        }
        return false
    }

    /// "under" within three words before the noun ("under fire", "under heavy attack").
    private func isUnder(before k: Int, from start: Int) -> Bool {
        var i = k - 1
        while i >= start, k - i <= 3, doc.tokens[i].kind == .word {
            if doc.keys[i] == Self.under { return true }
            i -= 1
        }
        return false
    }

    static let under = WordKey.of("under")

    /// The actor the sentence opens with (its own name, or the possessor of its first noun
    /// phrase: "Trump's often controversial comments"), when that is before `k`.
    private func sentenceSubject(_ sentence: Range<Int>, _ mentions: [(span: Span, actor: String)], before k: Int) -> String? {
        var i = sentence.lowerBound
        if i < k, word(i)?.grammar.contains(.det) == true { i += 1 }
        guard i < k, let m = mention(startingNear: i, mentions, within: 2), m.span.start < doc.tokens[k].span.start else { return nil }
        return m.actor
    }

    static let receivingVerbs: KeySet = KeySet([
        "draw", "draws", "drew", "drawn", "drawing", "earn", "earns", "earned", "earning", "win", "wins", "won", "winning",
        "face", "faces", "faced", "facing", "receive", "receives", "received", "receiving", "attract", "attracts", "attracted",
        "garner", "garners", "garnered", "get", "gets", "got", "gotten", "secure", "secured", "gain", "gained",
        // "came under fire from", "is under attack by": the state of receiving it.
        "under",
    ].map { WordKey.of($0) })

    /// Holding a judgement: "Cruz, who had the backing of Mitt Romney", "enjoys the support of
    /// the union"; right before the noun or its article only ("has ignited criticism" is
    /// another verb's).
    static let holdingVerbs: KeySet = KeySet([
        "have", "has", "had", "having", "enjoy", "enjoys", "enjoyed", "enjoying",
    ].map { WordKey.of($0) })
}
