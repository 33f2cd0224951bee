/// Candidates given their shares in one sentence compete: "Pat Toomey has 45%, while
/// challenger Katie McGinty has 44%", "43% of voters support Strickland, and 42% support
/// Portman". Poll and result stories set rivals side by side this way, with no word of
/// rivalry. Each percentage is tied to the nearest person not tied to an earlier one, a few
/// tokens away; two or more persons so tied make the first the rival of each other. Not in a
/// sentence of ratings ("approval", `rating_words.txt`: an approval rating is no contest), nor
/// in one naming two years ("Obama won 71 percent in 2012, the most since Bill Clinton won 72
/// percent in 1996": shares of different contests).
extension RelationNouns {
    /// How far, in tokens, a share may stand from the person it is tied to.
    static let shareReach = 8

    /// `people`: ids of person actors. Linear: one pass over the tokens, the mentions of each
    /// sentence found by one binary search.
    func shares(mentions: [(span: Span, actor: String)], people: Set<String>) -> [Relation] {
        var out: [Relation] = []
        let s = doc.text.scalars
        for sentence in doc.sentences {
            let range = sentence.tokenRange
            var percents: [Int] = []
            for k in range where doc.tokens[k].kind == .number && k + 1 < range.upperBound {
                let next = doc.tokens[k + 1]
                if (next.kind != .word && s[next.span.start] == "%") || doc.keys[k + 1] == Self.percentKey { percents.append(k) }
            }
            guard percents.count >= 2, !mixesContests(range) else { continue }
            // The persons named in the sentence, by token range.
            var persons: [(range: Range<Int>, actor: String)] = []
            var i = MentionSearch.firstStarting(atOrAfter: sentence.span.start, mentions)
            while i < mentions.count, mentions[i].span.start < sentence.span.end {
                if people.contains(mentions[i].actor), let r = doc.tokenRange(covering: mentions[i].span) { persons.append((r, mentions[i].actor)) }
                i += 1
            }
            guard persons.count >= 2 else { continue }
            var tied: [String] = []
            var first = -1
            for p in percents {
                // "43% of Ohio voters support Ted Strickland": the one the share backs, further on.
                if let backed = backedByShare(p, range, persons), !tied.contains(backed) {
                    tied.append(backed); if first < 0 { first = p }
                    continue
                }
                var best: (d: Int, actor: String)? = nil
                for m in persons where !tied.contains(m.actor) {
                    let d = m.range.upperBound <= p ? p - m.range.upperBound : m.range.lowerBound - p
                    guard d >= 0, d <= Self.shareReach else { continue }
                    if best == nil || d < best!.d { best = (d, m.actor) }
                }
                if let b = best { tied.append(b.actor); if first < 0 { first = p } }
            }
            guard tied.count >= 2 else { continue }
            for other in tied.dropFirst() { out.append(Relation(holder: tied[0], owner: other, sign: -1, noun: first)) }
        }
        return out
    }

    /// The person a share backs by a verb of choice right after it, past "of" and the voters
    /// ("43% of Ohio voters support former governor Ted Strickland", "42% back Portman"): the
    /// first person named within a title or two after the verb. nil when a comma or a number
    /// comes first.
    func backedByShare(_ p: Int, _ range: Range<Int>, _ persons: [(range: Range<Int>, actor: String)]) -> String? {
        var v = p + 2
        while v < range.upperBound, v <= p + 7, !Self.choiceVerbs.contains(doc.keys[v]) {
            if doc.tokens[v].kind != .word { return nil }
            v += 1
        }
        guard v < range.upperBound, v <= p + 7,
              let m = persons.first(where: { $0.range.lowerBound > v && $0.range.lowerBound <= v + 4 }) else { return nil }
        // Only titles and qualifiers between the verb and the name: "36 percent support,
        // followed by Ben Carson" holds the noun "support", not the verb.
        let s = doc.text.scalars
        for j in (v + 1)..<m.range.lowerBound {
            let t = doc.tokens[j]
            guard t.kind == .word else { return nil }
            if CharClass.isLower(s[t.span.start]) {
                if s[t.span.end - 1] == "d" && s[t.span.end - 2] == "e" { return nil }
                if let w = word(j), !w.grammar.isDisjoint(with: [.prep, .function, .boundary, .copula]) { return nil }
            }
        }
        return m.actor
    }

    static let choiceVerbs: KeySet = KeySet(["support", "supports", "supported", "back", "backs", "backed", "favor", "favors",
                                             "favored", "favour", "favours", "favoured", "prefer", "prefers", "preferred",
                                             "choose", "chose", "picked", "pick"].map { WordKey.of($0) })

    /// A word of ratings, or two different years, in the tokens.
    func mixesContests(_ range: Range<Int>) -> Bool {
        var year: UInt64? = nil
        for k in range {
            if Self.ratingWords.contains(doc.keys[k]) { return true }
            guard doc.tokens[k].kind == .number, doc.tokens[k].span.length == 4 else { continue }
            let s = doc.text.scalars, a = doc.tokens[k].span.start
            guard (s[a] == "1" && s[a + 1] == "9") || (s[a] == "2" && s[a + 1] == "0") else { continue }
            if let y = year, y != doc.keys[k] { return true }
            year = doc.keys[k]
        }
        return false
    }

    static let percentKey = WordKey.of("percent")
    static let ratingWords: KeySet = KeySet(Lexicon(bytes: PackageResources.rating_words_txt).entries.map { WordKey.of($0) })
}
