/// Rivalries reporters state without a rival noun before one name: a race between two names
/// ("a two-person race between Donald Trump and Ted Cruz"), a result compared ("Murphy does
/// better than fellow Democrat Alan Grayson"), and the rivals or allies listed after a plural
/// noun ("her primary opponents, Sen. Bernie Sanders and Martin O'Malley, …").
extension RelationNouns {
    /// A contest noun followed by "between": the two names after it compete.
    static let between: Int8 = 5
    /// A comparative followed by "than": the actor before it and the one after "than" compete.
    static let than: Int8 = 6

    /// "race between A and B" (or "A, B and C"): the first name against each of the others.
    func contestBetween(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> Relation? {
        guard k + 2 < sentence.upperBound, doc.keys[k + 1] == Self.betweenKey,
              let a = mention(startingNear: k + 2, mentions, within: 2),
              let end = doc.tokenRange(covering: a.span)?.upperBound, end + 1 < sentence.upperBound,
              SmallWords.key(doc, end) == SmallWords.and || doc.isComma(end),
              let b = mention(startingNear: end + 1, mentions, within: 2), b.actor != a.actor else { return nil }
        return Relation(holder: a.actor, owner: b.actor, sign: -1, noun: k)
    }

    /// "Hillary Clinton's contest against Barack Obama", "her race against Sanders", "the FBI's
    /// fight against ISIS": the noun's owner (a possessive or a name before it) against the name
    /// after "against". A fight or a campaign opposes; a race competes.
    func contestAgainst(_ k: Int, in sentence: Range<Int>, _ si: Int, _ mentions: [(span: Span, actor: String)],
                        people: Set<String>) -> Relation? {
        // "the race for the Democratic nomination against Hillary Clinton": past the prize.
        var at = k + 1
        if at < sentence.upperBound, SmallWords.key(doc, at) == SmallWords.for_ {
            while at < sentence.upperBound, at <= k + 7, doc.tokens[at].kind == .word, SmallWords.key(doc, at) != SmallWords.against { at += 1 }
        }
        guard at + 1 < sentence.upperBound, SmallWords.key(doc, at) == SmallWords.against,
              let b = mention(startingNear: at + 1, mentions, within: 2),
              let a = owner(of: k, in: sentence, si, mentions, people: people) ?? pursuerBefore(k, in: sentence, mentions)
                ?? unownedRaceRunner(k, in: sentence, mentions, people: people),
              a != b.actor else { return nil }
        return Relation(holder: a, owner: b.actor, sign: -1, noun: k, meaning: Self.fights.contains(doc.keys[k]) ? .oppose : .compete)
    }

    static let fights: KeySet = KeySet(["fight", "fights", "battle", "battles", "campaign", "campaigns", "war", "crusade", "struggle"].map { WordKey.of($0) })

    /// "A does better than B", "A polled far worse than fellow Democrat B": only after a verb of
    /// results ("does", "fared", "polls", "ran"), so that a judgement ("a better candidate than
    /// Clinton") is no contest.
    func comparison(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> Relation? {
        guard k + 2 < sentence.upperBound, SmallWords.key(doc, k + 1) == SmallWords.than,
              let b = mention(startingNear: k + 2, mentions, within: 3) else { return nil }
        var v = k - 1
        while v > sentence.lowerBound, Self.degreeWords.contains(SmallWords.key(doc, v)) { v -= 1 }
        guard v > sentence.lowerBound, Self.resultVerbs.contains(SmallWords.key(doc, v)),
              let a = mention(endingAt: doc.tokens[v - 1].span.end, mentions), a.actor != b.actor else { return nil }
        return Relation(holder: a.actor, owner: b.actor, sign: -1, noun: k)
    }

    /// After a plural relation noun and a comma, two or more persons listed as its apposition
    /// ("rivals, Sen. Bernie Sanders of Vermont and former Maryland governor Martin O'Malley,
    /// who …"): each holds the relation. The list must close with a comma, a stop or a bracket,
    /// so that "Trump's supporters, Sexton said" names no supporter.
    func listedHolders(of k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)],
                       people: Set<String>) -> [String]? {
        let s = doc.text.scalars
        guard k + 2 < sentence.upperBound, doc.isComma(k + 1), s[doc.tokens[k].span.end - 1] == "s" else { return nil }
        var found: [String] = []
        var j = k + 2, lower = 0
        while j < sentence.upperBound, j <= k + 26 {
            let t = doc.tokens[j]
            if let m = mention(startingNear: j, mentions), m.span.start == t.span.start, let r = doc.tokenRange(covering: m.span) {
                if people.contains(m.actor), !found.contains(m.actor) { found.append(m.actor) }
                j = r.upperBound; lower = 0
                continue
            }
            if t.kind == .punctuation {
                let c = s[t.span.start]
                if c == "," {
                    // A comma inside the list is followed by another name, "and", or a tag.
                    if j + 1 < sentence.upperBound, doc.tokens[j + 1].kind == .word, CharClass.isUpper(s[doc.tokens[j + 1].span.start])
                        || SmallWords.key(doc, j + 1) == SmallWords.and { j += 1; continue }
                    break
                }
                if c == "(" || c == ")" || c == "." || c == "-" { j += 1; continue }
                break
            }
            guard t.kind == .word else { break }
            // Titles and places between the names ("former Maryland governor", "of Vermont").
            if CharClass.isLower(s[t.span.start]) {
                // "Sen. Bernie Sanders of Vermont and former Maryland governor Martin O'Malley":
                // "and" opens the next name's own titles.
                if SmallWords.key(doc, j) == SmallWords.and { lower = 0; j += 1; continue }
                lower += 1
                if lower > 3, SmallWords.key(doc, j) != SmallWords.and { return nil }
                if let w = word(j), w.cue >= 0 { return nil }
            }
            j += 1
        }
        guard found.count >= 2 else { return nil }
        let closed = j >= sentence.upperBound || (doc.tokens[j].kind == .punctuation && ",;:.)—".unicodeScalars.contains(s[doc.tokens[j].span.start]))
        return closed ? found : nil
    }

    static let betweenKey = WordKey.of("between")
    static let resultVerbs: KeySet = KeySet(["do", "does", "did", "doing", "fare", "fares", "fared", "faring", "poll", "polls",
                                             "polled", "polling", "perform", "performs", "performed", "performing", "run", "runs",
                                             "ran", "running", "finish", "finishes", "finished", "score", "scores", "scored"].map { WordKey.of($0) })
    static let degreeWords: KeySet = KeySet(["far", "much", "slightly", "somewhat", "even", "significantly", "considerably", "a", "little", "bit", "no"].map { WordKey.of($0) })
}
