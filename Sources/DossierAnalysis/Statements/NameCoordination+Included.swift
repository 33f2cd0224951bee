/// "Some observers, including professor Ada Brandt, also criticized …", "Republican candidates,
/// including Lena Fiore and Ben Carver, have proposed …": the names a group's apposition lists
/// after "including" (or "such as", "among them") are members of that group, and what the group
/// says or does in that clause each of them says or does. News copy names the people behind a
/// collective act this way; the verb stands next to the last name only, so without this the
/// names listed take no part in the act.
extension NameCoordination {
    /// From the comma at `k`, right after the group's name: the token after the comma that closes
    /// an apposition opened by "including", "such as" or "among them", and the actor of each
    /// item it lists (the last name of the item not placed by "of", "at", "from" or "in": "Sen.
    /// Ben Carver of Ohio" is Carver). Nil when there is no such apposition, when it holds a
    /// verb, a clause word or a quotation mark, or when no word follows its closing comma.
    func includedMembers(at k: Int, in sentence: Range<Int>, mentions: [(span: Span, actor: String)],
                         group: String) -> (end: Int, actors: [String])? {
        guard k + 2 < sentence.upperBound, doc.isComma(k) else { return nil }
        var j = k + 1
        let key = SmallWords.key(doc, j)
        if key == Self.including {
            j += 1
        } else if (key == RelationNouns.such && SmallWords.key(doc, j + 1) == SmallWords.as_)
                    || (key == RelationNouns.among && RelationNouns.themWords.contains(SmallWords.key(doc, j + 1))) {
            j += 2
        } else {
            return nil
        }
        let s = doc.text.scalars
        // The first mention at or after the list's start (binary search: linear overall).
        let listStart = j < doc.tokens.count ? doc.tokens[j].span.start : Int.max
        var mi = MentionSearch.firstStarting(atOrAfter: listStart, mentions)
        var actors: [String] = []
        var itemLast: String? = nil
        func closeItem() {
            if let a = itemLast, a != group, !actors.contains(a) { actors.append(a) }
            itemLast = nil
        }
        let limit = min(sentence.upperBound, j + 30)
        while j < limit {
            let t = doc.tokens[j]
            // Names starting at this token: the last one not placed by a preposition stands for
            // the item.
            while mi < mentions.count, mentions[mi].span.start < t.span.end {
                if mentions[mi].span.start >= t.span.start, !(j > 0 && Self.placing.contains(SmallWords.key(doc, j - 1))) {
                    itemLast = mentions[mi].actor
                }
                mi += 1
            }
            if t.kind == .quoteMark { return nil }
            if doc.isComma(j) {
                closeItem()
                guard j + 1 < sentence.upperBound, doc.tokens[j + 1].kind == .word else { return nil }
                // Another item follows a comma before a capital or "and"; a lower-case word
                // after it is the group's verb (or an auxiliary or adverb before it).
                let next = doc.tokens[j + 1]
                if SmallWords.key(doc, j + 1) != SmallWords.and, !CharClass.isUpper(s[next.span.start]) {
                    return actors.isEmpty ? nil : (j + 1, actors)
                }
                j += 1
                continue
            }
            if t.kind == .word {
                if SmallWords.key(doc, j) == SmallWords.and { closeItem(); j += 1; continue }
                if let w = word(j), w.cue >= 0 || !w.grammar.isDisjoint(with: [.boundary, .copula]) { return nil }
                if Self.clauseOpeners.contains(doc.keys[j]) { return nil }
            }
            j += 1
        }
        return nil
    }

    static let including = WordKey.of("including")
    static let placing: KeySet = KeySet(["of", "at", "from", "in"].map { WordKey.of($0) })
    static let clauseOpeners: KeySet = KeySet(["who", "whom", "whose", "which", "that"].map { WordKey.of($0) })
}
