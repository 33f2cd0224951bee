/// A place in a contest behind a name ("Sanders was announced the second-place winner of the
/// Iowa Caucus behind Hillary Clinton", "Cruz came in third behind Trump", "coming from 40
/// points behind Clinton"): the person the sentence is about competes with the one named. Only
/// with a word of placing (`placing_words.txt`) among the six before "behind", so that "the
/// team behind Trump" or "got behind Clinton" names no contest; the runner is the nearest
/// person the sentence names before, who is no owner and not the one named after ("Briggs said
/// Sanders has come from 40 points behind Clinton": Sanders).
extension RelationNouns {
    /// "behind" in `relation_nouns.txt`.
    static let behind: Int8 = 10

    static let behindWord = WordKey.of("behind")

    static let placingWords: KeySet = KeySet(Lexicon(bytes: PackageResources.placing_words_txt).entries
        .flatMap { $0.split(separator: " ") }.map { WordKey.of(String($0)) })

    /// The rivalry "behind" at `k` states, or nil.
    func placedBehind(_ k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)], people: Set<String>) -> Relation? {
        // "came in second to Kasich": an ordinal place names its winner after "to", right after it.
        let ordinal = doc.keys[k] != Self.behindWord
        if ordinal, !(k + 2 < sentence.upperBound && SmallWords.key(doc, k + 1) == SmallWords.to) { return nil }
        let next = ordinal ? k + 2 : k + 1
        guard next < sentence.upperBound, let b = mention(startingNear: next, mentions, within: 2), people.contains(b.actor) else { return nil }
        var placed = false
        var i = k - 1
        while i >= sentence.lowerBound, k - i <= 6, !placed {
            if doc.tokens[i].kind == .word, Self.placingWords.contains(doc.keys[i]) { placed = true }
            i -= 1
        }
        guard placed else { return nil }
        let start = doc.tokens[sentence.lowerBound].span.start
        var j = MentionSearch.firstStarting(atOrAfter: doc.tokens[k].span.start, mentions) - 1
        while j >= 0, mentions[j].span.start >= start {
            let m = mentions[j]
            j -= 1
            guard people.contains(m.actor), m.actor != b.actor, let r = doc.tokenRange(covering: m.span) else { continue }
            // "Cruz's battle": an owner, not the one placed.
            if r.upperBound < sentence.upperBound, doc.isPossessive(r.upperBound) { continue }
            return Relation(holder: m.actor, owner: b.actor, sign: -1, noun: k, meaning: .compete)
        }
        return nil
    }
}
